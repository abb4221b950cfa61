/// A target group is named by its full ARN, not its name.
struct InvalidTargetGroupARN: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS160", slug: "invalid-target-group-arn", title: "targetGroupArn is not a target group ARN",
        severity: .error, stage: .deploy,
        summary:
            "loadBalancers[].targetGroupArn is not arn:PARTITION:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID.",
        rationale: """
            ECS takes the target group's ARN, which `aws elbv2 describe-target-groups` prints; the target \
            group's name, or the load balancer's ARN (`…:loadbalancer/app/…`), is rejected. The AWS wording \
            depends on the value and is not quoted [unverified].
            """,
        fix: "Use the target group's ARN: arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID.",
        references: ["https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroup.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "loadBalancers": [{"targetGroupArn": ↓"web-tg", "containerName": "app", "containerPort": 80}]}
                """,
                expect: ["targetGroupArn \"web-tg\" is not an ARN; give the target group's ARN, not its name"]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/73e2d6bc24d8a067",
                   "containerName": "app", "containerPort": 80}]}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        service.loadBalancers.compactMap { balancer -> Violation? in
            guard let arn = balancer.targetGroupArn, !Placeholder.contains(arn),
                let problem = Self.problem(arn)
            else { return nil }
            return .invalidTargetGroupARN(arn, problem: problem, balancer: balancer.pointer)
        }
    }

    /// What is wrong with a target group ARN, or nil.
    static func problem(_ arn: String) -> String? {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", fields[1].hasPrefix("aws") else {
            return "is not an ARN; give the target group's ARN, not its name"
        }
        guard fields[2] == "elasticloadbalancing" else { return "is a \(fields[2]) ARN, not a target group's" }
        guard !fields[3].isEmpty, fields[4].count == 12, fields[4].allSatisfy(\.isNumber) else {
            return "lacks a region or a 12-digit account"
        }
        let resource = fields[5].split(separator: "/", omittingEmptySubsequences: false)
        guard resource.count == 3, resource[0] == "targetgroup", !resource[1].isEmpty, !resource[2].isEmpty else {
            return resource.first == "loadbalancer"
                ? "is a load balancer's ARN; give the ARN of its target group" : "is not targetgroup/NAME/ID"
        }
        return nil
    }
}

extension Violation {
    /// ECS160: a targetGroupArn that is no target group ARN (`problem` says why).
    fileprivate static func invalidTargetGroupARN(_ arn: String, problem: String, balancer: JSONPointer) -> Violation {
        Violation("targetGroupArn \"\(arn)\" \(problem)", at: balancer / "targetGroupArn")
    }
}
