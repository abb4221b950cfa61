/// The file is an array of container definitions, as Terraform's
/// `aws_ecs_task_definition.container_definitions` takes, not a whole task
/// definition.
///
/// The container-level rules run on it. Rules that need the task around the
/// containers (its network mode, size, volumes, execution role, launch type)
/// are skipped, except that `--launch-type FARGATE` implies networkMode
/// awsvpc, so the Fargate and awsvpc container rules run then. This info
/// finding says which were skipped.
struct ContainerDefinitionsArray: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS015", slug: "container-definitions-array", title: "Container definitions array",
        severity: .info, stage: .practice,
        summary: "The document is a list of container definitions; rules that need the task around them are skipped.",
        rationale: """
            About one in eight real task definition files is a Terraform `container_definitions` \
            array: the task's family, network mode, cpu, memory, volumes and roles live in the \
            Terraform resource instead. Checking the containers as if the task were empty would \
            report missing memory, unknown volumes and missing execution roles that the resource \
            provides. Pass `--launch-type FARGATE` (or set it in the configuration) to run the Fargate \
            container rules.
            """,
        fix: "Nothing to fix; lint the whole task definition to run the task-level rules.",
        references: [
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition"
        ],
        enabledByDefault: false,
        examples: [
            .bad(
                """
                ↓[
                  {"name": "app", "image": "nginx:1.27", "essential": true}
                ]
                """, caption: "A Terraform container_definitions file.",
                expect: [
                    "1 container definition without a task (as Terraform's container_definitions): container rules ran; 34 rules that need the task's network mode, size, volumes or roles were skipped"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]
                }
                """),
        ]
    )

    /// The finding for a container array at `range`.
    static func finding(range: SourceRange, count: Int, skipped: [String], document: Int) -> Finding {
        Finding(
            descriptor: descriptor, violation: .containerList(count, skipped: skipped), document: document, range: range
        )
    }
}

extension Violation {
    /// ECS015: a list of `count` containers without a task, and how many rules were `skipped`.
    fileprivate static func containerList(_ count: Int, skipped: [String]) -> Violation {
        let containers = count == 1 ? "1 container definition" : "\(count) container definitions"
        return Violation(
            "\(containers) without a task (as Terraform's container_definitions): container rules ran; "
                + "\(skipped.count) rules that need the task's network mode, size, volumes or roles were skipped",
            at: .root)
    }
}
