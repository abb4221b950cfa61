/// Outside Fargate, a private ECR image without an execution role is pulled
/// with the container instance's role: it works only while that role keeps
/// ECR permissions, and breaks when the task moves to Fargate.
struct ECRImageWithoutExecutionRole: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS708", slug: "ecr-image-without-execution-role", title: "ECR image without an execution role (EC2)",
        severity: .warning, stage: .practice,
        needs: [.taskLevel],
        summary: "Tasks that pull private ECR images should set executionRoleArn, even on EC2.",
        rationale: """
            On EC2 (and ECS Anywhere and Managed Instances) the agent falls back to the container \
            instance role for ECR pulls when the task has no execution role, so the task only runs \
            on instances whose role grants `ecr:GetAuthorizationToken`, `ecr:BatchGetImage` and \
            `ecr:GetDownloadUrlForLayer` — a permission that is easy to remove and is shared by every \
            task on the instance. The same definition is rejected on Fargate ("Fargate requires \
            task definition to have execution role ARN to support ECR images.", reported by \
            fargate-execution-role-for-ecr).
            """,
        fix: "Set executionRoleArn to a role with AmazonECSTaskExecutionRolePolicy.",
        awsErrors: [
            "CannotPullContainerError: no basic auth credentials"
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["EC2"],
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "memory": 512}
                  ]
                }
                """,
                expect: [
                    "container 'app' pulls from private ECR but the task has no executionRoleArn; the pull relies on the container instance role's ECR permissions, and Fargate would reject the definition"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["EC2"],
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "memory": 512}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !context.isFargate, !task.hasExecutionRole else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let reference = container.imageReference else { return nil }
            guard reference.passesECSChecks, reference.registry == .ecrPrivate else { return nil }
            return .ecrImageWithoutExecutionRole(container)
        }
    }
}

extension Violation {
    /// ECS708: a private ECR image in a task without an execution role.
    fileprivate static func ecrImageWithoutExecutionRole(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) pulls from private ECR but the task has no executionRoleArn; the pull relies on the container instance role's ECR permissions, and Fargate would reject the definition",
            at: container.pointer / "image")
    }
}
