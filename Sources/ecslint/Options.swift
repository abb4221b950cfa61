import ArgumentParser
import ECSLintKit

extension LaunchType: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(caseInsensitive: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// The failure threshold: the lowest severity that makes the exit status 1.
enum FailureThreshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    /// Whether a finding of `severity` fails the run.
    func fails(on severity: Severity) -> Bool {
        switch self {
        case .error: severity == .error
        case .warning: severity >= .warning
        case .info: true
        case .never: false
        }
    }
}

/// The report formats of `lint`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
