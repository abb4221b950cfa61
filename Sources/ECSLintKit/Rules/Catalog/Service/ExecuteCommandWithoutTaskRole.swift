/// ECS Exec runs the SSM agent in the task, which needs a task role with
/// the SSM messages permissions.
struct ExecuteCommandWithoutTaskRole: ServiceRule {
    static let descriptor = RuleDescriptor(
        code: "ECS171", slug: "execute-command-without-task-role", title: "ECS Exec without a task role",
        severity: .error, stage: .launch,
        summary: "enableExecuteCommand is true, but the task definition has no taskRoleArn.",
        rationale: """
            With ECS Exec the SSM agent in each task opens a channel to Systems Manager using the task role \
            (`ssmmessages:CreateControlChannel` and the three others). Without a task role the service starts, \
            but every `aws ecs execute-command` fails; the agent's error text varies and is not quoted \
            [unverified]. The check needs the task definition.
            """,
        fix: "Add a taskRoleArn whose role allows the ssmmessages actions, or remove enableExecuteCommand.",
        references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html"],
        examples: [
            .service(
                .bad,
                """
                {"serviceName": "web", "taskDefinition": "web", "launchType": "EC2", "enableExecuteCommand": ↓true}
                """, taskDefinition: ServiceExamples.bridgeTask,
                expect: ["enableExecuteCommand is true, but the task definition has no taskRoleArn for the SSM agent"]),
            .service(
                .good,
                """
                {"serviceName": "web", "taskDefinition": "web", "enableExecuteCommand": true,
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}}}
                """, taskDefinition: ServiceExamples.fargateTask),
        ]
    )

    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation] {
        guard service.enableExecuteCommand == true, let task, task.$taskRoleArn.isUnset else { return [] }
        return [.executeCommandWithoutTaskRole(at: service.pointer, in: task)]
    }
}

extension Violation {
    /// ECS171: enableExecuteCommand for a task definition without a task role.
    fileprivate static func executeCommandWithoutTaskRole(at request: JSONPointer, in task: TaskDefinition)
        -> Violation
    {
        Violation(
            "enableExecuteCommand is true, but the task definition has no taskRoleArn for the SSM agent",
            at: request / "enableExecuteCommand",
            notes: [.inTaskDefinition("the task definition", at: task.pointer)])
    }
}
