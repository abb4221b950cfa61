/// The DAEMON strategy runs one task on each container instance: no
/// Fargate, no desired count, no placement strategy or capacity provider
/// strategy, and only the ECS deployment controller.
struct DaemonSchedulingConflict: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS165", slug: "daemon-scheduling-conflict", title: "DAEMON scheduling with what it does not support",
        severity: .error, stage: .deploy,
        summary: """
            A DAEMON service runs on Fargate, sets desiredCount, a placement strategy or a capacity provider \
            strategy, or uses the CODE_DEPLOY or EXTERNAL deployment controller.
            """,
        rationale: """
            A daemon service places exactly one task on every container instance that meets its placement \
            constraints, so the desired count, placement strategies and capacity provider strategies have no \
            meaning, and Fargate has no instances. ECS documents: "Tasks using the Fargate launch type or the \
            CODE_DEPLOY or EXTERNAL deployment controller types don't support the daemon scheduling strategy." \
            cfn-lint's E3044 makes the Fargate and controller checks for `AWS::ECS::Service`.
            """,
        fix: "Use schedulingStrategy REPLICA, or remove what DAEMON does not support.",
        awsErrors: [
            "The daemon scheduling strategy does not support a desired count for services. Remove the desired count value and try again",
            "The daemon scheduling strategy does not support placement strategies. Remove the placement strategy and try again",
            "Specifying a capacity provider strategy is not supported when you create a service using the DAEMON scheduling strategy.",
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html"],
        examples: [
            .bad(
                """
                {"serviceName": "agent", "taskDefinition": "agent", "schedulingStrategy": "DAEMON",
                 "launchType": ↓"FARGATE", "desiredCount": ↓2}
                """,
                expect: [
                    "the DAEMON scheduling strategy does not run on Fargate",
                    "desiredCount is set on a DAEMON service (AWS: \"The daemon scheduling strategy does not support a desired count for services.\")",
                ]),
            .good(
                """
                {"serviceName": "agent", "taskDefinition": "agent", "schedulingStrategy": "DAEMON", "launchType": "EC2"}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard service.schedulingStrategy == "DAEMON" else { return [] }
        let note = FindingNote("schedulingStrategy is DAEMON", at: service.pointer / "schedulingStrategy")
        var found: [Violation] = []
        if service.declaredLaunchType == .fargate {
            found.append(.daemonOnFargate(at: service.pointer / "launchType", note))
        }
        if let type = service.deploymentController?.type, type == "CODE_DEPLOY" || type == "EXTERNAL" {
            found.append(.daemonWithController(type, at: service.pointer / "deploymentController" / "type", note))
        }
        if service.$desiredCount.isSet {
            found.append(.daemonWithDesiredCount(at: service.pointer / "desiredCount", note))
        }
        if !service.placementStrategy.isEmpty {
            found.append(.daemonWithPlacementStrategy(at: service.pointer / "placementStrategy", note))
        }
        if !service.capacityProviderStrategy.isEmpty {
            found.append(.daemonWithCapacityProviders(at: service.pointer / "capacityProviderStrategy", note))
        }
        return found
    }
}

extension Violation {
    /// ECS165: a DAEMON service launched on Fargate.
    fileprivate static func daemonOnFargate(at pointer: JSONPointer, _ note: FindingNote) -> Violation {
        Violation("the DAEMON scheduling strategy does not run on Fargate", at: pointer, notes: [note])
    }

    /// ECS165: a DAEMON service with a CodeDeploy or external deployment controller.
    fileprivate static func daemonWithController(
        _ type: String, at pointer: JSONPointer, _ note: FindingNote
    ) -> Violation {
        Violation(
            "the DAEMON scheduling strategy does not support the \(type) deployment controller", at: pointer,
            notes: [note])
    }

    /// ECS165: a DAEMON service with a desired count.
    fileprivate static func daemonWithDesiredCount(at pointer: JSONPointer, _ note: FindingNote) -> Violation {
        Violation(
            "desiredCount is set on a DAEMON service",
            aws: .actual("The daemon scheduling strategy does not support a desired count for services."),
            fix: "remove desiredCount", at: pointer, notes: [note])
    }

    /// ECS165: a DAEMON service with a placement strategy.
    fileprivate static func daemonWithPlacementStrategy(at pointer: JSONPointer, _ note: FindingNote) -> Violation {
        Violation(
            "a placement strategy is set on a DAEMON service",
            aws: .actual("The daemon scheduling strategy does not support placement strategies."),
            fix: "remove the placement strategy", at: pointer, notes: [note])
    }

    /// ECS165: a DAEMON service with a capacity provider strategy.
    fileprivate static func daemonWithCapacityProviders(at pointer: JSONPointer, _ note: FindingNote) -> Violation {
        Violation(
            "a capacity provider strategy is set on a DAEMON service", aws: .documented(2),
            fix: "remove the capacity provider strategy and set launchType EC2", at: pointer, notes: [note])
    }
}
