import Synchronization
import Testing

@testable import ECSLintKit

/// The engine's shortcuts must not change what is reported: a disabled rule
/// does not run at all, a folder scan skips files that are not task
/// definitions without checking them, and ignore globs are matched per file.
@Suite struct EngineSpeedPathTests {
    static let tagged = """
        {"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:latest", "memory": 256}]}
        """

    /// A rule that counts its runs, to show that a disabled rule never runs.
    struct CountingRule: Rule {
        static let descriptor = RuleDescriptor(
            code: "ECS999", slug: "counting", title: "counts", severity: .warning, stage: .launch,
            summary: "Counts.", rationale: "Test.", fix: "None.", examples: [])
        static let runs = RunCounter()

        func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
            Self.runs.increment()
            return [Violation("counted", at: task.pointer / "family")]
        }
    }

    @Test func aDisabledRuleNeverRuns() {
        var configuration = Configuration()
        configuration.rules["ECS999"] = RuleSetting(isEnabled: false)
        let before = CountingRule.runs.value
        let disabled = Linter(
            options: LintOptions(configuration: configuration), rules: [CountingRule()], serviceRules: [])
        #expect(disabled.enabledRuleCodes.isEmpty)
        #expect(
            disabled.lint(SourceText(path: "t.json", text: Self.tagged)).findings.allSatisfy { $0.code != "ECS999" })
        #expect(CountingRule.runs.value == before)

        configuration.rules["ECS999"] = RuleSetting(isEnabled: true)
        let enabled = Linter(options: LintOptions(configuration: configuration), rules: [CountingRule()])
        #expect(enabled.lint(SourceText(path: "t.json", text: Self.tagged)).findings.contains { $0.code == "ECS999" })
        #expect(CountingRule.runs.value == before + 1)
    }

    /// The engine reads `readsLiteralParts` statically instead of casting
    /// each rule to `ReadsLiteralParts`; both must agree for every rule.
    @Test func readsLiteralPartsMatchesTheProtocol() {
        let rules = RuleRegistry.makeRules()
        let marked = rules.filter { $0 is any ReadsLiteralParts }
        #expect(!marked.isEmpty)
        for rule in rules {
            #expect(type(of: rule).readsLiteralParts == (rule is any ReadsLiteralParts), "\(type(of: rule))")
        }
        #expect(!CountingRule.readsLiteralParts)
    }

    @Test func theConfigurationDecidesEnablement() {
        var configuration = Configuration()
        configuration.rules[ImageTooLong.code] = RuleSetting(isEnabled: false)
        #expect(!configuration.isEnabled(ImageTooLong.code))
        #expect(configuration.isEnabled(ImageInvalidCharacters.code))
        let linter = Linter(options: LintOptions(configuration: configuration))
        let codes = RuleRegistry.rules.map { $0.descriptor.code } + RuleRegistry.serviceRules.map { $0.descriptor.code }
        #expect(
            linter.enabledRuleCodes == codes.filter { $0 != ImageTooLong.code && Configuration.defaults.isEnabled($0) })
        #expect(Linter(options: LintOptions(configuration: .strict)).enabledRuleCodes == codes)
        #expect(Linter().enabledRuleCodes == codes)
    }

    @Test func onlyTaskDefinitionsSkipsOtherFilesUnchecked() {
        let package = SourceText(path: "package.json", text: #"{"name": "app", "version": 1, "name": 2}"#)
        let skipped = Linter().lint(package, onlyTaskDefinitions: true)
        #expect(!skipped.isTaskDefinitionCandidate)
        #expect(skipped.findings.isEmpty)
        let checked = Linter().lint(package)
        #expect(!checked.isTaskDefinitionCandidate)
        #expect(!checked.findings.isEmpty)

        let task = SourceText(path: "task.json", text: Self.tagged)
        let kept = Linter().lint(task, onlyTaskDefinitions: true)
        #expect(kept.isTaskDefinitionCandidate)
        #expect(kept.findings.map(\.code) == Linter().lint(task).findings.map(\.code))
        #expect(!kept.findings.isEmpty)
    }

    @Test func ignoredCodesAreMatchedOncePerFile() {
        let configuration = Configuration(
            baseDirectory: "/repo",
            ignores: [
                PathIgnore(patterns: ["legacy/**"], codes: [ImageTooLong.code]),
                PathIgnore(
                    patterns: ["legacy/old-*.json"], codes: [ImageInvalidCharacters.code, InvalidImageDigest.code]),
                PathIgnore(patterns: ["vendor/**"], codes: nil),
            ])
        #expect(
            configuration.ignoredCodes(inFileAt: "/repo/legacy/old-web.json").codes == [
                ImageTooLong.code, ImageInvalidCharacters.code, InvalidImageDigest.code,
            ])
        #expect(configuration.ignoredCodes(inFileAt: "/repo/legacy/web.json").codes == [ImageTooLong.code])
        #expect(configuration.ignoredCodes(inFileAt: "/repo/vendor/x.json").all)
        #expect(configuration.ignoredCodes(inFileAt: "/repo/app/web.json").isEmpty)
        #expect(configuration.ignores(code: ImageInvalidCharacters.code, inFileAt: "/repo/legacy/old-web.json"))
        #expect(!configuration.ignores(code: ImageInvalidCharacters.code, inFileAt: "/repo/legacy/web.json"))
    }

    @Test func theFilterKeepsReportOrderAndSortsOnlyWhatItAdds() {
        let yaml = """
            # ecslint-disable-next-line ECS123
            family: web
            containerDefinitions:
              - name: app
                image: nginx:latest
                memory: 256
            """
        let raw = Linter().lint(SourceText(path: "t.yaml", text: yaml))
        let filtered = FindingFilter().apply(to: raw)
        #expect(filtered.findings.contains { $0.code == UnusedSuppression.descriptor.code })
        let sorted = filtered.findings.sorted(by: Finding.reportOrder)
        #expect(filtered.findings.map(\.message) == sorted.map(\.message))
    }
}

/// A thread-safe counter (rules run on many threads in the command line).
final class RunCounter: Sendable {
    private let count = Mutex(0)

    var value: Int { count.withLock { $0 } }

    func increment() { count.withLock { $0 += 1 } }
}
