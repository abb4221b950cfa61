/// Tasks in awsvpc mode get their own network interface, in subnets and
/// security groups that only the service or run-task request names.
struct AwsvpcNetworkConfigurationMissing: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS152", slug: "awsvpc-network-configuration-missing",
        title: "awsvpc task without networkConfiguration",
        severity: .error, stage: .deploy,
        summary: "A create-service or run-task request for an awsvpc (or Fargate) task has no awsvpcConfiguration.",
        rationale: """
            In awsvpc mode, which Fargate requires, each task gets an elastic network interface; the subnets \
            and security groups come from `networkConfiguration.awsvpcConfiguration` of the request, not from \
            the task definition. CreateService and RunTask reject the request without it. The check runs \
            without the task definition when the request itself says Fargate. update-service is not checked: \
            it keeps the service's current network configuration. cfn-lint's E3052 makes the same check for \
            `AWS::ECS::Service`.
            """,
        fix: """
            Add networkConfiguration: {"awsvpcConfiguration": {"subnets": […], "securityGroups": […]}}.
            """,
        awsErrors: ["Network Configuration must be provided when networkMode 'awsvpc' is specified."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_NetworkConfiguration.html"
        ],
        examples: [
            .service(
                .bad,
                """
                ↓{"serviceName": "web", "taskDefinition": "web", "desiredCount": 1}
                """, taskDefinition: ServiceExamples.fargateTask,
                expect: [
                    "the task runs in awsvpc mode, but the request has no networkConfiguration (AWS: \"Network Configuration must be provided when networkMode 'awsvpc' is specified.\")"
                ]),
            .bad(
                """
                ↓{"taskDefinition": "web:3", "launchType": "FARGATE"}
                """, caption: "Fargate is always awsvpc.",
                expect: [
                    "the task runs in awsvpc mode, but the request has no networkConfiguration (AWS: \"Network Configuration must be provided when networkMode 'awsvpc' is specified.\")"
                ]),
            .service(
                .good,
                """
                {"serviceName": "web", "taskDefinition": "web", "desiredCount": 1,
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}}}
                """, taskDefinition: ServiceExamples.fargateTask),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard service.kind != .updateService, service.$networkConfiguration.isUnset else { return [] }
        if let task, task.effectiveNetworkMode(context) == .awsvpc {
            return [.networkConfigurationMissing(context, notes: [task.networkModeNote])]
        }
        if service.runsOnFargate {
            return [
                .networkConfigurationMissing(
                    context, notes: [FindingNote("the request runs on Fargate", at: service.launchPointer)])
            ]
        }
        return []
    }
}

extension Violation {
    /// ECS152: an awsvpc task launched without networkConfiguration.
    fileprivate static func networkConfigurationMissing(_ context: ServiceContext, notes: [FindingNote]) -> Violation {
        Violation(
            "the task runs in awsvpc mode, but the request has no \(context.name("networkConfiguration"))",
            aws: .documented,
            at: .root, notes: notes)
    }
}
