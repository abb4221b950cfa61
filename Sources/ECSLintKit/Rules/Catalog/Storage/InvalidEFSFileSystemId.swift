/// ECS mounts EFS by resolving `<fileSystemId>.efs.<region>.amazonaws.com`; an
/// ID of the wrong form cannot resolve and the task fails to start.
struct InvalidEFSFileSystemId: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS914", slug: "invalid-efs-file-system-id", title: "Malformed EFS file system ID",
        severity: .error, stage: .launch,
        summary: "efsVolumeConfiguration.fileSystemId must be fs- followed by 8 to 40 lowercase hex digits.",
        rationale: """
            EFS file system IDs look like `fs-0123456789abcdef0`. The mount helper resolves the ID \
            as a DNS name when the task starts; anything else (a name, a mount target ID `fsmt-…`, \
            an access point ID `fsap-…`, upper case, a DNS name) fails with 'Failed to resolve \
            "fs-….efs.<region>.amazonaws.com" - check that your file system ID is correct'. The \
            file system ARN form is also accepted here, since EFS documents it (whether ECS accepts \
            it is unverified).
            """,
        fix: "Use the file system ID shown by aws efs describe-file-systems, for example fs-0123456789abcdef0.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": ↓"fs-0123456789ABCDEF0.efs.us-east-1.amazonaws.com"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "EFS fileSystemId \"fs-0123456789ABCDEF0.efs.us-east-1.amazonaws.com\" of volume 'data' is not an EFS file system ID (fs- and 8 to 40 lowercase hex digits); the mount fails"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0"}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.volumes.compactMap { volume -> Violation? in
            guard let efs = volume.efs, let id = efs.fileSystemId,
                !EFSIdentifier.isValid(id, prefix: "fs-", resource: "file-system")
            else { return nil }
            var hint = "use the fs-… ID of the file system"
            if id.hasPrefix("fsap-") {
                hint =
                    "\(id) is an access point; put it in authorizationConfig.accessPointId and use the file system's fs-… ID here"
            } else if id.hasPrefix("fsmt-") {
                hint = "\(id) is a mount target; use the file system's fs-… ID"
            } else if let dot = id.firstIndex(of: "."),
                EFSIdentifier.isValid(String(id[..<dot]).lowercased(), prefix: "fs-", resource: "file-system")
            {
                hint = "use just \"\(id[..<dot].lowercased())\""
            } else if EFSIdentifier.isValid(id.lowercased(), prefix: "fs-", resource: "file-system") {
                hint = "write it in lower case: \"\(id.lowercased())\""
            }
            return .invalidFileSystemId(id, hint: hint, of: volume, efs: efs.pointer)
        }
    }
}

extension Violation {
    /// ECS914: a fileSystemId that is no EFS file system ID (`hint` says what it is instead).
    fileprivate static func invalidFileSystemId(_ id: String, hint: String, of volume: Volume, efs: JSONPointer)
        -> Violation
    {
        Violation(
            "EFS fileSystemId \"\(id)\" of volume \(volume.name.map { "'\($0)'" } ?? "") is not an EFS file system ID (fs- and 8 to 40 lowercase hex digits); the mount fails",
            fix: hint, at: efs / "fileSystemId")
    }
}
