/// One AWS partition as botocore's `partitions.json` describes it: the DNS
/// suffixes of its endpoints and the regions that belong to it.
public struct AWSPartitionInfo: Sendable, Hashable {
    /// `aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`, `aws-iso-e`, `aws-iso-f`, `aws-eusc`.
    public var id: String
    /// The endpoint domain (`amazonaws.com`).
    public var dnsSuffix: String
    /// The dual-stack (IPv4 and IPv6) endpoint domain (`api.aws`).
    public var dualStackDnsSuffix: String
    /// The first labels of its region names (`["cn"]`, `["us", "gov"]`); empty for `aws`, which takes several.
    let regionHead: [String]
    /// Region names listed explicitly, which win over the pattern.
    let regions: [String]
}

/// The partitions of botocore 1.43.11's `partitions.json` and how a region
/// name selects one: a listed region first, then the partition's
/// `regionRegex`, and `aws` for anything else, as botocore does.
public enum AWSPartitions {
    /// Every partition, in `partitions.json` order.
    public static let all: [AWSPartitionInfo] = [
        AWSPartitionInfo(
            id: "aws", dnsSuffix: "amazonaws.com", dualStackDnsSuffix: "api.aws", regionHead: [],
            regions: ["aws-global"]),
        AWSPartitionInfo(
            id: "aws-cn", dnsSuffix: "amazonaws.com.cn", dualStackDnsSuffix: "api.amazonwebservices.com.cn",
            regionHead: ["cn"], regions: ["aws-cn-global"]),
        AWSPartitionInfo(
            id: "aws-eusc", dnsSuffix: "amazonaws.eu", dualStackDnsSuffix: "api.amazonwebservices.eu",
            regionHead: ["eusc", "de"], regions: []),
        AWSPartitionInfo(
            id: "aws-iso", dnsSuffix: "c2s.ic.gov", dualStackDnsSuffix: "api.aws.ic.gov", regionHead: ["us", "iso"],
            regions: ["aws-iso-global"]),
        AWSPartitionInfo(
            id: "aws-iso-b", dnsSuffix: "sc2s.sgov.gov", dualStackDnsSuffix: "api.aws.scloud",
            regionHead: ["us", "isob"], regions: ["aws-iso-b-global"]),
        AWSPartitionInfo(
            id: "aws-iso-e", dnsSuffix: "cloud.adc-e.uk", dualStackDnsSuffix: "api.cloud-aws.adc-e.uk",
            regionHead: ["eu", "isoe"], regions: ["aws-iso-e-global"]),
        AWSPartitionInfo(
            id: "aws-iso-f", dnsSuffix: "csp.hci.ic.gov", dualStackDnsSuffix: "api.aws.hci.ic.gov",
            regionHead: ["us", "isof"], regions: ["aws-iso-f-global"]),
        AWSPartitionInfo(
            id: "aws-us-gov", dnsSuffix: "amazonaws.com", dualStackDnsSuffix: "api.aws", regionHead: ["us", "gov"],
            regions: ["aws-us-gov-global"]),
    ]

    /// The partition a region belongs to; `aws` when no partition claims it.
    public static func partition(forRegion region: String) -> AWSPartitionInfo {
        if let listed = all.first(where: { $0.regions.contains(region) }) { return listed }
        let labels = region.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let aws = all[0]
        guard labels.count >= 3, let last = labels.last, !last.isEmpty, last.allSatisfy(\.isASCII),
            last.allSatisfy(\.isNumber), isWord(labels[labels.count - 2])
        else { return aws }
        let head = Array(labels.dropLast(2))
        if let match = all.first(where: { !$0.regionHead.isEmpty && $0.regionHead == head }) { return match }
        return aws
    }

    /// `\w+`: ASCII letters, digits and underscores.
    private static func isWord(_ label: String) -> Bool {
        !label.isEmpty
            && label.utf8.allSatisfy {
                ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x5F
            }
    }
}
