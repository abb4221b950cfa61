/// ECS builds the router's output configuration from each awsfirelens
/// container's options; without options the container may fail to start.
/// A router with its own configuration — `config-file-type` and
/// `config-file-value`, or a custom image that bakes one in — has its
/// outputs there, so containers logging to it need no options.
struct AwsfirelensWithoutOptions: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS815", slug: "awsfirelens-without-options", title: "awsfirelens without options",
        severity: .warning, stage: .practice,
        summary: "Containers using the awsfirelens log driver should give options (the Fluent Bit output).",
        rationale: """
            The `options` of an `awsfirelens` log configuration become the Fluent Bit or Fluentd \
            output for that container (`Name`, `region`, …). Without them ECS has no output to \
            generate and the container has been seen to fail with "failed to get fluentd log \
            driver arguments: … no log configuration specified". A router that brings its own \
            configuration (`config-file-type`/`config-file-value` in its firelensConfiguration \
            options, or an image other than the stock aws-for-fluent-bit, fluent-bit and fluentd \
            images, which carries the configuration inside) defines the outputs itself, so this \
            rule stays silent then.
            """,
        fix:
            "Add the output's options, for example {\"Name\": \"cloudwatch_logs\", \"region\": …, \"log_group_name\": …}.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit"}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": ↓"awsfirelens"}}
                  ]
                }
                """,
                expect: ["container 'app' uses awsfirelens without options, so the log router gets no output for it"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit"}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "cloudwatch_logs",
                       "region": "us-east-1", "log_group_name": "/ecs/web", "log_stream_prefix": "app-"}}}
                  ]
                }
                """),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit", "options": {
                       "config-file-type": "file", "config-file-value": "/fluent-bit/configs/minimize-log-loss.conf"}}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "logConfiguration": {"logDriver": "awsfirelens"}}
                  ]
                }
                """, caption: "The router's own configuration file names the outputs."),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/custom-fluent-bit:1.4",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit"}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512, "logConfiguration": {"logDriver": "awsfirelens"}}
                  ]
                }
                """, caption: "A custom router image carries its configuration."),
        ]
    )

    /// The repositories of the stock router images, which carry no outputs of their own.
    static let stockRouterRepositories: Set<String> = ["aws-for-fluent-bit", "fluent-bit", "fluentd"]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !task.containers.contains(where: Self.routerHasOwnConfiguration) else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let log = container.logConfiguration, log.logDriver == "awsfirelens",
                log.options.isEmpty, log.secretOptions.isEmpty
            else { return nil }
            return .firelensWithoutOptions(log, of: container, region: context.logRegion, family: task.family)
        }
    }

    /// Whether a container is a FireLens router whose outputs are configured
    /// without the other containers' options: a config file, or a custom image.
    static func routerHasOwnConfiguration(_ container: ContainerDefinition) -> Bool {
        guard let firelens = container.firelensConfiguration else { return false }
        if firelens.options["config-file-value"] != nil || firelens.options["config-file-type"] != nil { return true }
        guard let image = container.imageReference else { return false }
        guard image.registry != .templated, !image.isTemplated(image.path) else { return true }
        let repository = image.path.split(separator: "/").last.map { String($0).lowercased() } ?? ""
        return !stockRouterRepositories.contains(repository)
    }
}

extension Violation {
    /// ECS815: an awsfirelens log configuration without options.
    fileprivate static func firelensWithoutOptions(
        _ log: LogConfiguration, of container: ContainerDefinition, region: String?, family: String?
    ) -> Violation {
        Violation(
            "container \(container.displayName) uses awsfirelens without options, so the log router gets no output for it",
            fix:
                "add options naming the output, for example {\"Name\": \"cloudwatch_logs\", \"region\": \"\(region ?? "us-east-1")\", \"log_group_name\": \"/ecs/\(family ?? "app")\", \"log_stream_prefix\": \"\(container.name ?? "app")-\"}",
            at: log.$options.isSet ? log.pointer / "options" : log.pointer / "logDriver",
            target: log.$options.isSet ? .key : .value)
    }
}
