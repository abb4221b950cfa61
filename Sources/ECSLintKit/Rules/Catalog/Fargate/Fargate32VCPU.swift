/// The 32 vCPU Fargate size is newer than the ECS API model ecslint was
/// built from; it is accepted, but worth knowing it may not be available
/// everywhere.
struct Fargate32VCPU: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS205", slug: "fargate-32-vcpu", title: "Fargate 32 vCPU size",
        severity: .info, stage: .practice,
        summary: "cpu 32768 (32 vCPU) is newer than the API model ecslint was built from.",
        rationale: """
            Decision on an unverified fact: cfn-lint and Pulumi (2026) report a Fargate size of 32 \
            vCPU (cpu 32768) with 60, 120 or 244 GB, which the botocore 1.43.11 documentation that \
            ecslint's table comes from does not list. ecslint accepts it (ECS203 does not fail it, \
            so ecslint does not reject a size AWS now offers) and reports this note instead, because \
            a new size may not be available in every Region or partition yet, and may need a \
            current platform version.
            """,
        fix: "Confirm that 32 vCPU Fargate tasks are available in your Region, or use cpu \"16384\" (up to 120 GB).",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size",
            "https://github.com/aws-cloudformation/cfn-lint/issues/4668",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "big",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": ↓"32768",
                  "memory": "122880",
                  "containerDefinitions": [{"name": "app", "image": "my/solver:1"}]
                }
                """,
                expect: [
                    "cpu 32768 (32 vCPU) is a Fargate size newer than the ECS API model ecslint was built from (botocore 1.43.11); it may not be available in every Region"
                ]),
            .good(
                """
                {
                  "family": "big",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "16384",
                  "memory": "122880",
                  "containerDefinitions": [{"name": "app", "image": "my/solver:1"}]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard context.isFargate, let cpu = task.cpuSize?.value, let size = FargateSizes.size(cpu: cpu),
            size.isNewerThanModel
        else { return [] }
        return [.sizeNewerThanModel(cpu: cpu, of: task)]
    }
}

extension Violation {
    /// ECS205: a Fargate cpu newer than the API model (32 vCPU).
    fileprivate static func sizeNewerThanModel(cpu: Int, of task: TaskDefinition) -> Violation {
        Violation(
            "cpu \(FargateSizes.label(cpu: cpu)) is a Fargate size newer than the ECS API model ecslint was built from (botocore 1.43.11); it may not be available in every Region",
            fix: "confirm 32 vCPU Fargate tasks are offered in your Region, or use cpu \"16384\"",
            at: task.pointer / "cpu")
    }
}
