/// An ECR image in another Region than the task (judged by its awslogs
/// Region) is pulled across Regions: slower starts, inter-Region data
/// transfer charges, no VPC endpoint path, and an outage dependency.
struct CrossRegionECRImage: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS709", slug: "cross-region-ecr-image", title: "ECR image in another Region",
        severity: .warning, stage: .practice,
        summary: "A private ECR image should be in the Region the task runs in (the awslogs-region).",
        rationale: """
            ECR pulls work across Regions, but every task start then downloads the image from the \
            other Region: slower launches, inter-Region data transfer charges, and a dependency on \
            that Region's availability. In private subnets that reach ECR through VPC endpoints, \
            the endpoints only serve the local Region, so the pull times out. The task's Region is \
            taken from the first awslogs-region; ECR replication can keep a copy in each Region.
            """,
        fix:
            "Use the repository in the task's Region (enable ECR cross-Region replication if the image is built elsewhere).",
        references: ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"210987654321.dkr.ecr.us-west-2.amazonaws.com/app:1.0", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web",
                       "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web"}}}
                  ]
                }
                """,
                expect: [
                    "container 'app' pulls its image from ECR in us-west-2, but the task logs to eu-west-1; every start pulls across Regions"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.eu-west-1.amazonaws.com/app:1.0", "memory": 512,
                     "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web",
                       "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web"}}}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        guard let logRegion = context.logRegion, AWSRegion.isValid(logRegion) else { return [] }
        return task.containers.compactMap { container -> Violation? in
            guard let reference = container.imageReference else { return nil }
            guard reference.passesECSChecks, let host = reference.ecrHost, host.isRegionKnown, host.problem() == nil,
                host.region != logRegion
            else { return nil }
            return .crossRegionImage(container, from: host.region, logRegion: logRegion)
        }
    }
}

extension Violation {
    /// ECS709: an ECR image in another Region (`region`) than the task's logs (`logRegion`).
    fileprivate static func crossRegionImage(_ container: ContainerDefinition, from region: String, logRegion: String)
        -> Violation
    {
        Violation(
            "container \(container.displayName) pulls its image from ECR in \(region), but the task logs to \(logRegion); every start pulls across Regions",
            fix: "use the repository in \(logRegion) (ECR replication can copy images there)",
            at: container.pointer / "image")
    }
}
