/// AWS reserves the `aws:` prefix (any capitalisation) for its own tags;
/// user tags whose key or value starts with it are rejected.
struct ReservedTagPrefix: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS121", slug: "reserved-tag-prefix", title: "Tag uses the reserved aws: prefix",
        severity: .error, stage: .register,
        summary: "Tag keys and values must not start with aws: in any capitalisation.",
        rationale: """
            The ECS documentation reserves `aws:` (`AWS:`, `Aws:` …) as a prefix of tag keys and \
            values for AWS use; such tags cannot be created, edited or deleted by users. Tags copied \
            from a described resource (for example `aws:cloudformation:stack-name`) are the usual \
            cause. The exact ECS message is unverified.
            """,
        fix: "Remove the tag, or rename it without the aws: prefix.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}],
                  "tags": [{"key": ↓"aws:cloudformation:stack-name", "value": "web"}]
                }
                """,
                expect: ["tag key 'aws:cloudformation:stack-name' starts with the reserved prefix 'aws:'"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}],
                  "tags": [{"key": "stack-name", "value": "web"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for tag in task.tags {
            if let key = tag.key, Self.isReserved(key) {
                violations.append(.reservedTagKey(key, at: tag.pointer))
            }
            if let value = tag.value, Self.isReserved(value) {
                violations.append(.reservedTagValue(value, at: tag.pointer))
            }
        }
        return violations
    }

    /// Whether the text starts with `aws:` in any capitalisation.
    static func isReserved(_ text: String) -> Bool {
        text.utf8.count >= 4 && text.prefix(4).lowercased() == "aws:"
    }
}

extension Violation {
    /// ECS121: a tag key starting with aws:.
    fileprivate static func reservedTagKey(_ key: String, at tag: JSONPointer) -> Violation {
        Violation(
            "tag key '\(key)' starts with the reserved prefix '\(key.prefix(4))'",
            fix: "remove the tag or rename it to '\(key.dropFirst(4))'", at: tag / "key")
    }

    /// ECS121: a tag value starting with aws:.
    fileprivate static func reservedTagValue(_ value: String, at tag: JSONPointer) -> Violation {
        Violation(
            "tag value '\(value)' starts with the reserved prefix '\(value.prefix(4))'",
            fix: "remove the prefix from the value", at: tag / "value")
    }
}
