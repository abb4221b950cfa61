/// Plain `http://` endpoints: the request, its signature and the answer
/// travel unencrypted, so `register` sends over plain http only to this
/// machine (a local mock such as moto or LocalStack), unless told otherwise.
extension ServiceEndpoint {
    /// Whether requests would go over plain http to another machine.
    public var isPlainHTTPToRemoteHost: Bool {
        guard url.scheme?.lowercased() == "http" else { return false }
        return !Self.isLoopback(host: url.host ?? "")
    }

    /// `localhost`, `*.localhost`, `127.0.0.0/8` and `::1`.
    public static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") && name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name == "localhost" || name.hasSuffix(".localhost") || name == "::1" || name == "0:0:0:0:0:0:0:1" {
            return true
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy({ $0 >= "0" && $0 <= "9" }) && (Int(part) ?? 256) <= 255
        }
    }
}
