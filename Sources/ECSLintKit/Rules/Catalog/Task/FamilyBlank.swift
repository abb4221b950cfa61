/// An empty `family` passes the AWS CLI (botocore checks no string lengths
/// here) and is then rejected by ECS, which names every revision after it.
struct FamilyBlank: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS101", slug: "family-blank", title: "family is empty",
        severity: .error, stage: .register,
        summary: "The task definition family must not be an empty string.",
        rationale: """
            Every revision is registered under its family (`web:1`, `web:2` …), so ECS requires a \
            non-empty name. The AWS CLI sends `"family": ""` unchanged and RegisterTaskDefinition \
            rejects it. Templating that leaves the family empty (an unset variable) is the usual cause.
            """,
        fix: "Set family to a name of letters, digits, hyphens and underscores, such as \"web\".",
        awsErrors: ["Family can not be blank."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#family"
        ],
        examples: [
            .bad(
                """
                {
                  "family": ↓"",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: ["family is empty (AWS: \"Family can not be blank.\")"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard task.family == "" else { return [] }
        return [.emptyFamily(task)]
    }
}

extension Violation {
    /// ECS101: an empty family.
    fileprivate static func emptyFamily(_ task: TaskDefinition) -> Violation {
        Violation(
            "family is empty", aws: .documented,
            fix: "set family to a name such as \"web\" (letters, digits, '-' and '_')",
            at: task.pointer / "family")
    }
}
