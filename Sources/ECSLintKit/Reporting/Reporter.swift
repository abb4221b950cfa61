/// The outcome of one run over many files: what every reporter is given.
public struct LintRun: Sendable {
    /// One report per file, in the order the files were given.
    public var files: [FileReport]
    /// The tool version printed in reports.
    public var toolVersion: String
    /// The repository the paths are relative to in the GitLab, SARIF and
    /// Checkstyle reports, when known.
    public var sourceRoot: SourceRoot?

    /// Creates a run.
    public init(files: [FileReport], toolVersion: String = ECSLintVersion.current, sourceRoot: SourceRoot? = nil) {
        self.files = files
        self.toolVersion = toolVersion
        self.sourceRoot = sourceRoot
    }

    /// The number of findings of a severity over all files.
    public func count(of severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.count(of: severity) }
    }
}

/// The version of ecslint.
public enum ECSLintVersion {
    /// The current version string.
    public static let current = "0.1.0"
}

/// Writes a lint run in one output format.
///
/// Reporters are small stateless values; the command line picks one per
/// `--format`. They never print a range listed in `FileReport.sensitiveRanges`.
public protocol Reporter: Sendable {
    /// The whole output for a run.
    func render(_ run: LintRun) -> String
}
