/// `describe-task-definition` output committed as a task definition: the
/// members ECS adds when it registers one (`taskDefinitionArn`, `revision`,
/// `status`, …) sit beside `containerDefinitions`.
///
/// Reported once for all of them, at the first, with the others as notes.
/// The severity follows the `consumer` setting: with `aws-cli` (the default)
/// it is an error, because the AWS CLI rejects the file as it is; with
/// `deploy-action` it is a warning, because the "Deploy to Amazon ECS"
/// GitHub action strips these members before registering, so the file works
/// where it is used. `deleteRequestedAt` is the exception: the action does
/// not strip it, so its presence is an error for both.
struct ReadOnlyDescribeFields: RuleDescribing {
    static let descriptor = RuleDescriptor(
        code: "ECS012", slug: "read-only-describe-fields", title: "Read-only describe-task-definition fields",
        severity: .error, stage: .cli,
        summary: "The task definition carries members that only describe-task-definition returns.",
        rationale: """
            `taskDefinitionArn`, `revision`, `status`, `requiresAttributes`, `compatibilities`, \
            `registeredAt`, `registeredBy`, `deregisteredAt` and `deleteRequestedAt` are output of \
            DescribeTaskDefinition, not input of RegisterTaskDefinition: the AWS CLI rejects each \
            as an unknown parameter. The "Deploy to Amazon ECS" GitHub action \
            (aws-actions/amazon-ecs-deploy-task-definition) removes all of them except \
            `deleteRequestedAt` before registering, and about a fifth of real task definition files \
            are describe output committed for it. So the setting `consumer` decides: with \
            `aws-cli` (the default) this is an error, with `deploy-action` a warning (an error \
            when `deleteRequestedAt` is present); it is reported once for all the fields. Every \
            other rule checks the definition as usual.
            """,
        fix:
            "Remove the read-only fields (`ecslint render FILE -o FILE` does), unless only the deploy action reads the file.",
        awsErrors: [
            "Parameter validation failed: Unknown parameter in input: \"taskDefinitionArn\", must be one of: family, taskRoleArn, executionRoleArn, networkMode, containerDefinitions, volumes, placementConstraints, requiresCompatibilities, cpu, memory, tags, pidMode, ipcMode, proxyConfiguration, inferenceAccelerators, ephemeralStorage, runtimePlatform, enableFaultInjection"
        ],
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTaskDefinition.html",
            "https://github.com/aws-actions/amazon-ecs-deploy-task-definition",
        ],
        fixes: [.safe("Removes the read-only members (in YAML, the lines holding them).")],
        examples: [
            .bad(
                """
                {
                  ↓"taskDefinitionArn": "arn:aws:ecs:us-east-1:210987654321:task-definition/web:3",
                  "family": "web",
                  "revision": 3,
                  "status": "ACTIVE",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]
                }
                """, caption: "Committed describe-task-definition output.",
                fixed: """
                    {
                      "family": "web",
                      "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]
                    }
                    """,
                expect: [
                    "describe-task-definition output: \"taskDefinitionArn\", \"revision\", \"status\" are read-only fields that the AWS CLI rejects (Unknown parameter in input) (consumer: aws-cli)"
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

    /// The read-only member the deploy action does not strip.
    static let notStrippedByDeployAction = "deleteRequestedAt"

    /// The fix removing the read-only members at `pointers` (document pointers).
    static func removal(of pointers: [JSONPointer]) -> ProposedFix {
        ProposedFix("remove the read-only fields", .safe, .remove(pointers))
    }

    /// The finding for the read-only members of a task definition, given as
    /// document pointers and key ranges, in document order.
    static func finding(
        for fields: [(pointer: JSONPointer, keyRange: SourceRange)], document: Int, consumer: Consumer
    ) -> Finding? {
        guard let first = fields.first else { return nil }
        return Finding(
            descriptor: descriptor, violation: .readOnlyFields(fields, consumer: consumer), document: document,
            range: first.keyRange)
    }
}

extension Violation {
    /// ECS012: describe-task-definition's read-only fields (never empty), as the `consumer` treats them.
    fileprivate static func readOnlyFields(
        _ fields: [(pointer: JSONPointer, keyRange: SourceRange)], consumer: Consumer
    ) -> Violation {
        let notStrippedByDeployAction = ReadOnlyDescribeFields.notStrippedByDeployAction
        let first = fields[0]
        let names = fields.compactMap(\.pointer.lastToken)
        let listed = names.map { "\"\($0)\"" }.joined(separator: ", ")
        let notStripped = names.contains(notStrippedByDeployAction)
        var message =
            "describe-task-definition output: \(listed) \(names.count == 1 ? "is a read-only field" : "are read-only fields")"
            + " that the AWS CLI rejects (Unknown parameter in input)"
        message += consumer == .awsCLI ? " (" : "; "
        let severity: Severity
        switch consumer {
        case .awsCLI:
            severity = .error
            message += "\(consumer.settingText)"
        case .deployAction:
            severity = notStripped ? .error : .warning
            message +=
                notStripped
                ? "the Deploy to Amazon ECS action strips the others but not \"\(notStrippedByDeployAction)\" (\(consumer.settingText))"
                : "the Deploy to Amazon ECS action strips \(names.count == 1 ? "it" : "them") before registering (\(consumer.settingText))"
        }
        if consumer == .awsCLI { message += ")" }
        return Violation(
            message,
            fix: "remove \(names.count == 1 ? "it" : "them") (ecslint render FILE -o FILE writes the file without them)"
                + (consumer == .awsCLI
                    ? "; if only the Deploy to Amazon ECS action reads this file, set consumer: deploy-action" : ""),
            at: first.pointer, target: .key,
            notes: fields.dropFirst().map {
                FindingNote(
                    "read-only field \"\($0.pointer.lastToken ?? "")\"", at: $0.pointer, target: .key,
                    range: $0.keyRange)
            },
            severity: severity)
    }
}
