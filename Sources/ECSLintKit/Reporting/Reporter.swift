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

    /// The counts the end of a report prints.
    public var summary: RunSummary {
        var summary = RunSummary(toolVersion: toolVersion)
        for file in files { summary.add(file) }
        return summary
    }
}

/// What a report's end needs of the whole run: counts, not the reports.
public struct RunSummary: Sendable, Hashable {
    /// The tool version printed in reports.
    public var toolVersion: String
    /// Files reported.
    public var files = 0
    /// Findings by severity.
    public var errors = 0
    /// Warnings.
    public var warnings = 0
    /// Infos.
    public var infos = 0

    /// An empty summary.
    public init(toolVersion: String = ECSLintVersion.current) {
        self.toolVersion = toolVersion
    }

    /// Counts one more file and its findings.
    public mutating func add(_ file: FileReport) {
        files += 1
        for finding in file.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    /// The number of findings of a severity.
    public func count(of severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: warnings
        case .info: infos
        }
    }

    /// Every finding counted.
    public var findings: Int { errors + warnings + infos }
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

/// A reporter whose output is a beginning, one part per file, and an end,
/// so the command line can print each file as soon as it is linted and keep
/// only a `RunSummary` (memory stays flat however many files a run has).
///
/// `render(_:)` is those parts joined, so the one-shot output and the
/// streamed output are the same text.
public protocol StreamingReporter: Reporter {
    /// The text before the first file.
    func header(toolVersion: String) -> String
    /// The text of one file, given what was written before it.
    func part(for file: FileReport, after written: RunSummary) -> String
    /// The text after the last file, given the whole run's counts.
    func footer(_ summary: RunSummary) -> String
}

extension StreamingReporter {
    /// The whole output: the header, every file's part, the footer.
    public func render(_ run: LintRun) -> String {
        var output = header(toolVersion: run.toolVersion)
        var written = RunSummary(toolVersion: run.toolVersion)
        for file in run.files {
            output += part(for: file, after: written)
            written.add(file)
        }
        return output + footer(written)
    }
}
