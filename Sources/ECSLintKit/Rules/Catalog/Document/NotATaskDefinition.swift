/// The document is not an object, so it cannot be a task definition.
///
/// A task definition is a JSON object; a file holding a string, number or
/// list at the top level is usually the wrong file.
struct NotATaskDefinition: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS011", slug: "not-a-task-definition", title: "Document is not a task definition object",
        severity: .error, stage: .cli,
        summary: "The top-level value of the document is not an object.",
        rationale: """
            RegisterTaskDefinition takes one JSON object with `family` and `containerDefinitions`. \
            Anything else at the top level is rejected by the AWS CLI before it is sent.
            """,
        fix: "Make the document a task definition object: { \"family\": …, \"containerDefinitions\": [ … ] }.",
        examples: [
            .bad(
                """
                ↓"web"
                """,
                expect: ["the document is a string, but a task definition must be an object"]),
            .good(
                """
                {"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]}
                """),
        ]
    )

    static func finding(for root: Node, document: Int) -> Finding {
        Finding(
            descriptor: descriptor,
            violation: .notAnObject(root),
            document: document, range: root.range)
    }
}

extension Violation {
    /// ECS011: a document that is not an object (`root`: what it is).
    fileprivate static func notAnObject(_ root: Node) -> Violation {
        Violation(
            "the document is a \(root.typeName), but a task definition must be an object", at: .root)
    }
}
