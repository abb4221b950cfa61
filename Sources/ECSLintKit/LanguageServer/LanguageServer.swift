/// A language server for task definitions (`ecslint lsp`): JSON-RPC 2.0
/// messages in, messages out. The transport (stdio, framing) is the
/// caller's; this type only turns one message into its replies, so tests
/// drive it in-process.
///
/// It lints each open document on open and change and publishes the
/// findings as diagnostics (UTF-16 columns), offers the findings' fixes as
/// code actions, and shows a rule's page or a key's API documentation on
/// hover. Each document is linted with the configuration the provider
/// gives for its path (the CLI passes the nearest `.ecslint.yml`). A
/// message it cannot read gets a JSON-RPC error, never a crash.
public final class LanguageServer {
    /// Finds the configuration for a file path (nil for documents that are
    /// not files); a failure is a message to show, and defaults are used.
    public typealias ConfigurationProvider = (String?) -> Result<Configuration, ConfigurationError>

    /// JSON-RPC and LSP error codes.
    public enum ErrorCode: Int, Sendable {
        /// The body is not JSON.
        case parseError = -32700
        /// Not a request object, or not acceptable now.
        case invalidRequest = -32600
        /// No such method.
        case methodNotFound = -32601
        /// The parameters lack what the method needs.
        case invalidParams = -32602
        /// A request before `initialize`.
        case serverNotInitialized = -32002
    }

    /// The largest document linted; larger ones get one diagnostic saying so.
    public var maxDocumentBytes = 4 << 20
    /// The exit status once `exit` arrived: 0 after `shutdown`, 1 otherwise.
    public private(set) var exitCode: Int32?

    let configuration: ConfigurationProvider
    let version: String
    var isInitialized = false
    var isShuttingDown = false
    var documents: [String: OpenDocument] = [:]

    /// Creates a server.
    public init(
        version: String = ECSLintVersion.current,
        configuration: @escaping ConfigurationProvider = { _ in .success(.defaults) }
    ) {
        self.version = version
        self.configuration = configuration
    }

    /// The replies to one frame of input.
    public func handle(_ frame: MessageReader.Frame) -> [JSONValue] {
        switch frame {
        case .message(let body): return handle(body: body)
        case .badHeader(let reason): return [Self.error(id: .null, .parseError, "unreadable message header: \(reason)")]
        case .tooLarge(let length):
            return [
                Self.error(id: .null, .invalidRequest, "message of \(length) bytes is over the limit; it was skipped")
            ]
        }
    }

    /// The replies to one message body.
    public func handle(body: [UInt8]) -> [JSONValue] {
        let message: JSONValue
        do {
            message = try JSONValue.parse(body)
        } catch {
            return [Self.error(id: .null, .parseError, "the message is not JSON: \(error.message)")]
        }
        guard case .object = message else {
            return [
                Self.error(id: .null, .invalidRequest, "a message must be a JSON object (batches are not supported)")
            ]
        }
        let id = message["id"]
        guard let method = message["method"]?.stringValue else {
            if id != nil, message["result"] != nil || message["error"] != nil { return [] }
            return [Self.error(id: id ?? .null, .invalidRequest, "the message has no \"method\"")]
        }
        return dispatch(method, id: id, params: message["params"])
    }

    private func dispatch(_ method: String, id: JSONValue?, params: JSONValue?) -> [JSONValue] {
        if method == "exit" {
            exitCode = isShuttingDown ? 0 : 1
            return []
        }
        guard isInitialized || method == "initialize" else {
            guard let id else { return [] }
            return [Self.error(id: id, .serverNotInitialized, "the server has not been initialized")]
        }
        if isShuttingDown, let id {
            return [Self.error(id: id, .invalidRequest, "the server is shutting down")]
        }
        do {
            switch method {
            case "initialize":
                isInitialized = true
                return id.map { [Self.result(id: $0, capabilities)] } ?? []
            case "shutdown":
                isShuttingDown = true
                return id.map { [Self.result(id: $0, .null)] } ?? []
            case "textDocument/didOpen": return try didOpen(params)
            case "textDocument/didChange": return try didChange(params)
            case "textDocument/didClose": return try didClose(params)
            case "textDocument/didSave": return try didSave(params)
            case "textDocument/codeAction":
                let actions = try codeActions(params)
                return id.map { [Self.result(id: $0, actions)] } ?? []
            case "textDocument/hover":
                let contents = try hover(params)
                return id.map { [Self.result(id: $0, contents)] } ?? []
            default:
                guard let id else { return [] }
                return [Self.error(id: id, .methodNotFound, "method \"\(method)\" is not supported")]
            }
        } catch {
            guard let id else { return [Self.logMessage("\(method): \(error.reason)")] }
            return [Self.error(id: id, .invalidParams, "\(method): \(error.reason)")]
        }
    }

    private var capabilities: JSONValue {
        .object([
            (
                "capabilities",
                .object([
                    (
                        "textDocumentSync",
                        .object([("openClose", .bool(true)), ("change", .int(1)), ("save", .bool(true))])
                    ),
                    ("hoverProvider", .bool(true)),
                    (
                        "codeActionProvider",
                        .object([("codeActionKinds", .array([.string("quickfix"), .string(Self.fixAllKind)]))])
                    ),
                ])
            ),
            ("serverInfo", .object([("name", .string("ecslint")), ("version", .string(version))])),
        ])
    }

    /// The code action kind of "fix all safe problems".
    static let fixAllKind = "source.fixAll.ecslint"

    static func result(id: JSONValue, _ result: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])
    }

    static func error(id: JSONValue, _ code: ErrorCode, _ message: String) -> JSONValue {
        .object([
            ("jsonrpc", .string("2.0")), ("id", id),
            ("error", .object([("code", .int(code.rawValue)), ("message", .string(message))])),
        ])
    }

    static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
    }

    static func logMessage(_ text: String, type: Int = 1) -> JSONValue {
        notification("window/logMessage", .object([("type", .int(type)), ("message", .string(text))]))
    }
}

/// Parameters a method needs and did not get.
struct InvalidParams: Error {
    let reason: String
}
