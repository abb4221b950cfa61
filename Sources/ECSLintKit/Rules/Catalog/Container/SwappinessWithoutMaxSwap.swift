/// `swappiness` only applies when `maxSwap` is set; alone it silently does
/// nothing.
struct SwappinessWithoutMaxSwap: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS417", slug: "swappiness-without-max-swap", title: "swappiness without maxSwap",
        severity: .warning, stage: .practice,
        summary: "linuxParameters.swappiness is ignored unless maxSwap is also set.",
        rationale: """
            ECS applies `swappiness` only to containers that have a `maxSwap`; without it the \
            container uses the instance's swap configuration and the swappiness value is ignored. \
            (Amazon Linux 2023 does not support per-container swappiness at all.)
            """,
        fix: "Set maxSwap as well, or remove swappiness.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html"],
        examples: [
            .bad(
                """
                {
                  "family": "batch",
                  "containerDefinitions": [
                    {"name": "job", "image": "my/job:1.0", "memory": 1024,
                     "linuxParameters": {↓"swappiness": 10}}
                  ]
                }
                """,
                expect: ["swappiness 10 of container 'job' is ignored because maxSwap is not set"]),
            .good(
                """
                {
                  "family": "batch",
                  "containerDefinitions": [
                    {"name": "job", "image": "my/job:1.0", "memory": 1024,
                     "linuxParameters": {"maxSwap": 1024, "swappiness": 10}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let parameters = container.linuxParameters, let swappiness = parameters.swappiness,
                parameters.$maxSwap.isAbsent
            else { return nil }
            return .swappinessWithoutMaxSwap(swappiness, of: container, parameters: parameters.pointer)
        }
    }
}

extension Violation {
    /// ECS417: a swappiness without maxSwap.
    fileprivate static func swappinessWithoutMaxSwap(
        _ swappiness: Int, of container: ContainerDefinition, parameters: JSONPointer
    ) -> Violation {
        Violation(
            "swappiness \(swappiness) of container \(container.displayName) is ignored because maxSwap is not set",
            fix: "add \"maxSwap\" (MiB of swap the container may use), or remove swappiness",
            at: parameters / "swappiness", target: .key)
    }
}
