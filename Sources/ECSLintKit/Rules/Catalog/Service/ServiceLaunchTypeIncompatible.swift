/// A service on Fargate must launch a task definition that Fargate accepts:
/// one that requires FARGATE, or (without `requiresCompatibilities`) one in
/// awsvpc mode, which ECS then also marks Fargate-compatible.
struct ServiceLaunchTypeIncompatible: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS150", slug: "service-launch-type-incompatible",
        title: "Task definition does not support the service's launch type",
        severity: .error, stage: .deploy,
        summary: "A request on Fargate names a task definition whose requiresCompatibilities leaves Fargate out.",
        rationale: """
            ECS validates the task definition against the launch type when the service is created or \
            updated, or the task run. A task definition registered with `requiresCompatibilities: [\"EC2\"]`, \
            or without it and outside awsvpc mode, is not Fargate-compatible, and CreateService, UpdateService \
            and RunTask reject it. A capacity provider strategy of only FARGATE/FARGATE_SPOT counts as Fargate. \
            The other direction is not checked: a Fargate task definition also runs on EC2. cfn-lint's E3054 \
            makes the same check for `AWS::ECS::Service`.
            """,
        fix: "Add FARGATE to the task definition's requiresCompatibilities, or launch the service on EC2.",
        awsErrors: ["Task definition does not support launch_type FARGATE."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html"],
        examples: [
            .service(
                .bad,
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": ↓"FARGATE", "desiredCount": 1}
                """, taskDefinition: ServiceExamples.bridgeTask,
                expect: [
                    "launchType FARGATE runs on Fargate, but the task definition is not Fargate-compatible (AWS: \"Task definition does not support launch_type FARGATE.\")"
                ]),
            .service(
                .good,
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2", "desiredCount": 1}
                """, taskDefinition: ServiceExamples.bridgeTask),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let task, service.runsOnFargate else { return [] }
        let declared = task.requiresCompatibilities ?? []
        let note: FindingNote
        if task.$requiresCompatibilities.isSet {
            guard task.$requiresCompatibilities.presence == .value, !declared.contains("FARGATE") else { return [] }
            note = .inTaskDefinition(
                "requiresCompatibilities is [\(declared.joined(separator: ", "))] here",
                at: task.pointer / "requiresCompatibilities")
        } else {
            guard let mode = task.declaredNetworkMode, mode != .awsvpc else {
                if task.$networkModeValue.isSet { return [] }
                return [
                    .notFargateCompatible(service.launchText, at: service.launchPointer, note: task.networkModeNote)
                ]
            }
            note = task.networkModeNote
        }
        return [.notFargateCompatible(service.launchText, at: service.launchPointer, note: note)]
    }
}

extension Violation {
    /// ECS150: a Fargate launch (`launchText`, at `launch`) of a task definition that is not Fargate-compatible.
    fileprivate static func notFargateCompatible(_ launchText: String, at launch: JSONPointer, note: FindingNote)
        -> Violation
    {
        Violation(
            "\(launchText) runs on Fargate, but the task definition is not Fargate-compatible",
            aws: .documented,
            at: launch, notes: [note])
    }
}
