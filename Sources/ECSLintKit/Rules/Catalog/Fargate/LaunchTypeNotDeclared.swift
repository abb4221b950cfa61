/// Without `requiresCompatibilities` ECS validates a definition for EC2
/// only; when the definition is made for Fargate (awsvpc with a task-level
/// size), running it there fails at RunTask or CreateService instead.
/// Definitions that do not look made for Fargate run on EC2 as intended, so
/// the rule is silent for them (most real EC2 files omit the key).
struct LaunchTypeNotDeclared: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS250", slug: "launch-type-not-declared", title: "requiresCompatibilities not set",
        severity: .warning, stage: .practice,
        needs: [.taskLevel],
        summary: "A task definition made for Fargate should declare it with requiresCompatibilities.",
        rationale: """
            When `requiresCompatibilities` is omitted, RegisterTaskDefinition validates the \
            definition for EC2 only. If it is later run on Fargate, missing task size, a non-awsvpc \
            network mode or an unsupported parameter is only found by RunTask or the service \
            deployment (`Task definition does not support launch_type FARGATE.`). Declaring the \
            launch type makes registration check it, and lets ecslint apply the right rules. The \
            warning fires only for definitions that look made for Fargate (networkMode awsvpc and \
            task-level cpu and memory, which Fargate requires), and is silent when `--launch-type` \
            tells ecslint where the task runs; an EC2 definition without the key is what ECS expects.
            """,
        fix:
            "Add \"requiresCompatibilities\": [\"FARGATE\"] (or [\"EC2\"], or both), or run ecslint with --launch-type.",
        awsErrors: ["Task definition does not support launch_type FARGATE."],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#requires_compatibilities"
        ],
        examples: [
            .bad(
                """
                ↓{
                  "family": "web",
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                expect: [
                    "this task definition looks made for Fargate (awsvpc, task-level cpu and memory) but requiresCompatibilities is not set, so ECS validates it for EC2 only"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """,
                caption: "Not made for Fargate (bridge mode, no task size): EC2, as ECS assumes."),
            .good(
                """
                {
                  "family": "web",
                  "requiresCompatibilities": ["EC2"],
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]
                }
                """),
            .good(
                """
                {
                  "family": "web",
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]
                }
                """,
                launchType: .fargate, caption: "The launch type comes from --launch-type."),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        // Without containerDefinitions this is not (yet) a task definition, e.g. a pasted
        // describe-task-definition wrapper; the schema check says so.
        guard !context.launchTypesAreDeclared, task.$containers.isSet else { return [] }
        guard task.declaredNetworkMode == .awsvpc, task.$cpu.isSet, task.$memory.isSet else { return [] }
        // A list of only invalid values, or a non-list, is the schema check's to report.
        guard task.$requiresCompatibilities.isAbsent || task.requiresCompatibilities?.isEmpty == true else { return [] }
        return [.launchTypeNotDeclared(written: task.$requiresCompatibilities.isSet, in: task)]
    }
}

extension Violation {
    /// ECS250: a Fargate-shaped task without launch types (`written` when the list is there but empty).
    fileprivate static func launchTypeNotDeclared(written: Bool, in task: TaskDefinition) -> Violation {
        Violation(
            !written
                ? "this task definition looks made for Fargate (awsvpc, task-level cpu and memory) but requiresCompatibilities is not set, so ECS validates it for EC2 only"
                : "this task definition looks made for Fargate (awsvpc, task-level cpu and memory) but requiresCompatibilities is empty, so ECS validates it for EC2 only",
            fix: "add \"requiresCompatibilities\": [\"FARGATE\"] or [\"EC2\"] for where the task runs",
            at: written ? task.pointer / "requiresCompatibilities" : task.pointer,
            target: written ? .key : .value)
    }
}
