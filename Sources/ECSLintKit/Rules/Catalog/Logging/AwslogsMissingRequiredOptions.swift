/// The awslogs driver must know which log group and which region to send to;
/// ECS rejects an awslogs configuration that does not say.
struct AwslogsMissingRequiredOptions: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS801", slug: "awslogs-missing-required-options", title: "awslogs group or region missing",
        severity: .error, stage: .register,
        summary: "The awslogs log driver needs the awslogs-group and awslogs-region options.",
        rationale: """
            With `logDriver: awslogs`, ECS requires the CloudWatch Logs group (`awslogs-group`) and \
            its region (`awslogs-region`) in `options`; RegisterTaskDefinition rejects the task \
            definition otherwise. An empty value counts as missing (Docker: "must specify a value \
            for log opt 'awslogs-group'").
            """,
        fix: "Add \"awslogs-group\" and \"awslogs-region\" to logConfiguration.options.",
        awsErrors: ["Log driver awslogs requires options: awslogs-region, awslogs-group"],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs",
                       ↓"options": {"awslogs-group": "/ecs/web", "awslogs-stream-prefix": "web"}}}
                  ]
                }
                """,
                expect: [
                    "awslogs log configuration of container 'app' is missing awslogs-region (AWS: \"Log driver awslogs requires options: awslogs-region, awslogs-group\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {
                       "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}}
                  ]
                }
                """),
        ]
    )

    static let required = ["awslogs-region", "awslogs-group"]

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let log = container.logConfiguration, log.logDriver == "awslogs" else { return nil }
            let missing = Self.required.filter { (log.options[$0] ?? "").isEmpty }
            guard !missing.isEmpty else { return nil }
            return .awslogsMissing(missing, log, of: container, region: context.logRegion, family: task.family)
        }
    }
}

extension Violation {
    /// ECS801: awslogs options that are required and missing or empty.
    fileprivate static func awslogsMissing(
        _ missing: [String], _ log: LogConfiguration, of container: ContainerDefinition, region: String?,
        family: String?
    ) -> Violation {
        let names = missing.map { log.options[$0] == nil ? $0 : "\($0) (it is empty)" }.joined(separator: " and ")
        let example = missing.map {
            $0 == "awslogs-region"
                ? "\"awslogs-region\": \"\(region ?? "us-east-1")\""
                : "\"awslogs-group\": \"/ecs/\(family ?? "my-task")\""
        }
        return Violation(
            "awslogs log configuration of container \(container.displayName) is missing \(names)", aws: .documented,
            fix: "add \(example.joined(separator: ", ")) to options",
            at: log.$options.isSet ? log.pointer / "options" : log.pointer / "logDriver",
            target: log.$options.isSet ? .key : .value)
    }
}
