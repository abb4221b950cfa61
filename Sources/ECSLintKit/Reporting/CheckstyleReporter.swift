/// The Checkstyle XML report (`--format checkstyle`), which Jenkins'
/// warnings-ng plugin (`recordIssues(tools: [checkStyle(pattern: …)])`),
/// reviewdog (`-f=checkstyle`) and many other tools read.
///
/// ```xml
/// <checkstyle version="4.3">
///   <file name="deploy/td.json">
///     <error line="13" column="23" severity="error" message="hostPort 8081 … (fix: …)"
///            source="ecslint.ECS301.host-port-mismatch"/>
///   </file>
/// </checkstyle>
/// ```
///
/// One `<file>` per linted file, in run order (a clean file has no `<error>`),
/// `name` relative to the repository (the run's `SourceRoot`); one `<error>`
/// per finding with `severity` `error`, `warning` or `info`. Written with
/// libxml2, so every value is escaped. Like every reporter, it prints no
/// source line, so no range from `FileReport.sensitiveRanges`.
public struct CheckstyleReporter: Reporter {
    /// The Checkstyle format version written (the one reviewdog and warnings-ng read).
    static let formatVersion = "4.3"

    /// Creates the reporter.
    public init() {}

    public func render(_ run: LintRun) -> String {
        do {
            let xml = try XMLTextWriter()
            try xml.startDocument()
            try xml.startElement("checkstyle")
            try xml.attribute("version", Self.formatVersion)
            for file in run.files {
                try xml.startElement("file")
                try xml.attribute("name", run.repositoryPath(of: file.source.path))
                for finding in file.findings {
                    try xml.startElement("error")
                    try xml.attribute("line", max(1, finding.range.start.line))
                    try xml.attribute("column", max(1, finding.range.start.column))
                    try xml.attribute("severity", finding.severity.rawValue)
                    try xml.attribute(
                        "message",
                        finding.fix.map { "\(finding.labeledMessage) (fix: \($0))" } ?? finding.labeledMessage)
                    try xml.attribute("source", "ecslint.\(finding.code).\(finding.slug)")
                    try xml.endElement()
                }
                try xml.endElement()
            }
            try xml.endElement()
            try xml.endDocument()
            return try xml.output()
        } catch {
            return """
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="\(Self.formatVersion)">
                  <file name="ecslint">
                    <error line="1" column="1" severity="error" message="ecslint could not write the Checkstyle report (\(error))" source="ecslint"/>
                  </file>
                </checkstyle>

                """
        }
    }
}

extension CheckstyleReporter: RegisteredReporter {
    public static let identifier = "checkstyle"
    public static let summary = "Jenkins warnings-ng, reviewdog (`-f=checkstyle`)"

    public static func make(_ settings: ReportSettings) -> any StreamingReporter {
        BufferedReporter(CheckstyleReporter(), sourceRoot: settings.sourceRoot)
    }
}
