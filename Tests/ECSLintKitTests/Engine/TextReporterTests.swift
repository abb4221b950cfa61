import Testing

@testable import ECSLintKit

@Suite struct TextReporterTests {
    let source = SourceText(path: "t.json", text: "{\n  \"secret\": \"AKIAABCDEFGHIJKLMNOP\", \"é\": 1\n}\n")

    func finding(line: Int, column: Int, length: Int, severity: Severity = .error) -> Finding {
        let start = SourcePosition(line: line, column: column, offset: 0)
        let end = SourcePosition(line: line, column: column + length, offset: 0)
        return Finding(
            code: "ECS999", slug: "test", severity: severity, stage: .practice, message: "something is wrong",
            fix: "do it right", pointer: .root, range: SourceRange(start: start, end: end))
    }

    /// The access key ID is masked by its shape even though no rule marked it.
    @Test func printsPositionCodeFrameAndFix() {
        let report = FileReport(source: source, format: .json, findings: [finding(line: 2, column: 37, length: 3)])
        let text = TextReporter().render(LintRun(files: [report]))
        #expect(
            text == """
                t.json:2:37: error: something is wrong [ECS999]
                  2 |   "secret": "AKIA****************", "é": 1
                    |                                     ^^^
                  fix: do it right

                1 error, 0 warnings, 0 infos in 1 file.

                """)
    }

    @Test func masksSensitiveRangesInTheCodeFrame() {
        let secret = SourceRange(
            start: SourcePosition(line: 2, column: 13, offset: 14), end: SourcePosition(line: 2, column: 35, offset: 36)
        )
        let report = FileReport(
            source: source, format: .json, findings: [finding(line: 2, column: 13, length: 22)],
            sensitiveRanges: [secret])
        let text = TextReporter().render(LintRun(files: [report]))
        #expect(!text.contains("AKIAABCDEFGHIJKLMNOP"))
        #expect(text.contains("\"AKIA****************\""))
    }

    @Test func maskedSecretKeepsOnlyAPrefixOfLongValues() {
        #expect(
            Secrets.masked("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") == "wJal" + String(repeating: "*", count: 36))
        #expect(Secrets.masked("hunter2") == "*******")
    }

    @Test func summaryCountsSeverities() {
        let report = FileReport(
            source: source, format: .json,
            findings: [finding(line: 2, column: 3, length: 1), finding(line: 2, column: 3, length: 1, severity: .info)])
        let text = TextReporter(showsSummary: true).render(LintRun(files: [report, report]))
        #expect(text.hasSuffix("2 errors, 0 warnings, 2 infos in 2 files.\n"))
        let clean = TextReporter().render(LintRun(files: [FileReport(source: source, format: .json, findings: [])]))
        #expect(clean == "No problems found in 1 file.\n")
    }
}
