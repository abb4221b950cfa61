#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The canonical forms SigV4 signs, exactly as botocore's `SigV4Auth` builds them.
enum SigV4Canonical {
    /// Headers botocore never signs (hop-by-hop headers, `user-agent`, tracing).
    static let unsignedHeaders: Set<String> = [
        "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    ]

    /// The canonical URI: dot segments and empty segments removed (RFC 3986
    /// 5.2.4, as AWS services require), then every byte but the unreserved
    /// characters and `/` percent-encoded again (so `%2F` becomes `%252F`).
    static func path(_ rawPath: String) -> String {
        percentEncode(removeDotSegments(rawPath.isEmpty ? "/" : rawPath), keeping: "/~")
    }

    /// RFC 3986 "remove dot segments", also dropping empty segments.
    static func removeDotSegments(_ path: String) -> String {
        guard !path.isEmpty else { return "" }
        var output: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) where segment != "." {
            if segment == ".." {
                _ = output.popLast()
            } else {
                output.append(segment)
            }
        }
        let first = path.hasPrefix("/") ? "/" : ""
        let last = path.hasSuffix("/") && !output.isEmpty ? "/" : ""
        return first + output.joined(separator: "/") + last
    }

    /// Percent-encodes UTF-8 bytes outside `A-Z a-z 0-9 - _ .` and `extra`.
    static func percentEncode(_ text: String, keeping extra: String) -> String {
        let kept = Set(extra.utf8)
        var result = ""
        for byte in text.utf8 {
            if isUnreserved(byte) || kept.contains(byte) {
                result.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                result += "%" + Hex.encode([byte]).uppercased()
            }
        }
        return result
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }

    /// The canonical query: the URL's pairs, sorted by key then value, taken as written.
    static func query(_ rawQuery: String?) -> String {
        guard let rawQuery, !rawQuery.isEmpty else { return "" }
        let pairs = rawQuery.split(separator: "&", omittingEmptySubsequences: false).map { pair -> (String, String) in
            guard let equals = pair.firstIndex(of: "=") else { return (String(pair), "") }
            return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
        }
        return pairs.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }.map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// A header value with outer whitespace trimmed and inner runs collapsed to one space.
    static func headerValue(_ value: String) -> String {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// The `Host` value botocore signs: lower-case host, brackets for IPv6,
    /// the port only when it is not the scheme's default.
    static func host(of url: URL) -> String {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        var host = (components?.host ?? "").lowercased()
        if host.contains(":") && !host.hasPrefix("[") { host = "[" + host + "]" }
        let scheme = (components?.scheme ?? "https").lowercased()
        if let port = components?.port, !(scheme == "https" && port == 443), !(scheme == "http" && port == 80) {
            host += ":\(port)"
        }
        return host
    }
}
