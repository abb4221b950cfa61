/// A link connects to another container of the same task by name; a name that
/// matches no container cannot be linked.
struct UnknownLinkTarget: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS507", slug: "unknown-link-target", title: "links names an unknown container",
        severity: .error, stage: .register,
        summary: "The name part of each links entry (name or name:alias) must be a container of the task.",
        rationale: """
            Docker links resolve to containers of the same task. ECS validates links when it \
            builds the container graph (it rejects link cycles at registration), so an unknown \
            target is most likely rejected there as well; if not, Docker fails to create the \
            container. The AWS wording is not documented.
            """,
        fix: "Use the exact name of a container of the task, optionally followed by :alias.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "memory": 256, "links": [↓"db:postgres"]},
                    {"name": "postgres", "image": "postgres:16", "memory": 512}
                  ]
                }
                """,
                expect: ["link \"db:postgres\" names container 'db', which is not defined in this task"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "node:22", "memory": 256, "links": ["postgres:db"]},
                    {"name": "postgres", "image": "postgres:16", "memory": 512}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let names = Set(task.containers.compactMap(\.name))
        return task.containers.flatMap { container in
            container.linkEntries.compactMap { entry -> Violation? in
                // A malformed entry is ECS508's finding.
                let target = LinkEntry.targetName(entry.text)
                guard InvalidLinkFormat.problem(with: entry.text) == nil, !names.contains(target) else { return nil }
                let parts = entry.text.split(separator: ":", omittingEmptySubsequences: false)
                let swapped = parts.count == 2 && names.contains(String(parts[1]))
                return .unknownLinkTarget(entry.text, target: target, swapped: swapped, in: task, at: entry.pointer)
            }
        }
    }
}

extension Violation {
    /// ECS507: a link to a container the task does not define (`swapped` when the alias is one).
    fileprivate static func unknownLinkTarget(
        _ text: String, target: String, swapped: Bool, in task: TaskDefinition, at pointer: JSONPointer
    ) -> Violation {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return Violation(
            "link \"\(text)\" names container '\(target)', which is not defined in this task",
            fix: swapped
                ? "write \"\(parts[1]):\(parts[0])\": the container name comes first, the alias second"
                : "use one of the task's containers (\(task.containerNameList)), as name or name:alias",
            at: pointer)
    }
}
