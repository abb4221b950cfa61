import Testing

@testable import ECSLintKit

/// Edge cases of the Fargate and launch-type rules (ECS2xx) and the shared Fargate size table.
@Suite struct FargateTests: RuleFamilyTests {
    /// A Fargate task with the given extra top-level members and container members.
    private func fargate(_ task: String = "", container: String = "", cpu: String = "256", memory: String = "512")
        -> String
    {
        """
        {
          "family": "web",
          "requiresCompatibilities": ["FARGATE"],
          "networkMode": "awsvpc",
          "cpu": "\(cpu)",
          "memory": "\(memory)",\(task.isEmpty ? "" : "\n  " + task + ",")
          "containerDefinitions": [{"name": "app", "image": "nginx:1.27"\(container.isEmpty ? "" : ", " + container)}]
        }
        """
    }

    // MARK: The size table

    @Test func everyDocumentedFargateSizeIsAccepted() {
        var pairs: [(Int, Int)] = []
        for size in FargateSizes.sizes {
            for memory in size.memory { pairs.append((size.cpu, memory)) }
        }
        #expect(pairs.count == 3 + 4 + 7 + 13 + 23 + 12 + 12 + 3)
        for (cpu, memory) in pairs {
            let json = fargate(cpu: String(cpu), memory: String(memory))
            #expect(findings(json, code: FargateCPUMemoryCombination.code).isEmpty, "cpu \(cpu) memory \(memory)")
        }
    }

    @Test func tableRowsMatchTheDocumentation() {
        #expect(FargateSizes.size(cpu: 8192)?.memory.first == 16384)
        #expect(FargateSizes.size(cpu: 8192)?.memory.last == 61440)
        #expect(FargateSizes.size(cpu: 8192)?.memory.contains(20480) == true)
        #expect(FargateSizes.size(cpu: 8192)?.memory.contains(18432) == false)
        #expect(FargateSizes.size(cpu: 16384)?.memory.contains(40960) == true)
        #expect(FargateSizes.size(cpu: 16384)?.memory.contains(36864) == false)
        #expect(FargateSizes.size(cpu: 32768)?.isNewerThanModel == true)
        #expect(FargateSizes.sizes(windows: true).map(\.cpu) == [1024, 2048, 4096])
        #expect(FargateSizes.label(cpu: 256) == "256 (.25 vCPU)")
        #expect(FargateSizes.memoryText(FargateSizes.sizes[0]) == "512, 1024 or 2048 MiB")
    }

    @Test func invalidMemoryNamesAllowedValuesAndNearestPair() throws {
        let result = findings(fargate(cpu: "256", memory: "4096"), code: FargateCPUMemoryCombination.code)
        let finding = try #require(result.first)
        #expect(result.count == 1)
        #expect(finding.message.hasPrefix("cpu 256 (.25 vCPU) allows memory 512, 1024 or 2048 MiB; got 4096"))
        #expect(finding.message.contains("Invalid 'cpu' setting for task."))
        #expect(finding.fix?.contains("\"512\"") == true)
        #expect(finding.pointer == JSONPointer(["memory"]))
        #expect(finding.range.start.line == 6)
        #expect(finding.range.start.column == 13)
    }

    @Test func memoryNoSizeAllowsSuggestsNearestForTheCPU() throws {
        let finding = try #require(
            findings(fargate(cpu: "512", memory: "3000"), code: FargateCPUMemoryCombination.code).first)
        #expect(finding.message.contains("allows memory 1024, 2048, 3072 or 4096 MiB; got 3000"))
        #expect(finding.fix?.contains("\"3072\"") == true)
    }

    @Test func cpuOutsideTableListsTheSizes() throws {
        let finding = try #require(
            findings(fargate(cpu: "300", memory: "2048"), code: FargateCPUMemoryCombination.code).first)
        #expect(finding.pointer == JSONPointer(["cpu"]))
        #expect(finding.message.contains("256, 512, 1024, 2048, 4096, 8192, 16384 or 32768"))
        #expect(finding.fix?.contains("\"256\"") == true)
    }

    @Test func stringFormsAreNormalised() {
        let forms: [(String, String)] = [
            ("1 vCPU", "2 GB"), ("1 vcpu", "2GB"), (".25 vCPU", "0.5 GB"), (".5 vCPU", "1 GB"), ("16 vCPU", "120 GB"),
            ("1024", "8192"), ("8 vCPU", "60GB"),
        ]
        for (cpu, memory) in forms {
            #expect(
                findings(fargate(cpu: cpu, memory: memory), code: FargateCPUMemoryCombination.code).isEmpty,
                "\(cpu) / \(memory)")
        }
        let bad = findings(fargate(cpu: ".25 vCPU", memory: "4 GB"), code: FargateCPUMemoryCombination.code)
        #expect(bad.first?.message.contains("got '4 GB' (4096 MiB)") == true)
    }

    @Test func combinationAppliesNextToEC2() {
        let json = """
            {"family": "web", "requiresCompatibilities": ["EC2", "FARGATE"], "networkMode": "awsvpc",
             "cpu": "2048", "memory": "2048", "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]}
            """
        #expect(findings(json, code: FargateCPUMemoryCombination.code).count == 1)
        #expect(
            findings(json.replacing("\"FARGATE\"", with: "\"EXTERNAL\""), code: FargateCPUMemoryCombination.code)
                .isEmpty)
    }

    @Test func combinationUsesTheLaunchTypeOption() {
        let json = """
            {"family": "web", "networkMode": "awsvpc", "cpu": "256", "memory": "4096",
             "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]}
            """
        #expect(findings(json, code: FargateCPUMemoryCombination.code).isEmpty)
        #expect(findings(json, launchType: .fargate, code: FargateCPUMemoryCombination.code).count == 1)
    }

    @Test func invalidTextIsLeftToTheTaskRule() {
        #expect(findings(fargate(cpu: "banana"), code: FargateCPUMemoryCombination.code).isEmpty)
        #expect(findings(fargate(cpu: ""), code: FargateCPUMemoryCombination.code).isEmpty)
    }

    @Test func thirtyTwoVCPUIsInformation() throws {
        let json = fargate(cpu: "32768", memory: "249856")
        #expect(findings(json, code: FargateCPUMemoryCombination.code).isEmpty)
        let info = try #require(findings(json, code: Fargate32VCPU.code).first)
        #expect(info.severity == .info)
        #expect(findings(fargate(cpu: "32768", memory: "65536"), code: FargateCPUMemoryCombination.code).count == 1)
    }

    @Test func missingTaskSizeQuotesBothMessages() {
        let json = """
            {"family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
             "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]}
            """
        let result = findings(json, code: FargateTaskSizeMissing.code)
        #expect(result.count == 2)
        #expect(result.contains { $0.message.contains("Fargate requires that 'cpu' be defined at the task level.") })
        #expect(result.contains { $0.message.contains("Fargate requires that 'memory' be defined at the task level.") })
        #expect(result.allSatisfy { $0.pointer == JSONPointer(["requiresCompatibilities", "0"]) })
        // A wrongly typed cpu is present (the schema check reports the type).
        let typed = json.replacing("\"networkMode\"", with: "\"cpu\": 256, \"memory\": \"512\", \"networkMode\"")
        #expect(findings(typed, code: FargateTaskSizeMissing.code).isEmpty)
    }

    @Test func missingMemorySuggestsFromCPU() throws {
        let json = fargate("", cpu: "2048").replacing("\"memory\": \"512\",", with: "")
        let finding = try #require(findings(json, code: FargateTaskSizeMissing.code).first)
        #expect(finding.fix?.contains("\"4096\"") == true)
    }

    @Test func windowsMinimumAndLinuxOnlyRows() {
        let windows = "\"runtimePlatform\": {\"operatingSystemFamily\": \"WINDOWS_SERVER_2019_CORE\"}"
        #expect(findings(fargate(windows, cpu: "512", memory: "2048"), code: FargateWindowsTaskSize.code).count == 1)
        #expect(findings(fargate(windows, cpu: "8192", memory: "16384"), code: FargateWindowsTaskSize.code).count == 1)
        #expect(findings(fargate(windows, cpu: "4096", memory: "30720"), code: FargateWindowsTaskSize.code).isEmpty)
        #expect(findings(fargate(cpu: "8192", memory: "16384"), code: FargateWindowsTaskSize.code).isEmpty)
    }

    // MARK: Network mode and launch types

    @Test func awsvpcRequiredIncludingOmitted() throws {
        let omitted = fargate().replacing("\"networkMode\": \"awsvpc\",", with: "")
        let finding = try #require(findings(omitted, code: FargateRequiresAwsvpc.code).first)
        #expect(finding.message.contains("Fargate only supports network mode 'awsvpc'."))
        #expect(finding.range.start.line == 3)
        #expect(findings(fargate().replacing("awsvpc", with: "host"), code: FargateRequiresAwsvpc.code).count == 1)
        #expect(findings(fargate().replacing("awsvpc", with: "AWSVPC"), code: FargateRequiresAwsvpc.code).isEmpty)
        #expect(findings(fargate(), code: FargateRequiresAwsvpc.code).isEmpty)
    }

    @Test func launchTypeNotDeclaredOnlyWhenUnknown() {
        let json = """
            {"family": "web", "networkMode": "awsvpc", "cpu": "256", "memory": "512",
             "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]}
            """
        #expect(findings(json, code: LaunchTypeNotDeclared.code).count == 1)
        let bridge =
            #"{"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 512}]}"#
        #expect(
            findings(bridge, code: LaunchTypeNotDeclared.code).isEmpty,
            "an EC2-looking definition runs on EC2 as ECS assumes")
        #expect(findings(json, launchType: .ec2, code: LaunchTypeNotDeclared.code).isEmpty)
        #expect(findings(fargate(), code: LaunchTypeNotDeclared.code).isEmpty)
        let invalid = json.replacing("{\"family\"", with: "{\"requiresCompatibilities\": [\"Fargate\"], \"family\"")
        #expect(findings(invalid, code: LaunchTypeNotDeclared.code).isEmpty)
    }

    @Test func managedInstancesBridge() {
        let json = """
            {"family": "web", "requiresCompatibilities": ["MANAGED_INSTANCES"], "cpu": "256", "memory": "512",
             "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]}
            """
        #expect(
            findings(json, code: ManagedInstancesBridgeMode.code).isEmpty,
            "omitted means awsvpc for Managed Instances only")
        let both = json.replacing("[\"MANAGED_INSTANCES\"]", with: "[\"MANAGED_INSTANCES\", \"EC2\"]")
        #expect(findings(both, code: ManagedInstancesBridgeMode.code).count == 1)
    }

    // MARK: Unsupported parameters

    @Test func unsupportedParametersEachAtTheirPlace() {
        let json = fargate(
            "\"ipcMode\": \"host\", \"volumes\": [{\"name\": \"d\", \"dockerVolumeConfiguration\": {\"scope\": \"task\"}}]",
            container: """
                "dnsServers": ["10.0.0.2"], "dnsSearchDomains": [], "extraHosts": [{"hostname": "a", "ipAddress": "10.0.0.1"}],
                "resourceRequirements": [{"type": "GPU", "value": "1"}],
                "linuxParameters": {"sharedMemorySize": 64, "tmpfs": [{"containerPath": "/t", "size": 64}],
                  "capabilities": {"add": ["SYS_PTRACE", "SYS_ADMIN"]}}
                """)
        let result = findings(json, code: FargateUnsupportedParameter.code)
        let pointers = Set(result.map(\.pointer.description))
        #expect(
            pointers == [
                "/ipcMode", "/volumes/0/dockerVolumeConfiguration", "/containerDefinitions/0/dnsServers",
                "/containerDefinitions/0/extraHosts", "/containerDefinitions/0/resourceRequirements/0",
                "/containerDefinitions/0/linuxParameters/sharedMemorySize",
                "/containerDefinitions/0/linuxParameters/tmpfs",
                "/containerDefinitions/0/linuxParameters/capabilities/add/1",
            ])
        #expect(result.contains { $0.message.contains("Tasks using the Fargate launch type do not support ipcMode.") })
    }

    @Test func sourcePathQuotesAWS() throws {
        let json = fargate("\"volumes\": [{\"name\": \"d\", \"host\": {\"sourcePath\": \"/data\"}}]")
        let finding = try #require(findings(json, code: FargateUnsupportedParameter.code).first)
        #expect(finding.message.contains("Fargate compatible task definitions do not support sourcePath"))
        #expect(finding.message.hasPrefix("volume 'd' host.sourcePath '/data'"))
    }

    @Test func linksLeftToTheNetworkRuleInAwsvpc() {
        #expect(findings(fargate(container: "\"links\": [\"db\"]"), code: FargateUnsupportedParameter.code).isEmpty)
        let bridge = fargate(container: "\"links\": [\"db\"]").replacing("awsvpc", with: "bridge")
        #expect(findings(bridge, code: FargateUnsupportedParameter.code).count == 1)
    }

    @Test func pidModeTaskIsFinePidModeHostIsNot() {
        #expect(findings(fargate("\"pidMode\": \"task\""), code: FargatePidModeHost.code).isEmpty)
        #expect(findings(fargate("\"pidMode\": \"host\""), code: FargatePidModeHost.code).count == 1)
    }

    // MARK: Roles and logging

    @Test func executionRoleForECRAndAwslogs() {
        let ecr = fargate().replacing("\"nginx:1.27\"", with: "\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1\"")
        #expect(findings(ecr, code: FargateExecutionRoleForECR.code).count == 1)
        #expect(
            findings(
                ecr.replacing("\"cpu\"", with: "\"executionRoleArn\": \"arn:aws:iam::1:role/x\", \"cpu\""),
                code: FargateExecutionRoleForECR.code
            ).isEmpty)
        #expect(
            findings(
                ecr.replacing("\"cpu\"", with: "\"executionRoleArn\": \"\", \"cpu\""),
                code: FargateExecutionRoleForECR.code
            ).count == 1)
        #expect(findings(fargate(), code: FargateExecutionRoleForECR.code).isEmpty)
        #expect(!FargateExecutionRoleForECR.isPrivateECR("public.ecr.aws/nginx/nginx:1"))
        #expect(FargateExecutionRoleForECR.isPrivateECR("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/a:1"))

        let awslogs = fargate(
            container:
                "\"logConfiguration\": {\"logDriver\": \"awslogs\", \"options\": {\"awslogs-stream-prefix\": \"x\"}}")
        #expect(findings(awslogs, code: FargateExecutionRoleForAwslogs.code).count == 1)
        #expect(findings(awslogs, code: FargateAwslogsStreamPrefix.code).isEmpty)
    }

    @Test func streamPrefixMissingOrEmpty() throws {
        let noOptions = fargate(container: "\"logConfiguration\": {\"logDriver\": \"awslogs\"}")
        let finding = try #require(findings(noOptions, code: FargateAwslogsStreamPrefix.code).first)
        #expect(finding.pointer == JSONPointer(["containerDefinitions", "0", "logConfiguration", "options"]))
        #expect(finding.fix?.contains("\"app\"") == true)
        let empty = fargate(
            container:
                "\"logConfiguration\": {\"logDriver\": \"awslogs\", \"options\": {\"awslogs-stream-prefix\": \"\"}}")
        #expect(findings(empty, code: FargateAwslogsStreamPrefix.code).first?.message.contains("is empty") == true)
    }

    @Test func logDriverAndTimeouts() {
        let syslog = fargate(container: "\"logConfiguration\": {\"logDriver\": \"syslog\"}")
        #expect(findings(syslog, code: FargateLogDriver.code).count == 1)
        #expect(findings(syslog.replacing("syslog", with: "splunk"), code: FargateLogDriver.code).isEmpty)
        let timeouts = fargate(container: "\"startTimeout\": 1, \"stopTimeout\": 120")
        let result = findings(timeouts, code: FargateContainerTimeout.code)
        #expect(result.count == 1)
        #expect(result.first?.fix == "set startTimeout to 2")
    }

    // MARK: Windows

    @Test func windowsRules() {
        let arm =
            "\"runtimePlatform\": {\"operatingSystemFamily\": \"WINDOWS_SERVER_2022_FULL\", \"cpuArchitecture\": \"ARM64\"}"
        #expect(findings(fargate(arm, cpu: "1024", memory: "2048"), code: WindowsRequiresX86.code).count == 1)
        let linuxArm = "\"runtimePlatform\": {\"operatingSystemFamily\": \"LINUX\", \"cpuArchitecture\": \"ARM64\"}"
        #expect(findings(fargate(linuxArm), code: WindowsRequiresX86.code).isEmpty)

        let w2025 = "\"runtimePlatform\": {\"operatingSystemFamily\": \"WINDOWS_SERVER_2025_CORE\"}"
        let info = findings(fargate(w2025, cpu: "1024", memory: "2048"), code: FargateWindowsOSFamily.code)
        #expect(info.count == 1 && info.first?.severity == .info)

        let features = fargate(
            "\"runtimePlatform\": {\"operatingSystemFamily\": \"WINDOWS_SERVER_2019_FULL\"}, \"ephemeralStorage\": {\"sizeInGiB\": 30}",
            container: "\"linuxParameters\": {}", cpu: "1024", memory: "2048")
        let result = findings(features, code: FargateWindowsUnsupportedFeature.code)
        #expect(result.count == 2)
        #expect(result.contains { $0.severity == .warning && $0.pointer == JSONPointer(["ephemeralStorage"]) })
    }

    @Test func externalWarnings() {
        let json = """
            {"family": "edge", "requiresCompatibilities": ["EXTERNAL"], "networkMode": "awsvpc",
             "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]}
            """
        #expect(findings(json, code: ExternalUnsupportedFeature.code).first?.severity == .warning)
        #expect(findings(json.replacing("awsvpc", with: "bridge"), code: ExternalUnsupportedFeature.code).isEmpty)
    }

    // MARK: Real-world definitions stay quiet

    @Test func helloWorldSampleIsQuiet() throws {
        let text = try #require(RepositoryFiles.read("samples/hello-world.json"))
        let report = Linter().lint(SourceText(path: "hello-world.json", text: text))
        let own = report.findings.filter { $0.code.hasPrefix("ECS1") || $0.code.hasPrefix("ECS2") }
        #expect(own.isEmpty, "\(own.map { "\($0.code) \($0.message)" })")
    }

    @Test func fireLensSidecarTaskIsQuiet() {
        let json = """
            {
              "family": "app-with-firelens",
              "requiresCompatibilities": ["FARGATE"],
              "networkMode": "awsvpc",
              "cpu": "512",
              "memory": "1024",
              "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
              "taskRoleArn": "arn:aws:iam::123456789012:role/app",
              "runtimePlatform": {"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"},
              "ephemeralStorage": {"sizeInGiB": 30},
              "volumes": [{"name": "shared", "efsVolumeConfiguration": {"fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED"}}],
              "containerDefinitions": [
                {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", "essential": true,
                 "firelensConfiguration": {"type": "fluentbit"}, "memoryReservation": 50,
                 "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/firelens",
                   "awslogs-region": "us-east-1", "awslogs-stream-prefix": "firelens"}}},
                {"name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.2.3", "essential": true,
                 "portMappings": [{"containerPort": 8080, "protocol": "tcp", "name": "http"}],
                 "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db"}],
                 "mountPoints": [{"sourceVolume": "shared", "containerPath": "/data"}],
                 "linuxParameters": {"initProcessEnabled": true},
                 "stopTimeout": 60,
                 "dependsOn": [{"containerName": "log_router", "condition": "START"}],
                 "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "cloudwatch"}}}
              ],
              "tags": [{"key": "team", "value": "payments"}, {"key": "cost-center", "value": "42"}]
            }
            """
        let report = Linter().lint(SourceText(path: "t.json", text: json))
        let own = report.findings.filter { $0.code.hasPrefix("ECS1") || $0.code.hasPrefix("ECS2") }
        #expect(own.isEmpty, "\(own.map { "\($0.code) \($0.message)" })")
    }
}
