/// ECS accepts family names of 1 to 255 letters, digits, hyphens and
/// underscores; anything else (spaces, dots, slashes, colons) is rejected.
struct FamilyInvalid: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS102", slug: "family-invalid", title: "family has invalid characters or is too long",
        severity: .error, stage: .register,
        summary: "The family must be 1 to 255 characters of letters, digits, hyphens and underscores.",
        rationale: """
            The family becomes part of the task definition ARN (`…:task-definition/<family>:<revision>`), \
            so ECS only accepts `[A-Za-z0-9_-]`, up to 255 characters. Names copied from an image \
            (`my.org/web`), with spaces, or with a revision suffix (`web:3`) are rejected. The message \
            for a name longer than 255 characters is unverified; ecslint reports it under this rule.
            """,
        fix: "Use only letters, digits, hyphens and underscores, at most 255 characters.",
        awsErrors: ["Family contains invalid characters."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#family"
        ],
        examples: [
            .bad(
                """
                {
                  "family": ↓"my.web app",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "family 'my.web app' contains '.'; only letters, digits, '-' and '_' are allowed (AWS: \"Family contains invalid characters.\")"
                ]),
            .good(
                """
                {
                  "family": "my-web_app",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let family = task.family, !family.isEmpty else { return [] }
        let pointer = task.pointer / "family"
        if let bad = ECSName.firstInvalidCharacter(in: family) {
            return [.family(family, containing: bad, at: pointer)]
        }
        if family.count > 255 {
            return [.familyTooLong(family, at: pointer)]
        }
        return []
    }
}

extension Violation {
    /// ECS102: a family with a character ECS does not accept (`bad`, the first).
    fileprivate static func family(_ family: String, containing bad: Character, at pointer: JSONPointer) -> Violation {
        Violation(
            "family '\(family)' contains \(ECSName.describe(bad)); only letters, digits, '-' and '_' are allowed",
            aws: .documented,
            fix: "rename it, for example to \"\(ECSName.sanitized(family))\"",
            at: pointer)
    }

    /// ECS102: a family over 255 characters.
    fileprivate static func familyTooLong(_ family: String, at pointer: JSONPointer) -> Violation {
        Violation(
            "family is \(family.count) characters long; at most 255 are allowed",
            fix: "shorten it by \(family.count - 255) characters", at: pointer)
    }
}
