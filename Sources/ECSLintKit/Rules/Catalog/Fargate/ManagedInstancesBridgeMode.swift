/// ECS Managed Instances documents the awsvpc, host and none network modes;
/// bridge, the EC2 default, is not among them.
struct ManagedInstancesBridgeMode: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS241", slug: "managed-instances-bridge-mode", title: "bridge network mode on Managed Instances",
        severity: .warning, stage: .practice,
        needs: [.taskLevel],
        summary: "Tasks for MANAGED_INSTANCES should use networkMode awsvpc, host or none.",
        rationale: """
            The ECS Managed Instances documentation lists `awsvpc` (the default there), `host` and \
            `none`. Whether `bridge` is rejected at registration or at launch is unverified, so \
            ecslint warns. Note that omitting networkMode in a task for Managed Instances only means \
            awsvpc when MANAGED_INSTANCES is the only compatibility.
            """,
        fix: "Set networkMode to awsvpc (or host).",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters-managed-instances.html"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["MANAGED_INSTANCES"],
                  "networkMode": ↓"bridge",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: [
                    "networkMode bridge is not among the modes ECS Managed Instances document (awsvpc, host, none)"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["MANAGED_INSTANCES"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.launchTypes.contains(.managedInstances), !task.hasInvalidNetworkMode,
            context.networkMode == .bridge
        else { return [] }
        if task.declaredNetworkMode == nil {
            return [.defaultBridgeOnManagedInstances(task)]
        }
        return [.bridgeOnManagedInstances(task)]
    }
}

extension Violation {
    /// ECS241: the default bridge mode on Managed Instances (networkMode omitted).
    fileprivate static func defaultBridgeOnManagedInstances(_ task: TaskDefinition) -> Violation {
        Violation(
            "networkMode is omitted, so it defaults to bridge (requiresCompatibilities also lists EC2 or EXTERNAL), which Managed Instances do not document",
            fix: "add \"networkMode\": \"awsvpc\"", at: task.compatibilityPointer(.managedInstances))
    }

    /// ECS241: networkMode bridge on Managed Instances.
    fileprivate static func bridgeOnManagedInstances(_ task: TaskDefinition) -> Violation {
        Violation(
            "networkMode bridge is not among the modes ECS Managed Instances document (awsvpc, host, none)",
            fix: "set networkMode to \"awsvpc\"", at: task.pointer / "networkMode")
    }
}
