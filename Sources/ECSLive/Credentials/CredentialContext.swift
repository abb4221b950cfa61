import ECSLintKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything the credential providers read: the environment, the shared
/// files, the profile, and how to reach the network and run processes
/// (replaceable in tests).
public struct CredentialContext: Sendable {
    /// The process environment.
    public var environment: [String: String]
    /// `--profile`, which also turns off the environment-variable keys, as in the AWS CLI.
    public var profileFlag: String?
    /// The shared config and credentials files.
    public var config: SharedConfig
    /// The region, for STS.
    public var region: String?
    /// Sends HTTP requests (STS, container credentials, instance metadata).
    public var transport: any HTTPTransport
    /// Runs `credential_process` commands.
    public var processRunner: any CredentialProcessRunning
    /// The current time.
    public var clock: @Sendable () -> Date
    /// The host of `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (ECS's link-local address).
    public var containerHost: String
    /// Progress lines for `--verbose`; never given a secret.
    public var log: @Sendable (String) -> Void

    /// Creates a context.
    public init(
        environment: [String: String], profileFlag: String? = nil, config: SharedConfig? = nil, region: String? = nil,
        transport: any HTTPTransport = CurlTransport(),
        processRunner: any CredentialProcessRunning = SpawnProcessRunner(),
        clock: @escaping @Sendable () -> Date = { Date() }, containerHost: String = "169.254.170.2",
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.environment = environment
        self.profileFlag = profileFlag
        self.config = config ?? SharedConfig.load(environment: environment)
        self.region = region
        self.transport = transport
        self.processRunner = processRunner
        self.clock = clock
        self.containerHost = containerHost
        self.log = log
    }

    /// A non-empty environment variable.
    public func variable(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// The profile in use: `--profile`, `AWS_PROFILE`, `AWS_DEFAULT_PROFILE`, or `default`.
    public var profileName: String {
        profileFlag ?? variable("AWS_PROFILE") ?? variable("AWS_DEFAULT_PROFILE") ?? "default"
    }

    /// Whether the profile was named (by flag or variable) rather than defaulted.
    public var profileIsExplicit: Bool {
        profileFlag != nil || variable("AWS_PROFILE") != nil || variable("AWS_DEFAULT_PROFILE") != nil
    }

    /// The profile in use, if either file has it.
    public var profile: ConfigProfile? { config.profile(named: profileName) }
}

/// A credential source that is configured but failed, or nothing found at all.
public struct CredentialError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// What was looked at, in order, each with why it gave nothing.
    public var tried: [String]

    /// Creates an error.
    public init(_ message: String, tried: [String] = []) {
        self.message = message
        self.tried = tried
    }

    /// The message, then the list of sources tried.
    public var description: String {
        guard !tried.isEmpty else { return message }
        return message + "\ntried, in order:\n" + tried.map { "  - \($0)" }.joined(separator: "\n")
    }
}

/// What one provider gave.
enum ProviderOutcome {
    /// Credentials.
    case found(AWSCredentials)
    /// Nothing configured here; the reason goes into the "tried" list.
    case notConfigured(String)
}

/// Reads the credential fields of a JSON document (`AccessKeyId`, `SecretAccessKey`,
/// `Token` or `SessionToken`, `Expiration`).
enum CredentialJSON {
    static func parse(_ bytes: [UInt8], source: String, tokenKeys: [String] = ["Token", "SessionToken"])
        -> AWSCredentials?
    {
        guard let root = try? JSONScanner.parse(bytes), root.members != nil,
            let key = root["AccessKeyId"]?.stringValue, let secret = root["SecretAccessKey"]?.stringValue,
            !key.isEmpty, !secret.isEmpty
        else { return nil }
        let token = tokenKeys.lazy.compactMap { root[$0]?.stringValue }.first
        let expiration = root["Expiration"]?.stringValue.flatMap(AWSTimestamp.parse)
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: token, expiration: expiration, source: source)
    }
}
