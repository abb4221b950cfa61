/// EFS identifiers: `<prefix><8–40 lowercase hex>` or the resource's ARN
/// (`arn:aws…:elasticfilesystem:<region>:<account>:<resource>/<id>`).
enum EFSIdentifier {
    static func isValid(_ text: String, prefix: String, resource: String) -> Bool {
        if isBare(Substring(text), prefix: prefix) { return true }
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"), parts[2] == "elasticfilesystem",
            !parts[3].isEmpty, !parts[4].isEmpty, parts[5].hasPrefix(resource + "/")
        else { return false }
        return isBare(parts[5].dropFirst(resource.count + 1), prefix: prefix)
    }

    static func isBare(_ text: Substring, prefix: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        let hex = text.dropFirst(prefix.count)
        return (8...40).contains(hex.count)
            && hex.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
