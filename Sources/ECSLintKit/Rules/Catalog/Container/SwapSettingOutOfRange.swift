/// `maxSwap` is a size and `swappiness` a percentage; values outside their
/// ranges are rejected.
struct SwapSettingOutOfRange: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS416", slug: "swap-setting-out-of-range", title: "Swap setting out of range",
        severity: .error, stage: .register,
        summary: "linuxParameters.maxSwap must be 0 or more and swappiness between 0 and 100.",
        rationale: """
            `maxSwap` is the swap the container may use in MiB (0 disables swap) and `swappiness` \
            how eagerly its pages are swapped, 0 to 100. The API documents these bounds; the exact \
            rejection message is unverified.
            """,
        fix: "Set maxSwap to 0 or a positive MiB value and swappiness between 0 and 100.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinuxParameters.html"],
        examples: [
            .bad(
                """
                {
                  "family": "batch",
                  "containerDefinitions": [
                    {"name": "job", "image": "my/job:1.0", "memory": 1024,
                     "linuxParameters": {"maxSwap": ↓-1, "swappiness": ↓120}}
                  ]
                }
                """,
                expect: [
                    "maxSwap -1 of container 'job' must be 0 (no swap) or a positive number of MiB",
                    "swappiness 120 of container 'job' must be between 0 and 100",
                ]),
            .good(
                """
                {
                  "family": "batch",
                  "containerDefinitions": [
                    {"name": "job", "image": "my/job:1.0", "memory": 1024,
                     "linuxParameters": {"maxSwap": 2048, "swappiness": 10}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            guard let parameters = container.linuxParameters else { continue }
            if let maxSwap = parameters.maxSwap, maxSwap < 0 {
                violations.append(.negativeMaxSwap(maxSwap, of: container, parameters: parameters.pointer))
            }
            if let swappiness = parameters.swappiness, !(0...100).contains(swappiness) {
                violations.append(.swappinessOutOfRange(swappiness, of: container, parameters: parameters.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS416: a negative maxSwap.
    fileprivate static func negativeMaxSwap(_ maxSwap: Int, of container: ContainerDefinition, parameters: JSONPointer)
        -> Violation
    {
        Violation(
            "maxSwap \(maxSwap) of container \(container.displayName) must be 0 (no swap) or a positive number of MiB",
            fix: "set maxSwap to 0 to disable swap, or to the swap size in MiB",
            at: parameters / "maxSwap")
    }

    /// ECS416: a swappiness outside 0–100.
    fileprivate static func swappinessOutOfRange(
        _ swappiness: Int, of container: ContainerDefinition, parameters: JSONPointer
    ) -> Violation {
        Violation(
            "swappiness \(swappiness) of container \(container.displayName) must be between 0 and 100",
            fix:
                "set swappiness between 0 (swap only when needed) and 100 (swap aggressively); the default is 60",
            at: parameters / "swappiness")
    }
}
