/// A load balancer sends traffic to one container of the task, named by
/// `containerName`, which must be a container of the task definition.
struct LoadBalancerContainerNotFound: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS158", slug: "load-balancer-container-not-found",
        title: "Load balancer names a container the task definition does not have",
        severity: .error, stage: .deploy,
        summary: "loadBalancers[].containerName is missing, or names no container of the task definition.",
        rationale: """
            ECS registers the task's container (by name and port) with the target group or classic load \
            balancer. The name must be one of the task definition's `containerDefinitions[].name`; a common \
            mistake is the task family or the service name there. A missing name is rejected as blank. The \
            check of the name needs the task definition.
            """,
        fix: "Set containerName to the name of the container that serves the traffic.",
        awsErrors: ["The container web does not exist in the task definition.", "Container Name can not be blank."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html"],
        examples: [
            .service(
                .bad,
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2",
                 "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                   "containerName": ↓"web", "containerPort": 80}]}
                """, taskDefinition: ServiceExamples.bridgeTask,
                expect: [
                    "container \"web\" is not in the task definition (containers: \"app\") (AWS: \"The container web does not exist in the task definition.\")"
                ]),
            .service(
                .good,
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2",
                 "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                   "containerName": "app", "containerPort": 80}]}
                """, taskDefinition: ServiceExamples.bridgeTask),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        service.loadBalancers.compactMap { balancer -> Violation? in
            if balancer.$containerName.isAbsent {
                return .loadBalancerWithoutContainerName(at: balancer.pointer)
            }
            guard let task, task.containerNamesAreKnown, let name = balancer.containerName,
                task.container(named: name) == nil
            else { return nil }
            return .loadBalancerContainerNotFound(name, in: task, balancer: balancer.pointer)
        }
    }
}

extension Violation {
    /// ECS158: a load balancer entry without containerName.
    fileprivate static func loadBalancerWithoutContainerName(at balancer: JSONPointer) -> Violation {
        Violation(
            "the load balancer names no containerName", aws: .documented(1),
            at: balancer)
    }

    /// ECS158: a load balancer containerName the task definition lacks.
    fileprivate static func loadBalancerContainerNotFound(
        _ name: String, in task: TaskDefinition, balancer: JSONPointer
    )
        -> Violation
    {
        let names = task.containers.compactMap(\.name).map { "\"\($0)\"" }.joined(separator: ", ")
        return Violation(
            "container \"\(name)\" is not in the task definition (containers: \(names))",
            aws: .actual("The container \(name) does not exist in the task definition."),
            fix: task.containers.count == 1 ? "set containerName to \(names)" : nil,
            at: balancer / "containerName",
            notes: [.inTaskDefinition("the containers", at: task.pointer / "containerDefinitions")])
    }
}
