/// A task runs in one partition: an `arn:aws-cn:` role with an `arn:aws:`
/// secret, or a China ECR host with a commercial log region, means part of the
/// definition was copied from another environment and cannot work there.
struct MixedPartitions: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS604", slug: "mixed-partitions", title: "Roles, secrets, images and logs in different partitions",
        severity: .warning, stage: .practice,
        needs: [.taskContext],
        summary:
            "Role, secret and environment-file ARNs, ECR image hosts and awslogs regions should all be in the same AWS partition.",
        rationale: """
            Partitions (aws, aws-cn, aws-us-gov, the ISO partitions, aws-eusc) are separate \
            clouds: IAM roles, secrets and ECR repositories of one are invisible in another. A task \
            definition that mixes them was usually copied between environments and fails when tasks \
            start (or at registration, for roles). The ECR host `.amazonaws.com.cn` and regions \
            `cn-*` are aws-cn, `us-gov-*` is aws-us-gov. Reported as a warning at each value outside \
            the partition most values use.
            """,
        fix: "Use the ARNs, registry hosts and regions of the partition the task runs in.",
        references: ["https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws-cn:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/app:1.0", "memory": 512,
                     "secrets": [{"name": "DB_PASSWORD",
                                  "valueFrom": ↓"arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbC123"}]}
                  ]
                }
                """,
                expect: [
                    "secret 'DB_PASSWORD' of container 'app' is in partition aws, but executionRoleArn and 1 other value are in aws-cn; a task cannot use resources of two partitions"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws-cn:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/app:1.0", "memory": 512,
                     "secrets": [{"name": "DB_PASSWORD",
                                  "valueFrom": "arn:aws-cn:secretsmanager:cn-north-1:210987654321:secret:db-AbC123"}]}
                  ]
                }
                """),
        ]
    )

    fileprivate struct Item {
        let label: String
        let pointer: JSONPointer
        let partition: AWSPartition
    }

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        let items = Self.items(of: task)
        guard items.count > 1 else { return [] }
        var counts: [AWSPartition: Int] = [:]
        for item in items { counts[item.partition, default: 0] += 1 }
        guard counts.count > 1 else { return [] }
        let best = counts.values.max() ?? 0
        guard let reference = items.first(where: { counts[$0.partition] == best }) else { return [] }
        return items.filter { $0.partition != reference.partition }.map { item in
            .otherPartition(item, than: reference, sharedBy: Self.describe(reference.label, others: best - 1))
        }
    }

    /// "executionRoleArn is", "executionRoleArn and 2 other values are".
    private static func describe(_ label: String, others: Int) -> String {
        switch others {
        case 0: "\(label) is"
        case 1: "\(label) and 1 other value are"
        default: "\(label) and \(others) other values are"
        }
    }

    private static func items(of task: TaskDefinition) -> [Item] {
        var items: [Item] = []
        func add(_ label: String, _ pointer: JSONPointer, _ partition: AWSPartition?) {
            if let partition { items.append(Item(label: label, pointer: pointer, partition: partition)) }
        }
        add(
            "executionRoleArn", task.pointer / "executionRoleArn",
            task.executionRoleReading?.partition)
        add("taskRoleArn", task.pointer / "taskRoleArn", task.taskRoleReading?.partition)
        for container in task.containers {
            let name = container.displayName
            if let reference = container.imageReference {
                if reference.passesECSChecks, let host = reference.ecrHost, host.problem() == nil {
                    add("the image of container \(name)", container.pointer / "image", host.partition)
                }
            }
            if let credentials = container.repositoryCredentialsParameter, let arn = ARN(credentials),
                arn.service == "secretsmanager"
            {
                add(
                    "the repositoryCredentials of container \(name)",
                    container.pointer / "repositoryCredentials" / "credentialsParameter", arn.partition)
            }
            for secret in container.secrets + (container.logConfiguration?.secretOptions ?? []) {
                guard let valueFrom = secret.valueFrom else { continue }
                add(
                    "secret \(secret.name.map { "'\($0)'" } ?? "") of container \(name)", secret.pointer / "valueFrom",
                    SecretReference.partition(of: valueFrom))
            }
            for file in container.environmentFiles {
                guard let value = file.value, let arn = ARN(value), arn.service == "s3" else { continue }
                add("an environment file of container \(name)", file.pointer / "value", arn.partition)
            }
            if let log = container.logConfiguration, log.logDriver == "awslogs",
                let region = log.options["awslogs-region"]
            {
                add(
                    "the awslogs-region of container \(name)", log.optionPointer("awslogs-region"),
                    AWSRegion.partition(of: region))
            }
        }
        return items
    }
}

extension Violation {
    /// ECS604: a value in another partition than the `reference` value (`majority`: it and the others like it).
    fileprivate static func otherPartition(
        _ item: MixedPartitions.Item, than reference: MixedPartitions.Item, sharedBy majority: String
    ) -> Violation {
        Violation(
            "\(item.label) is in partition \(item.partition.rawValue), but \(majority) in \(reference.partition.rawValue); a task cannot use resources of two partitions",
            fix: "use the \(reference.partition.rawValue) value (or move the others to \(item.partition.rawValue))",
            at: item.pointer,
            notes: [FindingNote("\(reference.label) is in \(reference.partition.rawValue)", at: reference.pointer)])
    }
}
