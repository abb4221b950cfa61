/// Two ulimits of the same name contradict each other; only one of them takes
/// effect.
struct DuplicateUlimit: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS420", slug: "duplicate-ulimit", title: "Duplicate ulimit",
        severity: .warning, stage: .practice,
        summary: "Each ulimit name should appear once per container.",
        rationale: """
            Docker applies one limit per resource; when a container lists, say, `nofile` twice, \
            one entry silently wins and the other is ignored, which hides the value actually in \
            force.
            """,
        fix: "Keep one entry per ulimit name.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "ulimits": [
                      {"name": "nofile", "softLimit": 65536, "hardLimit": 65536},
                      {"name": ↓"nofile", "softLimit": 1024, "hardLimit": 4096}
                    ]}
                  ]
                }
                """,
                expect: ["ulimit nofile is listed more than once in container 'app'; only one entry takes effect"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "ulimits": [
                      {"name": "nofile", "softLimit": 65536, "hardLimit": 65536},
                      {"name": "nproc", "softLimit": 4096, "hardLimit": 4096}
                    ]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.ulimits.repeats(by: \.name).map { ulimit, name, earlier in
                Violation.duplicateUlimit(name, of: container, at: ulimit.pointer, first: earlier.pointer)
            }
        }
    }
}

extension Violation {
    /// ECS420: a ulimit listed twice in a container.
    fileprivate static func duplicateUlimit(
        _ name: String, of container: ContainerDefinition, at ulimit: JSONPointer, first: JSONPointer
    ) -> Violation {
        Violation(
            "ulimit \(name) is listed more than once in container \(container.displayName); only one entry takes effect",
            fix: "merge the \(name) entries into one", at: ulimit / "name",
            notes: [FindingNote("first listed here", at: first / "name")])
    }
}
