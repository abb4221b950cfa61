/// A number, string length or list size outside the bounds the API model states.
///
/// botocore checks minimums (an empty tag key fails in the CLI); maximums are
/// enforced by the ECS API.
struct ValueOutOfRange: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS009", slug: "value-out-of-range", title: "Value out of range",
        severity: .error, stage: .cli,
        summary: "A value is shorter, longer, smaller or larger than the API model allows.",
        rationale: """
            The model bounds tags: at most 50, keys of 1 to 128 characters, values up to 256. An \
            empty key fails in the AWS CLI; the other bounds fail at registration.
            """,
        fix: "Bring the value within the stated bounds.",
        awsErrors: [
            "Parameter validation failed: Invalid length for parameter tags[0].key, value: 0, valid min length: 1"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}],
                  "tags": [{"key": ↓"", "value": "x"}]
                }
                """,
                expect: ["tags[0].key is empty; at least 1 character required"]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}],
                  "tags": [{"key": "team", "value": "x"}]
                }
                """),
        ]
    )
}
