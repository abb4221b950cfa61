/// Platform versions are Fargate's; EC2 and the other launch types have none.
struct PlatformVersionOutsideFargate: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS166", slug: "platform-version-outside-fargate", title: "platformVersion outside Fargate",
        severity: .error, stage: .deploy,
        summary: "platformVersion is set on a request that runs on EC2, EXTERNAL or Managed Instances.",
        rationale: """
            A platform version selects the Fargate runtime (kernel, container runtime, features such as EFS). \
            Tasks on EC2 or external instances run on the instance's own agent, and ECS rejects a platform \
            version for them.
            """,
        fix: "Remove platformVersion.",
        awsErrors: ["The platform version must be null when specifying an EC2 launch type."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2", "platformVersion": ↓"LATEST"}
                """,
                expect: [
                    "platformVersion is set, but launchType EC2 is not Fargate (AWS: \"The platform version must be null when specifying an EC2 launch type.\")"
                ]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE", "platformVersion": "LATEST"}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard service.$platformVersion.isSet, service.runsOutsideFargate else { return [] }
        return [.platformVersionOutsideFargate(service.launchText, at: service.pointer, launch: service.launchPointer)]
    }
}

extension Violation {
    /// ECS166: platformVersion where the launch (`launchText`, at `launch`) is not Fargate.
    fileprivate static func platformVersionOutsideFargate(
        _ launchText: String, at request: JSONPointer, launch: JSONPointer
    ) -> Violation {
        Violation(
            "platformVersion is set, but \(launchText) is not Fargate",
            aws: .documented,
            at: request / "platformVersion", notes: [FindingNote("here", at: launch)])
    }
}
