/// Subnet IDs have a fixed grammar; a name, an ARN or a CIDR block in
/// `subnets` is rejected when the service is created.
struct InvalidSubnetID: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS155", slug: "invalid-subnet-id", title: "Subnet ID is malformed or a placeholder",
        severity: .error, stage: .deploy,
        summary: "An entry of awsvpcConfiguration.subnets is not a subnet ID (subnet- and 8 or 17 hex digits).",
        rationale: """
            The subnets of an awsvpc task are named by ID (`subnet-0123456789abcdef0`, or the 8-digit form of \
            older accounts). A subnet name, ARN or CIDR block is rejected by ECS when it looks the subnet up; \
            the exact AWS text depends on the value and is not quoted [unverified]. The AWS walkthroughs write \
            `subnet-xxxxxxxx`; ecslint recognises such placeholders and reports them as a warning to replace \
            rather than as malformed IDs.
            """,
        fix: "Use the subnet's ID, as `aws ec2 describe-subnets` prints it.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": [↓"private-a", ↓"subnet-xxxxxxxx"]}}}
                """,
                expect: [
                    "\"private-a\" is not a subnet ID: expected \"subnet-\" and 8 or 17 hexadecimal digits",
                    "\"subnet-xxxxxxxx\" is the documentation's placeholder, not a subnet ID",
                ]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0", "subnet-1a2b3c4d"]}}}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        VPCIDCheck(member: "subnets", prefix: "subnet", noun: "subnet").check(
            service.awsvpc?.subnets, in: service.awsvpc)
    }
}
