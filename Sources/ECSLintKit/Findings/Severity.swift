/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// Informational: worth knowing, nothing is wrong.
    case info
    /// A risk or a likely mistake.
    case warning
    /// AWS rejects the file, or the task will not start.
    case error

    /// Ordering by weight: info < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }
}

/// When a problem bites: the question users ask is "will this break, and when?".
public enum Stage: String, Sendable, Hashable, CaseIterable, Codable {
    /// The file cannot be read as JSON or YAML.
    case syntax
    /// The AWS CLI (botocore) refuses to send it ("Parameter validation failed").
    case cli
    /// The ECS API rejects it at RegisterTaskDefinition (`ClientException`).
    case register
    /// The ECS API rejects a CreateService, UpdateService or RunTask request
    /// (`InvalidParameterException`), or the deployment fails at once.
    case deploy
    /// It registers, but the task fails to start or cannot be placed.
    case launch
    /// It works, but it is a risk or a bad practice.
    case practice

    /// A short phrase for documentation pages.
    public var explanation: String {
        switch self {
        case .syntax: "the file cannot be read as JSON or YAML"
        case .cli: "the AWS CLI refuses to send the request"
        case .register: "the ECS API rejects RegisterTaskDefinition"
        case .deploy: "the ECS API rejects the create-service, update-service or run-task request"
        case .launch: "the definition registers, but tasks fail to start"
        case .practice: "a risk or bad practice"
        }
    }
}
