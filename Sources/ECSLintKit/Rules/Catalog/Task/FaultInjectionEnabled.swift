/// `enableFaultInjection` opens the task to injected faults (network
/// blackholes, latency, CPU stress) from AWS FIS; worth a second look
/// outside test environments.
struct FaultInjectionEnabled: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS146", slug: "fault-injection-enabled", title: "Fault injection enabled",
        severity: .info, stage: .practice,
        summary: "enableFaultInjection lets AWS FIS experiments inject faults into the task.",
        rationale: """
            With `enableFaultInjection: true` ECS exposes fault-injection endpoints to the task so \
            AWS Fault Injection Service actions can blackhole or delay its network traffic or stress \
            it. That is intended for resilience testing; in a production task definition it is worth \
            confirming. Which network modes support every network fault action is unverified in \
            ecslint's sources (the documentation describes awsvpc and host mode tasks).
            """,
        fix: "Keep it only in task definitions used for resilience testing; otherwise remove it or set it to false.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fault-injection.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "enableFaultInjection": ↓true,
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: ["fault injection is enabled: AWS FIS experiments can disrupt this task's network and CPU"]),
            .good(
                """
                {
                  "family": "web",
                  "enableFaultInjection": false,
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard task.enableFaultInjection == true else { return [] }
        return [.faultInjectionEnabled(task)]
    }
}

extension Violation {
    /// ECS146: enableFaultInjection true.
    fileprivate static func faultInjectionEnabled(_ task: TaskDefinition) -> Violation {
        Violation(
            "fault injection is enabled: AWS FIS experiments can disrupt this task's network and CPU",
            fix: "remove enableFaultInjection unless the task definition is meant for resilience testing",
            at: task.pointer / "enableFaultInjection")
    }
}
