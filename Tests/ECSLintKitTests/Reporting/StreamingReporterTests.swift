import Testing

@testable import ECSLintKit

/// The command line prints each file's part as soon as the file is linted;
/// joined, the parts must be exactly the one-shot report.
@Suite struct StreamingReporterTests {
    static let reporters: [(name: String, reporter: any StreamingReporter)] = [
        ("text", TextReporter()), ("json", JSONReporter()), ("github", GitHubReporter()),
        ("junit", JUnitReporter(failureThreshold: .warning)), ("junit-never", JUnitReporter(failureThreshold: nil)),
    ]

    static func streamed(_ reporter: any StreamingReporter, _ run: LintRun) -> String {
        var output = reporter.header(toolVersion: run.toolVersion)
        var written = RunSummary(toolVersion: run.toolVersion)
        for file in run.files {
            output += reporter.part(for: file, after: written)
            written.add(file)
        }
        return output + reporter.footer(written)
    }

    @Test(arguments: 0..<reporters.count)
    func partsJoinedAreTheWholeReport(_ index: Int) {
        let (name, reporter) = Self.reporters[index]
        let runs = [
            ReporterFixtures.run,
            LintRun(files: [ReporterFixtures.clean, ReporterFixtures.web], toolVersion: "9.9.9"),
            LintRun(files: [ReporterFixtures.web], toolVersion: "9.9.9"),
        ]
        for run in runs {
            let streamed = Self.streamed(reporter, run)
            #expect(streamed == reporter.render(run), "\(name)")
        }
    }

    @Test func jsonPartsDependOnlyOnWhatCameBefore() {
        let reporter = JSONReporter()
        let first = reporter.part(for: ReporterFixtures.web, after: RunSummary())
        var afterOne = RunSummary()
        afterOne.add(ReporterFixtures.clean)
        let later = reporter.part(for: ReporterFixtures.web, after: afterOne)
        #expect(!first.hasPrefix(","))
        #expect(later == "," + first)
    }

    @Test func summaryCountsFindingsBySeverity() {
        let summary = ReporterFixtures.run.summary
        #expect(summary.files == ReporterFixtures.run.files.count)
        for severity in [Severity.error, .warning, .info] {
            #expect(summary.count(of: severity) == ReporterFixtures.run.count(of: severity))
        }
        #expect(summary.findings == ReporterFixtures.run.files.reduce(0) { $0 + $1.findings.count })
    }
}
