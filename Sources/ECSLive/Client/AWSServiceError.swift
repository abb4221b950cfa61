import ECSLintKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An error answer from an AWS service, read from a JSON 1.1 body
/// (`__type`, `message`), the `X-Amzn-Errortype` header, or an XML
/// `<ErrorResponse>` (STS, and the signature checks of some servers).
public struct AWSServiceError: Sendable, Hashable {
    /// The HTTP status.
    public var status: Int
    /// The error type without namespace (`ClientException`, `ThrottlingException`).
    public var code: String
    /// The message as sent, control characters replaced and cut to
    /// `ServerText.messageLimit` characters.
    public var message: String
    /// The request ID, for support cases.
    public var requestID: String?
    /// The server's `Date` header, for clock-skew messages.
    public var serverDate: Date?

    /// Creates an error.
    public init(status: Int, code: String, message: String, requestID: String? = nil, serverDate: Date? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.requestID = requestID
        self.serverDate = serverDate
    }

    /// Reads an error response; the code falls back to `HTTP <status>`.
    public init(response: HTTPResponse) {
        var code = ""
        var message = ""
        if let root = try? JSONScanner.parse(response.body), root.members != nil {
            code = root["__type"]?.stringValue ?? root["code"]?.stringValue ?? root["Code"]?.stringValue ?? ""
            message = root["message"]?.stringValue ?? root["Message"]?.stringValue ?? ""
        } else {
            let text = response.text
            code = XMLText.first("Code", in: text) ?? ""
            message = XMLText.first("Message", in: text) ?? ""
        }
        if let header = response.header("X-Amzn-Errortype"), !header.isEmpty { code = header }
        if let colon = code.firstIndex(of: ":") { code = String(code[..<colon]) }
        if let hash = code.lastIndex(of: "#") { code = String(code[code.index(after: hash)...]) }
        if code.isEmpty { code = "HTTP \(response.status)" }
        if message.isEmpty && response.body.count < 300 && response.header("Content-Type")?.contains("html") != true {
            message = response.text.trimmingWhitespace()
        }
        let requestID = response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id")
        self.init(
            status: response.status, code: ServerText.printable(code, limit: ServerText.fieldLimit),
            message: ServerText.printable(message, limit: ServerText.messageLimit),
            requestID: requestID.map { ServerText.printable($0, limit: ServerText.fieldLimit) },
            serverDate: response.header("Date").flatMap(AWSTimestamp.parseHTTPDate))
    }

    /// Throttling: retried with backoff.
    public var isThrottling: Bool {
        Self.throttlingCodes.contains(code) || status == 429
    }

    /// Worth retrying: throttling, 5xx, transient codes, and ECS's
    /// "Too many concurrent attempts to create a new revision".
    public var isRetryable: Bool {
        isThrottling || status >= 500 || Self.transientCodes.contains(code)
            || message.contains("Too many concurrent attempts to create a new revision")
    }

    /// The request time is too far from the server's.
    public var isClockSkew: Bool {
        Self.clockSkewCodes.contains(code) || message.contains("Signature expired")
            || message.contains("Signature not yet current")
    }

    /// The signature or the key was refused.
    public var isSignatureProblem: Bool {
        ["SignatureDoesNotMatch", "InvalidSignatureException", "IncompleteSignature", "IncompleteSignatureException"]
            .contains(code) && !isClockSkew
    }

    static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
        "PriorRequestNotComplete", "EC2ThrottledException",
    ]
    static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "ServerException", "ServiceUnavailable", "InternalError",
        "InternalFailure",
    ]
    static let clockSkewCodes: Set<String> = [
        "RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture", "InvalidSignatureException_Expired",
    ]
}

/// Reads the text of simple XML elements (`<Code>…</Code>`) without a parser:
/// enough for STS answers and error documents, which never nest these names.
enum XMLText {
    /// The unescaped text of the first element named `name`.
    static func first(_ name: String, in xml: String) -> String? {
        guard let open = xml.firstRange(of: "<\(name)>"),
            let close = xml[open.upperBound...].firstRange(of: "</\(name)>")
        else { return nil }
        // An error message is printed cut anyway; unescaping a few MiB is not needed.
        return unescape(String(xml[open.upperBound..<close.lowerBound].prefix(4 * ServerText.messageLimit)))
    }

    /// Resolves the five predefined entities and numeric character references.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number =
                    entity.hasPrefix("#x")
                    ? UInt32(entity.dropFirst(2), radix: 16) : UInt32(entity.dropFirst(), radix: 10)
                if entity.hasPrefix("#"), let number, let scalar = UnicodeScalar(number) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += rest[amp...semi]
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return result + rest
    }
}
