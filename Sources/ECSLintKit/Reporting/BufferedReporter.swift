/// Streams a reporter that needs the whole run at once: the GitLab, SARIF and
/// Checkstyle reports are one document whose paths are relative to the
/// repository (`LintRun.sourceRoot`). Parts are kept and the document is
/// written at the end, so these formats hold every file's findings in memory
/// (the text, JSON, JUnit, GitHub and compact formats do not).
///
/// One instance serves one run, fed from one thread (the command line's
/// report loop), hence `@unchecked Sendable`.
public final class BufferedReporter: StreamingReporter, @unchecked Sendable {
    private let inner: any Reporter
    private let sourceRoot: SourceRoot?
    private var files: [FileReport] = []
    private var toolVersion = ECSLintVersion.current

    /// Wraps `inner`; `sourceRoot` is the repository the paths are relative to.
    public init(_ inner: any Reporter, sourceRoot: SourceRoot?) {
        self.inner = inner
        self.sourceRoot = sourceRoot
    }

    public func header(toolVersion: String) -> String {
        self.toolVersion = toolVersion
        files = []
        return ""
    }

    public func part(for file: FileReport, after written: RunSummary) -> String {
        files.append(file)
        return ""
    }

    public func footer(_ summary: RunSummary) -> String {
        inner.render(LintRun(files: files, toolVersion: toolVersion, sourceRoot: sourceRoot))
    }

    public func render(_ run: LintRun) -> String {
        inner.render(LintRun(files: run.files, toolVersion: run.toolVersion, sourceRoot: run.sourceRoot ?? sourceRoot))
    }
}
