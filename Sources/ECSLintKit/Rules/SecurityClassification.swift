/// Which rules are about security, and how severe a finding of each is on
/// GitHub's scale (`security-severity`, a CVSS-like score: 9.0 and above
/// critical, 7.0 high, 4.0 medium, 0.1 low). SARIF marks these rules with the
/// `security` tag, which makes GitHub code scanning list their findings as
/// security alerts ranked by this score.
///
/// The scores are judgement calls, kept here in one table: host takeover
/// (privileged, host namespaces, dangerous capabilities) and leaked
/// credentials are high; root in host network mode, data in transit without
/// encryption, sysctls on the host and images from unapproved registries are
/// medium; a writable root filesystem and mutable image references are low.
public enum SecurityClassification {
    /// The security-severity score of each security rule, by code.
    public static let scores: [String: String] = [
        "ECS323": "6.0",  // host-mode-root-user
        "ECS412": "7.5",  // dangerous-capability
        "ECS414": "8.0",  // privileged-container
        "ECS415": "3.0",  // writable-root-filesystem
        "ECS424": "5.0",  // system-control-in-host-namespace
        "ECS425": "7.5",  // host-namespace-sharing
        "ECS615": "8.0",  // plaintext-secret-in-environment
        "ECS713": "2.0",  // image-latest-tag
        "ECS714": "2.0",  // image-not-pinned-by-digest
        "ECS790": "5.0",  // image-registry-not-allowed
        "ECS912": "5.0",  // efs-transit-encryption-required
    ]

    /// The score of a rule, or nil when it is not a security rule.
    public static func securitySeverity(of code: String) -> String? {
        scores[code]
    }
}
