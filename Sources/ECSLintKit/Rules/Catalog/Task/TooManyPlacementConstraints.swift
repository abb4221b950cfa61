/// ECS allows at most 10 placement constraints per task, counting those of
/// the task definition and those added by RunTask or the service.
struct TooManyPlacementConstraints: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS131", slug: "too-many-placement-constraints", title: "More than 10 placement constraints",
        severity: .error, stage: .register,
        summary: "A task definition may hold at most 10 placement constraints.",
        rationale: """
            The API documentation limits placement constraints to 10 per task, including the ones \
            given at run time. The model states no maximum, so the AWS CLI sends more and ECS rejects \
            them; the exact message is unverified. Constraints added by services or RunTask count too, \
            so keep room for them.
            """,
        fix: "Combine expressions with 'and'/'or' into fewer memberOf constraints.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinitionPlacementConstraint.html"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "placementConstraints": [
                    {"type": "memberOf", "expression": "attribute:a1 exists"},
                    {"type": "memberOf", "expression": "attribute:a2 exists"},
                    {"type": "memberOf", "expression": "attribute:a3 exists"},
                    {"type": "memberOf", "expression": "attribute:a4 exists"},
                    {"type": "memberOf", "expression": "attribute:a5 exists"},
                    {"type": "memberOf", "expression": "attribute:a6 exists"},
                    {"type": "memberOf", "expression": "attribute:a7 exists"},
                    {"type": "memberOf", "expression": "attribute:a8 exists"},
                    {"type": "memberOf", "expression": "attribute:a9 exists"},
                    {"type": "memberOf", "expression": "attribute:a10 exists"},
                    ↓{"type": "memberOf", "expression": "attribute:a11 exists"}
                  ],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "placementConstraints has 11 entries; at most 10 are allowed per task, including those added at run time"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "placementConstraints": [
                    {"type": "memberOf", "expression": "attribute:a1 exists and attribute:a2 exists"}
                  ],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    /// The most placement constraints a task may have.
    static let maximum = 10

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let elements = task.placementConstraints
        guard elements.count > Self.maximum else {
            return []
        }
        return [.tooManyPlacementConstraints(elements.count, maximum: Self.maximum, in: task)]
    }
}

extension Violation {
    /// ECS131: more placement constraints than `maximum`, at the first one too many.
    fileprivate static func tooManyPlacementConstraints(_ count: Int, maximum: Int, in task: TaskDefinition)
        -> Violation
    {
        Violation(
            "placementConstraints has \(count) entries; at most \(maximum) are allowed per task, including those added at run time",
            fix: "combine expressions with 'and'/'or' to keep \(maximum) or fewer",
            at: task.pointer / "placementConstraints" / maximum)
    }
}
