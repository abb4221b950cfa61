/// The whole output of `aws ecs describe-task-definition` pasted as a task
/// definition: `{"taskDefinition": {…}, "tags": […]}`.
///
/// The AWS CLI and the deploy action both need the inner object, with the
/// tags moved into it. ecslint reports the wrapper once and checks the inner
/// task definition (and the tags beside it) as usual, at their positions.
struct DescribeOutputWrapper: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS013", slug: "describe-output-wrapper", title: "describe-task-definition wrapper",
        severity: .error, stage: .cli,
        summary: "The task definition is wrapped in describe-task-definition's {\"taskDefinition\": …} object.",
        rationale: """
            describe-task-definition prints the task definition inside a `taskDefinition` member, \
            with the tags beside it when called with `--include TAGS`. Registered as is, the AWS CLI \
            reports `taskDefinition` as an unknown parameter and `family` and `containerDefinitions` \
            as missing; the "Deploy to Amazon ECS" action does not unwrap it either. Everything \
            inside is still checked, so one run shows all that needs fixing.
            """,
        fix:
            "Use the object inside \"taskDefinition\" and move \"tags\" into it: `aws ecs describe-task-definition --query taskDefinition`, or `ecslint render FILE -o FILE`.",
        awsErrors: [
            "Parameter validation failed: Missing required parameter in input: \"containerDefinitions\"",
            "Unknown parameter in input: \"taskDefinition\"",
        ],
        references: ["https://docs.aws.amazon.com/cli/latest/reference/ecs/describe-task-definition.html"],
        fixes: [.safe("In JSON: unwraps the object inside \"taskDefinition\" and moves \"tags\" into it.")],
        examples: [
            .bad(
                """
                {
                  ↓"taskDefinition": {
                    "family": "web",
                    "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]
                  },
                  "tags": [{"key": "team", "value": "web"}]
                }
                """,
                fixed: """
                    {
                      "family": "web",
                      "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}],
                      "tags": [{"key": "team", "value": "web"}]
                    }
                    """,
                expect: [
                    "describe-task-definition output: the task definition is inside \"taskDefinition\"; the AWS CLI rejects the wrapper (Unknown parameter in input: \"taskDefinition\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}],
                  "tags": [{"key": "team", "value": "web"}]
                }
                """),
        ]
    )

    /// The finding for a wrapper whose `taskDefinition` key is at `keyRange`.
    static func finding(keyRange: SourceRange, hasTags: Bool, document: Int) -> Finding {
        Finding(
            descriptor: descriptor, violation: .describeWrapper(hasTags: hasTags), document: document, range: keyRange)
    }
}

extension Violation {
    /// ECS013: describe-task-definition's wrapper (`hasTags` when its tags move inside).
    fileprivate static func describeWrapper(hasTags: Bool) -> Violation {
        let tags = hasTags ? ", with \"tags\" moved into it" : ""
        return Violation(
            "describe-task-definition output: the task definition is inside \"taskDefinition\"; the AWS CLI "
                + "rejects the wrapper (Unknown parameter in input: \"taskDefinition\")",
            fix: "register the object inside \"taskDefinition\"\(tags) (aws ecs describe-task-definition --query "
                + "taskDefinition, or ecslint render FILE -o FILE)",
            at: .root / "taskDefinition", target: .key)
    }
}
