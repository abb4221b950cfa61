/// On EC2, the ECS agent only advertises the log drivers listed in
/// ECS_AVAILABLE_LOGGING_DRIVERS; a task needing another one cannot be placed.
struct LogDriverNeedsAgentConfig: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS808", slug: "log-driver-needs-agent-config", title: "Log driver not enabled by default on EC2",
        severity: .info, stage: .practice,
        summary:
            "gelf, fluentd, journald and splunk must be enabled in ECS_AVAILABLE_LOGGING_DRIVERS on EC2 instances.",
        rationale: """
            A task that uses a log driver requires container instances that advertise it. The \
            ECS-optimized AMIs enable `json-file`, `syslog` and `awslogs` (and `awsfirelens` is \
            built in); others must be added to `ECS_AVAILABLE_LOGGING_DRIVERS` in \
            /etc/ecs/ecs.config, or placement fails with `Run task failed. Reasons : ["ATTRIBUTE"]`. \
            Whether your instances are configured cannot be seen from the task definition.
            """,
        fix: "Add the driver to ECS_AVAILABLE_LOGGING_DRIVERS in the instances' /etc/ecs/ecs.config.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": ↓"fluentd", "options": {"fluentd-address": "localhost:24224"}}}
                  ]
                }
                """,
                expect: [
                    "log driver fluentd of container 'app' is not enabled on ECS-optimized instances by default; without it in ECS_AVAILABLE_LOGGING_DRIVERS the task cannot be placed"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "syslog"}}
                  ]
                }
                """),
        ]
    )

    static let enabledByDefault: Set<String> = ["json-file", "syslog", "awslogs", "awsfirelens", "none"]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isEC2 || context.launchTypes.contains(.external) else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let log = container.logConfiguration, let driver = log.logDriver,
                !Self.enabledByDefault.contains(driver)
            else { return nil }
            return .logDriverNeedsAgentConfig(driver, of: container, log: log.pointer)
        }
    }
}

extension Violation {
    /// ECS808: a log driver the ECS agent does not enable by default.
    fileprivate static func logDriverNeedsAgentConfig(
        _ driver: String, of container: ContainerDefinition, log: JSONPointer
    )
        -> Violation
    {
        Violation(
            "log driver \(driver) of container \(container.displayName) is not enabled on ECS-optimized instances by default; without it in ECS_AVAILABLE_LOGGING_DRIVERS the task cannot be placed",
            fix: "add \"\(driver)\" to ECS_AVAILABLE_LOGGING_DRIVERS in /etc/ecs/ecs.config on the instances",
            at: log / "logDriver")
    }
}
