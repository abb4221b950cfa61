import Testing

@testable import ECSLintKit

/// Edge cases of the log configuration and FireLens rules (ECS8xx).
@Suite struct LoggingTests: RuleFamilyTests {
    /// A task with one container logging with `driver` and the given options JSON.
    private static func task(_ driver: String, options: String?, extra: String = "") -> String {
        let optionsMember = options.map { #", "options": {\#($0)}"# } ?? ""
        return """
            {"family": "t", \(extra)
             "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256,
              "logConfiguration": {"logDriver": "\(driver)"\(optionsMember)}}]}
            """
    }

    private static let complete =
        #""awslogs-group": "/ecs/t", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "t""#
    private static let fargate =
        #""requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512","#

    // MARK: awslogs

    @Test func missingRegionOnlyIsNamed() {
        let found = Self.findings(
            AwslogsMissingRequiredOptions.code, Self.task("awslogs", options: #""awslogs-group": "/ecs/t""#))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("is missing awslogs-region (AWS:") == true)
        #expect(
            found.first?.message.contains("Log driver awslogs requires options: awslogs-region, awslogs-group") == true)
        #expect(found.first?.range.start.line == 3)
        #expect(found.first?.range.start.column == 48)
    }

    @Test func missingOptionsPointsAtTheDriver() {
        let found = Self.findings(AwslogsMissingRequiredOptions.code, Self.task("awslogs", options: nil))
        #expect(found.first?.message.contains("awslogs-region and awslogs-group") == true)
        #expect(found.first?.pointer.lastToken == "logDriver")
        #expect(
            Self.findings(
                AwslogsMissingRequiredOptions.code,
                Self.task("awslogs", options: #""awslogs-group": "", "awslogs-region": "us-east-1""#)
            ).count == 1)
    }

    @Test func streamPrefixIsTheFargateRulesBusinessOnFargate() {
        let options = #""awslogs-group": "/ecs/t", "awslogs-region": "us-east-1""#
        #expect(Self.findings(AwslogsStreamPrefixMissing.code, Self.task("awslogs", options: options)).count == 1)
        #expect(
            Self.findings(AwslogsStreamPrefixMissing.code, Self.task("awslogs", options: options, extra: Self.fargate))
                .isEmpty)
        #expect(
            Self.findings(
                AwslogsStreamPrefixMissing.code,
                Self.task("awslogs", options: options + #", "awslogs-stream": "fixed""#)
            ).isEmpty)
    }

    @Test func optionValues() {
        func problems(_ extra: String) -> [Finding] {
            Self.findings(InvalidAwslogsOptionValue.code, Self.task("awslogs", options: Self.complete + ", " + extra))
        }
        #expect(problems(#""awslogs-create-group": "True""#).isEmpty)
        #expect(problems(#""awslogs-create-group": "yes""#).count == 1)
        #expect(problems(#""mode": "blocking""#).isEmpty)
        #expect(problems(#""mode": "Blocking""#).count == 1)
        #expect(problems(#""mode": "non-blocking", "max-buffer-size": "4MiB""#).isEmpty)
        #expect(problems(#""max-buffer-size": "25m""#).isEmpty)
        #expect(problems(#""max-buffer-size": "lots""#).count == 1)
        #expect(problems(#""mode": "blocking", "max-buffer-size": "25m""#).count == 1)
        #expect(problems(#""awslogs-max-buffered-events": "0""#).count == 1)
        #expect(problems(#""awslogs-force-flush-interval-seconds": "5""#).isEmpty)
    }

    @Test func groupAndRegionShapes() {
        func check(group: String, region: String) -> Int {
            let options = #""awslogs-group": "\#(group)", "awslogs-region": "\#(region)", "awslogs-stream-prefix": "p""#
            return Self.findings(InvalidAwslogsOptionValue.code, Self.task("awslogs", options: options)).count
        }
        #expect(check(group: "/aws/ecs/my_app#1.log", region: "eu-west-1") == 0)
        #expect(check(group: "/ecs/t", region: "us-gov-west-1") == 0)
        #expect(check(group: "/ecs/t", region: "ap-southeast-7") == 0)
        #expect(check(group: "/ecs/t", region: "EU-WEST-1") == 1)
        #expect(check(group: "/ecs/t", region: "eu-west") == 1)
        #expect(check(group: "/ecs/t", region: "euwest1") == 1)
        #expect(check(group: "/ecs/my app", region: "eu-west-1") == 1)
        #expect(check(group: String(repeating: "a", count: 513), region: "eu-west-1") == 1)
    }

    @Test func datetimeWithMultilineDependsOnPlatform() {
        let options = Self.complete + #", "awslogs-datetime-format": "%Y", "awslogs-multiline-pattern": "^x""#
        let ec2 = Self.findings(AwslogsDatetimeWithMultiline.code, Self.task("awslogs", options: options))
        #expect(ec2.first?.severity == .error)
        #expect(ec2.first?.stage == .launch)
        let fargate = Self.findings(
            AwslogsDatetimeWithMultiline.code, Self.task("awslogs", options: options, extra: Self.fargate))
        #expect(fargate.first?.severity == .warning)
    }

    @Test func unknownOptionsSuggestTheRightKey() {
        let found = Self.findings(
            UnknownAwslogsOption.code,
            Self.task("awslogs", options: Self.complete + #", "awslogs_group": "x", "env": "A", "Awslogs-Region": "x""#)
        )
        #expect(found.count == 3)
        #expect(found[0].message.contains("did you mean 'awslogs-group'?"))
        #expect(found[0].message.contains("unknown log opt 'awslogs_group' for awslogs log driver"))
        #expect(found[1].fix == "remove it, or use one of the awslogs-* options")
        #expect(found[2].fix == "rename it to \"awslogs-region\"")
        #expect(found[0].target == .key)
    }

    @Test func knownGenericOptionsAreAccepted() {
        let options =
            Self.complete
            + #", "tag": "{{.Name}}", "mode": "non-blocking", "max-buffer-size": "1m", "awslogs-endpoint": "https://logs.example""#
        #expect(Self.findings(UnknownAwslogsOption.code, Self.task("awslogs", options: options)).isEmpty)
        #expect(
            Self.findings(UnknownAwslogsOption.code, Self.task("json-file", options: #""max-size": "10m""#)).isEmpty)
    }

    @Test func createGroupNeedsPermission() {
        let found = Self.findings(
            AwslogsCreateGroupPermission.code,
            Self.task("awslogs", options: Self.complete + #", "awslogs-create-group": "true""#, extra: Self.fargate))
        #expect(found.first?.severity == .info)
        #expect(found.first?.message.contains("the task execution role needs logs:CreateLogGroup") == true)
        #expect(
            Self.findings(
                AwslogsCreateGroupPermission.code,
                Self.task("awslogs", options: Self.complete + #", "awslogs-create-group": "false""#)
            ).isEmpty)
    }

    @Test func splunkTokenMayBeASecret() {
        let json = """
            {"family": "t", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256,
              "logConfiguration": {"logDriver": "splunk", "options": {"splunk-url": "https://hec:8088"},
                "secretOptions": [{"name": "splunk-token", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/token"}]}}]}
            """
        #expect(Self.findings(SplunkMissingOptions.code, json).isEmpty)
        let neither = Self.findings(SplunkMissingOptions.code, Self.task("splunk", options: nil))
        #expect(neither.first?.message.contains("splunk-url and splunk-token") == true)
        #expect(
            Self.findings(
                SplunkMissingOptions.code, Self.task("splunk", options: #""splunk-url": "u", "splunk-token": "t""#)
            ).isEmpty)
    }

    @Test func agentConfigOnlyMattersOnInstances() {
        #expect(Self.findings(LogDriverNeedsAgentConfig.code, Self.task("gelf", options: nil)).first?.severity == .info)
        #expect(
            Self.findings(LogDriverNeedsAgentConfig.code, Self.task("fluentd", options: nil, extra: Self.fargate))
                .isEmpty)
        #expect(Self.findings(LogDriverNeedsAgentConfig.code, Self.task("awsfirelens", options: nil)).isEmpty)
        #expect(
            Self.findings(LogDriverNeedsAgentConfig.code, Self.task("gelf", options: nil), launchType: .external).count
                == 1)
    }

    @Test func missingLogConfigurationOnlyOnFargate() {
        let json = #"{"family": "t", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]}"#
        #expect(Self.findings(MissingLogConfiguration.code, json).isEmpty, "EC2 uses the daemon's default log driver")
        #expect(Self.findings(MissingLogConfiguration.code, json, launchType: .fargate).first?.severity == .warning)
        #expect(Self.findings(MissingLogConfiguration.code, json, launchType: .fargate).first?.range.start.column == 42)
    }

    // MARK: FireLens

    private static func firelens(router: String, app: String, extra: String = "") -> String {
        """
        {"family": "t", \(extra) "containerDefinitions": [
          {"name": "log_router", "image": "fluent-bit:3", "memoryReservation": 64, \(router)},
          {"name": "app", "image": "nginx:1.27", "memoryReservation": 256, \(app)}
        ]}
        """
    }

    private static let router = #""firelensConfiguration": {"type": "fluentbit"}"#
    private static let awsfirelens = #""logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "stdout"}}"#

    @Test func routerAndUsersMustComeTogether() {
        let unused = Self.findings(
            FirelensRouterUnused.code, Self.firelens(router: Self.router, app: #""user": "1000""#))
        #expect(unused.count == 1)
        #expect(unused.first?.range.start.line == 2)
        #expect(unused.first?.target == .key)
        #expect(
            Self.findings(FirelensRouterUnused.code, Self.firelens(router: Self.router, app: Self.awsfirelens)).isEmpty)
        let missing = Self.findings(
            FirelensRouterMissing.code, Self.firelens(router: #""user": "0""#, app: Self.awsfirelens))
        #expect(missing.count == 1)
        #expect(missing.first?.range.start.line == 3)
    }

    @Test func secondRouterAndSelfLogging() {
        let json = Self.firelens(
            router: Self.router + ", " + Self.awsfirelens, app: Self.router + ", " + Self.awsfirelens)
        #expect(Self.findings(MultipleFirelensRouters.code, json).count == 1)
        #expect(Self.findings(FirelensRouterLogsToItself.code, json).count == 2)
    }

    @Test func firelensOptions() {
        func options(_ text: String) -> [Finding] {
            let router = #""firelensConfiguration": {"type": "fluentbit", "options": {\#(text)}}"#
            return Self.findings(InvalidFirelensOptions.code, Self.firelens(router: router, app: Self.awsfirelens))
        }
        #expect(options(#""config-file-type": "file", "config-file-value": "/fluent-bit/etc/extra.conf""#).isEmpty)
        #expect(options(#""config-file-type": "s3", "config-file-value": "arn:aws-cn:s3:::b/k.conf""#).isEmpty)
        #expect(options(#""enable-ecs-log-metadata": "false""#).isEmpty)
        let s3URL = options(#""config-file-type": "s3", "config-file-value": "s3://b/k.conf""#)
        #expect(s3URL.first?.stage == .register)
        #expect(s3URL.first?.fix == "write it as \"arn:aws:s3:::b/k.conf\"")
        #expect(options(#""config-file-type": "s3", "config-file-value": "arn:aws:s3:::bucket-only""#).count == 1)
        #expect(options(#""config-file-type": "file", "config-file-value": "extra.conf""#).count == 1)
        #expect(options(#""config-file-type": "http", "config-file-value": "x""#).count == 1)
        #expect(options(#""config-file-type": "file""#).count == 1)
        #expect(options(#""config-file-value": "/x.conf""#).count == 1)
        #expect(options(#""enable-ecs-log-metadata": "TRUE""#).count == 1)
    }

    @Test func awsfirelensWithoutOptions() {
        let bare = #""logConfiguration": {"logDriver": "awsfirelens"}"#
        #expect(Self.findings(AwsfirelensWithoutOptions.code, Self.firelens(router: Self.router, app: bare)).count == 1)
        let empty = #""logConfiguration": {"logDriver": "awsfirelens", "options": {}}"#
        #expect(
            Self.findings(AwsfirelensWithoutOptions.code, Self.firelens(router: Self.router, app: empty)).first?.target
                == .key)
        #expect(
            Self.findings(AwsfirelensWithoutOptions.code, Self.firelens(router: Self.router, app: Self.awsfirelens))
                .isEmpty)
    }

    @Test func firelensOnWindows() {
        let windows = #""runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"},"#
        #expect(
            Self.findings(
                FirelensOnWindows.code, Self.firelens(router: Self.router, app: Self.awsfirelens, extra: windows)
            ).count
                == 2)
        #expect(
            Self.findings(FirelensOnWindows.code, Self.firelens(router: Self.router, app: Self.awsfirelens)).isEmpty)
    }
}
