@testable import ECSLintKit

/// The helpers every rule family's edge-case suite shares: lint a JSON
/// task definition and keep all findings, or those of one rule.
protocol RuleFamilyTests {}

extension RuleFamilyTests {
    /// Every finding of `json` (linted as `t.json`) under `launchType`.
    static func findings(_ json: String, launchType: LaunchType? = nil) -> [Finding] {
        Linter(options: LintOptions(launchType: launchType)).lint(SourceText(path: "t.json", text: json)).findings
    }

    /// The findings of rule `code` only.
    static func findings(_ code: String, _ json: String, launchType: LaunchType? = nil) -> [Finding] {
        findings(json, launchType: launchType).filter { $0.code == code }
    }

    /// The findings of rule `code` only (for suites whose tests are instance methods).
    func findings(_ json: String, launchType: LaunchType? = nil, code: String) -> [Finding] {
        Self.findings(code, json, launchType: launchType)
    }
}
