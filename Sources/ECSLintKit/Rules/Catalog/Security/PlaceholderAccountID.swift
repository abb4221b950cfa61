/// Task definitions copied from the AWS documentation keep its example
/// account `123456789012`, and hand-made templates keep fillers such as
/// `ACCOUNT_ID` or `xxxxxxxxxxxx`; either way the roles, secrets and images
/// point at an account that is not the user's.
struct PlaceholderAccountID: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS603", slug: "placeholder-account-id", title: "Example account ID or unfilled placeholder",
        severity: .warning, stage: .practice,
        summary:
            "Role and secret ARNs and ECR image hosts must not use the documentation's example account ID or a filler such as ACCOUNT_ID.",
        rationale: """
            `123456789012` is the example account of the AWS documentation (and of moto); no real \
            account has it. Fillers like `ACCOUNT_ID`, `AWS_ACCOUNT` or `xxxxxxxxxxxx` in the account \
            field are meant to be replaced before registering. Registered as is, ECS answers "Role \
            is not valid" for roles, and secrets and ECR pulls fail when tasks start. This is a \
            warning, not an error, because the file may be a template that a pipeline fills in \
            (template syntax such as `${AWS_ACCOUNT_ID}` is listed by template-placeholders \
            instead); the example account is reported once per task definition, with the other \
            places as notes.
            """,
        fix:
            "Replace the example account or filler with your 12-digit account ID (or run the template substitution first).",
        awsErrors: ["Role is not valid"],
        references: ["https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html"],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": ↓"arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "taskRoleArn": ↓"arn:aws:iam::ACCOUNT_ID:role/app",
                  "containerDefinitions": [
                    {"name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "memory": 512}
                  ]
                }
                """),
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
        ]
    )

    private enum Kind {
        case example(String)
        case placeholder(String)
    }

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var found: [(label: String, value: String, pointer: JSONPointer, kind: Kind)] = []
        func inspect(_ label: String, _ value: String?, _ pointer: JSONPointer) {
            guard let value, let kind = Self.kind(ofARN: value) else { return }
            found.append((label, value, pointer, kind))
        }
        inspect("executionRoleArn", task.executionRoleArn, task.pointer / "executionRoleArn")
        inspect("taskRoleArn", task.taskRoleArn, task.pointer / "taskRoleArn")
        for container in task.containers {
            if let image = container.imageReference, let kind = Self.kind(ofImage: image) {
                found.append(
                    ("image of container \(container.displayName)", image.text, container.pointer / "image", kind))
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
        var violations: [Violation] = []
        var examples: [(label: String, pointer: JSONPointer, account: String)] = []
        for item in found {
            switch item.kind {
            case .placeholder(let placeholder):
                violations.append(
                    Violation(
                        "\(item.label) '\(item.value)' has the placeholder '\(placeholder)' as its account; replace it with the 12-digit account ID before registering, or ECS rejects roles with \"Role is not valid\" and tasks fail to fetch secrets and images",
                        fix: "replace '\(placeholder)' with your account ID", at: item.pointer))
            case .example(let account):
                examples.append((item.label, item.pointer, account))
            }
        }
        if let first = examples.first {
            let notes = examples.dropFirst().map {
                FindingNote("\($0.label) also uses example account \($0.account)", at: $0.pointer)
            }
            let others =
                examples.count > 1 ? " (and \(examples.count - 1) more place\(examples.count == 2 ? "" : "s"))" : ""
            violations.append(
                Violation(
                    "\(first.label) uses account \(first.account), an example account ID from the AWS documentation\(others); replace it with your 12-digit account ID",
                    fix: "replace \(first.account) with your account ID", at: first.pointer, notes: notes))
        }
        return violations
    }

    /// Whether an ARN-valued field holds a placeholder or an example account.
    private static func kind(ofARN value: String) -> Kind? {
        guard let arn = ARN(value) else { return nil }
        switch AccountID.kind(arn.account) {
        case .example: return .example(String(arn.account))
        case .placeholder: return .placeholder(String(arn.account))
        case .valid, .invalid: return nil
        }
    }

    /// Whether an ECR image host's account is a placeholder or an example
    /// (template syntax in an image is the invalid-characters rule's).
    private static func kind(ofImage image: ImageReference) -> Kind? {
        guard image.firstInvalidECSCharacter == nil, let host = image.ecrHost else { return nil }
        switch AccountID.kind(host.account) {
        case .example: return .example(host.account)
        case .placeholder: return .placeholder(host.account)
        case .valid, .invalid: return nil
        }
    }
}
