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
