import ECSLintKit
import ECSLive

/// What `register` prints: the dry-run request with secrets elided.
enum RegisterOutput {
    /// The placeholder for anything secret.
    static let elided = "<elided>"

    /// A header value safe to print: the token elided, and in `Authorization`
    /// the access key ID and the signature.
    static func printable(_ header: HTTPHeader) -> String {
        switch header.name.lowercased() {
        case "x-amz-security-token":
            return elided
        case "authorization":
            var parts: [String] = []
            for part in header.value.split(separator: " ", omittingEmptySubsequences: true) {
                if part.hasPrefix("Credential="), let slash = part.firstIndex(of: "/") {
                    parts.append("Credential=\(elided)" + part[slash...])
                } else if part.hasPrefix("Signature=") {
                    parts.append("Signature=\(elided)")
                } else {
                    parts.append(String(part))
                }
            }
            return parts.joined(separator: " ")
        default:
            return header.value
        }
    }

    /// The request as HTTP/1.1 text: request line, headers, blank line, body.
    static func httpText(_ request: HTTPRequest) -> String {
        var path = request.url.path.isEmpty ? "/" : request.url.path
        if let query = request.url.query { path += "?" + query }
        var lines = ["\(request.method) \(path) HTTP/1.1", "Host: \(hostHeader(request))"]
        for header in request.headers { lines.append("\(header.name): \(printable(header))") }
        lines.append("Content-Length: \(request.body.count)")
        return lines.joined(separator: "\n") + "\n\n" + String(decoding: request.body, as: UTF8.self) + "\n"
    }

    /// The request as JSON: `{"method","url","headers":[[name,value]…],"body":{…}}`.
    static func json(_ request: HTTPRequest) -> String {
        var headers = [HTTPHeader("Host", hostHeader(request))] + request.headers
        headers.append(HTTPHeader("Content-Length", String(request.body.count)))
        let headerList = headers.map { "[\(JSONString.quoted($0.name)),\(JSONString.quoted(printable($0)))]" }
        return
            "{\"method\":\(JSONString.quoted(request.method)),\"url\":\(JSONString.quoted(request.url.absoluteString)),"
            + "\"headers\":[\(headerList.joined(separator: ","))],\"body\":\(String(decoding: request.body, as: UTF8.self))}\n"
    }

    private static func hostHeader(_ request: HTTPRequest) -> String {
        guard var host = request.url.host else { return "" }
        if host.contains(":") && !host.hasPrefix("[") { host = "[\(host)]" }
        let scheme = request.url.scheme?.lowercased() ?? "https"
        if let port = request.url.port, !(scheme == "https" && port == 443), !(scheme == "http" && port == 80) {
            host += ":\(port)"
        }
        return host.lowercased()
    }
}
