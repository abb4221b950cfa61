/// An access point ID of the wrong form cannot be found when the volume is
/// mounted, so the task fails to start.
struct InvalidEFSAccessPointId: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS915", slug: "invalid-efs-access-point-id", title: "Malformed EFS access point ID",
        severity: .error, stage: .launch,
        summary: "authorizationConfig.accessPointId must be fsap- followed by 8 to 40 lowercase hex digits.",
        rationale: """
            EFS access point IDs look like `fsap-0123456789abcdef0` (the ARN form is accepted \
            too). The mount helper passes the ID to EFS when the task starts; a name, a file system \
            ID or a malformed value fails the mount.
            """,
        fix: "Use the access point ID shown by aws efs describe-access-points, for example fsap-0123456789abcdef0.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSAuthorizationConfig.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
                    "transitEncryption": "ENABLED", "authorizationConfig": {"accessPointId": ↓"app-data"}}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "EFS accessPointId \"app-data\" of volume 'data' is not an access point ID (fsap- and 8 to 40 lowercase hex digits)"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
                    "transitEncryption": "ENABLED", "authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0"}}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.volumes.compactMap { volume -> Violation? in
            guard let efs = volume.efs, let id = efs.accessPointId, !id.isEmpty,
                !EFSIdentifier.isValid(id, prefix: "fsap-", resource: "access-point")
            else { return nil }
            return .invalidAccessPointId(id, of: volume, efs: efs.pointer)
        }
    }
}

extension Violation {
    /// ECS915: an accessPointId that is no EFS access point ID.
    fileprivate static func invalidAccessPointId(_ id: String, of volume: Volume, efs: JSONPointer) -> Violation {
        let hint =
            id.hasPrefix("fs-")
            ? "\(id) is a file system ID; the access point ID starts with fsap-"
            : "use the fsap-… ID of the access point"
        return Violation(
            "EFS accessPointId \"\(id)\" of volume \(volume.name.map { "'\($0)'" } ?? "") is not an access point ID (fsap- and 8 to 40 lowercase hex digits)",
            fix: hint, at: efs / "authorizationConfig" / "accessPointId")
    }
}
