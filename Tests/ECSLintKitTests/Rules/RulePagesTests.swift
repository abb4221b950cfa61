import Testing

@testable import ECSLintKit

/// The pages in `rules/` are generated from the descriptors; this fails when
/// they are stale. Regenerate with `scripts/generate-rule-docs`.
@Suite struct RulePagesTests {
    @Test func everyRulePageIsFresh() {
        for descriptor in RuleRegistry.descriptors {
            let path = "rules/\(RulePage.fileName(for: descriptor))"
            #expect(
                RepositoryFiles.read(path) == RulePage.markdown(for: descriptor),
                "\(path) is stale or missing; run scripts/generate-rule-docs")
        }
    }

    /// The committed pages (which `everyRulePageIsFresh` keeps equal to the
    /// generated ones) show the findings each bad example states.
    @Test func everyBadExampleIsFollowedByWhatEcslintReports() {
        for descriptor in RuleRegistry.descriptors {
            let page = RepositoryFiles.read("rules/\(RulePage.fileName(for: descriptor))") ?? ""
            let bad = descriptor.examples.filter { $0.kind == .bad }
            #expect(
                page.components(separatedBy: "ecslint reports:").count - 1 == bad.count,
                "\(descriptor.code): \(bad.count) bad examples")
            for message in bad.flatMap({ $0.expected ?? [] }) {
                let stated = message.hasSuffix("…") ? String(message.dropLast()) : message
                #expect(page.contains(stated), "\(descriptor.code): the page does not show \(stated)")
            }
        }
        let page = RepositoryFiles.read("rules/ECS301.md") ?? ""
        #expect(
            page.contains(
                """
                ```text
                example.json:6:59: error: hostPort 80 must equal containerPort 8080 when networkMode is awsvpc
                """))
        #expect(page.contains("    |                                                           ^^\n"))
        #expect(
            !RulePage.markdown(for: HostPortMismatch.descriptor, showingFindings: false).contains("ecslint reports:"))
    }

    @Test func indexIsFreshAndListsEveryRule() {
        let index = RulePage.index(for: RuleRegistry.descriptors)
        #expect(
            RepositoryFiles.read("rules/README.md") == index, "rules/README.md is stale; run scripts/generate-rule-docs"
        )
        for descriptor in RuleRegistry.descriptors {
            #expect(index.contains("[\(descriptor.code)](\(descriptor.code).md)"))
        }
    }

    @Test func noStrayPages() {
        let expected = Set(RuleRegistry.descriptors.map { "rules/\($0.code).md" } + ["rules/README.md"])
        let present = Set(RepositoryFiles.files(in: "rules", extensions: ["md"]))
        #expect(present.subtracting(expected).isEmpty, "pages without a rule: \(present.subtracting(expected))")
    }
}
