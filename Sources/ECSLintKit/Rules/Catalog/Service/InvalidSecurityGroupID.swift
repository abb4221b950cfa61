/// Security group IDs have a fixed grammar; in awsvpc mode a group name
/// is not accepted.
struct InvalidSecurityGroupID: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS156", slug: "invalid-security-group-id", title: "Security group ID is malformed or a placeholder",
        severity: .error, stage: .deploy,
        summary:
            "An entry of awsvpcConfiguration.securityGroups is not a security group ID (sg- and 8 or 17 hex digits).",
        rationale: """
            awsvpc tasks take security group IDs (`sg-0123456789abcdef0`), not group names such as `default`. \
            ECS rejects other values when it looks the group up; the exact AWS text depends on the value and \
            is not quoted [unverified]. Documentation placeholders such as `sg-xxxxxxxx` are reported as a \
            warning to replace.
            """,
        fix: "Use the security group's ID, as `aws ec2 describe-security-groups` prints it.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"],
                   "securityGroups": [↓"default"]}}}
                """,
                expect: ["\"default\" is not a security group ID: expected \"sg-\" and 8 or 17 hexadecimal digits"]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"],
                   "securityGroups": ["sg-0123456789abcdef0"]}}}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        VPCIDCheck(member: "securityGroups", prefix: "sg", noun: "security group")
            .check(service.awsvpc?.securityGroups, in: service.awsvpc)
    }
}
