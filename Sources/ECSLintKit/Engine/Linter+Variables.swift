extension Linter {
    /// Lints `source` after substituting `variables` into it
    /// (`TemplateSubstitution`), with every range mapped back to the
    /// original text, which the report shows.
    func lintSubstituting(
        _ source: SourceText, format: SourceFormat?, variables: [String: String], onlyTaskDefinitions: Bool
    ) -> FileReport {
        let chosen = format ?? SourceFormat(pathExtension: source.path) ?? SourceFormat.sniff(source.bytes)
        var options = options
        options.variables = variables
        let substituted = options.substitute(source, format: chosen)
        var plain = self
        plain.options.variables = nil
        var report = plain.lintDeferringServices(
            SourceText(path: source.path, bytes: substituted.bytes), format: chosen,
            onlyTaskDefinitions: onlyTaskDefinitions)
        guard !substituted.map.replacements.isEmpty else {
            report.source = source
            return report
        }
        let map = substituted.map
        for index in report.findings.indices {
            report.findings[index].autofix = nil  // edits of the substituted text, not of the file
        }
        @Sendable func original(_ range: SourceRange) -> SourceRange {
            SourceRange(
                start: source.position(ofOffset: map.originalStart(range.start.offset)),
                end: source.position(ofOffset: map.originalEnd(range.end.offset)))
        }
        report.originalRange = original
        for index in report.findings.indices {
            report.findings[index].range = original(report.findings[index].range)
            for note in report.findings[index].notes.indices {
                guard report.findings[index].notes[note].path == nil else { continue }
                report.findings[index].notes[note].range = report.findings[index].notes[note].range.map(original)
            }
        }
        report.sensitiveRanges = report.sensitiveRanges.map(original)
        report.secretRanges = report.secretRanges.map { range in
            let start = map.originalStart(range.lowerBound)
            return start..<max(start, map.originalEnd(range.upperBound))
        }
        report.source = source
        report.maskSecrets()
        return report
    }
}
