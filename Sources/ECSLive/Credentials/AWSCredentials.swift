#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An access key pair, with the session token of temporary credentials.
///
/// The description names only where the credentials came from: no key ID,
/// secret or token is ever part of a message, also not with `--verbose`.
public struct AWSCredentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The access key ID. Secret for ecslint's purposes: never printed.
    public var accessKeyID: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token of temporary credentials.
    public var sessionToken: String?
    /// When temporary credentials expire.
    public var expiration: Date?
    /// Where they came from, for messages (`environment variables`, `profile "dev" (credential_process)`).
    public var source: String

    /// Creates credentials.
    public init(
        accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil,
        source: String
    ) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken.flatMap { $0.isEmpty ? nil : $0 }
        self.expiration = expiration
        self.source = source
    }

    /// `credentials from <source>`, never a key.
    public var description: String { "credentials from \(source)" }

    /// Same as `description`: debugging output must not leak secrets either.
    public var debugDescription: String { description }
}
