/// A `null` value.
///
/// Console exports and describe output carry `null` for unset fields; the AWS
/// CLI rejects every one of them.
struct NullValue: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS007", slug: "null-value", title: "Null value",
        severity: .error, stage: .cli,
        summary: "A member is set to null.",
        rationale: """
            botocore treats `null` as a value of the wrong type for every field, so a single \
            `"ipcMode": null` stops registration. Leaving the key out means the same thing and works.
            """,
        fix: "Remove the key.",
        awsErrors: [
            "Parameter validation failed: Invalid type for parameter ipcMode, value: None, type: <class 'NoneType'>, valid types: <class 'str'>"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "ipcMode": ↓null,
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )
}
