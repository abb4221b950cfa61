/// A stable identity for each finding that does not move with line numbers:
/// FNV-1a (64 bits, 16 hexadecimal digits) of the repository-relative path,
/// the rule code, the document index and the JSON Pointer. SARIF writes it as
/// the `ecslint/v1` partial fingerprint and GitLab Code Quality as the
/// `fingerprint`, so both follow a finding across edits elsewhere in the file.
///
/// GitLab keeps only the first issue of a fingerprint, so a second finding
/// with the same path, rule, document and pointer gets its occurrence number
/// mixed in (the first keeps the plain value).
enum FindingFingerprint {
    /// The fingerprints of a file's findings, in order.
    static func fingerprints(of findings: [Finding], path: String) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let key = key(path: path, finding: finding)
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return hash(occurrence == 0 ? key : key + "\u{0}#\(occurrence + 1)")
        }
    }

    /// The fingerprint of a single finding (its first occurrence).
    static func fingerprint(path: String, finding: Finding) -> String {
        hash(key(path: path, finding: finding))
    }

    private static func key(path: String, finding: Finding) -> String {
        "\(path)\u{0}\(finding.code)\u{0}\(finding.document)\u{0}\(finding.pointer)"
    }

    private static func hash(_ key: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
