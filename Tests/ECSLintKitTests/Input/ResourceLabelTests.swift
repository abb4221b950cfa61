import Testing

@testable import ECSLintKit

@Suite struct ResourceLabelTests {
    static let finding = Finding(
        code: "ECS999", slug: "test", severity: .error, stage: .register, message: "something is wrong", fix: nil,
        pointer: JSONPointer(["Resources", "Web", "Properties", "Family"]),
        range: SourceRange(
            start: SourcePosition(line: 1, column: 1, offset: 0), end: SourcePosition(line: 1, column: 2, offset: 1)),
        label: "Web")

    @Test func textReportNamesTheResource() {
        let report = FileReport(
            source: SourceText(path: "t.json", text: "{}\n"), format: .json, findings: [Self.finding])
        #expect(TextReporter().render(LintRun(files: [report])).contains("[ECS999] (resource Web)"))
    }

    @Test func jsonReportAddsAResourceField() {
        let report = FileReport(
            source: SourceText(path: "t.json", text: "{}\n"), format: .json, findings: [Self.finding])
        let json = JSONReporter().render(LintRun(files: [report]))
        #expect(json.contains("\"resource\": \"Web\"") || json.contains("\"resource\":\"Web\""), "\(json)")
        var unlabelled = Self.finding
        unlabelled.label = nil
        let plain = FileReport(source: report.source, format: .json, findings: [unlabelled])
        #expect(!JSONReporter().render(LintRun(files: [plain])).contains("\"resource\""))
    }
}
