/// An awsvpc configuration holds at most 16 subnets and 5 security groups,
/// and at least one subnet.
struct TooManySubnetsOrSecurityGroups: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS157", slug: "subnet-or-security-group-count", title: "Too many (or no) subnets or security groups",
        severity: .error, stage: .deploy,
        summary: "awsvpcConfiguration has no subnet, more than 16 subnets, or more than 5 security groups.",
        rationale: """
            The API documents the limits of `AwsVpcConfiguration`: "All specified subnets must be from the \
            same VPC. You can specify up to 16 subnets" and "You can specify up to 5 security groups"; \
            `subnets` is required. botocore does not check the counts, so the AWS CLI sends the request and \
            ECS rejects it; the wording of ECS's errors is not quoted [unverified].
            """,
        fix: "Keep 1 to 16 subnets of one VPC and at most 5 security groups.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ↓[],
                   "securityGroups": ↓["sg-00000001", "sg-00000002", "sg-00000003", "sg-00000004", "sg-00000005", "sg-00000006"]}}}
                """,
                expect: ["subnets is empty; give at least one subnet", "6 security groups; at most 5 are accepted"]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-00000001"],
                   "securityGroups": ["sg-00000001", "sg-00000002", "sg-00000003", "sg-00000004", "sg-00000005"]}}}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let awsvpc = service.awsvpc else { return [] }
        var found: [Violation] = []
        if let subnets = awsvpc.subnets {
            if subnets.isEmpty {
                found.append(.noSubnets(awsvpc: awsvpc.pointer))
            } else if subnets.count > 16 {
                found.append(.tooManySubnets(subnets.count, awsvpc: awsvpc.pointer))
            }
        }
        if let groups = awsvpc.securityGroups, groups.count > 5 {
            found.append(.tooManySecurityGroups(groups.count, awsvpc: awsvpc.pointer))
        }
        return found
    }
}

extension Violation {
    /// ECS157: an empty subnets list.
    fileprivate static func noSubnets(awsvpc: JSONPointer) -> Violation {
        Violation("subnets is empty; give at least one subnet", at: awsvpc / "subnets")
    }

    /// ECS157: more than 16 subnets.
    fileprivate static func tooManySubnets(_ count: Int, awsvpc: JSONPointer) -> Violation {
        Violation("\(count) subnets; at most 16 are accepted", at: awsvpc / "subnets")
    }

    /// ECS157: more than 5 security groups.
    fileprivate static func tooManySecurityGroups(_ count: Int, awsvpc: JSONPointer) -> Violation {
        Violation(
            "\(count) security groups; at most 5 are accepted", at: awsvpc / "securityGroups")
    }
}
