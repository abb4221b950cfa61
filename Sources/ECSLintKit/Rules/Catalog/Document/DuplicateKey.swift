/// A key is written twice in the same object.
///
/// The AWS CLI parses JSON with Python's `json` module, which keeps the last
/// value and silently drops the others: what you read is not what is sent.
struct DuplicateKey: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS002", slug: "duplicate-key", title: "Duplicate key",
        severity: .warning, stage: .practice,
        summary: "A key appears more than once in one object; all but the last are ignored.",
        rationale: """
            JSON parsers disagree on duplicate keys, and the AWS CLI keeps the last one without a \
            word. A duplicated `image` or `cpu` usually means an edit went to the wrong copy. Each \
            ignored occurrence is reported, with a note at the one that is used.
            """,
        fix: "Remove the duplicate, keeping the value you mean.",
        references: ["https://www.rfc-editor.org/rfc/rfc8259#section-4"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  ↓"cpu": "256",
                  "cpu": "512"
                }
                """,
                expect: ["duplicate key \"cpu\": this value is ignored, because the AWS CLI keeps only the last one"]),
            .good(
                """
                {
                  "family": "web",
                  "cpu": "512"
                }
                """),
        ]
    )
}

extension Violation {
    /// ECS002: a key written again later in the same object (the later one, at `usedValue`, wins).
    static func duplicateKey(_ key: String, at pointer: JSONPointer, usedValue: SourceRange) -> Violation {
        Violation(
            "duplicate key \"\(key)\": this value is ignored, because the AWS CLI keeps only the last one",
            fix: "remove one of the two \"\(key)\" keys", at: pointer, target: .key,
            notes: [FindingNote("the value that is used", at: pointer, target: .key, range: usedValue)])
    }
}
