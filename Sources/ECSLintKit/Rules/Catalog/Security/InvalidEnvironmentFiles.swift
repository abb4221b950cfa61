/// Environment files are S3 objects named by ARN, at most ten per container;
/// an `s3://` URL or a bucket ARN registers and then stops every task.
struct InvalidEnvironmentFiles: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS614", slug: "invalid-environment-files", title: "Malformed environmentFiles",
        severity: .error, stage: .launch,
        summary:
            "environmentFiles holds at most 10 entries, each the ARN of an S3 object (arn:<partition>:s3:::<bucket>/<key>.env).",
        rationale: """
            The agent downloads each file with the execution role before the container starts; \
            the value must be an S3 object ARN — no region or account, a bucket and a key — not an \
            `s3://` URL, a bucket ARN or an https link, or the task fails to start. AWS documents at \
            most 10 files per container (more is reported as a registration error; the exact \
            message is unverified) and says the file "must use the .env file extension"; whether \
            the agent enforces the extension is unverified, so that case is a warning.
            """,
        fix: "Use arn:aws:s3:::<bucket>/<path>/<file>.env, and at most 10 files per container.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/use-environment-file.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environmentFiles": [{"value": ↓"s3://config-bucket/app.env", "type": "s3"},
                                          {"value": ↓"arn:aws:s3:::config-bucket/app.properties", "type": "s3"}]}
                  ]
                }
                """,
                expect: [
                    "environment file 's3://config-bucket/app.env' of container 'app' is an s3:// URL, not an S3 object ARN; the task fails to start",
                    "environment file 'arn:aws:s3:::config-bucket/app.properties' of container 'app' does not end in .env; AWS documents that environment files must use the .env extension",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environmentFiles": [{"value": "arn:aws:s3:::config-bucket/prod/app.env", "type": "s3"}]}
                  ]
                }
                """),
        ]
    )

    static let maxFiles = 10

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            if container.environmentFiles.count > Self.maxFiles {
                violations.append(.tooManyEnvironmentFiles(container, limit: Self.maxFiles))
            }
            for file in container.environmentFiles {
                guard let value = file.value, let (problem, suggestion, isWarning) = Self.problem(value) else {
                    continue
                }
                violations.append(
                    .invalidEnvironmentFile(
                        value, problem: problem, suggestion: suggestion, isWarning: isWarning, of: container,
                        at: file.pointer))
            }
        }
        return violations
    }

    static func problem(_ value: String) -> (String, String?, Bool)? {
        if Placeholder.contains(value) { return nil }
        let failure = "; the task fails to start"
        let lower = value.lowercased()
        if lower.hasPrefix("s3://") {
            let rest = value.dropFirst(5)
            return ("is an s3:// URL, not an S3 object ARN\(failure)", "arn:aws:s3:::\(rest)", false)
        }
        guard let arn = ARN(value) else {
            return ("is not an S3 object ARN (arn:aws:s3:::<bucket>/<key>.env)\(failure)", nil, false)
        }
        guard arn.partition != nil else {
            return (
                "has partition '\(arn.partitionName)', which is not one of \(AWSPartition.names)\(failure)", nil, false
            )
        }
        guard arn.service == "s3" else {
            return (
                "is \(arn.service.isEmpty ? "an" : "a \(arn.service)") ARN; environment files must be S3 objects\(failure)",
                nil, false
            )
        }
        if !arn.region.isEmpty || !arn.account.isEmpty {
            return (
                "has a region or account field; S3 object ARNs have neither\(failure)",
                "arn:\(arn.partitionName):s3:::\(arn.resource)", false
            )
        }
        guard let slash = arn.resource.firstIndex(of: "/") else {
            return ("names bucket '\(arn.resource)' but no object key\(failure)", nil, false)
        }
        let bucket = arn.resource[..<slash]
        let key = arn.resource[arn.resource.index(after: slash)...]
        let bucketValid =
            (3...63).contains(bucket.utf8.count)
            && bucket.utf8.allSatisfy { ASCIIClass.isDigit($0) || ASCIIClass.isLower($0) || $0 == 0x2E || $0 == 0x2D }
        if !bucketValid {
            return (
                "has bucket name '\(bucket)'; bucket names are 3–63 lower-case letters, digits, '.' and '-'\(failure)",
                nil, false
            )
        }
        if key.isEmpty || key.hasSuffix("/") {
            return ("names no object key in bucket '\(bucket)'\(failure)", nil, false)
        }
        if !key.hasSuffix(".env") {
            return ("does not end in .env; AWS documents that environment files must use the .env extension", nil, true)
        }
        return nil
    }
}

extension Violation {
    /// ECS614: more environmentFiles than `limit`.
    fileprivate static func tooManyEnvironmentFiles(_ container: ContainerDefinition, limit: Int) -> Violation {
        Violation(
            "container \(container.displayName) has \(container.environmentFiles.count) environmentFiles; at most \(limit) are allowed",
            fix: "merge files so that at most \(limit) remain",
            at: container.pointer / "environmentFiles",
            target: .key, stage: .register)
    }

    /// ECS614: an environment file that is no S3 object ARN ending in .env (`isWarning` for the extension alone).
    fileprivate static func invalidEnvironmentFile(
        _ value: String, problem: String, suggestion: String?, isWarning: Bool, of container: ContainerDefinition,
        at file: JSONPointer
    ) -> Violation {
        Violation(
            "environment file '\(value)' of container \(container.displayName) \(problem)",
            fix: suggestion.map { "use \"\($0)\"" }, at: file / "value",
            severity: isWarning ? .warning : nil, stage: isWarning ? .practice : nil)
    }
}
