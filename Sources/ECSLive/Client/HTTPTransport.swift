import CCurlLoader

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How long to wait: for a connection, and for each response.
public struct Timeouts: Sendable, Hashable {
    /// Seconds to wait for the connection to be made.
    public var connect: Double
    /// Seconds to wait for the response once connected.
    public var read: Double

    /// Creates timeouts.
    public init(connect: Double, read: Double) {
        self.connect = connect
        self.read = read
    }

    /// What ECS and STS calls use: 10 s to connect, 60 s to read (botocore's read timeout).
    public static let service = Timeouts(connect: 10, read: 60)
    /// What instance metadata uses: 1 s each, as botocore does.
    public static let metadata = Timeouts(connect: 1, read: 1)
}

/// A request that got no HTTP response.
public enum TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No connection could be made (refused, unreachable, DNS failure).
    case cannotConnect(host: String, reason: String)
    /// No answer within the timeout.
    case timedOut(host: String, seconds: Double)
    /// Anything else (TLS failure, connection reset).
    case failed(host: String, reason: String)

    /// A sentence naming the host and the reason.
    public var description: String {
        let text =
            switch self {
            case .cannotConnect(let host, let reason): "cannot connect to \(host): \(reason)"
            case .timedOut(let host, let seconds): "no response from \(host) within \(Self.format(seconds)) s"
            case .failed(let host, let reason): "request to \(host) failed: \(reason)"
            }
        return ServerText.printable(text, limit: ServerText.messageLimit)
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

/// Sends one HTTP request and waits for the whole response.
public protocol HTTPTransport: Sendable {
    /// Sends `request`; throws when no HTTP response arrives.
    func send(_ request: HTTPRequest, timeouts: Timeouts) throws(TransportError) -> HTTPResponse
}

/// `HTTPTransport` on libcurl, loaded when the first request is made (see
/// `CCurlLoader`): linting never loads libcurl and its TLS and Kerberos
/// dependencies, which would add milliseconds to every start. Proxies come
/// from `HTTPS_PROXY`/`NO_PROXY`, as curl reads them.
///
/// A response body larger than ``maximumBodyBytes`` is not read on: the
/// request fails ("the answer is larger than 1 MiB"), so a misbehaving server
/// cannot make ecslint hold or print hundreds of megabytes.
public struct CurlTransport: HTTPTransport {
    /// The largest response body read: 1 MiB (ECS answers are under 100 KiB).
    public static let maximumBodyBytes = 1 << 20
    /// A PEM file of the certificate authorities to trust instead of the
    /// system's (`AWS_CA_BUNDLE` or the profile's `ca_bundle`, for TLS proxies
    /// that re-sign traffic with a corporate CA); nil trusts the system store.
    public var caBundle: String?

    /// Creates a transport.
    public init(caBundle: String? = nil) {
        self.caBundle = caBundle
    }

    /// Sends the request and blocks until the whole response has arrived.
    public func send(_ request: HTTPRequest, timeouts: Timeouts) throws(TransportError) -> HTTPResponse {
        let host = SigV4Canonical.host(of: request.url)
        let lines = request.headers.map { "\($0.name): \($0.value)" }
        var response = ecsl_http_response()
        response.body_limit = Self.maximumBodyBytes
        defer { ecsl_http_response_free(&response) }
        let outcome = CStringArray(lines).withPointers { headers in
            request.body.withUnsafeBufferPointer { body in
                ecsl_http_perform(
                    request.method, request.url.absoluteString, headers, lines.count, body.baseAddress, body.count,
                    Int(timeouts.connect * 1000), Int((timeouts.connect + timeouts.read) * 1000), caBundle,
                    &response)
            }
        }
        let reason = withUnsafeBytes(of: response.error) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        switch outcome {
        case Int32(ECSL_HTTP_OK.rawValue):
            break
        case Int32(ECSL_HTTP_TIMED_OUT.rawValue):
            throw .timedOut(host: host, seconds: timeouts.connect + timeouts.read)
        case Int32(ECSL_HTTP_CANNOT_CONNECT.rawValue):
            throw .cannotConnect(host: host, reason: reason)
        default:
            throw .failed(host: host, reason: reason)
        }
        let body = response.body.map { Array(UnsafeBufferPointer(start: $0, count: response.body_length)) } ?? []
        let headerText =
            response.headers.map {
                String(decoding: UnsafeRawBufferPointer(start: $0, count: response.headers_length), as: UTF8.self)
            } ?? ""
        return HTTPResponse(status: response.status, headers: Self.parseHeaders(headerText), body: body)
    }

    /// The `Name: value` lines of a raw header block (the status line skipped).
    static func parseHeaders(_ text: String) -> [HTTPHeader] {
        var headers: [HTTPHeader] = []
        for line in text.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            guard !line.hasPrefix("HTTP/"), let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].drop(while: { $0 == " " || $0 == "\t" })
            headers.append(HTTPHeader(name, String(value)))
        }
        return headers
    }
}

/// C strings that stay alive while a C function reads them.
private struct CStringArray {
    let strings: [String]

    init(_ strings: [String]) {
        self.strings = strings
    }

    func withPointers<Result>(_ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> Result) -> Result {
        let duplicates: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer { duplicates.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = duplicates.map { $0.map { UnsafePointer($0) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
