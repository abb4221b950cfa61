import Testing

@testable import ECSLintKit

@Suite struct RuleRegistryTests {
    @Test func codesAndSlugsAreUniqueAndWellFormed() {
        let descriptors = RuleRegistry.descriptors
        #expect(Set(descriptors.map(\.code)).count == descriptors.count)
        #expect(Set(descriptors.map(\.slug)).count == descriptors.count)
        for descriptor in descriptors {
            #expect(descriptor.code.wholeMatch(of: /ECS[0-9]{3}/) != nil, "\(descriptor.code)")
            #expect(descriptor.slug.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(descriptor.slug)")
            #expect(!descriptor.summary.isEmpty && !descriptor.rationale.isEmpty && !descriptor.fix.isEmpty)
        }
    }

    @Test func everyRuleHasBadAndGoodExamples() {
        for descriptor in RuleRegistry.descriptors {
            #expect(descriptor.examples.contains { $0.kind == .bad }, "\(descriptor.code) has no bad example")
            #expect(descriptor.examples.contains { $0.kind == .good }, "\(descriptor.code) has no good example")
        }
    }

    @Test func rulesAreListedInCodeOrder() {
        let codes = RuleRegistry.rules.map { $0.descriptor.code }
        #expect(codes == codes.sorted())
    }

    @Test func theDefaultRulesAreTheDescriptorsEnabledByDefault() {
        let expected = Set(RuleRegistry.descriptors.filter(\.isEnabledByDefault).map(\.code))
        #expect(RuleRegistry.enabledByDefault == expected)
        // Some rules are opt-in, and the engine checks are among the defaults.
        #expect(expected.count < RuleRegistry.descriptors.count)
        #expect(RuleRegistry.enabledByDefault.contains(InvalidSyntax.code))
    }

    @Test func lookupByCodeOrSlug() {
        #expect(RuleRegistry.descriptor(named: "ecs004")?.slug == "unknown-key")
        #expect(RuleRegistry.descriptor(named: "unknown-key")?.code == UnknownKey.code)
        #expect(RuleRegistry.descriptor(named: "no-such-rule") == nil)
    }
}
