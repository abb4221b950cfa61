/// Fargate chooses where tasks run; there are no container instances to
/// constrain, so placement constraints are rejected for Fargate tasks.
struct FargatePlacementConstraints: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS212", slug: "fargate-placement-constraints", title: "Placement constraints on Fargate",
        severity: .error, stage: .register,
        summary: "Tasks that run on Fargate must not have placementConstraints.",
        rationale: """
            Placement constraints select container instances by attribute; Fargate has none to \
            select. The API documentation states that task placement constraints are not supported \
            for Fargate tasks, and cfn-lint reports "'PlacementConstraints' isn't supported for \
            Fargate tasks". The exact ECS message is unverified. An empty list is accepted.
            """,
        fix: "Remove placementConstraints, or keep the task on EC2.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinitionPlacementConstraint.html"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  ↓"placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: [
                    "placementConstraints are not supported on Fargate: Fargate has no container instances to place on"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "placementConstraints": [],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate, !task.placementConstraints.isEmpty else {
            return []
        }
        return [.placementConstraintsOnFargate(task)]
    }
}

extension Violation {
    /// ECS212: placementConstraints on Fargate.
    fileprivate static func placementConstraintsOnFargate(_ task: TaskDefinition) -> Violation {
        Violation(
            "placementConstraints are not supported on Fargate: Fargate has no container instances to place on",
            fix: "remove placementConstraints, or remove FARGATE from requiresCompatibilities",
            at: task.pointer / "placementConstraints", target: .key)
    }
}
