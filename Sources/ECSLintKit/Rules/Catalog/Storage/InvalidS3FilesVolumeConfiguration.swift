/// S3 Files volumes are addressed by full ARNs, and an access point fixes the
/// root directory just as with EFS.
struct InvalidS3FilesVolumeConfiguration: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS921", slug: "invalid-s3files-volume-configuration", title: "Invalid S3 Files volume",
        severity: .error, stage: .register,
        summary:
            "s3filesVolumeConfiguration needs full ARNs, and rootDirectory must be omitted or \"/\" with an access point.",
        rationale: """
            The API requires `fileSystemArn` (and `accessPointArn`, when given) to be the full ARN \
            of the S3 Files file system or access point, not a bare ID or name. As with EFS, an \
            access point defines the directory the mount sees, so `rootDirectory` must then be \
            omitted or `/`. The exact rejection messages are unverified.
            """,
        fix: "Use full arn:… values, and drop rootDirectory when accessPointArn is set.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html"],
        examples: [
            .bad(
                """
                {
                  "family": "etl",
                  "volumes": [{"name": "data", "s3filesVolumeConfiguration": {
                    "fileSystemArn": ↓"fs-0123456789abcdef0", "rootDirectory": ↓"/in",
                    "accessPointArn": "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0/access-point/ap-0123"}}],
                  "containerDefinitions": [{"name": "job", "image": "my/job:1.0", "memory": 512}]
                }
                """,
                expect: [
                    "fileSystemArn \"fs-0123456789abcdef0\" of S3 Files volume 'data' must be a full ARN",
                    "S3 Files volume 'data' sets rootDirectory \"/in\" together with an access point; the root directory must be omitted or \"/\"",
                ]),
            .good(
                """
                {
                  "family": "etl",
                  "volumes": [{"name": "data", "s3filesVolumeConfiguration": {
                    "fileSystemArn": "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0",
                    "accessPointArn": "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0/access-point/ap-0123"}}],
                  "containerDefinitions": [{"name": "job", "image": "my/job:1.0", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for volume in task.volumes {
            guard let s3 = volume.s3Files else { continue }
            let name = volume.name.map { "'\($0)'" } ?? ""
            for (key, value) in [("fileSystemArn", s3.fileSystemArn), ("accessPointArn", s3.accessPointArn)] {
                guard let value, !value.hasPrefix("arn:") else { continue }
                violations.append(.s3FilesARN(key, value, volume: name, s3: s3.pointer))
            }
            if let accessPoint = s3.accessPointArn, !accessPoint.isEmpty, let root = s3.rootDirectory, root != "/" {
                violations.append(.s3FilesRootDirectory(root, volume: name, s3: s3.pointer))
            }
        }
        return violations
    }
}

extension Violation {
    /// ECS921: an S3 Files fileSystemArn or accessPointArn (`key`) that is no full ARN.
    fileprivate static func s3FilesARN(_ key: String, _ value: String, volume name: String, s3: JSONPointer)
        -> Violation
    {
        Violation(
            "\(key) \"\(value)\" of S3 Files volume \(name) must be a full ARN",
            fix: "use the full arn:… of the \(key == "fileSystemArn" ? "file system" : "access point")",
            at: s3 / key)
    }

    /// ECS921: an S3 Files rootDirectory other than "/" beside an access point.
    fileprivate static func s3FilesRootDirectory(_ root: String, volume name: String, s3: JSONPointer) -> Violation {
        Violation(
            "S3 Files volume \(name) sets rootDirectory \"\(root)\" together with an access point; the root directory must be omitted or \"/\"",
            fix: "remove rootDirectory and set the directory on the access point",
            at: s3 / "rootDirectory")
    }
}
