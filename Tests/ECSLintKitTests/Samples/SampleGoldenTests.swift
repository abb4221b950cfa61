import Testing

@testable import ECSLintKit

/// Every sample next to its expected text report: `samples/good/*` and the
/// hello-world samples must have no error; `samples/bad/X.json` must print
/// exactly `samples/bad/X.txt`. Run with `ECSLINT_UPDATE_GOLDEN=1` to rewrite
/// the golden files after an intended change, then review the diff.
///
/// Service and run-task samples are linted in one run with
/// `samples/hello-world.json`, as `ecslint lint samples/hello-world.json
/// samples/bad/service-….json` does, so their checks against the task
/// definition (and the notes into it) are in the golden reports.
@Suite struct SampleGoldenTests {
    static let badSamples = RepositoryFiles.files(in: "samples/bad", extensions: ["json", "yaml", "yml"])
    static let goodSamples =
        ["samples/hello-world.json", "samples/hello-world.yaml"]
        + RepositoryFiles.files(in: "samples/good", extensions: ["json", "yaml", "yml"])

    /// The task definition linted in the same run as every sample.
    static let taskDefinitionSample = "samples/hello-world.json"

    static func lintInRun(_ path: String) -> FileReport {
        let linter = Linter()
        let sample = linter.lintDeferringServices(SourceText(path: path, bytes: RepositoryFiles.bytes(path) ?? []))
        let task = linter.lintDeferringServices(
            SourceText(path: taskDefinitionSample, bytes: RepositoryFiles.bytes(taskDefinitionSample) ?? []))
        return ServiceResolution(linter: linter).resolve([sample, task])[0]
    }

    static func report(_ path: String) -> String {
        TextReporter().render(LintRun(files: [FindingFilter().apply(to: lintInRun(path))]))
    }

    @Test(arguments: badSamples)
    func badSampleMatchesGoldenReport(_ path: String) throws {
        let golden = (path as String).split(separator: ".").dropLast().joined(separator: ".") + ".txt"
        let actual = Self.report(path)
        if RepositoryFiles.updatesGoldenFiles {
            try RepositoryFiles.write(actual, to: golden)
            return
        }
        let expected = RepositoryFiles.read(golden)
        #expect(expected != nil, "missing golden file \(golden); run with ECSLINT_UPDATE_GOLDEN=1")
        #expect(actual == expected, "\(path): report differs from \(golden)")
        #expect(actual.contains("error:"), "\(path) is a bad sample but has no error")
    }

    @Test(arguments: goodSamples + ["samples/hello-world-service.json"])
    func goodSampleHasNoError(_ path: String) {
        let bytes = RepositoryFiles.bytes(path) ?? []
        #expect(!bytes.isEmpty, "\(path) is missing")
        let report = Self.lintInRun(path)
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(path): \(errors.map { "\($0.range.start) \($0.code) \($0.message)" })")
    }
}
