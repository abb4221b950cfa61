/// The human-readable report (`--format text`): grouped by file,
/// `path:line:column: severity: message [ECS###]`, the source line with an
/// underline, the fix, and a summary line.
public struct TextReporter: StreamingReporter {
    /// Styling; colour only when writing to a terminal.
    public var style: TextStyle
    /// Whether to print the summary line.
    public var showsSummary: Bool

    /// Creates the reporter.
    public init(style: TextStyle = TextStyle(colored: false), showsSummary: Bool = true) {
        self.style = style
        self.showsSummary = showsSummary
    }

    public func header(toolVersion: String) -> String { "" }

    public func part(for file: FileReport, after written: RunSummary) -> String {
        guard !file.findings.isEmpty else { return "" }
        var output = ""
        let frame = CodeFrame(file)
        for finding in file.findings {
            output += render(finding, path: file.source.path, frame: frame)
        }
        return output
    }

    public func footer(_ summary: RunSummary) -> String {
        showsSummary ? self.summary(summary) : ""
    }

    func render(_ finding: Finding, path: String, frame: CodeFrame) -> String {
        let position = finding.range.start
        var document = finding.document > 0 ? " (document \(finding.document + 1))" : ""
        if let label = finding.label { document += " (resource \(label))" }
        var text = style.bold("\(path):\(position.line):\(position.column):")
        text += " \(style.severity(finding.severity)): \(finding.message) [\(finding.code)]\(document)\n"
        text += frame.render(finding.range, style: style)
        for note in finding.notes {
            if let range = note.range {
                let file = note.path.map { "\($0):" } ?? ""
                text += "  note: \(note.message) at \(file)\(range.start.line):\(range.start.column)\n"
            }
        }
        if let fix = finding.fix {
            text += "  \(style.fix("fix:")) \(fix)\n"
        }
        return text + "\n"
    }

    func summary(_ run: RunSummary) -> String {
        let errors = run.errors
        let warnings = run.warnings
        let infos = run.infos
        let files = run.files
        let fileWord = files == 1 ? "file" : "files"
        if errors + warnings + infos == 0 {
            return "No problems found in \(files) \(fileWord).\n"
        }
        let counts = "\(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(infos, "info"))"
        return counts + " in \(files) \(fileWord).\n"
    }

    private func plural(_ count: Int, _ word: String) -> String {
        count == 1 ? "1 \(word)" : "\(count) \(word)s"
    }
}

extension TextReporter: RegisteredReporter {
    public static let identifier = "text"
    public static let summary = "people"

    public static func make(_ settings: ReportSettings) -> any StreamingReporter {
        TextReporter(style: TextStyle(colored: settings.colored))
    }
}
