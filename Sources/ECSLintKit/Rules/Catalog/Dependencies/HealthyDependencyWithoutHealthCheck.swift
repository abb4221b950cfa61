/// A HEALTHY dependency waits for the target's container health check; a
/// target without one never reports healthy, so the dependent never starts.
struct HealthyDependencyWithoutHealthCheck: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS504", slug: "healthy-dependency-without-health-check",
        title: "HEALTHY dependency on a container without a health check",
        severity: .error, stage: .launch,
        summary: "A container that others wait on with HEALTHY must define a healthCheck.",
        rationale: """
            The API reference says HEALTHY "requires that the dependent container has health \
            checks configured". The ECS agent's dependency resolver only treats a HEALTHY \
            dependency as resolvable when the target reports health, so the task fails to start \
            (whether RegisterTaskDefinition rejects it earlier is not documented — ecslint \
            reports it at the launch stage, where it certainly fails). Health checks in the \
            image's Dockerfile do not count: ECS only monitors the task definition's healthCheck.
            """,
        fix: "Add a healthCheck to the container that is waited on, or use condition START.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html",
            "https://github.com/aws/amazon-ecs-agent/blob/master/agent/engine/dependencygraph/graph.go",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "example/app:1.0",
                     "dependsOn": [{"containerName": "envoy", "condition": ↓"HEALTHY"}]},
                    {"name": "envoy", "image": "envoyproxy/envoy:v1.31.0"}
                  ]
                }
                """,
                expect: [
                    "dependsOn 'envoy' with condition HEALTHY, but 'envoy' has no healthCheck, so it never becomes healthy and 'app' never starts"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "example/app:1.0",
                     "dependsOn": [{"containerName": "envoy", "condition": "HEALTHY"}]},
                    {"name": "envoy", "image": "envoyproxy/envoy:v1.31.0",
                     "healthCheck": {"command": ["CMD-SHELL", "curl -s http://localhost:9901/server_info || exit 1"]}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.flatMap { container in
            container.dependsOn.compactMap { dependency -> Violation? in
                guard dependency.condition == "HEALTHY", let name = dependency.containerName,
                    let target = task.container(named: name), target.$healthCheck.isAbsent
                else { return nil }
                return .healthyDependency(on: name, of: container, at: dependency.pointer)
            }
        }
    }
}

extension Violation {
    /// ECS504: a HEALTHY dependency on a container (named `name`) without a health check.
    fileprivate static func healthyDependency(
        on name: String, of container: ContainerDefinition, at dependency: JSONPointer
    ) -> Violation {
        Violation(
            "dependsOn '\(name)' with condition HEALTHY, but '\(name)' has no healthCheck, so it never becomes healthy and \(container.displayName) never starts",
            fix:
                "add a healthCheck to '\(name)' (for example [\"CMD-SHELL\", \"<probe> || exit 1\"]), or use condition START",
            at: dependency / "condition")
    }
}
