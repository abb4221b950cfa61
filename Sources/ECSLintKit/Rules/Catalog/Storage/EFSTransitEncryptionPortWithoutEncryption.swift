/// The transit encryption port is only used by the TLS tunnel; without
/// encryption it does nothing.
struct EFSTransitEncryptionPortWithoutEncryption: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS913", slug: "efs-transit-encryption-port-without-encryption",
        title: "EFS transitEncryptionPort without encryption",
        severity: .warning, stage: .practice,
        summary: "transitEncryptionPort only applies when transitEncryption is ENABLED.",
        rationale: """
            `transitEncryptionPort` is the local port of the TLS tunnel the EFS mount helper opens. \
            With transit encryption disabled (the default) there is no tunnel, so the setting is \
            ignored — usually a sign that encryption was meant to be on. Whether ECS rejects the \
            combination is unverified.
            """,
        fix: "Set transitEncryption to ENABLED, or remove transitEncryptionPort.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
                    ↓"transitEncryptionPort": 2999}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "EFS volume 'data' sets transitEncryptionPort 2999 but transit encryption is not enabled, so the port is unused"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
                    "transitEncryption": "ENABLED", "transitEncryptionPort": 2999}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.volumes.compactMap { volume -> Violation? in
            guard let efs = volume.efs, let port = efs.transitEncryptionPort, efs.transitEncryption != "ENABLED" else {
                return nil
            }
            return .transitEncryptionPort(port, encryption: efs.transitEncryption, of: volume, efs: efs.pointer)
        }
    }
}

extension Violation {
    /// ECS913: a transitEncryptionPort while transit encryption is not ENABLED (`encryption`: its value).
    fileprivate static func transitEncryptionPort(
        _ port: Int, encryption: String?, of volume: Volume, efs: JSONPointer
    ) -> Violation {
        Violation(
            "EFS volume \(volume.name.map { "'\($0)'" } ?? "") sets transitEncryptionPort \(port) but transit encryption is \(encryption ?? "not enabled"), so the port is unused",
            fix: "set \"transitEncryption\": \"ENABLED\", or remove transitEncryptionPort",
            at: efs / "transitEncryptionPort", target: .key)
    }
}
