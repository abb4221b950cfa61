/// FireLens is a Linux-only feature; Windows tasks must ship logs another way.
struct FirelensOnWindows: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS816", slug: "firelens-on-windows", title: "FireLens on Windows",
        severity: .error, stage: .launch,
        needs: [.taskLevel],
        summary:
            "FireLens (firelensConfiguration and the awsfirelens log driver) is not supported for Windows containers.",
        rationale: """
            The ECS documentation states that FireLens is supported for tasks on Fargate and EC2 \
            running Linux, and that Windows containers do not support it. For Windows, run Fluent \
            Bit as a separate service (for example with the fluentd log driver) or use awslogs. \
            Windows is known only from `runtimePlatform.operatingSystemFamily`.
            """,
        fix: "Use the awslogs log driver, or a Fluent Bit daemon service with the fluentd driver, on Windows.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html"],
        examples: [
            .bad(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:windowsservercore-stable",
                     "memory": 256, ↓"firelensConfiguration": {"type": "fluentbit"}},
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
                     "memory": 1024, "logConfiguration": {"logDriver": ↓"awsfirelens", "options": {"Name": "stdout"}}}
                  ]
                }
                """,
                expect: [
                    "container 'log_router' is a FireLens log router, but Windows containers do not support FireLens",
                    "container 'web' uses the awsfirelens log driver, which Windows containers do not support",
                ]),
            .good(
                """
                {
                  "family": "iis",
                  "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                  "containerDefinitions": [
                    {"name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
                     "memory": 1024, "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/iis", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "iis"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isWindows else { return [] }
        var violations: [Violation] = []
        for container in task.containers {
            if container.$firelensConfiguration.isSet {
                violations.append(.firelensRouterOnWindows(container))
            }
            if let log = container.logConfiguration, log.logDriver == "awsfirelens" {
                violations.append(.awsfirelensOnWindows(container, log: log.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS816: a FireLens log router in a Windows task.
    fileprivate static func firelensRouterOnWindows(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) is a FireLens log router, but Windows containers do not support FireLens",
            fix: "remove the log router and use awslogs, or run Fluent Bit as a separate service",
            at: container.pointer / "firelensConfiguration", target: .key)
    }

    /// ECS816: the awsfirelens log driver in a Windows task.
    fileprivate static func awsfirelensOnWindows(_ container: ContainerDefinition, log: JSONPointer) -> Violation {
        Violation(
            "container \(container.displayName) uses the awsfirelens log driver, which Windows containers do not support",
            fix: "use the awslogs log driver (or fluentd with a Fluent Bit service)",
            at: log / "logDriver")
    }
}
