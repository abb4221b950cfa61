/// The file cannot be read as JSON or YAML.
///
/// Nothing else can be checked until it can: the AWS CLI fails with
/// `Error parsing parameter '--cli-input-json': Invalid JSON` and CI pipelines
/// that template the file fail in confusing ways later.
struct InvalidSyntax: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS001", slug: "invalid-syntax", title: "File is not valid JSON or YAML",
        severity: .error, stage: .syntax,
        summary: "The file cannot be parsed as JSON (RFC 8259) or YAML 1.2.",
        rationale: """
            `aws ecs register-task-definition --cli-input-json` needs strict JSON: no comments, no \
            trailing commas, no unquoted template placeholders. YAML files must be well-formed YAML. \
            ecslint reports the exact position of the first problem and what was expected there.
            """,
        fix: "Correct the syntax at the reported position.",
        awsErrors: ["Error parsing parameter '--cli-input-json': Invalid JSON"],
        references: ["https://www.rfc-editor.org/rfc/rfc8259", "https://yaml.org/spec/1.2.2/"],
        examples: [
            .bad(
                """
                {
                  "family": "web"↓,↑
                }
                """, caption: "A trailing comma is not JSON.",
                expect: ["trailing comma before '}'"]),
            .bad(
                """
                {
                  "family": "web",
                  "cpu": ↓${CPU}↑
                }
                """, caption: "An unquoted placeholder must be rendered before the file is JSON.",
                expect: ["unquoted template placeholder ${CPU} is not valid JSON"]),
            .badYAML(
                """
                family: web
                containerDefinitions:
                ↓	- name: app
                """, caption: "Tabs cannot indent YAML.",
                expect: ["tabs are not allowed for indentation in YAML"]),
            .good(
                """
                {
                  "family": "web"
                }
                """),
        ]
    )

    static func finding(for error: SyntaxError) -> Finding {
        Finding(
            descriptor: descriptor, violation: Violation(error.message, fix: error.fix, at: .root),
            document: error.document, range: error.range)
    }
}
