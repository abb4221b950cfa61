/// GitHub Actions workflow commands (`--format github`): one line per
/// finding, which the runner turns into an annotation on the file.
///
/// ```
/// ::error file=td.json,line=12,col=21,endLine=12,endColumn=25,title=ECS301 host-port-mismatch::hostPort 8081 … (fix: …)
/// ```
///
/// Errors use `::error`, warnings `::warning`, infos `::notice`. The message is
/// followed by the fix and any notes (as further lines of the annotation).
/// Values are escaped as the runner expects: in the message `%`, CR and LF
/// become `%25`, `%0D`, `%0A`; in properties `:` and `,` also become `%3A` and
/// `%2C`. Columns are written only where the runner keeps them: when the range
/// starts and ends on one line (a range that ends at the start of the next
/// line counts as ending on its own line); a longer range gets `line` and
/// `endLine` only. Like every reporter, it prints no source line, so no range
/// from `FileReport.sensitiveRanges`.
public struct GitHubReporter: StreamingReporter {
    /// Creates the reporter.
    public init() {}

    public func header(toolVersion: String) -> String { "" }

    public func part(for file: FileReport, after written: RunSummary) -> String {
        var output = ""
        for finding in file.findings {
            output += command(for: finding, in: file)
        }
        return output
    }

    public func footer(_ summary: RunSummary) -> String { "" }

    /// The workflow command of one finding, with its line break.
    func command(for finding: Finding, in file: FileReport) -> String {
        let path = file.source.path
        var properties = ["file=" + Self.escapedProperty(path)]
        properties += locationProperties(finding.range, source: file.source)
        properties.append("title=" + Self.escapedProperty("\(finding.code) \(finding.slug)"))
        var message = finding.labeledMessage
        if let fix = finding.fix {
            message += " (fix: \(fix))"
        }
        for note in finding.notes {
            message += "\nnote: \(note.message)"
            if let range = note.range {
                message += " at \(note.path ?? path):\(range.start.line):\(range.start.column)"
            }
        }
        return
            "::\(Self.command(for: finding.severity)) \(properties.joined(separator: ","))::\(Self.escapedData(message))\n"
    }

    private func locationProperties(_ range: SourceRange, source: SourceText) -> [String] {
        let line = max(1, range.start.line)
        let column = max(1, range.start.column)
        var endLine = range.end.line
        var endColumn = range.end.column
        if endLine == line + 1, endColumn == 1 {
            endLine = line
            endColumn = source.line(line).unicodeScalars.count + 1
        }
        if endLine > line {
            return ["line=\(line)", "endLine=\(endLine)"]
        }
        if endLine == line, endColumn > column {
            return ["line=\(line)", "col=\(column)", "endLine=\(line)", "endColumn=\(endColumn)"]
        }
        return ["line=\(line)", "col=\(column)", "endLine=\(line)"]
    }

    /// The command name of a severity.
    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A command's message: `%`, CR and LF escaped.
    static func escapedData(_ text: String) -> String {
        escape(text, properties: false)
    }

    /// A command property value: `%`, CR, LF, `:` and `,` escaped.
    static func escapedProperty(_ text: String) -> String {
        escape(text, properties: true)
    }

    private static func escape(_ text: String, properties: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where properties: result += "%3A"
            case "," where properties: result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension GitHubReporter: RegisteredReporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions annotations"

    public static func make(_ settings: ReportSettings) -> any StreamingReporter { GitHubReporter() }
}
