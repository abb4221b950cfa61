/// EFS access points and IAM authorization work only over TLS, so ECS requires
/// transit encryption with them.
struct EFSTransitEncryptionRequired: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS912", slug: "efs-transit-encryption-required",
        title: "EFS access point or IAM without transit encryption",
        severity: .error, stage: .register,
        summary: "EFS volumes with an access point or IAM authorization need transitEncryption: ENABLED.",
        rationale: """
            EFS access points and IAM authorization are enforced over the TLS mount, so ECS \
            requires `transitEncryption: ENABLED` (the default is DISABLED) when \
            `authorizationConfig` names an access point or enables IAM, and rejects the task \
            definition otherwise (the exact message is unverified).
            """,
        fix: "Set \"transitEncryption\": \"ENABLED\" in the efsVolumeConfiguration.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
                  "volumes": [{"name": "data", ↓"efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
                    "authorizationConfig": {"iam": "ENABLED"}}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "EFS volume 'data' uses IAM authorization but transitEncryption is not set (DISABLED); ECS requires it ENABLED"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
                    "transitEncryption": "ENABLED", "authorizationConfig": {"iam": "ENABLED"}}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.volumes.compactMap { volume -> Violation? in
            guard let efs = volume.efs, efs.transitEncryption != "ENABLED" else { return nil }
            var reasons: [String] = []
            if let accessPoint = efs.accessPointId, !accessPoint.isEmpty {
                reasons.append("access point \(accessPoint)")
            }
            if efs.iam == "ENABLED" { reasons.append("IAM authorization") }
            guard !reasons.isEmpty else { return nil }
            return .transitEncryptionRequired(
                by: reasons, encryption: efs.transitEncryption, of: volume, efs: efs.pointer)
        }
    }
}

extension Violation {
    /// ECS912: transit encryption not ENABLED although `reasons` (an access point, IAM) require it.
    fileprivate static func transitEncryptionRequired(
        by reasons: [String], encryption: String?, of volume: Volume, efs: JSONPointer
    ) -> Violation {
        let written = encryption != nil
        return Violation(
            "EFS volume \(volume.name.map { "'\($0)'" } ?? "") uses \(reasons.joined(separator: " and ")) but transitEncryption is \(encryption ?? "not set (DISABLED)"); ECS requires it ENABLED",
            fix: "set \"transitEncryption\": \"ENABLED\"",
            at: written ? efs / "transitEncryption" : efs,
            target: written ? .value : .key)
    }
}
