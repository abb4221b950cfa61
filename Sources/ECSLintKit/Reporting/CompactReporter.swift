/// One line per finding (`--format compact`), for grep, editors and GitHub
/// problem matchers:
///
/// ```
/// deploy/td.json:13:23: error: hostPort 8081 must equal containerPort 8080 … [ECS301]
/// ```
///
/// `path:line:column: severity: message [code]`, the severity being `error`,
/// `warning` or `info`. Line breaks and tabs in a message become spaces so
/// that every finding stays on its line; nothing else is printed (no summary),
/// so an empty output means no findings. `.github/ecslint-matcher.json` is the
/// problem matcher for this format. Like every reporter, it prints no source
/// line, so no range from `FileReport.sensitiveRanges`.
public struct CompactReporter: Reporter {
    /// Creates the reporter.
    public init() {}

    public func render(_ run: LintRun) -> String {
        var output = ""
        for file in run.files {
            for finding in file.findings {
                output += line(for: finding, path: file.source.path)
            }
        }
        return output
    }

    /// The line of one finding, with its line break.
    func line(for finding: Finding, path: String) -> String {
        let position = finding.range.start
        let message = Self.oneLine(finding.labeledMessage)
        return "\(Self.oneLine(path)):\(max(1, position.line)):\(max(1, position.column)): "
            + "\(finding.severity.rawValue): \(message) [\(finding.code)]\n"
    }

    /// The text with CR, LF and tab replaced by spaces.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            result.unicodeScalars.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
        }
        return result
    }
}

extension CompactReporter: RegisteredReporter {
    public static let identifier = "compact"
    public static let summary = "grep, editors, GitHub problem matchers"

    public static func make(_ settings: ReportSettings) -> any StreamingReporter {
        BufferedReporter(CompactReporter(), sourceRoot: settings.sourceRoot)
    }
}
