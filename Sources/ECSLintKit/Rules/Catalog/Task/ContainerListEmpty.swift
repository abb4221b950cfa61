/// `containerDefinitions: []` passes the AWS CLI (the model sets no minimum)
/// but ECS rejects a task definition without containers.
struct ContainerListEmpty: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS103", slug: "container-list-empty", title: "containerDefinitions is empty",
        severity: .error, stage: .register,
        summary: "A task definition needs at least one container definition.",
        rationale: """
            A task runs containers; RegisterTaskDefinition rejects an empty `containerDefinitions` \
            list. The AWS CLI does not check list lengths here, so the request is sent and fails. \
            Generated definitions whose container list was filtered to nothing are the usual cause.
            """,
        fix: "Add at least one container definition with a name and an image.",
        awsErrors: ["Container list cannot be empty."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definitions"
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": ↓[]
                }
                """,
                expect: [
                    "containerDefinitions is empty; a task definition needs at least one container (AWS: \"Container list cannot be empty.\")"
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

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard task.$containers.presence == .value, task.containers.isEmpty else { return [] }
        return [.emptyContainerList(task)]
    }
}

extension Violation {
    /// ECS103: an empty containerDefinitions.
    fileprivate static func emptyContainerList(_ task: TaskDefinition) -> Violation {
        Violation(
            "containerDefinitions is empty; a task definition needs at least one container", aws: .documented,
            fix: "add a container definition such as {\"name\": \"app\", \"image\": \"…\", \"essential\": true}",
            at: task.pointer / "containerDefinitions")
    }
}
