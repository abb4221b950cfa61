/// A suppression comment that silences nothing, or names a rule that does not exist.
///
/// Stale suppressions hide the next real problem on that line; a misspelled
/// code silences nothing while looking as if it did.
struct UnusedSuppression: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS020", slug: "unused-suppression", title: "Suppression comment suppresses nothing",
        severity: .info, stage: .practice,
        summary: "An `ecslint-disable` comment matches no finding, or names an unknown rule.",
        rationale: """
            When the problem a suppression was written for is fixed, the comment stays behind and \
            would silence the next, unrelated finding. A misspelled code silences nothing at all.
            """,
        fix: "Remove the comment, or correct the rule code.",
        examples: [
            .badYAML(
                """
                family: web
                ↓# ecslint-disable-next-line ECS004 -- the key is fine
                containerDefinitions: [{name: app, image: "nginx:1.27", memory: 256}]
                """,
                expect: ["this suppression of ECS004 matches no finding"]),
            .goodYAML(
                """
                family: web
                containerDefinitions:
                  # ecslint-disable-next-line ECS004 -- consumed by our deploy tool
                  - {name: app, image: "nginx:1.27", memory: 256, x-owner: team-a}
                """),
        ]
    )

    /// The finding at a suppression comment.
    static func finding(for comment: SuppressionComment, _ violation: Violation) -> Finding {
        Finding(descriptor: descriptor, violation: violation, range: comment.range)
    }
}

extension Violation {
    /// ECS020: a suppression naming rules that do not exist, each with the nearest that does.
    static func suppressionNaming(_ unknownNames: [String]) -> Violation {
        let names = unknownNames.map { name in
            "\"\(name)\""
                + (RuleNameSuggestion.suggestion(for: name).map { " (did you mean \"\($0)\"?)" } ?? "")
        }.joined(separator: ", ")
        return Violation("the suppression names no rule \(names)", at: .root)
    }

    /// ECS020: a suppression (of `codes`, or of every rule) that matches no finding.
    static func unusedSuppression(of codes: some Collection<String>) -> Violation {
        let what = codes.isEmpty ? "any rule" : codes.sorted().joined(separator: ", ")
        return Violation("this suppression of \(what) matches no finding", at: .root)
    }
}
