/// What the command line knows when it makes a reporter for one run.
public struct ReportSettings: Sendable {
    /// Whether the report may use ANSI colours (it goes to a terminal that wants them).
    public var colored: Bool
    /// The lowest severity that fails the run; nil when nothing does (`--fail-on never`).
    public var failureThreshold: Severity?
    /// When the run happened, for reports that carry a time.
    public var timestamp: JUnitReporter.Timestamp
    /// The repository the paths are relative to, for reports that need it.
    public var sourceRoot: SourceRoot?

    /// Creates settings; the defaults make reports that do not change between runs.
    public init(
        colored: Bool = false, failureThreshold: Severity? = .error, timestamp: JUnitReporter.Timestamp = .unixEpoch,
        sourceRoot: SourceRoot? = nil
    ) {
        self.colored = colored
        self.failureThreshold = failureThreshold
        self.timestamp = timestamp
        self.sourceRoot = sourceRoot
    }
}

/// A report format the command line offers: its `--format` value, what it
/// is for, and how to make it for one run.
///
/// A reporter conforms in its own file and is listed once in `Reporters.all`;
/// the `--format` values, the help text and the README's table of formats
/// come from that list.
public protocol RegisteredReporter: Reporter {
    /// The `--format` value: lower-case and stable.
    static var identifier: String { get }
    /// Who or what reads the format, as the help and the README say it.
    static var summary: String { get }
    /// The reporter for one run; formats that need the whole run at once
    /// come wrapped in a `BufferedReporter`.
    static func make(_ settings: ReportSettings) -> any StreamingReporter
}

/// The one list of report formats, in the order `--help` and the README show them.
public enum Reporters {
    /// Every format; the first is the default (`text`).
    public static let all: [any RegisteredReporter.Type] = [
        TextReporter.self,
        JSONReporter.self,
        JUnitReporter.self,
        SARIFReporter.self,
        GitHubReporter.self,
        GitLabReporter.self,
        CheckstyleReporter.self,
        CompactReporter.self,
    ]

    /// The `--format` values, in order.
    public static var identifiers: [String] { all.map { $0.identifier } }

    /// The format with a `--format` value, or nil.
    public static func named(_ identifier: String) -> (any RegisteredReporter.Type)? {
        all.first { $0.identifier == identifier }
    }
}
