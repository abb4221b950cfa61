/// A load balancer entry names either a target group (ALB, NLB) or a
/// classic load balancer, never both; classic load balancers cannot reach
/// awsvpc tasks.
struct LoadBalancerTarget: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS161", slug: "load-balancer-target", title: "Load balancer entry names both or neither target",
        severity: .error, stage: .deploy,
        summary: """
            A loadBalancers entry sets both targetGroupArn and loadBalancerName, neither, or a classic \
            loadBalancerName for awsvpc or Fargate tasks.
            """,
        rationale: """
            For an Application or Network Load Balancer the entry gives `targetGroupArn`; for a Classic Load \
            Balancer it gives `loadBalancerName`, and the API documents that one must be omitted when the \
            other is given. Classic Load Balancers register instances, so they do not support tasks in awsvpc \
            mode, which includes every Fargate task. The AWS wording of these errors is not quoted [unverified].
            """,
        fix: "Keep targetGroupArn (Application or Network Load Balancer) and remove loadBalancerName.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web",
                 "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                   "loadBalancerName": ↓"web-elb", "containerName": "app", "containerPort": 80},
                   ↓{"containerName": "app", "containerPort": 80}]}
                """,
                expect: [
                    "both targetGroupArn and loadBalancerName are set; an entry names one target",
                    "the load balancer entry names neither targetGroupArn nor loadBalancerName",
                ]),
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
                 "loadBalancers": [{"loadBalancerName": ↓"web-elb", "containerName": "app", "containerPort": 80}]}
                """, caption: "Classic Load Balancers do not reach awsvpc tasks.",
                expect: ["loadBalancerName names a Classic Load Balancer, which does not support tasks in awsvpc mode"]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2",
                 "loadBalancers": [{"loadBalancerName": "web-elb", "containerName": "app", "containerPort": 80}]}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        let awsvpc = service.runsOnFargate || task?.effectiveNetworkMode(context) == .awsvpc
        return service.loadBalancers.compactMap { balancer -> Violation? in
            switch (balancer.$targetGroupArn.isSet, balancer.$loadBalancerName.isSet) {
            case (true, true):
                return .twoLoadBalancerTargets(at: balancer.pointer)
            case (false, false):
                guard balancer.$targetGroupArn.isAbsent, balancer.$loadBalancerName.isAbsent else { return nil }
                return .noLoadBalancerTarget(at: balancer.pointer)
            case (false, true):
                guard awsvpc else { return nil }
                return .classicLoadBalancerInAwsvpcMode(at: balancer.pointer)
            case (true, false):
                return nil
            }
        }
    }
}

extension Violation {
    /// ECS161: a load balancer entry with both targetGroupArn and loadBalancerName.
    fileprivate static func twoLoadBalancerTargets(at balancer: JSONPointer) -> Violation {
        Violation(
            "both targetGroupArn and loadBalancerName are set; an entry names one target",
            fix: "remove loadBalancerName (Application/Network Load Balancer) or targetGroupArn (Classic)",
            at: balancer / "loadBalancerName")
    }

    /// ECS161: a load balancer entry with neither.
    fileprivate static func noLoadBalancerTarget(at balancer: JSONPointer) -> Violation {
        Violation(
            "the load balancer entry names neither targetGroupArn nor loadBalancerName", at: balancer)
    }

    /// ECS161: a Classic Load Balancer for an awsvpc task.
    fileprivate static func classicLoadBalancerInAwsvpcMode(at balancer: JSONPointer) -> Violation {
        Violation(
            "loadBalancerName names a Classic Load Balancer, which does not support tasks in awsvpc mode",
            fix: "use an Application or Network Load Balancer's target group (targetGroupArn)",
            at: balancer / "loadBalancerName")
    }
}
