/// `true` or `false` where the API expects an integer.
///
/// botocore accepts it (Python's `bool` is an `int`) and sends `"memory": true`;
/// ecslint is stricter on purpose, because no integer setting means a boolean.
struct BooleanForInteger: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS010", slug: "boolean-for-integer", title: "Boolean given for an integer",
        severity: .error, stage: .register,
        summary: "A boolean is given where the API expects an integer.",
        rationale: """
            The AWS CLI lets `true` through as the integer 1 because of a Python quirk, so the \
            mistake reaches the ECS API or, worse, registers a 1 MiB memory limit. This is a \
            deliberate difference from botocore's client-side validation.
            """,
        fix: "Write the integer you mean.",
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": ↓true}]
                }
                """,
                expect: [
                    "containerDefinitions[0].memory must be an integer, not the boolean true; the AWS CLI sends it as is and ECS rejects it"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )
}
