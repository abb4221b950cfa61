/// The splunk driver cannot send anything without the HEC endpoint and token.
struct SplunkMissingOptions: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS807", slug: "splunk-missing-options", title: "splunk URL or token missing",
        severity: .error, stage: .launch,
        summary: "The splunk log driver needs splunk-url and splunk-token (the token may come from secretOptions).",
        rationale: """
            The splunk driver sends to the HTTP Event Collector at `splunk-url` using \
            `splunk-token`; Docker refuses to start the container when either is missing. Keep the \
            token out of the task definition by passing it in `secretOptions` (from Secrets Manager \
            or SSM Parameter Store).
            """,
        fix: "Add splunk-url to options and splunk-token to secretOptions.",
        references: ["https://docs.docker.com/engine/logging/drivers/splunk/"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "splunk", ↓"options": {"splunk-url": "https://hec.example.com:8088"}}}
                  ]
                }
                """,
                expect: [
                    "splunk log configuration of container 'app' is missing splunk-token; the container fails to start"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "splunk", "options": {"splunk-url": "https://hec.example.com:8088"},
                       "secretOptions": [{"name": "splunk-token",
                         "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:splunk-token-AbCdEf"}]}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let log = container.logConfiguration, log.logDriver == "splunk" else { return nil }
            var missing: [String] = []
            if (log.options["splunk-url"] ?? "").isEmpty { missing.append("splunk-url") }
            let tokenInSecrets = log.secretOptions.contains { $0.name == "splunk-token" }
            if (log.options["splunk-token"] ?? "").isEmpty, !tokenInSecrets { missing.append("splunk-token") }
            guard !missing.isEmpty else { return nil }
            return .splunkMissing(missing, log, of: container)
        }
    }
}

extension Violation {
    /// ECS807: the splunk options the driver needs and the file lacks.
    fileprivate static func splunkMissing(
        _ missing: [String], _ log: LogConfiguration, of container: ContainerDefinition
    )
        -> Violation
    {
        let fix = missing.map {
            $0 == "splunk-url"
                ? "add \"splunk-url\" (the HEC endpoint) to options"
                : "add {\"name\": \"splunk-token\", \"valueFrom\": <secret ARN>} to secretOptions"
        }
        return Violation(
            "splunk log configuration of container \(container.displayName) is missing \(missing.joined(separator: " and ")); the container fails to start",
            fix: fix.joined(separator: ", and "),
            at: log.$options.isSet ? log.pointer / "options" : log.pointer / "logDriver",
            target: log.$options.isSet ? .key : .value)
    }
}
