import Dispatch
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
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
        switch self {
        case .cannotConnect(let host, let reason): "cannot connect to \(host): \(reason)"
        case .timedOut(let host, let seconds): "no response from \(host) within \(Self.format(seconds)) s"
        case .failed(let host, let reason): "request to \(host) failed: \(reason)"
        }
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

/// `HTTPTransport` on Foundation's `URLSession` (libcurl on Linux; proxies
/// from `HTTPS_PROXY`/`NO_PROXY` as curl reads them).
public struct URLSessionTransport: HTTPTransport {
    /// Creates a transport.
    public init() {}

    /// Sends the request on an ephemeral session and blocks until it completes.
    public func send(_ request: HTTPRequest, timeouts: Timeouts) throws(TransportError) -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = timeouts.read
        for header in request.headers { urlRequest.addValue(header.value, forHTTPHeaderField: header.name) }
        if !request.body.isEmpty || request.method == "POST" || request.method == "PUT" {
            urlRequest.httpBody = Data(request.body)
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeouts.read
        configuration.timeoutIntervalForResource = timeouts.connect + timeouts.read
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let box = ResultBox()
        let task = session.dataTask(with: urlRequest) { data, response, error in
            box.store(data: data, response: response, error: error)
        }
        task.resume()
        let host = SigV4Canonical.host(of: request.url)
        guard box.wait(seconds: timeouts.connect + timeouts.read) else {
            task.cancel()
            throw .timedOut(host: host, seconds: timeouts.connect + timeouts.read)
        }
        let outcome = box.outcome
        if let error = outcome.error {
            throw Self.classify(error, host: host, timeouts: timeouts)
        }
        guard let http = outcome.response as? HTTPURLResponse else {
            throw .failed(host: host, reason: "the answer was not an HTTP response")
        }
        var headers: [HTTPHeader] = []
        for (name, value) in http.allHeaderFields {
            headers.append(HTTPHeader(String(describing: name), String(describing: value)))
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: Array(outcome.data ?? Data()))
    }

    private static func classify(_ error: any Error, host: String, timeouts: Timeouts) -> TransportError {
        guard let urlError = error as? URLError else {
            return .failed(host: host, reason: String(describing: error))
        }
        switch urlError.code {
        case .timedOut:
            return .timedOut(host: host, seconds: timeouts.read)
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return .cannotConnect(host: host, reason: urlError.localizedDescription)
        default:
            return .failed(host: host, reason: urlError.localizedDescription)
        }
    }
}

/// The completion handler's result, handed across threads under a lock.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var data: Data?
    private var response: URLResponse?
    private var error: (any Error)?

    func store(data: Data?, response: URLResponse?, error: (any Error)?) {
        lock.lock()
        self.data = data
        self.response = response
        self.error = error
        lock.unlock()
        done.signal()
    }

    func wait(seconds: Double) -> Bool {
        done.wait(timeout: .now() + seconds) == .success
    }

    var outcome: (data: Data?, response: URLResponse?, error: (any Error)?) {
        lock.lock()
        defer { lock.unlock() }
        return (data, response, error)
    }
}
