import Testing

@testable import ECSLintKit

/// Security tests: environment variables and plaintext secrets.
extension SecurityTests {
    // MARK: Environment

    @Test func duplicatesAcrossEnvironmentAndSecrets() {
        let json = Self.task(
            #""environment": [{"name": "A", "value": "1"}, {"name": "A", "value": "2"}, {"name": "B", "value": "x"}], "secrets": [{"name": "B", "valueFrom": "/b"}, {"name": "C", "valueFrom": "/c"}, {"name": "C", "valueFrom": "/d"}]"#
        )
        let found = Self.findings(DuplicateEnvironmentVariable.code, json)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.notes.count == 1 && $0.severity == .warning })
        #expect(
            found.contains {
                $0.message.contains("'B'") && $0.message.contains("defined in secrets and again in environment")
            })
    }

    @Test func sameVariableInTwoContainersIsFine() {
        let json = """
            {"family": "t", "containerDefinitions": [
              {"name": "a", "image": "nginx:1.27", "memory": 64, "environment": [{"name": "X", "value": "1"}]},
              {"name": "b", "image": "nginx:1.27", "memory": 64, "environment": [{"name": "X", "value": "2"}]}]}
            """
        #expect(Self.findings(DuplicateEnvironmentVariable.code, json).isEmpty)
    }

    @Test(arguments: [
        ("A=B", Severity.warning), ("", .warning), ("LOG LEVEL", .warning), ("ÜBER", .warning),
        ("spring.profiles.active", .info), ("my-var", .info), ("2FA_CODE", .info),
    ])
    func variableNames(_ name: String, _ severity: Severity) {
        let json = Self.task("\"environment\": [{\"name\": \"\(name)\", \"value\": \"v\"}]")
        let found = Self.findings(EnvironmentVariableName.code, json)
        #expect(found.count == 1, "\(name)")
        #expect(found.first?.severity == severity)
    }

    @Test(arguments: ["PATH", "_x", "a1", "JAVA_TOOL_OPTIONS"])
    func posixNamesAreFine(_ name: String) {
        #expect(
            Self.findings(
                EnvironmentVariableName.code, Self.task("\"environment\": [{\"name\": \"\(name)\", \"value\": \"v\"}]")
            ).isEmpty)
    }

    @Test func entriesWithoutValueOrName() {
        let json = Self.task(#""environment": [{"name": "A"}, {"value": "x"}, {"name": "B", "value": ""}]"#)
        let found = Self.findings(IncompleteEnvironmentEntry.code, json)
        #expect(found.count == 2)
        #expect(found.contains { $0.message.contains("'A'") && $0.message.contains("no value") })
        #expect(found.contains { $0.message.contains("has no name") })
        #expect(found.allSatisfy { $0.range.start.line == 2 })
    }

    @Test func environmentFilesLimitAndFormat() {
        let files = (0...10).map { #"{"value": "arn:aws:s3:::bucket/f\#($0).env", "type": "s3"}"# }.joined(
            separator: ",")
        let tooMany = Self.findings(InvalidEnvironmentFiles.code, Self.task("\"environmentFiles\": [\(files)]"))
        #expect(tooMany.count == 1)
        #expect(tooMany.first?.stage == .register)
        #expect(tooMany.first?.message.contains("11 environmentFiles") == true)
    }

    @Test(arguments: [
        ("s3://bucket/app.env", "s3:// URL", true),
        ("arn:aws:s3:::bucket", "no object key", true),
        ("arn:aws:s3:us-east-1:210987654321:bucket/app.env", "region or account", true),
        ("arn:aws:s3:::Bucket_Name/app.env", "bucket name", true),
        ("https://bucket.s3.amazonaws.com/app.env", "not an S3 object ARN", true),
        ("arn:aws:s3:::bucket/app.txt", ".env", false),
    ])
    func malformedEnvironmentFiles(_ value: String, _ expected: String, _ isError: Bool) {
        let json = Self.task("\"environmentFiles\": [{\"value\": \"\(value)\", \"type\": \"s3\"}]")
        let found = Self.findings(InvalidEnvironmentFiles.code, json)
        #expect(found.count == 1, "\(value)")
        #expect(found.first?.message.contains(expected) == true, "\(found.first?.message ?? "")")
        #expect(found.first?.severity == (isError ? .error : .warning))
    }

    // MARK: Plaintext secrets

    @Test(arguments: [
        ("DB_PASSWORD", "correct-horse-battery"), ("dbPassword", "correct-horse-battery"),
        ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), ("GITHUB_TOKEN", "ghp_abcdefghijklmnop"),
        ("STRIPE_API_KEY", "sk_live_abcdef"), ("SMTP_PASS", "hunter22"), ("SECRET_KEY_BASE", "deadbeefcafe"),
        ("KEY", "AKIAIOSFODNN7EXAMPLE"), ("SOMETHING", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        ("DATABASE_URL", "mysql://root:toor@db:3306/app"), ("APIKey", "0123456789abcdef"),
    ])
    func plaintextSecretsAreFlagged(_ name: String, _ value: String) {
        let found = Self.findings(
            PlaintextSecretInEnvironment.code,
            Self.task("\"environment\": [{\"name\": \"\(name)\", \"value\": \"\(value)\"}]"))
        #expect(found.count == 1, "\(name)")
        #expect(found.first?.message.contains(value) == false, "the value is masked")
    }

    @Test(arguments: [
        ("DB_PASSWORD", ""), ("DB_PASSWORD", "${DB_PASSWORD}"), ("DB_PASSWORD_FILE", "/run/secrets/db"),
        ("TOKEN_URL", "https://auth/token"), ("SECRET_ARN", "arn:aws:secretsmanager:us-east-1:1:secret:x"),
        ("PASSWORD_MIN_LENGTH", "12"), ("AWS_ACCESS_KEY_ID_PARAM", "/prod/key"), ("USE_SECRETS", "true"),
        ("PWD", "/app"), ("PASSTHROUGH", "yes please"), ("TOKENIZER", "bert-base"), ("SECRETARY_EMAIL", "x@y.z"),
        ("DATABASE_URL", "postgres://app@db:5432/app"), ("DATABASE_URL", "postgres://app:${PW}@db/app"),
        ("GIT_COMMIT", "3f1c2ab9d0e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8"), ("AUTH_MODE", "oauth"),
    ])
    func ordinaryVariablesAreNotFlagged(_ name: String, _ value: String) {
        let found = Self.findings(
            PlaintextSecretInEnvironment.code,
            Self.task("\"environment\": [{\"name\": \"\(name)\", \"value\": \"\(value)\"}]"))
        #expect(found.isEmpty, "\(name)=\(value)")
    }

    @Test func noReportPrintsTheSecretInFull() {
        let secret = "Sup3rS3cretPassw0rd!2024"
        let json = Self.task(
            executionRole: nil, "\"environment\": [{\"name\": \"DB_PASSWORD\", \"value\": \"\(secret)\"}]")
        let report = Linter().lint(SourceText(path: "t.json", text: json))
        let found = report.findings.filter { $0.code == PlaintextSecretInEnvironment.code }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("Sup3****") == true)
        #expect(!report.sensitiveRanges.isEmpty)
        let run = LintRun(files: [report])
        let outputs: [(String, String)] = [
            ("text", TextReporter().render(run)), ("json", JSONReporter().render(run)),
            ("sarif", SARIFReporter().render(run)), ("github", GitHubReporter().render(run)),
            ("junit", JUnitReporter().render(run)),
        ]
        for (name, output) in outputs {
            #expect(!output.isEmpty, "\(name)")
            #expect(!output.contains(secret), "\(name) prints the secret:\n\(output)")
        }
    }
}
