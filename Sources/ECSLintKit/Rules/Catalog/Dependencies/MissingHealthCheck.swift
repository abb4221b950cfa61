/// Without a container health check ECS only notices a crashed process, not a
/// hung one; a serving container should say how to probe it.
struct MissingHealthCheck: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS516", slug: "missing-health-check", title: "Essential serving container without a health check",
        severity: .info, stage: .practice,
        summary: "An essential container that exposes ports should define a healthCheck.",
        rationale: """
            ECS monitors only the health check in the task definition (not a Dockerfile \
            HEALTHCHECK). Without one, a container that is running but stuck keeps its task \
            RUNNING and, unless a load balancer health check covers it, is never replaced; \
            dependsOn HEALTHY is impossible and deployments cannot wait for readiness. AWS neither \
            rejects such a task nor fails it, and a load balancer's health check often covers the \
            container, so this is information, opt-in (`--strict`, or `ECS516: on` in \
            `.ecslint.yml`), and never reported for non-essential sidecars.
            """,
        fix:
            "Add a healthCheck, e.g. {\"command\": [\"CMD-SHELL\", \"curl -f http://localhost:<port>/health || exit 1\"]}.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/healthcheck.html",
        ],
        enabledByDefault: false,
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": ↓"app", "image": "nginx:1.27", "portMappings": [{"containerPort": 80}]}
                  ]
                }
                """,
                expect: ["essential container 'app' serves ports but has no healthCheck; ECS cannot tell when it hangs"]
            ),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "portMappings": [{"containerPort": 80}],
                     "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]}},
                    {"name": "log-router", "image": "amazon/aws-for-fluent-bit:2.32.2", "essential": false,
                     "portMappings": [{"containerPort": 24224}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard container.isEssential, let port = container.portMappings.first,
                container.$healthCheck.isAbsent
            else { return nil }
            return .missingHealthCheck(container, servingPort: port.containerPort)
        }
    }
}

extension Violation {
    /// ECS516: an essential container that serves ports (the first is `port`) without a health check.
    fileprivate static func missingHealthCheck(_ container: ContainerDefinition, servingPort port: Int?) -> Violation {
        let portText = port.map(String.init) ?? "<port>"
        return Violation(
            "essential container \(container.displayName) serves ports but has no healthCheck; ECS cannot tell when it hangs",
            fix:
                "add \"healthCheck\": {\"command\": [\"CMD-SHELL\", \"curl -f http://localhost:\(portText)/ || exit 1\"]} (adapt the probe to the image)",
            at: container.name != nil ? container.pointer / "name" : container.pointer)
    }
}
