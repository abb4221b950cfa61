/// A member the API model marks as required is missing.
///
/// botocore refuses to send a request without `family`, `containerDefinitions`
/// or the required members of nested objects (`logDriver`, `valueFrom`, …).
struct MissingRequiredKey: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS005", slug: "missing-required-key", title: "Missing required key",
        severity: .error, stage: .cli,
        summary: "A member that the API model requires is absent.",
        rationale: """
            The AWS CLI checks required members before sending and stops with \
            `Missing required parameter`. The finding points at the object that must hold the key.
            """,
        fix: "Add the missing key.",
        awsErrors: ["Parameter validation failed: Missing required parameter in input: \"containerDefinitions\""],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"],
        examples: [
            .bad(
                """
                ↓{↑
                  "family": "web"
                }
                """, caption: "No containerDefinitions.",
                expect: ["missing required key \"containerDefinitions\""]),
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", ↓"logConfiguration": {"options": {}}}
                  ]
                }
                """, caption: "logConfiguration without logDriver.",
                expect: ["missing required key \"logDriver\" in containerDefinitions[0].logConfiguration"]),
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
