import Testing

@testable import ECSLintKit

/// The realistic corpus in `samples/corpus/`: the correct files must lint
/// without errors or warnings (apart from the allow-list below), the broken
/// ones must have errors, and the correct ones must render.
@Suite struct CorpusTests {
    static let extensions: Set<String> = ["json", "yaml", "yml"]
    static let good =
        RepositoryFiles.files(in: "samples/corpus/good", extensions: extensions)
        + RepositoryFiles.files(in: "samples/corpus/good/deploy-action", extensions: extensions)
    static let bad = RepositoryFiles.files(in: "samples/corpus/bad", extensions: extensions)

    /// Warnings accepted on correct files, with the reason for each.
    static let allowed: [String: Set<String>] = [
        // describe-task-definition output committed for the Deploy to Amazon ECS action, in a
        // folder whose .ecslint.yml says `consumer: deploy-action`: the read-only fields are a
        // warning there (the action strips them, the CLI would not).
        "samples/corpus/good/deploy-action/describe-output.json": [ReadOnlyDescribeFields.code]
    ]

    /// Lints as the CLI does: files under `deploy-action/` with that folder's `consumer: deploy-action`.
    static func lint(_ path: String) -> FileReport {
        var options = LintOptions()
        if path.contains("/deploy-action/") { options.consumer = .deployAction }
        return Linter(options: options).lint(SourceText(path: path, bytes: RepositoryFiles.bytes(path) ?? []))
    }

    @Test(arguments: good)
    func correctFileHasNoErrorOrWarning(_ path: String) {
        let report = Self.lint(path)
        let allowed = Self.allowed[path] ?? []
        let problems = report.findings.filter { $0.severity >= .warning && !allowed.contains($0.code) }
        #expect(
            problems.isEmpty,
            "\(path):\n\(problems.map { "\($0.range.start) \($0.code) \($0.message)" }.joined(separator: "\n"))")
    }

    @Test(arguments: bad)
    func brokenFileHasAnError(_ path: String) {
        let report = Self.lint(path)
        #expect(report.count(of: .error) > 0, "\(path) is meant to be broken")
    }

    @Test(arguments: good)
    func correctFileRenders(_ path: String) {
        let source = SourceText(path: path, bytes: RepositoryFiles.bytes(path) ?? [])
        let linter = Linter()
        let resources = linter.lint(source).findings.compactMap(\.label)
        for resource in Set(resources).sorted().map(Optional.some) + (resources.isEmpty ? [nil] : []) {
            let output = TaskDefinitionRenderer(linter: linter, resource: resource, keepsPlaceholders: true).render(
                source)
            #expect(output.blocking.isEmpty, "\(path): \(output.blocking.map(\.message))")
            guard let json = output.json else {
                let onlyFunctions = output.problems.allSatisfy { $0.contains("CloudFormation functions") }
                #expect(onlyFunctions, "\(path): \(output.problems)")
                continue
            }
            let rendered = linter.lint(SourceText(path: "rendered.json", text: json))
            #expect(rendered.count(of: .error) == 0, "\(path) rendered: \(rendered.findings.map(\.message))")
        }
    }

    @Test func corpusCoversEveryShapeAndReportsCounts() {
        #expect(Self.good.count + Self.bad.count >= 30)
        var counts: [Severity: Int] = [:]
        var shapes: Set<String> = []
        for path in Self.good + Self.bad {
            let report = Self.lint(path)
            for severity in Severity.allCases { counts[severity, default: 0] += report.count(of: severity) }
            let codes = Set(report.findings.map(\.code))
            if codes.contains(ReadOnlyDescribeFields.code) { shapes.insert("describe") }
            if codes.contains(DescribeOutputWrapper.code) { shapes.insert("wrapped describe") }
            if codes.contains(TemplatePlaceholders.code) { shapes.insert("template") }
            if codes.contains(ContainerDefinitionsArray.code) { shapes.insert("container array") }
            if report.findings.contains(where: { $0.label != nil }) { shapes.insert("CloudFormation") }
        }
        #expect(shapes.count == 5, "\(shapes)")
        print(
            "corpus: \(Self.good.count) correct and \(Self.bad.count) broken files; "
                + "\(counts[.error, default: 0]) errors, \(counts[.warning, default: 0]) warnings, "
                + "\(counts[.info, default: 0]) infos")
    }
}
