import Testing

@testable import ECSLintKit

/// The generated cards say what the descriptors say: the engine reads the
/// cards at start and the descriptors only for findings and documentation.
@Suite struct RuleCardTests {
    @Test func everyCardAgreesWithItsDescriptor() {
        for rule in RuleRegistry.allDescribing {
            #expect(
                rule.card == RuleCard(rule.descriptor),
                "\(rule.descriptor.code): the card differs from the descriptor; run scripts/generate-rule-docs")
        }
    }

    /// Every registered rule has a generated card: none falls back to
    /// building its descriptor at start.
    @Test func everyRuleHasAGeneratedCard() throws {
        let written = try #require(RepositoryFiles.read("Sources/ECSLintKit/Rules/RuleCards.generated.swift"))
        for rule in RuleRegistry.allDescribing {
            #expect(
                written.contains("extension \(String(describing: rule)) {\n    static let card = "),
                "\(rule.descriptor.code) has no generated card; run scripts/generate-rule-docs")
        }
    }

    @Test func theGeneratedFileIsUpToDate() throws {
        let path = "Sources/ECSLintKit/Rules/RuleCards.generated.swift"
        let written = try #require(RepositoryFiles.read(path))
        #expect(written == RuleCard.generatedFile(), "\(path) is stale; run scripts/generate-rule-docs")
    }

    @Test func theGeneratedCardsSpellOptInRulesAndNeeds() {
        let file = RuleCard.generatedFile(for: [ImageNotPinnedByDigest.self, InvalidSyntax.self])
        #expect(file.contains("extension InvalidSyntax {\n    static let card = RuleCard(\"ECS001\")\n}"))
        #expect(ImageNotPinnedByDigest.card.isEnabledByDefault == ImageNotPinnedByDigest.descriptor.isEnabledByDefault)
        #expect(file.range(of: "InvalidSyntax")!.lowerBound < file.range(of: "ImageNotPinnedByDigest")!.lowerBound)
    }
}
