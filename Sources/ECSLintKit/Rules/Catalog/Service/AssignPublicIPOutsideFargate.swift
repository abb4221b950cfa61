/// Only Fargate tasks can get a public IP on their network interface.
struct AssignPublicIPOutsideFargate: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS154", slug: "assign-public-ip-outside-fargate", title: "assignPublicIp ENABLED outside Fargate",
        severity: .error, stage: .deploy,
        summary: "assignPublicIp is ENABLED for tasks that do not run on Fargate.",
        rationale: """
            An awsvpc task on EC2 uses an elastic network interface that cannot have a public IP; only \
            Fargate assigns one. ECS rejects `assignPublicIp: ENABLED` when the request runs on EC2, \
            EXTERNAL or Managed Instances (by launchType or a capacity provider strategy without Fargate \
            providers), or when the task definition requires EC2 only. Without a launch type the cluster's \
            default strategy decides, and the rule stays silent unless the task definition rules Fargate out.
            """,
        fix: "Set assignPublicIp to DISABLED (reach the internet through a NAT gateway), or run on Fargate.",
        awsErrors: ["Assign public IP is not supported for this launch type."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"],
                   "assignPublicIp": ↓"ENABLED"}}}
                """,
                expect: [
                    "assignPublicIp is ENABLED, but launchType EC2 does not run on Fargate (AWS: \"Assign public IP is not supported for this launch type.\")"
                ]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"],
                   "assignPublicIp": "ENABLED"}}}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let awsvpc = service.awsvpc, awsvpc.assignPublicIp == "ENABLED" else { return [] }
        if service.runsOutsideFargate {
            return [
                .publicIPOutsideFargate(
                    service.launchText, awsvpc: awsvpc.pointer, notes: [FindingNote("here", at: service.launchPointer)])
            ]
        }
        if !service.runsOnFargate, let task, task.$requiresCompatibilities.presence == .value,
            let declared = task.requiresCompatibilities, !declared.isEmpty, !declared.contains("FARGATE")
        {
            return [
                .publicIPOutsideFargate(
                    "the task definition (requiresCompatibilities \(declared.joined(separator: ", ")))",
                    awsvpc: awsvpc.pointer,
                    notes: [.inTaskDefinition("requiresCompatibilities", at: task.pointer / "requiresCompatibilities")])
            ]
        }
        return []
    }
}

extension Violation {
    /// ECS154: assignPublicIp ENABLED where the task does not run on Fargate (`reason` names what says so).
    fileprivate static func publicIPOutsideFargate(_ reason: String, awsvpc: JSONPointer, notes: [FindingNote])
        -> Violation
    {
        Violation(
            "assignPublicIp is ENABLED, but \(reason) does not run on Fargate",
            aws: .documented,
            at: awsvpc / "assignPublicIp", notes: notes)
    }
}
