/// A health check grace period only delays health checks; a service with
/// none has nothing to delay.
struct HealthCheckGracePeriodWithoutHealthChecks: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS162", slug: "health-check-grace-period-without-health-checks",
        title: "Health check grace period without health checks",
        severity: .warning, stage: .practice,
        summary: """
            healthCheckGracePeriodSeconds is set on a service without load balancers, VPC Lattice or container \
            health checks.
            """,
        rationale: """
            The grace period is how long the scheduler ignores failing health checks of a new task. ECS used \
            to reject it on services without load balancers, with the error quoted below (still what users \
            report, and what cfn-lint was asked to check). The API reference now says it also applies to VPC \
            Lattice and container health checks, and the API accepts it, so ecslint warns only when the \
            service has none of them: no load balancer, no VPC Lattice configuration, and (when the task \
            definition is found) no container healthCheck. Without the task definition, container health \
            checks are assumed absent.
            """,
        fix: "Remove healthCheckGracePeriodSeconds, or add a container health check (healthCheck.startPeriod).",
        awsErrors: ["Health check grace period is only valid for services configured to use load balancers"],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html",
            "https://github.com/aws-cloudformation/cfn-lint/issues/3612",
        ],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "healthCheckGracePeriodSeconds": ↓60}
                """,
                expect: [
                    "healthCheckGracePeriodSeconds is 60, but the service has no load balancer, VPC Lattice or container health check to delay (AWS used to reject it: \"Health check grace period is only valid for services configured to use load balancers\")"
                ]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web", "healthCheckGracePeriodSeconds": 60,
                 "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                   "containerName": "app", "containerPort": 80}]}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard service.kind.isService, let seconds = service.healthCheckGracePeriodSeconds, seconds > 0,
            service.loadBalancers.isEmpty, service.vpcLatticeConfigurations.isEmpty,
            !(task?.containers.contains(where: { $0.$healthCheck.isSet }) ?? false)
        else { return [] }
        return [.gracePeriodWithoutHealthChecks(seconds, at: service.pointer)]
    }
}

extension Violation {
    /// ECS162: a health check grace period with nothing to delay.
    fileprivate static func gracePeriodWithoutHealthChecks(_ seconds: Int, at request: JSONPointer) -> Violation {
        Violation(
            "healthCheckGracePeriodSeconds is \(seconds), but the service has no load balancer, VPC Lattice "
                + "or container health check to delay "
                + "(AWS used to reject it: \"Health check grace period is only valid for services configured to use load balancers\")",
            at: request / "healthCheckGracePeriodSeconds")
    }
}
