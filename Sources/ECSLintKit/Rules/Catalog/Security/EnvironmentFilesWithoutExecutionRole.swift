/// Environment files are downloaded from S3 by the agent with the task
/// execution role; without one tasks fail to start.
struct EnvironmentFilesWithoutExecutionRole: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS607", slug: "environment-files-without-execution-role",
        title: "environmentFiles without an execution role",
        severity: .error, stage: .launch,
        needs: [.taskLevel],
        summary: "A container with environmentFiles needs the task's executionRoleArn to download them from S3.",
        rationale: """
            The ECS agent (or Fargate) fetches each environment file from S3 before the container \
            starts, using the task execution role, which needs `s3:GetObject` on the file and \
            `s3:GetBucketLocation` on the bucket. Without an execution role the download fails and \
            the task stops with a ResourceInitializationError.
            """,
        fix: "Set executionRoleArn to a role with s3:GetObject on the files and s3:GetBucketLocation on the bucket.",
        awsErrors: [
            "ResourceInitializationError: failed to download env files"
        ],
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/use-environment-file.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     ↓"environmentFiles": [{"value": "arn:aws:s3:::config-bucket/app.env", "type": "s3"}]}
                  ]
                }
                """,
                expect: [
                    "container 'app' has environmentFiles but the task has no executionRoleArn to download them from S3; the task fails to start"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environmentFiles": [{"value": "arn:aws:s3:::config-bucket/app.env", "type": "s3"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard !task.hasExecutionRole else { return [] }
        return task.containers.filter { !$0.environmentFiles.isEmpty }.map { .environmentFilesWithoutExecutionRole($0) }
    }
}

extension Violation {
    /// ECS607: environmentFiles in a task without an execution role.
    fileprivate static func environmentFilesWithoutExecutionRole(_ container: ContainerDefinition) -> Violation {
        Violation(
            "container \(container.displayName) has environmentFiles but the task has no executionRoleArn to download them from S3; the task fails to start",
            at: container.pointer / "environmentFiles", target: .key)
    }
}
