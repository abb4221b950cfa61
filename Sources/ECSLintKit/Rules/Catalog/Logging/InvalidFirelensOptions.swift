/// FireLens options point the router at a custom configuration file and toggle
/// ECS metadata; wrong values fail registration or the router's start.
struct InvalidFirelensOptions: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS814", slug: "invalid-firelens-options", title: "Invalid FireLens options",
        severity: .error, stage: .launch,
        summary:
            "firelensConfiguration.options: config-file-type s3 or file with a config-file-value, enable-ecs-log-metadata true or false.",
        rationale: """
            A custom Fluent Bit/Fluentd configuration is given by `config-file-type` (`s3` or \
            `file`) and `config-file-value`: for `s3` the S3 object ARN (`arn:aws:s3:::bucket/key`; \
            an `s3://` URL is rejected at registration with "Invalid arn syntax."), for `file` an \
            absolute path inside the router image. One without the other, or another type, cannot \
            be used, and `enable-ecs-log-metadata` must be "true" or "false". (S3 configuration \
            files on Fargate are reported by the Fargate rules.)
            """,
        fix:
            "Use config-file-type s3 with an S3 object ARN or file with an absolute path, and \"true\"/\"false\" for enable-ecs-log-metadata.",
        awsErrors: ["Invalid arn syntax."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit", "options": {
                       "config-file-type": "s3", "config-file-value": ↓"s3://my-bucket/fluent-bit.conf",
                       "enable-ecs-log-metadata": ↓"yes"}}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}
                  ]
                }
                """,
                expect: [
                    "config-file-value \"s3://my-bucket/fluent-bit.conf\" of 'log_router' must be an S3 object ARN when config-file-type is s3 (AWS: \"Invalid arn syntax.\")",
                    "enable-ecs-log-metadata \"yes\" of 'log_router' must be \"true\" or \"false\"",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                     "memory": 128, "firelensConfiguration": {"type": "fluentbit", "options": {
                       "config-file-type": "s3", "config-file-value": "arn:aws:s3:::my-bucket/fluent-bit.conf",
                       "enable-ecs-log-metadata": "false"}}},
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            guard let firelens = container.firelensConfiguration else { continue }
            let options = firelens.options
            let base = firelens.pointer / "options"
            let type = options["config-file-type"]
            let value = options["config-file-value"]
            switch type {
            case "s3":
                if let value, !value.isEmpty, !Self.isS3ObjectARN(value) {
                    violations.append(
                        .configFileValue(value, notS3ObjectOf: container, fix: Self.arnFix(for: value), at: base))
                }
            case "file":
                if let value, !value.isEmpty, !value.hasPrefix("/") {
                    violations.append(.configFileValue(value, notAbsoluteOf: container, at: base))
                }
            case nil:
                if value != nil {
                    violations.append(.configFileValueWithoutType(container, at: base))
                }
            case let other?:
                violations.append(.configFileType(other, of: container, at: base))
            }
            if type != nil, (value ?? "").isEmpty {
                violations.append(.configFileTypeWithoutValue(container, at: base))
            }
            if let metadata = options["enable-ecs-log-metadata"], metadata != "true", metadata != "false" {
                violations.append(.ecsLogMetadata(metadata, of: container, at: base))
            }
        }
        return violations
    }

    /// `arn:<partition>:s3:::<bucket>/<key>`.
    static func isS3ObjectARN(_ text: String) -> Bool {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"), parts[2] == "s3",
            parts[3].isEmpty, parts[4].isEmpty
        else { return false }
        let resource = parts[5]
        guard let slash = resource.firstIndex(of: "/") else { return false }
        return slash != resource.startIndex && resource.index(after: slash) != resource.endIndex
    }

    static func arnFix(for value: String) -> String {
        if value.hasPrefix("s3://") {
            return "write it as \"arn:aws:s3:::\(value.dropFirst(5))\""
        }
        return "write it as arn:aws:s3:::BUCKET/KEY"
    }
}

extension Violation {
    /// ECS814: an s3 config-file-value that is no S3 object ARN (`options`: the FireLens options' pointer).
    fileprivate static func configFileValue(
        _ value: String, notS3ObjectOf container: ContainerDefinition, fix: String, at options: JSONPointer
    ) -> Violation {
        Violation(
            "config-file-value \"\(value)\" of \(container.displayName) must be an S3 object ARN when config-file-type is s3",
            aws: .documented,
            fix: fix, at: options / "config-file-value", stage: .register)
    }

    /// ECS814: a file config-file-value that is no absolute path.
    fileprivate static func configFileValue(
        _ value: String, notAbsoluteOf container: ContainerDefinition, at options: JSONPointer
    ) -> Violation {
        Violation(
            "config-file-value \"\(value)\" of \(container.displayName) must be an absolute path inside the router image when config-file-type is file",
            fix: "write the full path, for example \"/fluent-bit/etc/\(value)\"",
            at: options / "config-file-value")
    }

    /// ECS814: config-file-value without config-file-type.
    fileprivate static func configFileValueWithoutType(_ container: ContainerDefinition, at options: JSONPointer)
        -> Violation
    {
        Violation(
            "config-file-value of \(container.displayName) is set without config-file-type",
            fix:
                "add \"config-file-type\": \"file\" (a path in the image) or \"s3\" (an S3 object ARN)",
            at: options / "config-file-value", target: .key)
    }

    /// ECS814: a config-file-type other than s3 and file.
    fileprivate static func configFileType(_ other: String, of container: ContainerDefinition, at options: JSONPointer)
        -> Violation
    {
        Violation(
            "config-file-type \"\(other)\" of \(container.displayName) must be s3 or file",
            fix: "write \"s3\" or \"file\"", at: options / "config-file-type")
    }

    /// ECS814: config-file-type without a config-file-value.
    fileprivate static func configFileTypeWithoutValue(_ container: ContainerDefinition, at options: JSONPointer)
        -> Violation
    {
        Violation(
            "config-file-type of \(container.displayName) is set without a config-file-value",
            fix: "add \"config-file-value\" with the S3 object ARN or file path of the configuration",
            at: options / "config-file-type", target: .key)
    }

    /// ECS814: an enable-ecs-log-metadata that is not "true" or "false".
    fileprivate static func ecsLogMetadata(
        _ metadata: String, of container: ContainerDefinition, at options: JSONPointer
    )
        -> Violation
    {
        Violation(
            "enable-ecs-log-metadata \"\(metadata)\" of \(container.displayName) must be \"true\" or \"false\"",
            fix: "write \"true\" or \"false\"", at: options / "enable-ecs-log-metadata")
    }
}
