/// Settings that change what the engine checks.
public struct LintOptions: Sendable {
    /// The launch type assumed when a file's `requiresCompatibilities` is silent.
    public var launchType: LaunchType?

    /// Creates options.
    public init(launchType: LaunchType? = nil) {
        self.launchType = launchType
    }
}

/// Everything the engine found in one file.
public struct FileReport: Sendable {
    /// The file as read.
    public var source: SourceText
    /// The format it was read as.
    public var format: SourceFormat
    /// The findings, in report order.
    public var findings: [Finding]
    /// Ranges holding secret values; reporters must not print them.
    public var sensitiveRanges: [SourceRange]

    /// Creates a report.
    public init(source: SourceText, format: SourceFormat, findings: [Finding], sensitiveRanges: [SourceRange] = []) {
        self.source = source
        self.format = format
        self.findings = findings
        self.sensitiveRanges = sensitiveRanges
    }

    /// The number of findings of a severity.
    public func count(of severity: Severity) -> Int {
        findings.count(where: { $0.severity == severity })
    }
}
