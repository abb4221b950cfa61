import Foundation
import Testing

@testable import ECSLintKit

/// The reporters CI systems read natively: GitLab Code Quality, Checkstyle
/// and the one-line compact format, and what SARIF adds for code scanning.
@Suite struct CIReporterTests {
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func gitLabMatchesGoldenFile() throws {
        try ReporterGolden.check(GitLabReporter().render(ReporterFixtures.run), matches: "gitlab.json")
    }

    @Test func checkstyleMatchesGoldenFile() throws {
        try ReporterGolden.check(CheckstyleReporter().render(ReporterFixtures.run), matches: "checkstyle.xml")
    }

    @Test func compactMatchesGoldenFile() throws {
        try ReporterGolden.check(CompactReporter().render(ReporterFixtures.run), matches: "compact.txt")
    }

    @Test func gitLabFingerprintIsTheSARIFPartialFingerprint() throws {
        let run = ReporterFixtures.run
        let gitlab = try #require(try Self.json(GitLabReporter().render(run)) as? [[String: Any]])
        let sarif = try #require(try Self.json(SARIFReporter().render(run)) as? [String: Any])
        let results = try #require(((sarif["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let sarifPrints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["ecslint/v1"] }
        #expect(gitlab.count == 6)
        #expect(gitlab.compactMap { $0["fingerprint"] as? String } == sarifPrints)
        #expect(Set(sarifPrints).count == sarifPrints.count)
    }

    @Test func gitLabSeveritiesUseFourLevels() {
        func finding(_ code: String, _ severity: Severity) -> Finding {
            Finding(
                code: code, slug: "x", severity: severity, stage: .practice, message: "m", fix: nil, pointer: .root)
        }
        #expect(GitLabReporter.severity(of: finding(HostPortMismatch.code, .info)) == "info")
        #expect(GitLabReporter.severity(of: finding(HostPortMismatch.code, .warning)) == "minor")
        #expect(GitLabReporter.severity(of: finding(HostPortMismatch.code, .error)) == "major")
        #expect(GitLabReporter.severity(of: finding(PrivilegedContainer.code, .warning)) == "critical")
        #expect(GitLabReporter.severity(of: finding(PrivilegedContainer.code, .info)) == "info")
        #expect(GitLabReporter.severity(of: finding(ImageLatestTag.code, .warning)) == "minor")
    }

    @Test func repeatedFindingsGetDistinctFingerprints() {
        let finding = ReporterFixtures.web.findings[2]
        let prints = FindingFingerprint.fingerprints(of: [finding, finding, finding], path: "a.json")
        #expect(Set(prints).count == 3)
        #expect(prints[0] == SARIFReporter.fingerprint(path: "a.json", finding: finding))
    }

    @Test func compactWritesOneLinePerFindingInTheDocumentedForm() {
        let lines = CompactReporter().render(ReporterFixtures.run).split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(
            lines[2]
                == "samples/bad/web.json:13:23: error: hostPort 8081 must equal containerPort 8080 when networkMode is awsvpc [ECS301]"
        )
        let pattern = #/^(.+?):(\d+):(\d+): (error|warning|info): (.+) \[(ECS\d+)\]$/#
        #expect(lines.allSatisfy { $0.wholeMatch(of: pattern) != nil })
    }

    @Test(arguments: [
        ("deploy/td.json", "/repo", "deploy/td.json"),
        ("./deploy/td.json", "/repo", "deploy/td.json"),
        ("/repo/deploy/td.json", "/elsewhere", "deploy/td.json"),
        ("../deploy/td.json", "/repo/sub", "deploy/td.json"),
        ("td.json", "/repo/deploy", "deploy/td.json"),
    ])
    func sourceRootMakesPathsRepositoryRelative(_ path: String, _ workingDirectory: String, _ expected: String) {
        #expect(SourceRoot(path: "/repo", workingDirectory: workingDirectory).relativePath(of: path) == expected)
    }

    @Test func pathsOutsideTheRootStayAsGiven() {
        let root = SourceRoot(path: "/repo", workingDirectory: "/repo")
        #expect(root.relativePath(of: "/other/td.json") == nil)
        #expect(root.relativePath(of: "../repository/td.json") == nil)
        #expect(LintRun(files: [], sourceRoot: root).repositoryPath(of: "/other/td.json") == "/other/td.json")
        #expect(LintRun(files: []).repositoryPath(of: "./a/b.json") == "a/b.json")
        #expect(SourceRoot(path: "/a b", workingDirectory: "/").uri == "file:///a%20b/")
    }

    @Test func sarifLocationsAreRelativeToTheSourceRoot() throws {
        let run = LintRun(
            files: [ReporterFixtures.web], sourceRoot: SourceRoot(path: "/repo", workingDirectory: "/repo/samples"))
        var moved = run
        moved.files[0].source = SourceText(path: "/repo/samples/bad/web.json", text: ReporterFixtures.webJSON)
        let log = try #require(try Self.json(SARIFReporter().render(moved)) as? [String: Any])
        let first = try #require((log["runs"] as? [[String: Any]])?.first)
        let bases = try #require(first["originalUriBaseIds"] as? [String: [String: String]])
        #expect(bases["%SRCROOT%"]?["uri"] == "file:///repo/")
        let results = try #require(first["results"] as? [[String: Any]])
        for result in results {
            let locations =
                (result["locations"] as? [[String: Any]] ?? []) + (result["relatedLocations"] as? [[String: Any]] ?? [])
            for location in locations {
                guard let physical = location["physicalLocation"] as? [String: Any] else { continue }
                let artifact = try #require(physical["artifactLocation"] as? [String: String])
                #expect(artifact == ["uri": "samples/bad/web.json", "uriBaseId": "%SRCROOT%"])
            }
        }
    }

    @Test func sarifRulesCarryTheirPageAsHelpAndSecurityProperties() throws {
        let log = try #require(
            try Self.json(SARIFReporter().render(LintRun(files: [], toolVersion: "4.5.6"))) as? [String: Any])
        let first = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((first["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: rules.map { ($0["id"] as? String ?? "", $0) })
        let privileged = try #require(byID[PrivilegedContainer.code])
        let descriptor = try #require(RuleRegistry.descriptor(named: PrivilegedContainer.code))
        let help = try #require(privileged["help"] as? [String: String])
        #expect(help["markdown"] == RulePage.markdown(for: descriptor, showingFindings: false))
        #expect(help["text"] == RulePage.plainText(for: descriptor, showingFindings: false))
        #expect(help["text"]?.contains("```") == false)
        #expect(privileged["helpUri"] as? String == "https://github.com/ecslint/ecslint/blob/v4.5.6/rules/ECS414.md")
        let properties = try #require(privileged["properties"] as? [String: Any])
        #expect((properties["tags"] as? [String])?.contains("security") == true)
        #expect(properties["security-severity"] as? String == "8.0")
        let syntax = try #require(byID[InvalidSyntax.code]?["properties"] as? [String: Any])
        #expect((syntax["tags"] as? [String])?.contains("security") == false)
        #expect(syntax["security-severity"] == nil)
    }

    @Test func securityClassificationNamesOnlyRealRules() {
        for (code, score) in SecurityClassification.scores {
            #expect(RuleRegistry.descriptor(named: code) != nil, "\(code) is not a rule")
            let value = Double(score) ?? -1
            #expect(value > 0 && value <= 10, "\(code): \(score)")
        }
    }

    @Test func jsonFindingsLinkTheRulePage() throws {
        let finding = Finding(
            code: HostPortMismatch.code, slug: "host-port-mismatch", severity: .error, stage: .launch, message: "m",
            fix: nil,
            pointer: .root)
        let run = LintRun(
            files: [FileReport(source: SourceText(path: "a.json", text: "{}"), format: .json, findings: [finding])],
            toolVersion: "2.0.0")
        #expect(
            JSONReporter().render(run).contains(
                #""url": "https://github.com/ecslint/ecslint/blob/v2.0.0/rules/ECS301.md""#))
    }
}
