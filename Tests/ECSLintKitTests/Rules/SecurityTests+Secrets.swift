import Testing

@testable import ECSLintKit

/// Security tests: the execution role and secret references.
extension SecurityTests {
    // MARK: Execution role requirements

    @Test func secretsWithoutExecutionRoleQuoteAWS() {
        let json = Self.task(executionRole: nil, #""secrets": [{"name": "A", "valueFrom": "/a"}]"#)
        let found = Self.findings(SecretsWithoutExecutionRole.code, json)
        #expect(found.count == 1)
        #expect(
            found.first?.message.contains(
                "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.")
                == true)
        #expect(found.first?.range.start.column == 81, "the secrets key")
    }

    @Test func emptyExecutionRoleCountsAsMissingButEmptySecretsDoNot() {
        #expect(
            Self.findings(
                SecretsWithoutExecutionRole.code,
                Self.task(executionRole: "", #""secrets": [{"name": "A", "valueFrom": "/a"}]"#)
            )
            .count == 1)
        #expect(
            Self.findings(SecretsWithoutExecutionRole.code, Self.task(executionRole: nil, #""secrets": []"#)).isEmpty)
    }

    @Test func repositoryCredentialsAndEnvironmentFilesNeedTheExecutionRole() {
        let credentials = #""repositoryCredentials": {"credentialsParameter": "reg"}"#
        #expect(
            Self.findings(RepositoryCredentialsWithoutExecutionRole.code, Self.task(executionRole: nil, credentials))
                .count == 1)
        #expect(Self.findings(RepositoryCredentialsWithoutExecutionRole.code, Self.task(credentials)).isEmpty)
        let files = #""environmentFiles": [{"value": "arn:aws:s3:::b/a.env", "type": "s3"}]"#
        #expect(
            Self.findings(EnvironmentFilesWithoutExecutionRole.code, Self.task(executionRole: nil, files)).count == 1)
        #expect(Self.findings(EnvironmentFilesWithoutExecutionRole.code, Self.task(files)).isEmpty)
    }

    // MARK: Secret references

    @Test(arguments: [
        "arn:aws:secretsmanager:us-east-1:210987654321:secret:db",
        "arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbC123",
        "arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbC123:password::",
        "arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbC123::AWSPREVIOUS:",
        "arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbC123:::\(String(repeating: "a", count: 36))",
        "arn:aws-cn:secretsmanager:cn-north-1:210987654321:secret:a/b+c=d@e.f",
        "arn:aws:secretsmanager:us-west-2:210987654321:secret:rds!db-1234abcd-5678-90ef-1234-567890abcdef-AbCdEf:username::",
        "arn:aws:ssm:us-east-1:210987654321:parameter/prod/db/password",
        "arn:aws:ssm:us-east-1:210987654321:parameter/aws/reference/secretsmanager/db",
        "arn:aws:ssm:us-east-1:210987654321:parameter/plain",
        "/prod/db/password", "plain_name.v2", "/aws/reference/secretsmanager/prod/db",
    ])
    func validValueFrom(_ value: String) {
        let json = Self.task("\"secrets\": [{\"name\": \"A\", \"valueFrom\": \"\(value)\"}]")
        #expect(Self.findings(InvalidSecretValueFrom.code, json).isEmpty, "\(value)")
        #expect(Self.findings(SecretsManagerNameInValueFrom.code, json).isEmpty, "\(value)")
    }

    @Test(arguments: [
        ("arn:aws:secretsmanager:us-east-1:210987654321:secret:db:password", "1 of the 3 fields"),
        ("arn:aws:secretsmanager:us-east-1:210987654321:secret:db:password:AWSCURRENT", "2 of the 3 fields"),
        (
            "arn:aws:secretsmanager:us-east-1:210987654321:secret:db:k:AWSCURRENT:\(String(repeating: "a", count: 36))",
            "exclude each other"
        ),
        ("arn:aws:secretsmanager:us-east-1:210987654321:secret:db:k::short-id", "32 to 64"),
        ("arn:aws:secretsmanager:us-east-1:210987654321:secret:db:a:b:c:d", "at most 3"),
        ("arn:aws:secretsmanager:useast1:210987654321:secret:db", "not an AWS region"),
        ("arn:aws:secretsmanager:cn-north-1:210987654321:secret:db", "belongs to partition aws-cn"),
        ("arn:aws:secretsmanager::210987654321:secret:db", "region field is empty"),
        ("arn:aws:secretsmanager:us-east-1:2109:secret:db", "not 12 digits"),
        ("arn:aws:secretsmanager:us-east-1:210987654321:db", "'secret:'"),
        ("arn:aws:ssm:us-east-1:210987654321:db", "'parameter/'"),
        ("arn:aws:ssm:us-east-1:210987654321:parameter/ssm-db", "'ssm'"),
        ("arn:aws:ssm:us-east-1:210987654321:parameter/a b", "a space"),
        ("arn:aws:kms:us-east-1:210987654321:key/abc", "a kms ARN"),
        ("awsDbPassword", "'aws'"),
        ("/ssm/db", "'ssm'"),
        ("/a//b", "empty level"),
        ("/" + (1...16).map(String.init).joined(separator: "/"), "16 hierarchy levels"),
        ("", "is empty"),
    ])
    func invalidValueFrom(_ value: String, _ expected: String) {
        let json = Self.task("\"secrets\": [{\"name\": \"A\", \"valueFrom\": \"\(value)\"}]")
        let found = Self.findings(InvalidSecretValueFrom.code, json)
        #expect(found.count == 1, "\(value)")
        #expect(found.first?.message.contains(expected) == true, "\(found.first?.message ?? "")")
        #expect(found.first?.severity == .error)
    }

    @Test func secretMessagesQuoteTheAWSErrors() {
        let ssm = Self.task(#""secrets": [{"name": "A", "valueFrom": "/ssm/db"}]"#)
        #expect(
            Self.findings(InvalidSecretValueFrom.code, ssm).first?.message.contains(
                "Parameter name: can't be prefixed with \"ssm\" (case-insensitive).") == true)
        let version = Self.task(
            #""secrets": [{"name": "A", "valueFrom": "arn:aws:secretsmanager:us-east-1:210987654321:secret:db:k::v1"}]"#
        )
        let message = Self.findings(InvalidSecretValueFrom.code, version).first?.message ?? ""
        #expect(message.contains("minimum field size of 32"))
        #expect(message.contains("GetSecretValueInput.VersionId"))
    }

    @Test func doubleSlashAfterParameterIsAWarningWithAFix() {
        let json = Self.task(
            #""secrets": [{"name": "A", "valueFrom": "arn:aws:ssm:us-east-1:210987654321:parameter//prod/a"}]"#)
        let found = Self.findings(InvalidSecretValueFrom.code, json)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.fix == "use \"arn:aws:ssm:us-east-1:210987654321:parameter/prod/a\"")
    }

    @Test func truncatedJSONKeySuffixSuggestsThePaddedARN() {
        let json = Self.task(
            #""secrets": [{"name": "A", "valueFrom": "arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbC123:password"}]"#
        )
        #expect(
            Self.findings(InvalidSecretValueFrom.code, json).first?.fix
                == "use \"arn:aws:secretsmanager:us-east-1:210987654321:secret:db-AbC123:password::\"")
    }

    @Test func logSecretOptionsAreCheckedToo() {
        let json = Self.task(
            #""logConfiguration": {"logDriver": "splunk", "options": {}, "secretOptions": [{"name": "splunk-token", "valueFrom": "arn:aws:s3:::b/k"}]}"#
        )
        #expect(
            Self.findings(InvalidSecretValueFrom.code, json).first?.message.contains("log secret option 'splunk-token'")
                == true)
    }

    @Test(arguments: [
        ("prod/db/password", true), ("secret:db", true), ("db+admin@corp", true), ("rds!db-1234abcd", true),
        ("db-password-aB3xYz", false),
    ])
    func secretsManagerNames(_ value: String, _ certain: Bool) {
        let json = Self.task("\"secrets\": [{\"name\": \"A\", \"valueFrom\": \"\(value)\"}]")
        let found = Self.findings(SecretsManagerNameInValueFrom.code, json)
        #expect(found.count == 1, "\(value)")
        #expect(found.first?.severity == (certain ? .error : .warning))
        #expect(Self.findings(InvalidSecretValueFrom.code, json).isEmpty, "\(value) is reported once")
    }

    @Test(arguments: ["db-Master", "config-v2", "app-config-ABCDEF", "/prod/db-aB3xYz"])
    func ordinarySSMNamesAreNotSecretsManagerNames(_ value: String) {
        let json = Self.task("\"secrets\": [{\"name\": \"A\", \"valueFrom\": \"\(value)\"}]")
        #expect(Self.findings(SecretsManagerNameInValueFrom.code, json).isEmpty, "\(value)")
    }

    @Test(arguments: [
        ("arn:aws:ssm:us-east-1:210987654321:parameter/reg", "SSM parameter ARN"),
        ("arn:aws:secretsmanager:us-east-1:210987654321:secret:reg:username::", "text after the secret name"),
        ("registry credentials", "a space"),
        ("arn:aws:secretsmanager:us-east-1:2109:secret:reg", "not 12 digits"),
    ])
    func invalidRepositoryCredentials(_ value: String, _ expected: String) {
        let json = Self.task("\"repositoryCredentials\": {\"credentialsParameter\": \"\(value)\"}")
        let found = Self.findings(InvalidRepositoryCredentialsParameter.code, json)
        #expect(found.count == 1, "\(value)")
        #expect(found.first?.message.contains(expected) == true, "\(found.first?.message ?? "")")
    }
}
