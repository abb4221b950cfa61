/// Fargate's FireLens cannot fetch a Fluent Bit configuration file from S3;
/// the task registers but cannot be placed on Fargate.
struct FargateFirelensS3Config: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS219", slug: "fargate-firelens-s3-config", title: "FireLens S3 config file on Fargate",
        severity: .error, stage: .launch,
        summary: "On Fargate, firelensConfiguration config-file-type must be file, not s3.",
        rationale: """
            The API documentation states that `config-file-type: s3` is not supported on Fargate: \
            Fargate does not download the configuration from S3. The definition registers, but \
            RunTask and services fail with a capability error. Bake the configuration into the \
            router image (or a sidecar volume) and use `config-file-type: file` with its path.
            """,
        fix:
            "Use \"config-file-type\": \"file\" with a path inside the FireLens image, such as /fluent-bit/etc/extra.conf.",
        awsErrors: ["The specified platform does not satisfy the task definition’s required capabilities"],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "firelensConfiguration": {"type": "fluentbit", "options": {
                       "config-file-type": ↓"s3", "config-file-value": "arn:aws:s3:::my-bucket/extra.conf"}}}
                  ]
                }
                """,
                expect: [
                    "FireLens in container 'log_router' loads its config from S3, which Fargate does not support; the task registers but fails to launch (AWS: \"The specified platform does not satisfy the task definition’s required capabilities\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "my/fluent-bit-with-config:1",
                     "firelensConfiguration": {"type": "fluentbit", "options": {
                       "config-file-type": "file", "config-file-value": "/fluent-bit/etc/extra.conf"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let firelens = container.firelensConfiguration, firelens.options["config-file-type"] == "s3" else {
                return nil
            }
            return .firelensS3ConfigOnFargate(container, firelens: firelens.pointer)
        }
    }
}

extension Violation {
    /// ECS219: a FireLens configuration from S3 on Fargate.
    fileprivate static func firelensS3ConfigOnFargate(_ container: ContainerDefinition, firelens: JSONPointer)
        -> Violation
    {
        Violation(
            "FireLens in container \(container.displayName) loads its config from S3, which Fargate does not support; the task registers but fails to launch",
            aws: .documented,
            fix: "copy the config into the router image and use \"config-file-type\": \"file\" with its path",
            at: firelens / "options" / "config-file-type")
    }
}
