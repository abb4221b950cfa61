/// Task definitions copied from the AWS documentation keep its example
/// account `123456789012`: the roles, secrets and images point at an account
/// that is not the user's. Fillers in the account field (`ACCOUNT_ID`,
/// `xxxxxxxxxxxx`, `${AWS_ACCOUNT_ID}`, `{your-account-id}`) are placeholders
/// of the one placeholder model: the template-placeholders rule (ECS014)
/// lists them, whatever their spelling, and this rule stays silent on them.
struct PlaceholderAccountID: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS603", slug: "placeholder-account-id", title: "Example account ID",
        severity: .warning, stage: .practice,
        needs: [.taskContext],
        summary:
            "Role and secret ARNs and ECR image hosts must not use the documentation's example account ID.",
        rationale: """
            `123456789012` is the example account of the AWS documentation (and of moto); no real \
            account has it. Registered as is, ECS answers "Role is not valid" for roles, and \
            secrets and ECR pulls fail when tasks start. The example account is reported once per \
            task definition, with the other places as notes. Fillers in the account field \
            (`ACCOUNT_ID`, `xxxxxxxxxxxx`, `${AWS_ACCOUNT_ID}`) are placeholders: \
            template-placeholders (ECS014) lists them once, with one severity whatever the spelling.
            """,
        fix: "Replace the example account with your 12-digit account ID.",
        awsErrors: ["Role is not valid"],
        references: ["https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": ↓"arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "taskRoleArn": "arn:aws:iam::123456789012:role/app",
                  "containerDefinitions": [
                    {"name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "memory": 512}
                  ]
                }
                """,
                expect: [
                    "executionRoleArn uses account 123456789012, an example account ID from the AWS documentation (and 2 more places); replace it with your 12-digit account ID"
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "memory": 512}
                  ]
                }
                """),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::ACCOUNTID_PLACEHOLDER:role/ecsTaskExecutionRole",
                  "taskRoleArn": "arn:aws:iam::XXXXXXXXXXXX:role/app",
                  "containerDefinitions": [
                    {"name": "app", "image": "${AWS_ACCOUNT_ID}.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "memory": 512}
                  ]
                }
                """,
                caption: "Placeholder accounts, in any spelling, are listed once by template-placeholders (ECS014)."),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var examples: [(label: String, pointer: JSONPointer, account: String)] = []
        func inspect(_ label: String, _ value: String?, _ pointer: JSONPointer) {
            guard let value, let account = Self.exampleAccount(ofARN: value) else { return }
            examples.append((label, pointer, account))
        }
        inspect("executionRoleArn", task.executionRoleArn, task.pointer / "executionRoleArn")
        inspect("taskRoleArn", task.taskRoleArn, task.pointer / "taskRoleArn")
        for container in task.containers {
            if let image = container.imageReference, let account = Self.exampleAccount(ofImage: image) {
                examples.append(("image of container \(container.displayName)", container.pointer / "image", account))
            }
            inspect(
                "repositoryCredentials of container \(container.displayName)", container.repositoryCredentialsParameter,
                container.pointer / "repositoryCredentials" / "credentialsParameter")
            for secret in container.secrets + (container.logConfiguration?.secretOptions ?? []) {
                inspect(
                    "secret \(secret.name.map { "'\($0)'" } ?? "") of container \(container.displayName)",
                    secret.valueFrom,
                    secret.pointer / "valueFrom")
            }
        }
        guard let first = examples.first else { return [] }
        return [.exampleAccounts(first, examples)]
    }

    /// The example account of an ARN-valued field, if it has one.
    private static func exampleAccount(ofARN value: String) -> String? {
        guard let arn = ARN(value), AccountID.kind(arn.account) == .example else { return nil }
        return String(arn.account)
    }

    /// The example account of an ECR image host, if it has one.
    private static func exampleAccount(ofImage image: ImageReference) -> String? {
        guard image.firstInvalidECSCharacter == nil, let host = image.ecrHost,
            AccountID.kind(host.account) == .example
        else { return nil }
        return host.account
    }
}

extension Violation {
    /// ECS603: example account IDs from the AWS documentation, reported at the `first` of `examples`.
    fileprivate static func exampleAccounts(
        _ first: (label: String, pointer: JSONPointer, account: String),
        _ examples: [(label: String, pointer: JSONPointer, account: String)]
    ) -> Violation {
        let notes = examples.dropFirst().map {
            FindingNote("\($0.label) also uses example account \($0.account)", at: $0.pointer)
        }
        let others =
            examples.count > 1 ? " (and \(examples.count - 1) more place\(examples.count == 2 ? "" : "s"))" : ""
        return Violation(
            "\(first.label) uses account \(first.account), an example account ID from the AWS documentation\(others); replace it with your 12-digit account ID",
            fix: "replace \(first.account) with your account ID", at: first.pointer, notes: notes)
    }
}
