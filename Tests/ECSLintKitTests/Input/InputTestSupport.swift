@testable import ECSLintKit

/// Lints text as a file for the input-shape tests.
func lintInput(
    _ text: String, path: String = "task.json", launchType: LaunchType? = nil, variables: [String: String]? = nil,
    consumer: Consumer = .awsCLI
) -> FileReport {
    var options = LintOptions(launchType: launchType)
    options.variables = variables
    options.consumer = consumer
    return Linter(options: options).lint(SourceText(path: path, text: text))
}

extension FileReport {
    /// The findings of one rule.
    func findings(_ code: String) -> [Finding] {
        findings.filter { $0.code == code }
    }

    /// The codes of all findings, sorted.
    var codes: [String] { findings.map(\.code).sorted() }

    /// A finding's place as `line:column`.
    func place(of finding: Finding) -> String {
        "\(finding.range.start.line):\(finding.range.start.column)"
    }
}
