/// An AWS partition: the `aws`, `aws-cn`, … field of every ARN, with the DNS
/// suffix of its endpoints and the region names that belong to it
/// (botocore `partitions.json`).
enum AWSPartition: String, CaseIterable, Sendable {
    case aws = "aws"
    case china = "aws-cn"
    case govCloud = "aws-us-gov"
    case iso = "aws-iso"
    case isoB = "aws-iso-b"
    case isoE = "aws-iso-e"
    case isoF = "aws-iso-f"
    case europeanSovereign = "aws-eusc"

    /// The partition names, for messages.
    static let names = allCases.map(\.rawValue).joined(separator: ", ")

    /// The domain of the partition's endpoints (`amazonaws.com` …).
    var dnsSuffix: String {
        switch self {
        case .aws, .govCloud: "amazonaws.com"
        case .china: "amazonaws.com.cn"
        case .iso: "c2s.ic.gov"
        case .isoB: "sc2s.sgov.gov"
        case .isoE: "cloud.adc-e.uk"
        case .isoF: "csp.hci.ic.gov"
        case .europeanSovereign: "amazonaws.eu"
        }
    }
}

/// AWS region names, checked against the `regionRegex` of each partition in
/// botocore `partitions.json`:
///
/// | partition | regex |
/// |---|---|
/// | aws | `^(us\|eu\|ap\|sa\|ca\|me\|af\|il\|mx)\-\w+\-\d+$` |
/// | aws-cn | `^cn\-\w+\-\d+$` |
/// | aws-us-gov | `^us\-gov\-\w+\-\d+$` |
/// | aws-iso | `^us\-iso\-\w+\-\d+$` |
/// | aws-iso-b | `^us\-isob\-\w+\-\d+$` |
/// | aws-iso-e | `^eu\-isoe\-\w+\-\d+$` |
/// | aws-iso-f | `^us\-isof\-\w+\-\d+$` |
/// | aws-eusc | `^eusc\-(de)\-\w+\-\d+$` |
///
/// The patterns are disjoint, so a region name belongs to at most one
/// partition. Implemented with character checks rather than regexes because
/// rules call it on every file.
enum AWSRegion {
    /// The partition a region name belongs to, or nil when it is not a
    /// well-formed region name (`us-east`, `useast1`, `US-EAST-1`).
    static func partition(of region: some StringProtocol) -> AWSPartition? {
        let parts = String(region).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last, isDigits(last), isWord(parts[parts.count - 2]) else {
            return nil
        }
        let head = parts.dropLast(2).map(String.init)
        switch head {
        case ["cn"]: return .china
        case ["us", "gov"]: return .govCloud
        case ["us", "iso"]: return .iso
        case ["us", "isob"]: return .isoB
        case ["eu", "isoe"]: return .isoE
        case ["us", "isof"]: return .isoF
        case ["eusc", "de"]: return .europeanSovereign
        default:
            guard head.count == 1, commercialPrefixes.contains(head[0]) else { return nil }
            return .aws
        }
    }

    /// Whether a string is a well-formed region name of some partition.
    static func isValid(_ region: some StringProtocol) -> Bool {
        partition(of: region) != nil
    }

    private static let commercialPrefixes: Set<String> = ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"]

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `\w+`: ASCII letters, digits and underscores.
    private static func isWord(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ASCIIClass.isWord($0) }
    }
}
