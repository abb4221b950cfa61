import Testing

@testable import ECSLintKit

/// Edge cases of the rules on IAM roles, secrets and environment (ECS6xx) and
/// of their parsers (`IAMRoleARN`, `SecretReference`, `AWSRegion`).
@Suite struct SecurityTests: RuleFamilyTests {
    /// A task with roles and one container whose extra members are `container`.
    static func task(
        executionRole: String? = "arn:aws:iam::210987654321:role/ecsTaskExecutionRole", taskRole: String? = nil,
        _ container: String = ""
    ) -> String {
        let execution = executionRole.map { "\"executionRoleArn\": \"\($0)\"," } ?? ""
        let task = taskRole.map { "\"taskRoleArn\": \"\($0)\"," } ?? ""
        let extra = container.isEmpty ? "" : ", \(container)"
        return """
            {"family": "t", \(execution) \(task)
             "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256\(extra)}]}
            """
    }

    static let securityCodes = Set(RuleRegistry.security.map { $0.descriptor.code })

    // MARK: Samples and real-world definitions

    @Test func helloWorldOnlyWarnsAboutTheExampleAccount() throws {
        for path in ["samples/hello-world.json", "samples/hello-world.yaml"] {
            let bytes = try #require(RepositoryFiles.bytes(path))
            let found = Linter().lint(SourceText(path: path, bytes: bytes)).findings
                .filter { Self.securityCodes.contains($0.code) }
            #expect(found.map(\.code) == [PlaceholderAccountID.code], "\(path): \(found.map(\.message))")
            #expect(found.first?.severity == .warning)
            #expect(found.first?.range.start.line == (path.hasSuffix(".json") ? 7 : 8))
            #expect(found.first?.notes.count == 1, "the image's account is a note, not a second finding")
        }
    }

    @Test func realWorldDefinitionsAreSilent() {
        let json = """
            {
              "family": "checkout",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "1024", "memory": "2048",
              "taskRoleArn": "checkout-task",
              "executionRoleArn": "arn:aws:iam::210987654321:role/service-role/ecsTaskExecutionRole",
              "containerDefinitions": [
                {"name": "app", "image": "210987654321.dkr.ecr.eu-central-1.amazonaws.com/checkout:4.2.0",
                 "environment": [
                   {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
                   {"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db"},
                   {"name": "OAUTH_TOKEN_URL", "value": "https://auth.example.com/token"},
                   {"name": "SECRET_NAME", "value": "prod/checkout/db"},
                   {"name": "JWT_SECRET_ARN", "value": "arn:aws:secretsmanager:eu-central-1:210987654321:secret:jwt"},
                   {"name": "GIT_SHA", "value": "3f1c2ab9d0e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8"},
                   {"name": "REDIS_URL", "value": "redis://cache.internal:6379/0"},
                   {"name": "USE_SECRETS", "value": "true"},
                   {"name": "TOKEN_TTL_SECONDS", "value": "3600"}
                 ],
                 "secrets": [
                   {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-central-1:210987654321:secret:prod/checkout/db-AbCdEf:password::"},
                   {"name": "API_KEY", "valueFrom": "arn:aws:ssm:eu-central-1:210987654321:parameter/prod/checkout/api-key"},
                   {"name": "LICENSE", "valueFrom": "/prod/checkout/license"},
                   {"name": "SM_VIA_SSM", "valueFrom": "/aws/reference/secretsmanager/prod/checkout/db"},
                   {"name": "PLAIN", "valueFrom": "checkout-license"}
                 ],
                 "environmentFiles": [{"value": "arn:aws:s3:::checkout-config/prod/app.env", "type": "s3"}],
                 "logConfiguration": {"logDriver": "awsfirelens",
                   "options": {"Name": "datadog", "Host": "http-intake.logs.datadoghq.com"},
                   "secretOptions": [{"name": "apikey", "valueFrom": "arn:aws:secretsmanager:eu-central-1:210987654321:secret:dd-Xy12Zq"}]}},
                {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4",
                 "firelensConfiguration": {"type": "fluentbit"}, "memoryReservation": 50},
                {"name": "envoy", "image": "840364872350.dkr.ecr.eu-central-1.amazonaws.com/aws-appmesh-envoy:v1.29.6.0-prod",
                 "environment": [{"name": "APPMESH_RESOURCE_ARN", "value": "arn:aws:appmesh:eu-central-1:210987654321:mesh/m/virtualNode/checkout"}]}
              ],
              "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0",
                "transitEncryption": "ENABLED", "authorizationConfig": {"iam": "ENABLED"}}}]
            }
            """
        let found = Self.findings(json).filter { Self.securityCodes.contains($0.code) }
        #expect(found.isEmpty, "\(found.map { "\($0.code) \($0.message)" })")
    }

    // MARK: Role ARNs

    @Test(arguments: [
        "arn:aws:iam::210987654321:role/app",
        "arn:aws-cn:iam::210987654321:role/app",
        "arn:aws-us-gov:iam::210987654321:role/service-role/app",
        "arn:aws-iso-b:iam::210987654321:role/a/b/c/app",
        "arn:aws-eusc:iam::210987654321:role/app+=,.@-_",
        "app-role",
    ])
    func validRoleReferences(_ value: String) {
        #expect(Self.findings(InvalidRoleARN.code, Self.task(taskRole: value)).isEmpty)
        #expect(Self.findings(RoleARNWrongType.code, Self.task(taskRole: value)).isEmpty)
    }

    @Test(arguments: [
        ("arn:aws:iam:us-east-1:210987654321:role/app", "empty region field"),
        ("arn:aws:iam::21098765432:role/app", "12 digits"),
        ("arn:aws-mars:iam::210987654321:role/app", "aws-mars"),
        ("arn:aws:iam::210987654321:role/", "empty role name"),
        ("arn:aws:iam::210987654321:role/my app", "a space"),
        ("arn:aws:iam::210987654321:role/\(String(repeating: "r", count: 65))", "65 characters"),
        ("arn:aws:iam::210987654321:role//x/app", "empty component"),
        ("arn:aws:iam::210987654321:role:app", "'role/'"),
        ("arn:aws:iam::210987654321", "six colon-separated fields"),
        ("ARN:aws:iam::210987654321:role/app", "lower-case 'arn:'"),
        ("my role", "neither a role ARN nor a role name"),
    ])
    func malformedRoleARNs(_ value: String, _ expected: String) {
        let found = Self.findings(InvalidRoleARN.code, Self.task(executionRole: value))
        #expect(found.count == 1, "\(value)")
        #expect(found.first?.message.contains(expected) == true, "\(found.first?.message ?? "")")
        #expect(found.first?.message.contains("Role is not valid") == true)
        #expect(found.first?.severity == .error)
    }

    @Test func roleARNLongerThan2048IsRejected() {
        let value = "arn:aws:iam::210987654321:role/" + String(repeating: "p/", count: 1010) + "app"
        #expect(Self.findings(InvalidRoleARN.code, Self.task(taskRole: value)).first?.message.contains("2048") == true)
    }

    @Test func regionInRoleARNSuggestsTheFixedARN() {
        let found = Self.findings(
            InvalidRoleARN.code, Self.task(executionRole: "arn:aws:iam:eu-west-1:210987654321:role/r"))
        #expect(found.first?.fix == "use \"arn:aws:iam::210987654321:role/r\"")
    }

    @Test func emptyRoleAndShortNameWithPathAreWarnings() {
        let empty = Self.findings(InvalidRoleARN.code, Self.task(executionRole: ""))
        #expect(empty.count == 1 && empty.first?.severity == .warning)
        let path = Self.findings(InvalidRoleARN.code, Self.task(taskRole: "service-role/app"))
        #expect(path.count == 1 && path.first?.severity == .warning)
    }

    @Test(arguments: [
        ("arn:aws:iam::210987654321:instance-profile/ecsInstanceRole", "instance profile"),
        ("arn:aws:sts::210987654321:assumed-role/deployer/session", "assumed-role"),
        ("arn:aws:iam::210987654321:policy/AmazonECSTaskExecutionRolePolicy", "IAM policy ARN"),
        ("arn:aws:iam::210987654321:user/alice", "IAM user ARN"),
        ("arn:aws:ecs:us-east-1:210987654321:task-definition/web:3", "an ecs ARN"),
        ("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy", "IAM policy ARN"),
    ])
    func wrongARNTypes(_ value: String, _ expected: String) {
        #expect(Self.findings(InvalidRoleARN.code, Self.task(executionRole: value)).isEmpty, "\(value)")
        let found = Self.findings(RoleARNWrongType.code, Self.task(executionRole: value))
        #expect(found.count == 1, "\(value)")
        #expect(found.first?.message.contains(expected) == true, "\(found.first?.message ?? "")")
    }

    @Test func assumedRoleSuggestsTheRoleARN() {
        let found = Self.findings(
            RoleARNWrongType.code, Self.task(taskRole: "arn:aws:sts::210987654321:assumed-role/deployer/session"))
        #expect(found.first?.fix?.contains("arn:aws:iam::210987654321:role/deployer") == true)
    }

    @Test func shortNameIsInfoOnlyForTheExecutionRole() {
        let execution = Self.findings(ExecutionRoleShortName.code, Self.task(executionRole: "ecsTaskExecutionRole"))
        #expect(execution.count == 1 && execution.first?.severity == .info)
        #expect(Self.findings(ExecutionRoleShortName.code, Self.task(taskRole: "app-role")).isEmpty)
        #expect(Self.findings(InvalidRoleARN.code, Self.task(executionRole: "ecsTaskExecutionRole")).isEmpty)
    }

    // MARK: Placeholders and partitions

    @Test(arguments: [
        "arn:aws:iam::ACCOUNT_ID:role/app", "arn:aws:iam::xxxxxxxxxxxx:role/app", "arn:aws:iam::AWS_ACCT:role/app",
        "arn:aws:iam::YOUR_ACCOUNT_ID:role/app", "arn:aws:iam::ACCOUNTID_PLACEHOLDER:role/app",
        "arn:aws:iam::${AWS_ACCOUNT_ID}:role/app", "arn:aws:iam::{aws_account_id}:role/app",
    ])
    func placeholderAccountsHaveOneSeverityWhateverTheSpelling(_ value: String) {
        let found = Self.findings(Self.task(executionRole: value))
        #expect(found.filter { Self.securityCodes.contains($0.code) }.isEmpty, "\(value): \(found.map(\.message))")
        let listed = found.filter { $0.code == TemplatePlaceholders.code }
        #expect(listed.count == 1, "\(value)")
        #expect(listed.first?.severity == .info)
    }

    @Test(arguments: [
        "arn:aws:iam::${AWS_ACCOUNT_ID}:role/app", "arn:aws:iam::<ACCOUNT_ID>:role/app",
        "arn:aws:iam::{{ account }}:role/app", "arn:aws:iam::${AWS::AccountId}:role/app",
    ])
    func templateSyntaxIsLeftToTheEngine(_ value: String) {
        let found = Self.findings(Self.task(executionRole: value, taskRole: value))
        #expect(found.filter { Self.securityCodes.contains($0.code) }.isEmpty, "\(found.map(\.message))")
        #expect(found.contains { $0.code == TemplatePlaceholders.code })
    }

    @Test func exampleAccountIsReportedOnceWithNotes() {
        let json = """
            {"family": "t", "executionRoleArn": "arn:aws:iam::123456789012:role/e",
             "taskRoleArn": "arn:aws:iam::123456789012:role/t",
             "containerDefinitions": [{"name": "app", "memory": 256,
               "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0",
               "secrets": [{"name": "A", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/a"}]}]}
            """
        let found = Self.findings(PlaceholderAccountID.code, json)
        #expect(found.count == 1)
        #expect(found.first?.notes.count == 3)
        #expect(found.first?.message.contains("3 more places") == true)
        #expect(found.first?.range.start.line == 1)
    }

    @Test func literalPartsOfATemplatedRoleARNAreChecked() {
        func codes(_ value: String) -> [String] {
            Self.findings(Self.task(executionRole: value)).map(\.code).filter { Self.securityCodes.contains($0) }
        }
        #expect(codes("arn:aws:ecs::${AWS_ACCOUNT_ID}:role/app") == [RoleARNWrongType.code])
        #expect(codes("arn:aws:iam::${AWS_ACCOUNT_ID}:policy/app") == [RoleARNWrongType.code])
        #expect(codes("arn:awz:iam::${AWS_ACCOUNT_ID}:role/app") == [InvalidRoleARN.code])
        #expect(codes("arn:aws:iam::${AWS_ACCOUNT_ID}:role/ecs-task-${CLUSTER_NAME}").isEmpty)
        #expect(codes("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/app").isEmpty)
        #expect(codes("${EXECUTION_ROLE_ARN}").isEmpty)
    }

    @Test func placeholderInImageAccountIsListedOnce() {
        let json = """
            {"family": "t", "executionRoleArn": "arn:aws:iam::210987654321:role/e",
             "containerDefinitions": [{"name": "app", "memory": 256, "image": "ACCOUNT_ID.dkr.ecr.us-east-1.amazonaws.com/app:1.0"}]}
            """
        let found = Self.findings(json)
        #expect(
            found.filter {
                [PlaceholderAccountID.code, InvalidImageReference.code, InvalidECRImageURI.code].contains($0.code)
            }.isEmpty, "\(found.map(\.message))")
        #expect(found.filter { $0.code == TemplatePlaceholders.code }.count == 1)
    }

    @Test func mixedPartitionsReportTheMinority() {
        let json = """
            {"family": "t", "executionRoleArn": "arn:aws:iam::210987654321:role/e",
             "taskRoleArn": "arn:aws:iam::210987654321:role/t",
             "containerDefinitions": [{"name": "app", "memory": 256,
               "image": "210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/app:1.0",
               "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g",
                 "awslogs-region": "us-gov-west-1", "awslogs-stream-prefix": "p"}}}]}
            """
        let found = Self.findings(MixedPartitions.code, json)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.message.contains("executionRoleArn and 1 other value are in aws") })
        #expect(found.contains { $0.message.contains("aws-cn") })
        #expect(found.contains { $0.message.contains("aws-us-gov") })
        #expect(found.allSatisfy { $0.notes.count == 1 })
    }

    @Test func aTieReportsTheLaterValue() {
        let json = """
            {"family": "t", "executionRoleArn": "arn:aws:iam::210987654321:role/e",
             "containerDefinitions": [{"name": "app", "memory": 256, "image": "nginx:1.27",
               "secrets": [{"name": "A", "valueFrom": "arn:aws-cn:ssm:cn-north-1:210987654321:parameter/a"}]}]}
            """
        let found = Self.findings(MixedPartitions.code, json)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("but executionRoleArn is in aws;") == true, "\(found.map(\.message))")
    }

    @Test func onePartitionIsSilent() {
        let json = """
            {"family": "t", "executionRoleArn": "arn:aws-cn:iam::210987654321:role/e",
             "containerDefinitions": [{"name": "app", "memory": 256,
               "image": "210987654321.dkr.ecr.cn-northwest-1.amazonaws.com.cn/app:1.0",
               "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g",
                 "awslogs-region": "cn-northwest-1", "awslogs-stream-prefix": "p"}}}]}
            """
        #expect(Self.findings(MixedPartitions.code, json).isEmpty)
    }

    @Test(arguments: [
        ("us-east-1", AWSPartition.aws), ("il-central-1", .aws), ("mx-central-1", .aws),
        ("cn-north-1", .china), ("us-gov-east-1", .govCloud), ("us-iso-east-1", .iso),
        ("us-isob-east-1", .isoB), ("eu-isoe-west-1", .isoE), ("us-isof-south-1", .isoF),
        ("eusc-de-east-1", .europeanSovereign),
    ])
    func regionsMapToPartitions(_ region: String, _ partition: AWSPartition) {
        #expect(AWSRegion.partition(of: region) == partition)
    }

    @Test(arguments: ["us-east", "useast1", "US-EAST-1", "xx-east-1", "us-east-1a", "eusc-fr-east-1", "", "us--1"])
    func invalidRegions(_ region: String) {
        #expect(AWSRegion.partition(of: region) == nil)
    }
}
