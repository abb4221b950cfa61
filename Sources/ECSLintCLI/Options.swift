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

/// A report format of `lint`: one of `Reporters.all`, named by its identifier.
struct OutputFormat: ExpressibleByArgument, RawRepresentable, Hashable, CaseIterable {
    /// The format's `--format` value.
    let rawValue: String
    /// The reporter type behind it.
    let reporter: any RegisteredReporter.Type

    init?(rawValue: String) {
        guard let reporter = Reporters.named(rawValue) else { return nil }
        self.init(reporter)
    }

    init(_ reporter: any RegisteredReporter.Type) {
        rawValue = reporter.identifier
        self.reporter = reporter
    }

    /// The text report, written when no `--format` is given.
    static let text = OutputFormat(TextReporter.self)

    static var allCases: [OutputFormat] { Reporters.all.map(OutputFormat.init) }

    /// What each format is for, from its reporter's summary: `--help` lists
    /// every value of `Reporters.all` on a line of its own with it.
    static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: Reporters.all.map { ($0.identifier, "for \($0.summary)") })
    }

    static func == (lhs: OutputFormat, rhs: OutputFormat) -> Bool { lhs.rawValue == rhs.rawValue }

    func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

/// The output formats of `rules`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// The formats `--stdin-format` accepts.
enum StdinFormat: String, ExpressibleByArgument, CaseIterable {
    case json, yaml

    var sourceFormat: SourceFormat {
        self == .json ? .json : .yaml
    }
}

extension ColorChoice {
    /// Whether to colour output. With `auto`: never when `NO_COLOR` is set
    /// and not empty; always when `FORCE_COLOR` or `CLICOLOR_FORCE` is set to
    /// something other than empty, `0` or `false` (CI logs that render
    /// colour); never when `TERM` is `dumb`; otherwise when the output is a terminal.
    func enabled(isTerminal: Bool, environment: Environment) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            let forced = ["FORCE_COLOR", "CLICOLOR_FORCE"].contains { name in
                guard let value = environment[name] else { return false }
                return !["", "0", "false"].contains(value.lowercased())
            }
            if forced { return true }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}
