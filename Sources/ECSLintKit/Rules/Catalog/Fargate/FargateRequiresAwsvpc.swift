/// Every Fargate task gets its own elastic network interface, so Fargate
/// only accepts `awsvpc`; an omitted networkMode means bridge and fails.
struct FargateRequiresAwsvpc: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS201", slug: "fargate-requires-awsvpc", title: "Fargate task without networkMode awsvpc",
        severity: .error, stage: .register,
        needs: [.taskLevel],
        summary: "Tasks that run on Fargate must use networkMode awsvpc.",
        rationale: """
            Fargate gives each task its own elastic network interface; `bridge`, `host` and `none` do \
            not exist there. RegisterTaskDefinition validates the definition against every launch \
            type in `requiresCompatibilities` and rejects a FARGATE task whose networkMode is not \
            `awsvpc`, including an omitted networkMode, which defaults to bridge.
            """,
        fix: "Set \"networkMode\": \"awsvpc\".",
        awsErrors: ["Fargate only supports network mode 'awsvpc'."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": [↓"FARGATE"],
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                caption: "networkMode omitted: it defaults to bridge.",
                expect: [
                    "FARGATE requires networkMode awsvpc, but networkMode is omitted and defaults to bridge (AWS: \"Fargate only supports network mode 'awsvpc'.\")"
                ]),
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": ↓"bridge",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: [
                    "networkMode 'bridge' is not supported on Fargate; only awsvpc is (AWS: \"Fargate only supports network mode 'awsvpc'.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate, context.networkMode != .awsvpc, !task.hasInvalidNetworkMode else { return [] }
        guard let mode = task.declaredNetworkMode else {
            return [.fargateNetworkModeOmitted(defaultingTo: context.networkMode, in: task)]
        }
        return [.networkModeOnFargate(mode, in: task)]
    }
}

extension Violation {
    /// ECS201: no networkMode on Fargate, so the default (`mode`) applies.
    fileprivate static func fargateNetworkModeOmitted(defaultingTo mode: NetworkMode, in task: TaskDefinition)
        -> Violation
    {
        Violation(
            "FARGATE requires networkMode awsvpc, but networkMode is omitted and defaults to \(mode.rawValue)",
            aws: .documented,
            fix: "add \"networkMode\": \"awsvpc\"", at: task.compatibilityPointer(.fargate))
    }

    /// ECS201: a networkMode other than awsvpc on Fargate.
    fileprivate static func networkModeOnFargate(_ mode: NetworkMode, in task: TaskDefinition) -> Violation {
        Violation(
            "networkMode '\(mode.rawValue)' is not supported on Fargate; only awsvpc is", aws: .documented,
            fix: "set networkMode to \"awsvpc\"", at: task.pointer / "networkMode")
    }
}
