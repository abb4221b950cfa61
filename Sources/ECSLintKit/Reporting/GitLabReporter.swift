/// The GitLab Code Quality report (`--format gitlab`), for the merge
/// request's code quality widget (`artifacts: reports: codequality:`).
///
/// A JSON array with one issue per finding, with the fields GitLab reads:
///
/// ```json
/// [{"description": "hostPort 8081 must equal … (fix: …)", "check_name": "ECS301",
///   "fingerprint": "3f1c…", "severity": "major",
///   "location": {"path": "deploy/td.json", "lines": {"begin": 13, "end": 13}}}]
/// ```
///
/// - `fingerprint` is the SARIF partial fingerprint (`FindingFingerprint`):
///   it ignores line numbers, so GitLab sees a finding that moved as the same
///   issue, and it is unique within a report (GitLab keeps one issue per value).
/// - `severity`: `info` for infos, `minor` for warnings, `major` for errors,
///   and `critical` for a warning or error of a security rule scored 7.0 or
///   more in `SecurityClassification`.
/// - `location.path` is relative to the repository (the run's `SourceRoot`).
///
/// Like every reporter, it prints no source line, so no range from
/// `FileReport.sensitiveRanges`.
public struct GitLabReporter: Reporter {
    /// Creates the reporter.
    public init() {}

    public func render(_ run: LintRun) -> String {
        var json = JSONWriter()
        json.beginArray()
        for file in run.files {
            let path = run.repositoryPath(of: file.source.path)
            let fingerprints = FindingFingerprint.fingerprints(of: file.findings, path: path)
            for (finding, fingerprint) in zip(file.findings, fingerprints) {
                json.beginObject()
                json.field(
                    "description",
                    finding.fix.map { "\(finding.labeledMessage) (fix: \($0))" } ?? finding.labeledMessage)
                json.field("check_name", finding.code)
                json.field("fingerprint", fingerprint)
                json.field("severity", Self.severity(of: finding))
                json.key("location")
                json.beginObject()
                json.field("path", path)
                json.key("lines")
                json.beginObject()
                let begin = max(1, finding.range.start.line)
                json.field("begin", begin)
                json.field("end", max(begin, finding.range.end.line))
                json.endObject()
                json.endObject()
                json.endObject()
            }
        }
        json.endArray()
        return json.output + "\n"
    }

    /// The Code Quality severity of a finding.
    static func severity(of finding: Finding) -> String {
        if finding.severity >= .warning, let score = SecurityClassification.securitySeverity(of: finding.code),
            let value = Double(score), value >= 7.0
        {
            return "critical"
        }
        switch finding.severity {
        case .info: return "info"
        case .warning: return "minor"
        case .error: return "major"
        }
    }
}

extension GitLabReporter: RegisteredReporter {
    public static let identifier = "gitlab"
    public static let summary = "GitLab Code Quality (merge request widget)"

    public static func make(_ settings: ReportSettings) -> any StreamingReporter {
        BufferedReporter(GitLabReporter(), sourceRoot: settings.sourceRoot)
    }
}
