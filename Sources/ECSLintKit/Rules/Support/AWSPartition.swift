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
        // Read from the end: `-<digits>`, `-<word>`, then the head before
        // them (`us`, `us-gov`, …), without splitting into strings.
        let bytes = Substring(region).utf8
        guard let lastDash = bytes.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        let number = bytes[bytes.index(after: lastDash)...]
        guard !number.isEmpty, number.allSatisfy(ASCIIClass.isDigit),
            let wordDash = bytes[..<lastDash].lastIndex(of: UInt8(ascii: "-"))
        else { return nil }
        let word = bytes[bytes.index(after: wordDash)..<lastDash]
        guard !word.isEmpty, word.allSatisfy(ASCIIClass.isWord) else { return nil }
        let head = bytes[..<wordDash]
        func heads(_ name: StaticString) -> Bool {
            head.elementsEqual(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        }
        if heads("cn") { return .china }
        if heads("us-gov") { return .govCloud }
        if heads("us-iso") { return .iso }
        if heads("us-isob") { return .isoB }
        if heads("eu-isoe") { return .isoE }
        if heads("us-isof") { return .isoF }
        if heads("eusc-de") { return .europeanSovereign }
        for prefix in commercialPrefixes where heads(prefix) { return .aws }
        return nil
    }

    /// Whether a string is a well-formed region name of some partition.
    static func isValid(_ region: some StringProtocol) -> Bool {
        partition(of: region) != nil
    }

    private static let commercialPrefixes: [StaticString] = ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"]

}
