/// A `memberOf` placement constraint selects instances with a cluster query
/// expression; without one it has nothing to select by.
struct PlacementConstraintExpressionMissing: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS130", slug: "placement-constraint-expression-missing",
        title: "memberOf constraint without an expression",
        severity: .error, stage: .register,
        summary: "A memberOf placement constraint needs a non-empty cluster query expression.",
        rationale: """
            `memberOf` is the only placement constraint type a task definition accepts, and it places \
            tasks on the instances matching its `expression` (cluster query language, for example \
            `attribute:ecs.instance-type =~ t3.*`). The model does not mark `expression` as required, \
            so the AWS CLI sends a constraint without one; whether ECS rejects it at registration or \
            only when placing is unverified, but such a constraint can never be satisfied as intended.
            """,
        fix: "Add an expression such as \"attribute:ecs.instance-type =~ t3.*\", or remove the constraint.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "placementConstraints": [↓{↑"type": "memberOf"}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: ["memberOf placement constraint has no expression"]),
            .good(
                """
                {
                  "family": "web",
                  "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.placementConstraints.compactMap { constraint -> Violation? in
            guard constraint.type == "memberOf" else { return nil }
            // A non-string expression is the schema check's to report; a null one the null rule's.
            if constraint.$expression.isWrongType || constraint.$expression.isNull { return nil }
            if let expression = constraint.expression, !expression.allSatisfy(\.isWhitespace) { return nil }
            return .memberOfWithoutExpression(written: constraint.expression != nil, at: constraint.pointer)
        }
    }
}

extension Violation {
    /// ECS130: a memberOf constraint without an expression (`written` when it is blank).
    fileprivate static func memberOfWithoutExpression(written: Bool, at constraint: JSONPointer) -> Violation {
        Violation(
            !written
                ? "memberOf placement constraint has no expression"
                : "memberOf placement constraint has an empty expression",
            fix:
                "add \"expression\": \"attribute:ecs.instance-type =~ t3.*\" (or another cluster query), or remove the constraint",
            at: constraint / "expression")
    }
}
