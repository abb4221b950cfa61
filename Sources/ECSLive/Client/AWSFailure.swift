#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why a call to AWS failed, with the message to show.
public enum AWSFailure: Error, Sendable, CustomStringConvertible {
    /// The service answered with an error.
    case service(AWSServiceError, operation: String, attempts: Int)
    /// No HTTP answer.
    case transport(TransportError, operation: String, attempts: Int)
    /// An answer that could not be read.
    case invalidResponse(operation: String, reason: String)

    /// The AWS error type and message as they are, then a hint for clock skew,
    /// signature, key and permission problems.
    public var description: String {
        switch self {
        case .service(let error, let operation, let attempts):
            var text = "\(operation) failed: \(error.code): \(error.message)"
            if let requestID = error.requestID { text += " (request ID \(requestID))" }
            if attempts > 1 { text += " after \(attempts) attempts" }
            if let hint = Self.hint(for: error) { text += "\n" + hint }
            return text
        case .transport(let error, let operation, let attempts):
            return "\(operation) failed: \(error)" + (attempts > 1 ? " (\(attempts) attempts)" : "")
        case .invalidResponse(let operation, let reason):
            return "\(operation) failed: the answer could not be read: \(reason)"
        }
    }

    /// The service error, when there is one.
    public var serviceError: AWSServiceError? {
        if case .service(let error, _, _) = self { return error }
        return nil
    }

    /// A sentence on what usually causes `error`, or nil.
    public static func hint(for error: AWSServiceError, now: Date = Date()) -> String? {
        if error.isClockSkew {
            var text = "hint: this machine's clock differs from AWS's by more than the 5 minutes SigV4 allows"
            if let server = error.serverDate {
                let skew = Int(now.timeIntervalSince(server).rounded())
                text += " (local time \(AWSTimestamp.iso8601(now)), server time \(AWSTimestamp.iso8601(server)), "
                text += "\(abs(skew)) s \(skew >= 0 ? "ahead" : "behind"))"
            }
            return text + "; synchronise the clock (NTP) and retry"
        }
        if error.isSignatureProblem {
            return
                "hint: AWS computed a different signature: the secret access key does not belong to the access key ID "
                + "(check the credentials' source), or something between here and AWS changed the request"
        }
        switch error.code {
        case "UnrecognizedClientException", "InvalidClientTokenId":
            return "hint: AWS does not know this access key ID or security token; the credentials are wrong, deleted, "
                + "or meant for another partition or endpoint"
        case "ExpiredTokenException", "ExpiredToken", "RequestExpiredToken":
            return "hint: the session token has expired; fetch new temporary credentials"
        case "AccessDeniedException", "AccessDenied":
            return
                "hint: the identity needs ecs:RegisterTaskDefinition (and ecs:DescribeTaskDefinition for --if-changed, "
                + "ecs:TagResource for tags, iam:PassRole for the task and execution roles)"
        default:
            return nil
        }
    }
}
