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
