/// The API model restricts tag keys and values to letters, numbers, spaces
/// and `_ . : / = + - @`; botocore does not check patterns, so other
/// characters reach ECS and are rejected there.
struct TagInvalidCharacters: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS122", slug: "tag-invalid-characters", title: "Tag with characters outside the allowed set",
        severity: .error, stage: .register,
        summary: "Tag keys and values may contain only letters, numbers, spaces and _ . : / = + - @.",
        rationale: """
            The ECS model gives `TagKey` and `TagValue` the pattern `[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*`: \
            Unicode letters, separators (spaces) and numbers plus `_ . : / = + - @`. The AWS CLI does \
            not check patterns, so a tag such as `owner: a,b` or `cost#center` is sent and rejected \
            by the API. The exact ECS message is unverified.
            """,
        fix: "Replace the other characters, for example with '-' or '_'.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Tag.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}],
                  "tags": [{"key": ↓"cost#center", "value": ↓"a,b"}]
                }
                """,
                expect: [
                    "tag key 'cost#center' contains '#'; tags allow letters, numbers, spaces and _ . : / = + - @",
                    "tag value 'a,b' contains ','; tags allow letters, numbers, spaces and _ . : / = + - @",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}],
                  "tags": [{"key": "cost-center", "value": "team a/b @ü 42"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for tag in task.tags {
            for (field, text) in [("key", tag.key), ("value", tag.value)] {
                guard let text, let bad = text.unicodeScalars.first(where: { !Self.isAllowed($0) }) else { continue }
                violations.append(
                    .tag(field, text, containing: Self.describe(bad), sanitized: Self.sanitized(text), at: tag.pointer))
            }
        }
        return violations
    }

    /// Whether the model's tag pattern allows the scalar.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "_", ".", ":", "/", "=", "+", "-", "@": return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .spaceSeparator, .lineSeparator, .paragraphSeparator,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        scalar.properties.generalCategory == .control
            ? "the control character U+\(String(scalar.value, radix: 16, uppercase: true))" : "'\(scalar)'"
    }

    private static func sanitized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isAllowed($0) ? $0 : "-" }))
    }
}

extension Violation {
    /// ECS122: a tag key or value (`field`) with a character tags do not allow (`bad`: described).
    fileprivate static func tag(
        _ field: String, _ text: String, containing bad: String, sanitized: String, at tag: JSONPointer
    ) -> Violation {
        Violation(
            "tag \(field) '\(text)' contains \(bad); tags allow letters, numbers, spaces and _ . : / = + - @",
            fix: "write \"\(sanitized)\"", at: tag / field)
    }
}
