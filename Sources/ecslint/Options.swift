import ArgumentParser
import ECSLintKit

extension LaunchType: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(caseInsensitive: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension FailureThreshold: ExpressibleByArgument {}

extension Consumer: ExpressibleByArgument {}

extension Severity: ExpressibleByArgument {}

/// The report formats of `lint`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, junit, sarif, github, gitlab, checkstyle, compact
}

/// The output formats of `rules`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
