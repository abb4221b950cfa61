import Foundation
import Testing

@testable import ECSLintKit

/// The one list of report formats: each has a golden file named after its
/// identifier, made through the registry as the command line makes it, and
/// the README's table lists every format with its summary, in order.
@Suite struct ReportersTests {
    @Test func identifiersAreUniqueLowerCaseAndTextComesFirst() {
        let identifiers = Reporters.identifiers
        #expect(Set(identifiers).count == identifiers.count)
        #expect(identifiers.allSatisfy { $0 == $0.lowercased() && !$0.isEmpty && !$0.contains(" ") })
        #expect(identifiers.first == "text")
        #expect(Reporters.named("sarif") == SARIFReporter.self)
        #expect(Reporters.named("SARIF") == nil)
    }

    @Test func jsonMatchesGoldenFile() throws {
        try ReporterGolden.check(JSONReporter().render(ReporterFixtures.run), matches: "json.json")
    }

    @Test func textMatchesGoldenFile() throws {
        try ReporterGolden.check(TextReporter().render(ReporterFixtures.run), matches: "text.txt")
    }

    /// Every format made by the registry with default settings writes its
    /// golden file; SARIF's golden lists the fixtures' own rule catalog
    /// (`SARIFReporterTests`), so for it the file only has to exist.
    @Test(arguments: Reporters.identifiers)
    func eachFormatMadeByTheRegistryMatchesItsGoldenFile(_ identifier: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ReporterGolden.directory.path)
        let golden = try #require(
            names.first { ($0 as NSString).deletingPathExtension == identifier },
            "Golden/ has no \(identifier).* file")
        let format = try #require(Reporters.named(identifier))
        guard identifier != "sarif" else { return }
        let run = ReporterFixtures.run
        try ReporterGolden.check(format.make(ReportSettings(sourceRoot: run.sourceRoot)).render(run), matches: golden)
    }

    @Test func theReadmeTableListsEveryFormatInOrder() throws {
        let readme = try #require(RepositoryFiles.read("README.md"))
        let section = try #require(readme.components(separatedBy: "\n## Report formats\n").dropFirst().first)
        let rows = section.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.hasPrefix("## ") }
            .filter { $0.hasPrefix("| `") && !$0.hasPrefix("| `--format`") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(rows.map { $0.first ?? "" } == Reporters.all.map { "`\($0.identifier)`" })
        #expect(rows.map { $0.count > 1 ? $0[1] : "" } == Reporters.all.map { $0.summary })
    }
}
