/// Applies what the user configured to a file's findings: suppression
/// comments (YAML), rules turned off or re-graded in `.ecslint.yml`, per-path
/// ignores, and a baseline.
public struct FindingFilter: Sendable {
    /// The configuration in force for the file.
    public var configuration: Configuration
    /// Accepted findings to drop, if a baseline is used.
    public var baseline: Baseline?
    /// The file's path as the configuration's ignore globs see it (absolute,
    /// or relative to the configuration's folder); the report's path when nil.
    public var pathForIgnores: String?

    /// Creates a filter.
    public init(configuration: Configuration = .defaults, baseline: Baseline? = nil, pathForIgnores: String? = nil) {
        self.configuration = configuration
        self.baseline = baseline
        self.pathForIgnores = pathForIgnores
    }

    /// The report with the configuration applied.
    public func apply(to report: FileReport) -> FileReport {
        var findings = report.findings
        var needsSorting = false
        if report.format == .yaml {
            let comments = SuppressionComment.scan(report.source)
            findings = applySuppressionComments(comments, to: findings)
            needsSorting = !comments.isEmpty
        }
        let path = pathForIgnores ?? report.source.path
        let ignored = configuration.ignoredCodes(inFileAt: path)
        let hasPointerIgnores = configuration.ignores.contains { $0.pointers != nil }
        if ignored.all {
            findings = []
        } else {
            findings = findings.compactMap { finding in
                guard configuration.isEnabled(finding.code), !ignored.contains(finding.code),
                    !(hasPointerIgnores && configuration.ignoresByPointer(finding, inFileAt: path))
                else { return nil }
                var adjusted = finding
                if let severity = configuration.rules[finding.code]?.severity { adjusted.severity = severity }
                return configuration.shows(adjusted.severity) ? adjusted : nil
            }
        }
        var result = report
        result.findings = findings
        if let baseline {
            result.findings = baseline.newFindings(in: result)
        }
        // The linter returns findings in report order and the steps above
        // keep it; only findings added for unused suppressions need a sort.
        if needsSorting { result.findings.sort(by: Finding.reportOrder) }
        return result
    }

    private func applySuppressionComments(_ comments: [SuppressionComment], to findings: [Finding]) -> [Finding] {
        guard !comments.isEmpty else { return findings }
        var used = Array(repeating: false, count: comments.count)
        var kept: [Finding] = []
        for finding in findings {
            if let index = comments.indices.first(where: { comments[$0].covers(finding) }) {
                used[index] = true
            } else {
                kept.append(finding)
            }
        }
        for (index, comment) in comments.enumerated() {
            if !comment.unknownNames.isEmpty {
                kept.append(UnusedSuppression.finding(for: comment, .suppressionNaming(comment.unknownNames)))
            } else if !used[index] {
                kept.append(UnusedSuppression.finding(for: comment, .unusedSuppression(of: comment.codes)))
            }
        }
        return kept
    }
}
