/// A value outside an enumeration of the API model.
///
/// botocore does not check enums, so the request is sent and the ECS API
/// rejects it; enum values are case-sensitive (`AWSVPC`, `Fargate`, `TCP`).
struct InvalidEnumValue: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS008", slug: "invalid-enum-value", title: "Invalid enumeration value",
        severity: .error, stage: .register,
        summary: "A value is not one of the values the API accepts for that field.",
        rationale: """
            Fields such as `networkMode`, `requiresCompatibilities`, `protocol`, `logDriver` and \
            `dependsOn[].condition` take fixed, case-sensitive values. ecslint names the accepted \
            values and the case fix.
            """,
        fix: "Use one of the accepted values, spelled exactly.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"],
        fixes: [
            .safe("Writes the accepted value that differs only in case (`AWSVPC` → `awsvpc`)."),
            .unsafe("Writes the nearest accepted value by spelling (`awsvcp` → `awsvpc`)."),
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "networkMode": ↓"AWSVPC",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                fixed: """
                    {
                      "family": "web",
                      "networkMode": "awsvpc",
                      "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                    }
                    """,
                expect: ["networkMode \"AWSVPC\" is not valid; did you mean \"awsvpc\"?"]),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )
}
