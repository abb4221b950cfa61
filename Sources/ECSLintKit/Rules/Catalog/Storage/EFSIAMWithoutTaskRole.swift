/// EFS IAM authorization mounts with the task role's identity; without a task
/// role there is no identity and the mount is refused.
struct EFSIAMWithoutTaskRole: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS916", slug: "efs-iam-without-task-role", title: "EFS IAM authorization without a task role",
        severity: .error, stage: .launch,
        summary: "An EFS volume with authorizationConfig.iam ENABLED needs a taskRoleArn.",
        rationale: """
            With `iam: ENABLED`, the EFS mount helper authenticates with the task IAM role, and the \
            file system policy decides by that role. A task without `taskRoleArn` has no role to \
            use, so the mount is refused when the task starts ("access denied by server"). Whether \
            RegisterTaskDefinition already rejects it is unverified.
            """,
        fix: "Set taskRoleArn to a role allowed elasticfilesystem:ClientMount (and ClientWrite) on the file system.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
                    "transitEncryption": "ENABLED", "authorizationConfig": {"iam": ↓"ENABLED"}}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                expect: [
                    "EFS volume 'data' uses IAM authorization but the task has no taskRoleArn; the mount is refused"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
                  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
                    "transitEncryption": "ENABLED", "authorizationConfig": {"iam": "ENABLED"}}}],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard (task.taskRoleArn ?? "").isEmpty else { return [] }
        return task.volumes.compactMap { volume -> Violation? in
            guard let efs = volume.efs, efs.iam == "ENABLED" else { return nil }
            return .efsIAMWithoutTaskRole(volume, fileSystem: efs.fileSystemId, efs: efs.pointer)
        }
    }
}

extension Violation {
    /// ECS916: EFS IAM authorization in a task without a task role.
    fileprivate static func efsIAMWithoutTaskRole(_ volume: Volume, fileSystem: String?, efs: JSONPointer)
        -> Violation
    {
        Violation(
            "EFS volume \(volume.name.map { "'\($0)'" } ?? "") uses IAM authorization but the task has no taskRoleArn; the mount is refused",
            fix:
                "set taskRoleArn to a role with elasticfilesystem:ClientMount on \(fileSystem ?? "the file system")",
            at: efs / "authorizationConfig" / "iam")
    }
}
