/// On Fargate there is no instance role to fall back on: pulling a private
/// ECR image needs the task execution role, and ECS rejects the definition
/// without one.
struct FargateExecutionRoleForECR: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS214", slug: "fargate-execution-role-for-ecr", title: "Fargate ECR image without an execution role",
        severity: .error, stage: .register,
        needs: [.taskLevel],
        summary: "Fargate tasks that pull private Amazon ECR images must set executionRoleArn.",
        rationale: """
            The Fargate agent pulls images with the task execution role (on EC2 the instance role \
            can stand in). RegisterTaskDefinition rejects a FARGATE task whose containers use a \
            private ECR image (`<account>.dkr.ecr.<region>.amazonaws.com/...`) when \
            `executionRoleArn` is missing. The role needs the managed policy \
            `AmazonECSTaskExecutionRolePolicy` or equivalent ECR permissions.
            """,
        fix:
            "Set executionRoleArn to a role with AmazonECSTaskExecutionRolePolicy, such as arn:aws:iam::<account>:role/ecsTaskExecutionRole.",
        awsErrors: ["Fargate requires task definition to have execution role ARN to support ECR images."],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2"}
                  ]
                }
                """,
                expect: [
                    "container 'app' pulls from Amazon ECR, but the task has no executionRoleArn (AWS: \"Fargate requires task definition to have execution role ARN to support ECR images.\")"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2"}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate, !task.hasExecutionRole else { return [] }
        let ecr = task.containers.filter { $0.imageReference?.registry == .ecrPrivate }
        guard !ecr.isEmpty else { return [] }
        return [.ecrWithoutExecutionRole(ecr)]
    }

    /// Whether an image reference names a private Amazon ECR registry
    /// (`<account>.dkr.ecr.<region>.amazonaws.com[.cn]/…`, or the dual-stack `dkr-ecr` form).
    static func isPrivateECR(_ image: String) -> Bool {
        guard let slash = image.firstIndex(of: "/") else { return false }
        let host = image[..<slash].lowercased()
        return host.includes(".dkr.ecr.") || host.includes(".dkr-ecr.")
    }
}

extension Violation {
    /// ECS214: private ECR images on Fargate without an execution role, at the first image.
    fileprivate static func ecrWithoutExecutionRole(_ ecr: [ContainerDefinition]) -> Violation {
        let names = EnglishList.join(ecr.map(\.displayName), conjunction: "and")
        return Violation(
            "container\(ecr.count == 1 ? "" : "s") \(names) pull\(ecr.count == 1 ? "s" : "") from Amazon ECR, but the task has no executionRoleArn",
            aws: .documented,
            fix:
                "add \"executionRoleArn\": \"arn:aws:iam::<account>:role/ecsTaskExecutionRole\" (a role with AmazonECSTaskExecutionRolePolicy)",
            at: ecr[0].pointer / "image")
    }
}
