/// A resource holds one value per tag key, so a key listed twice is
/// ambiguous; AWS tagging APIs reject duplicate keys.
struct DuplicateTagKey: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS120", slug: "duplicate-tag-key", title: "Duplicate tag key",
        severity: .error, stage: .register,
        summary: "Each tag key may appear only once in tags.",
        rationale: """
            A tag key names one value on the task definition, so two entries with the same key cannot \
            both apply. AWS tagging rejects duplicate keys; the exact ECS message is unverified. Keys \
            are compared exactly, as AWS compares them (case-sensitively).
            """,
        fix: "Keep one entry per key and remove or rename the others.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}],
                  "tags": [{"key": "team", "value": "a"}, {"key": ↓"team", "value": "b"}]
                }
                """,
                expect: ["tag key 'team' appears more than once; a key can hold only one value"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}],
                  "tags": [{"key": "team", "value": "a"}, {"key": "Team", "value": "b"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.tags.repeats(by: \.key).map { tag, key, original in
            Violation.duplicateTagKey(key, at: tag.pointer, first: original.pointer)
        }
    }
}

extension Violation {
    /// ECS120: a tag key an earlier tag has.
    fileprivate static func duplicateTagKey(_ key: String, at tag: JSONPointer, first: JSONPointer) -> Violation {
        Violation(
            "tag key '\(key)' appears more than once; a key can hold only one value",
            fix: "remove this entry or merge its value into the first '\(key)' tag",
            at: tag / "key",
            notes: [FindingNote("'\(key)' first used here", at: first / "key")])
    }
}
