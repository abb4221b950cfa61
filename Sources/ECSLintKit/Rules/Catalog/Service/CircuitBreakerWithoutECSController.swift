/// The deployment circuit breaker watches ECS rolling deployments only.
struct CircuitBreakerWithoutECSController: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS164", slug: "circuit-breaker-without-ecs-controller",
        title: "Circuit breaker without the ECS deployment controller",
        severity: .error, stage: .deploy,
        summary: """
            deploymentConfiguration.deploymentCircuitBreaker is enabled with the CODE_DEPLOY or EXTERNAL \
            deployment controller, or behind a Classic Load Balancer.
            """,
        rationale: """
            The API reference: "The deployment circuit breaker can only be used for services using the \
            rolling update (ECS) deployment type that aren't behind a Classic Load Balancer." With another \
            controller, ECS rejects (or, in some tools, silently drops) the setting; the AWS wording is not \
            quoted [unverified].
            """,
        fix: "Remove deploymentCircuitBreaker, or use the ECS deployment controller (and a target group).",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentCircuitBreaker.html"],
        examples: [
            .bad(
                """
                {"serviceName": "web", "taskDefinition": "web", "deploymentController": {"type": "CODE_DEPLOY"},
                 "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": ↓true, "rollback": true}}}
                """,
                expect: [
                    "the circuit breaker is enabled, but the deployment controller is CODE_DEPLOY; it works with ECS rolling deployments only"
                ]),
            .good(
                """
                {"serviceName": "web", "taskDefinition": "web", "deploymentController": {"type": "ECS"},
                 "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true}}}
                """),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard let breaker = service.deploymentConfiguration?.deploymentCircuitBreaker, breaker.enable == true else {
            return []
        }
        let at = breaker.pointer / "enable"
        if let type = service.deploymentController?.type, type != "ECS" {
            return [
                .circuitBreaker(at: at, withController: type, at: service.pointer / "deploymentController" / "type")
            ]
        }
        if let classic = service.loadBalancers.first(where: { $0.$loadBalancerName.isSet }) {
            return [.circuitBreakerBehindClassicLoadBalancer(at: at, balancer: classic.pointer)]
        }
        return []
    }
}

extension Violation {
    /// ECS164: the circuit breaker with a deployment controller other than ECS (`type`).
    fileprivate static func circuitBreaker(
        at enable: JSONPointer, withController type: String, at controller: JSONPointer
    )
        -> Violation
    {
        Violation(
            "the circuit breaker is enabled, but the deployment controller is \(type); it works with ECS rolling deployments only",
            at: enable,
            notes: [FindingNote("the controller", at: controller)])
    }

    /// ECS164: the circuit breaker behind a Classic Load Balancer.
    fileprivate static func circuitBreakerBehindClassicLoadBalancer(at enable: JSONPointer, balancer: JSONPointer)
        -> Violation
    {
        Violation(
            "the circuit breaker is enabled, but the service is behind a Classic Load Balancer",
            at: enable, notes: [FindingNote("the Classic Load Balancer", at: balancer / "loadBalancerName")])
    }
}
