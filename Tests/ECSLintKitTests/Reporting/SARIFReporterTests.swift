import Testing

@testable import ECSLintKit

@Suite struct SARIFReporterTests {
    static let reporter = SARIFReporter(
        rules: ReporterFixtures.rules, documentationBaseURL: "https://example.com/ecslint/v{version}/docs",
        informationURI: "https://example.com/ecslint")

    @Test func matchesGoldenFile() throws {
        try ReporterGolden.check(Self.reporter.render(ReporterFixtures.run), matches: "sarif.json")
    }

    @Test func linksEachRuleToItsPageOfTheToolVersion() {
        let rule = ReporterFixtures.rules[2]
        #expect(
            Self.reporter.helpURI(for: rule, version: "9.8.7")
                == "https://example.com/ecslint/v9.8.7/docs/rules/ECS301.md")
        let slashed = SARIFReporter(rules: [], documentationBaseURL: "https://example.com/x/")
        #expect(slashed.helpURI(for: rule) == "https://example.com/x/rules/ECS301.md")
        #expect(
            SARIFReporter().helpURI(for: rule, version: "1.2.3")
                == "https://github.com/ecslint/ecslint/blob/v1.2.3/rules/ECS301.md")
    }

    @Test(arguments: [
        ("samples/bad/web.json", "samples/bad/web.json"),
        ("/abs/dir/task def.json", "file:///abs/dir/task%20def.json"),
        ("deploy/a,b:c%20 & <d>.yaml", "deploy/a%2Cb%3Ac%2520%20%26%20%3Cd%3E.yaml"),
        ("é.yaml", "%C3%A9.yaml"),
        ("-", "-"),
    ])
    func percentEncodesPaths(_ path: String, _ uri: String) {
        #expect(SARIFReporter.uri(forPath: path) == uri)
    }

    @Test func fingerprintIgnoresLinesButNotPointers() {
        var finding = ReporterFixtures.web.findings[2]
        let original = SARIFReporter.fingerprint(path: "a.json", finding: finding)
        finding.range = SourceRange(at: SourcePosition(line: 40, column: 3, offset: 900))
        #expect(SARIFReporter.fingerprint(path: "a.json", finding: finding) == original)
        finding.pointer = .root / "cpu"
        #expect(SARIFReporter.fingerprint(path: "a.json", finding: finding) != original)
        #expect(original.count == 16)
    }

    @Test func defaultCatalogIsTheRegistry() {
        #expect(SARIFReporter().rules.map(\.code) == RuleRegistry.descriptors.map(\.code))
    }
}
