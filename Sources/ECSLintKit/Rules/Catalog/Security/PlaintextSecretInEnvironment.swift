/// Secrets in `environment` are stored in the task definition in plain text:
/// anyone with `ecs:DescribeTaskDefinition` (and every revision kept forever)
/// can read them. ECS has `secrets` for exactly this.
struct PlaintextSecretInEnvironment: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS615", slug: "plaintext-secret-in-environment", title: "Literal secret in environment",
        severity: .warning, stage: .practice,
        summary:
            "environment values should not hold passwords, tokens, API keys or AWS credentials; use secrets instead.",
        rationale: """
            The AWS API reference: "We don't recommend that you use plaintext environment \
            variables for sensitive information". Task definition revisions cannot be edited or \
            truly deleted, and they show up in the console, in DescribeTaskDefinition output and in \
            CI logs. Flagged: variables named like PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, \
            PRIVATE_KEY, ACCESS_KEY, CREDENTIALS (but not *_FILE, *_ARN, *_URL, *_NAME, *_ID and \
            similar, or a setting about the secret such as PASSWORD_HASH_ALGO), values that look like \
            AWS access key IDs (AKIA…, ASIA…), access-key-ID names (AWS_ACCESS_KEY_ID, ACCESS_KEY_ID) \
            with a key-shaped value (16 to 128 upper-case letters and digits), 40-character \
            secret access keys, URLs with a password (`postgres://user:pass@host`), and token \
            shapes under any name (GitHub `ghp_…`, Slack `xoxb-…` and webhooks, JWTs, PEM private \
            keys, Stripe, Google, npm, GitLab and SendGrid keys; see docs/secrets.md). References \
            (ARNs, paths, `${VAR}` placeholders), booleans and numbers are ignored. The value is \
            masked in the report.
            """,
        fix:
            "Store the value in Secrets Manager or SSM Parameter Store and reference it under secrets (name + valueFrom); rotate the exposed credential.",
        references: [
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
            "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environment": [
                       {"name": "DB_PASSWORD", "value": ↓"hunter2-prod-2024"},
                       {"name": "AWS_ACCESS_KEY_ID", "value": ↓"AKIAZ7EXAMPLE4QWERTY"},
                       {"name": "DATABASE_URL", "value": ↓"postgres://app:s3cr3tpw@db.internal:5432/app"},
                       {"name": "AWS_ACCESS_KEY_ID", "value": ↓"Z4QF7KD2MWX9PLRT3HVN"}
                     ]}
                  ]
                }
                """,
                expect: [
                    "environment variable 'DB_PASSWORD' of container 'app' holds a literal secret in plain text (hunt*************); anyone who can describe the task definition can read it",
                    "environment variable 'AWS_ACCESS_KEY_ID' of container 'app' holds what looks like an AWS access key ID in plain text (AKIA****************); anyone who can describe the task definition can read it",
                    "environment variable 'DATABASE_URL' of container 'app' holds a URL with a password in plain text (post****************************************); anyone who can describe the task definition can read it",
                    "environment variable 'AWS_ACCESS_KEY_ID' of container 'app' holds what looks like an AWS access key ID in plain text (Z4QF****************); anyone who can describe the task definition can read it",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "nginx:1.27", "memory": 512,
                     "environment": [
                       {"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db"},
                       {"name": "TOKEN_TTL", "value": "3600"},
                       {"name": "DATABASE_URL", "value": "postgres://db.internal:5432/app"},
                       {"name": "PASSWORD_HASH_ALGO", "value": "argon2id"},
                       {"name": "AWS_ACCESS_KEY_ID", "value": "{aws_access_key_id}"}
                     ],
                     "secrets": [{"name": "DB_PASSWORD", "valueFrom": "/prod/db/password"}]}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for container in task.containers {
            for entry in container.environment {
                guard let name = entry.name, let value = entry.value, let reason = Self.reason(name: name, value: value)
                else { continue }
                violations.append(.plaintextSecret(name, value, reason: reason, of: container, at: entry.pointer))
            }
        }
        return violations
    }

    /// Why a variable holds a secret, or nil.
    static func reason(name: String, value: String) -> String? {
        if isAccessKeyID(value) { return "holds what looks like an AWS access key ID" }
        if nameIsAccessKeyID(name), looksLikeKeyID(value) { return "holds what looks like an AWS access key ID" }
        if urlHasPassword(value) { return "holds a URL with a password" }
        if let kind = SecretShape.kind(ofWholeValue: value) {
            let article = kind.first.map { "AEIOU".contains($0) } == true ? "an" : "a"
            return "holds what looks like \(article) \(kind)"
        }
        if isReference(value) { return nil }
        if looksLikeSecretAccessKey(value) { return "holds what looks like an AWS secret access key" }
        if nameIsSensitive(name) { return "holds a literal secret" }
        return nil
    }

    /// `AKIA`/`ASIA`/… followed by 16 upper-case letters or digits.
    static func isAccessKeyID(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count == 20 else { return false }
        let prefix = String(decoding: bytes[0..<4], as: UTF8.self)
        return ["AKIA", "ASIA", "ABIA", "ACCA"].contains(prefix)
            && bytes[4...].allSatisfy { ASCIIClass.isUpper($0) || ASCIIClass.isDigit($0) }
    }

    /// Whether a name is an access key ID's (`AWS_ACCESS_KEY_ID`, `ACCESS_KEY_ID`, `AWS_ACCESS_KEY`).
    static func nameIsAccessKeyID(_ name: String) -> Bool {
        let joined = SecretName.tokens(name).joined(separator: "_")
        return joined.hasSuffix("ACCESS_KEY_ID") || joined == "AWS_ACCESS_KEY" || joined.hasSuffix("ACCESSKEYID")
    }

    /// 16 to 128 upper-case letters and digits with both kinds (the shape of
    /// an access key ID, whatever its prefix).
    static func looksLikeKeyID(_ value: String) -> Bool {
        let bytes = value.utf8
        return (16...128).contains(bytes.count)
            && bytes.allSatisfy { ASCIIClass.isUpper($0) || ASCIIClass.isDigit($0) }
            && bytes.contains(where: ASCIIClass.isDigit) && bytes.contains(where: ASCIIClass.isUpper)
    }

    /// 40 characters of base64 with upper, lower and digits (not a hex hash).
    static func looksLikeSecretAccessKey(_ value: String) -> Bool {
        let bytes = value.utf8
        guard bytes.count == 40, bytes.allSatisfy({ ASCIIClass.isAlphanumeric($0) || $0 == 0x2F || $0 == 0x2B }) else {
            return false
        }
        return bytes.contains(where: ASCIIClass.isUpper) && bytes.contains(where: ASCIIClass.isLower)
            && bytes.contains(where: ASCIIClass.isDigit)
    }

    /// `scheme://user:password@host` with a non-placeholder password.
    static func urlHasPassword(_ value: String) -> Bool {
        guard let scheme = value.firstRange(of: "://") else { return false }
        let rest = value[scheme.upperBound...]
        let authority = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else {
            return false
        }
        let password = authority[authority.index(after: colon)..<at]
        return !password.isEmpty && !Placeholder.contains(String(password)) && password != "*****"
            && !password.allSatisfy({ $0 == "*" })
    }

    /// Values that are not secrets themselves: references, flags, numbers, URLs.
    static func isReference(_ value: String) -> Bool {
        let lower = value.lowercased()
        return SecretValue.isReference(value) || Placeholder.contains(value) || lower.hasPrefix("http://")
            || lower.hasPrefix("https://")
    }

    /// Whether a variable name says it holds a secret (``SecretName``).
    static func nameIsSensitive(_ name: String) -> Bool {
        SecretName.isSensitive(name)
    }
}

extension Violation {
    /// ECS615: a secret in a plain environment variable (`reason` says why it looks like one); masked.
    fileprivate static func plaintextSecret(
        _ name: String, _ value: String, reason: String, of container: ContainerDefinition, at entry: JSONPointer
    ) -> Violation {
        Violation(
            "environment variable '\(name)' of container \(container.displayName) \(reason) in plain text (\(Secrets.masked(value))); anyone who can describe the task definition can read it",
            fix:
                "move \(name) to secrets with a valueFrom in Secrets Manager or SSM Parameter Store, and rotate the credential",
            at: entry / "value", isSensitive: true)
    }
}
