// Shared by the fuzz targets: runs one input through the linter and every
// reporter, so the positions, code frames and masking see fuzzed data too.

/// Runs the lint pipeline and the reporters on fuzzed bytes.
enum FuzzPipeline {
    /// Lints `bytes` as a file at `path` in `format` and renders every report.
    static func run(_ bytes: [UInt8], path: String, format: SourceFormat, linter: Linter) {
        let report = linter.lint(SourceText(path: path, bytes: bytes), format: format)
        let run = LintRun(files: [report])
        _ = TextReporter().render(run)
        _ = JSONReporter().render(run)
        // Only the rules the report names: the catalog part of a SARIF log
        // (every rule's page) does not depend on the input, and rendering it
        // for every input made executions ten times slower.
        let reported = Set(report.findings.map(\.code))
        _ = SARIFReporter(rules: RuleRegistry.descriptors.filter { reported.contains($0.code) }).render(run)
        _ = GitHubReporter().render(run)
    }
}
