/// An EFS access point already fixes the directory the mount sees; ECS rejects
/// a second root directory on top of it.
struct EFSAccessPointRootDirectory: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS911", slug: "efs-access-point-root-directory", title: "EFS access point with rootDirectory",
        severity: .error, stage: .register,
        summary: "With an EFS access point, rootDirectory must be omitted or \"/\".",
        rationale: """
            An EFS access point has its own root directory; the volume's `rootDirectory` would be \
            relative to it, which ECS does not allow. RegisterTaskDefinition fails unless \
            rootDirectory is omitted or `/`. Set the directory on the access point instead.
            """,
        fix: "Remove rootDirectory (or set it to \"/\") and configure the directory on the access point.",
        awsErrors: ["When using an EFS access point, the root directory must either be set to \"/\" or be omitted"],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {
                    "fileSystemId": "fs-0123456789abcdef0", "rootDirectory": ↓"/app", "transitEncryption": "ENABLED",
                    "authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0"}}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "EFS volume 'data' uses access point fsap-0123456789abcdef0 and rootDirectory \"/app\" (AWS: \"When using an EFS access point, the root directory must either be set to \"/\" or be omitted\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {
                    "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED",
                    "authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0"}}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.volumes.compactMap { volume -> Violation? in
            guard let efs = volume.efs, let accessPoint = efs.accessPointId, !accessPoint.isEmpty,
                let root = efs.rootDirectory, root != "/"
            else { return nil }
            return .rootDirectory(root, withAccessPoint: accessPoint, of: volume, efs: efs.pointer)
        }
    }
}

extension Violation {
    /// ECS911: an EFS rootDirectory other than "/" beside an access point.
    fileprivate static func rootDirectory(
        _ root: String, withAccessPoint accessPoint: String, of volume: Volume, efs: JSONPointer
    ) -> Violation {
        Violation(
            "EFS volume \(volume.name.map { "'\($0)'" } ?? "") uses access point \(accessPoint) and rootDirectory \"\(root)\"",
            aws: .documented,
            fix: "remove rootDirectory and set \"\(root)\" as the access point's root directory",
            at: efs / "rootDirectory")
    }
}
