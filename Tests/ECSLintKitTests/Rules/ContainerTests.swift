import Testing

@testable import ECSLintKit

/// Edge cases of the container resource and runtime rules (ECS4xx).
@Suite struct ContainerTests: RuleFamilyTests {
    /// A task whose first container has `container` as extra members.
    private static func task(_ container: String, extra: String = "") -> String {
        """
        {"family": "t", \(extra)
         "containerDefinitions": [{"name": "app", "image": "nginx:1.27", \(container)}]}
        """
    }

    private static let windows = #""runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},"#
    private static let fargate =
        #""requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512","#

    // MARK: Memory

    @Test func memoryMissingQuotesAWSAndPointsAtTheContainer() {
        let json = """
            {"family": "t", "containerDefinitions": [
              {"name": "web", "image": "nginx:1.27", "memoryReservation": 64},
              {"name": "worker", "image": "busybox:1.36"}
            ]}
            """
        let found = Self.findings(ContainerMemoryMissing.code, json)
        #expect(found.count == 1)
        #expect(
            found.first?.message.contains(
                "Invalid setting for container 'worker'. At least one of 'memory' or 'memoryReservation' must be specified."
            )
                == true)
        #expect(found.first?.range.start.line == 3)
        #expect(found.first?.range.start.column == 3)
    }

    @Test func memoryMissingIsSilentWithTaskMemoryOrOnFargate() {
        #expect(
            Self.findings(ContainerMemoryMissing.code, Self.task(#""cpu": 0"#, extra: #""memory": "2 GB","#)).isEmpty)
        #expect(Self.findings(ContainerMemoryMissing.code, Self.task(#""cpu": 0"#, extra: Self.fargate)).isEmpty)
        #expect(Self.findings(ContainerMemoryMissing.code, Self.task(#""cpu": 0"#), launchType: .fargate).isEmpty)
        #expect(Self.findings(ContainerMemoryMissing.code, Self.task(#""cpu": 0"#)).count == 1)
    }

    @Test func zeroMemoryQuotesAWS() {
        let found = Self.findings(InvalidContainerMemory.code, Self.task(#""memory": 0, "memoryReservation": -5"#))
        #expect(found.count == 2)
        #expect(found.contains { $0.message.contains("Invalid 'memory' setting for container 'app'.") })
    }

    @Test func tinyMemoryIsALaunchErrorOnLinuxOnly() {
        let found = Self.findings(ContainerMemoryTooSmall.code, Self.task(#""memory": 2, "memoryReservation": 5"#))
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.stage == .launch })
        #expect(found.first?.fix?.contains("2048") == true)
        #expect(Self.findings(ContainerMemoryTooSmall.code, Self.task(#""memory": 6"#)).isEmpty)
        #expect(Self.findings(ContainerMemoryTooSmall.code, Self.task(#""memory": 2"#, extra: Self.windows)).isEmpty)
    }

    @Test func reservationEqualToMemoryIsAccepted() {
        #expect(
            Self.findings(MemoryReservationExceedsMemory.code, Self.task(#""memory": 256, "memoryReservation": 256"#))
                .isEmpty)
        let found = Self.findings(
            MemoryReservationExceedsMemory.code, Self.task(#""memory": 256, "memoryReservation": 257"#))
        #expect(found.count == 1)
        #expect(found.first?.notes.count == 1)
    }

    @Test func containerMemoryIsComparedWithTaskMemoryInGB() {
        #expect(
            Self.findings(ContainerMemoryExceedsTask.code, Self.task(#""memory": 1024"#, extra: #""memory": "1 GB","#))
                .isEmpty)
        let found = Self.findings(
            ContainerMemoryExceedsTask.code, Self.task(#""memory": 1025"#, extra: #""memory": "1GB","#))
        #expect(found.count == 1)
        #expect(
            found.first?.message.contains("The 'memory' setting for container 'app' is greater than for the task.")
                == true)
        #expect(
            Self.findings(ContainerMemoryExceedsTask.code, Self.task(#""memory": 4096"#, extra: #""memory": "lots","#))
                .isEmpty)
    }

    @Test func reservationSumPointsAtTaskMemoryWithNotes() {
        let json = """
            {"family": "t", "memory": "512", "containerDefinitions": [
              {"name": "a", "image": "x:1", "memoryReservation": 300},
              {"name": "b", "image": "y:1", "memoryReservation": 300},
              {"name": "c", "image": "z:1", "memory": 100}
            ]}
            """
        let found = Self.findings(MemoryReservationSumExceedsTask.code, json)
        #expect(found.count == 1)
        #expect(found.first?.pointer == JSONPointer(["memory"]))
        #expect(found.first?.notes.count == 2)
        #expect(found.first?.message.contains("600 MiB") == true)
    }

    @Test func cpuSumAcceptsVCPUStrings() {
        let two = """
            {"family": "t", "cpu": "%@", "memory": "2048", "containerDefinitions": [
              {"name": "a", "image": "x:1", "cpu": 512}, {"name": "b", "image": "y:1", "cpu": 512}, {"name": "c", "image": "z:1", "cpu": 0}
            ]}
            """
        #expect(Self.findings(ContainerCPUSumExceedsTask.code, two.replacing("%@", with: "1 vCPU")).isEmpty)
        let found = Self.findings(ContainerCPUSumExceedsTask.code, two.replacing("%@", with: ".5 vCPU"))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("1024 units") == true)
        #expect(found.first?.notes.count == 2)
    }

    @Test func memoryReservationOnWindowsSuggestsMemory() {
        let found = Self.findings(
            MemoryReservationOnWindows.code, Self.task(#""memoryReservation": 512"#, extra: Self.windows))
        #expect(found.first?.fix == "replace memoryReservation with \"memory\": 512")
        #expect(Self.findings(MemoryReservationOnWindows.code, Self.task(#""memoryReservation": 512"#)).isEmpty)
    }

    // MARK: Accelerators

    @Test func gpuValues() {
        func gpu(_ value: String, extra: String = "") -> [Finding] {
            Self.findings(
                InvalidGPURequirement.code,
                Self.task(
                    #""memory": 512, "resourceRequirements": [{"type": "GPU", "value": "\#(value)"}]"#, extra: extra))
        }
        #expect(gpu("1").isEmpty)
        #expect(gpu("8").isEmpty)
        #expect(gpu("0").count == 1)
        #expect(gpu("1.5").count == 1)
        #expect(gpu("two").count == 1)
        #expect(gpu("0", extra: Self.fargate).isEmpty)
        let windows = gpu("1", extra: Self.windows)
        #expect(windows.count == 1)
        #expect(windows.first?.severity == .warning)
    }

    @Test func duplicateGPUEntries() {
        let json = Self.task(
            #""memory": 512, "resourceRequirements": [{"type": "GPU", "value": "1"}, {"type": "GPU", "value": "1"}]"#)
        #expect(Self.findings(InvalidGPURequirement.code, json).count == 1)
    }

    @Test func inferenceAcceleratorWithoutDeclarations() {
        let json = Self.task(
            #""memory": 512, "resourceRequirements": [{"type": "InferenceAccelerator", "value": "d1"}]"#)
        let found = Self.findings(InferenceAcceleratorReference.code, json)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("declares no inferenceAccelerators") == true)
    }

    // MARK: Windows

    @Test func linuxOnlyParametersOnWindows() {
        let json = Self.task(
            #""memory": 512, "user": "ContainerUser", "readonlyRootFilesystem": false, "ulimits": [{"name": "nofile", "softLimit": 1, "hardLimit": 1}], "linuxParameters": {}"#,
            extra: Self.windows + #""pidMode": "task","#)
        let keys = Self.findings(LinuxOnlyParameterOnWindows.code, json).map { $0.pointer.lastToken ?? "" }.sorted()
        #expect(keys == ["linuxParameters", "pidMode", "ulimits"])
        #expect(
            Self.findings(LinuxOnlyParameterOnWindows.code, Self.task(#""memory": 512, "linuxParameters": {}"#)).isEmpty
        )
    }

    @Test func linuxParametersOnWindowsFargateAreLeftToTheFargateRules() {
        let json = Self.task(
            #""linuxParameters": {}"#,
            extra: Self.windows
                + #""requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "1024", "memory": "2048","#)
        #expect(Self.findings(LinuxOnlyParameterOnWindows.code, json).isEmpty)
    }

    // MARK: Capabilities and privileges

    @Test func capabilitySpellings() {
        let json = Self.task(
            #""memory": 512, "linuxParameters": {"capabilities": {"add": ["CAP_SYS_ADMIN", "net_raw", "SYS_PTRACE", "BPF", "FOO"]}}"#
        )
        let invalid = Self.findings(InvalidCapability.code, json)
        #expect(invalid.map(\.severity) == [.warning, .warning, .warning, .error])
        #expect(invalid.first?.fix == "write \"SYS_ADMIN\"")
        #expect(Self.findings(DangerousCapability.code, json).isEmpty)
    }

    @Test func dangerousCapabilitiesOnlyInAdd() {
        let json = Self.task(
            #""memory": 512, "linuxParameters": {"capabilities": {"add": ["NET_ADMIN", "ALL"], "drop": ["SYS_ADMIN"]}}"#
        )
        let found = Self.findings(DangerousCapability.code, json)
        #expect(found.count == 2)
        #expect(found.first?.range.start.line == 2)
        #expect(Self.findings(DangerousCapability.code, json, launchType: .fargate).isEmpty)
    }

    @Test func privilegedIsAnErrorOnWindowsOnly() {
        #expect(
            Self.findings(PrivilegedContainer.code, Self.task(#""memory": 512, "privileged": true"#)).first?.severity
                == .warning)
        #expect(
            Self.findings(
                PrivilegedContainer.code, Self.task(#""memory": 512, "privileged": true"#, extra: Self.windows)
            ).first?
            .severity == .error)
        #expect(Self.findings(PrivilegedContainer.code, Self.task(#""memory": 512, "privileged": false"#)).isEmpty)
        #expect(Self.findings(PrivilegedContainer.code, Self.task(#""privileged": true"#, extra: Self.fargate)).isEmpty)
    }

    @Test func writableRootFilesystemIsInfo() {
        let found = Self.findings(WritableRootFilesystem.code, Self.task(#""memory": 512"#))
        #expect(found.count == 1)
        #expect(found.first?.severity == .info)
        #expect(
            Self.findings(WritableRootFilesystem.code, Self.task(#""memory": 512, "readonlyRootFilesystem": true"#))
                .isEmpty)
        #expect(Self.findings(WritableRootFilesystem.code, Self.task(#""memory": 512"#, extra: Self.windows)).isEmpty)
    }

    // MARK: Linux parameters

    @Test func swapSettings() {
        #expect(
            Self.findings(SwapSettingOutOfRange.code, Self.task(#""linuxParameters": {"maxSwap": 0, "swappiness": 0}"#))
                .isEmpty)
        #expect(
            Self.findings(
                SwapSettingOutOfRange.code, Self.task(#""linuxParameters": {"maxSwap": 0, "swappiness": 100}"#)
            ).isEmpty)
        #expect(
            Self.findings(SwapSettingOutOfRange.code, Self.task(#""linuxParameters": {"swappiness": -1}"#)).count == 1)
        #expect(
            Self.findings(
                SwappinessWithoutMaxSwap.code, Self.task(#""linuxParameters": {"maxSwap": 0, "swappiness": 60}"#)
            ).isEmpty)
        #expect(
            Self.findings(SwappinessWithoutMaxSwap.code, Self.task(#""linuxParameters": {"swappiness": 60}"#)).count
                == 1)
    }

    @Test func tmpfsOptionsWithValues() {
        let good = Self.task(
            #""linuxParameters": {"tmpfs": [{"containerPath": "/run", "size": 16, "mountOptions": ["mode=1777", "uid=1000", "noexec"]}]}"#
        )
        #expect(Self.findings(InvalidTmpfs.code, good).isEmpty)
        let bad = Self.task(
            #""linuxParameters": {"tmpfs": [{"containerPath": "/run", "size": 16, "mountOptions": ["size=64m"]}]}"#)
        #expect(Self.findings(InvalidTmpfs.code, bad).count == 1)
        #expect(Self.findings(InvalidTmpfs.code, bad, launchType: .fargate).isEmpty)
    }

    @Test func devicePathsSuggestDev() {
        let found = Self.findings(
            DevicePathNotAbsolute.code,
            Self.task(#""linuxParameters": {"devices": [{"hostPath": "/dev/fuse", "containerPath": "dev/fuse"}]}"#))
        #expect(found.count == 1)
        #expect(found.first?.fix?.contains("\"/dev/fuse\"") == true)
    }

    @Test func ulimitLimits() {
        #expect(
            Self.findings(
                UlimitSoftLimitExceedsHard.code,
                Self.task(#""ulimits": [{"name": "core", "softLimit": -1, "hardLimit": -1}]"#)
            )
            .isEmpty)
        #expect(
            Self.findings(
                UlimitSoftLimitExceedsHard.code,
                Self.task(#""ulimits": [{"name": "core", "softLimit": 0, "hardLimit": -1}]"#)
            )
            .isEmpty)
        #expect(
            Self.findings(
                UlimitSoftLimitExceedsHard.code,
                Self.task(#""ulimits": [{"name": "core", "softLimit": -1, "hardLimit": 10}]"#)
            )
            .count == 1)
        let nofile = #""ulimits": [{"name": "nofile", "softLimit": 1048577, "hardLimit": 1048577}]"#
        #expect(Self.findings(FargateNofileLimit.code, Self.task(nofile, extra: Self.fargate)).count == 2)
        #expect(Self.findings(FargateNofileLimit.code, Self.task(nofile)).isEmpty)
        let twice =
            #""ulimits": [{"name": "nofile", "softLimit": 1, "hardLimit": 1}, {"name": "nofile", "softLimit": 2, "hardLimit": 2}]"#
        #expect(Self.findings(DuplicateUlimit.code, Self.task(twice)).first?.notes.count == 1)
    }

    @Test func systemControls() {
        func controls(_ names: [String], extra: String = "") -> [Finding] {
            let list = names.map { #"{"namespace": "\#($0)", "value": "1"}"# }.joined(separator: ", ")
            return Self.findings(Self.task(#""memory": 512, "systemControls": [\#(list)]"#, extra: extra))
        }
        let namespaced = ["net.core.somaxconn", "kernel.shmmax", "fs.mqueue.msg_max", "kernel.domainname"]
        #expect(
            controls(namespaced).filter {
                $0.code == InvalidSystemControl.code || $0.code == SystemControlInHostNamespace.code
            }.isEmpty)
        #expect(
            controls(["vm.swappiness", "kernel.hostname"]).filter { $0.code == InvalidSystemControl.code }.count == 2)
        let host = controls(namespaced, extra: #""networkMode": "host", "ipcMode": "host","#)
        #expect(host.filter { $0.code == SystemControlInHostNamespace.code }.count == 3)
        #expect(host.filter { $0.code == InvalidSystemControl.code }.isEmpty)
    }

    @Test func hostNamespaces() {
        let json = Self.task(#""memory": 512"#, extra: #""pidMode": "host", "ipcMode": "host","#)
        #expect(Self.findings(HostNamespaceSharing.code, json).count == 2)
        #expect(
            Self.findings(
                HostNamespaceSharing.code,
                Self.task(#""memory": 512"#, extra: #""pidMode": "task", "ipcMode": "none","#)
            )
            .isEmpty)
    }

    // MARK: Identity and security options

    @Test func userForms() {
        for user in ["app", "1000", "1000:1000", "app:staff", "0", "nobody:65534", "www-data", "svc$"] {
            #expect(Self.findings(InvalidUser.code, Self.task(#""user": "\#(user)""#)).isEmpty, "\(user)")
        }
        for user in ["1000:", ":1000", "a:b:c", "app user", "-1", "1000:-5"] {
            #expect(Self.findings(InvalidUser.code, Self.task(#""user": "\#(user)""#)).count == 1, "\(user)")
        }
        #expect(Self.findings(InvalidUser.code, Self.task(#""user": "a:b:c""#, extra: Self.windows)).isEmpty)
    }

    @Test func dockerSecurityOptionForms() {
        let good = [
            "no-new-privileges", "no-new-privileges:true", "no-new-privileges=false", "label:disable",
            "label=type:container_t", "apparmor=unconfined", "seccomp=unconfined", "credentialspec:file://gmsa.json",
        ]
        let list = good.map { "\"\($0)\"" }.joined(separator: ", ")
        #expect(
            Self.findings(InvalidDockerSecurityOption.code, Self.task(#""dockerSecurityOptions": [\#(list)]"#)).isEmpty)
        let bad = Self.findings(
            InvalidDockerSecurityOption.code,
            Self.task(#""dockerSecurityOptions": ["no-new-privileges:yes", "selinux:on", "label"]"#))
        #expect(bad.count == 3)
        #expect(
            Self.findings(
                InvalidDockerSecurityOption.code, Self.task(#""dockerSecurityOptions": ["selinux:on"]"#),
                launchType: .fargate
            )
            .isEmpty)
    }

    @Test func credentialSpecs() {
        let s3 = "credentialspec:arn:aws:s3:::my-bucket/gmsa/webapp.json"
        #expect(Self.findings(InvalidCredentialSpecs.code, Self.task(#""credentialSpecs": ["\#(s3)"]"#)).isEmpty)
        let two = Self.findings(InvalidCredentialSpecs.code, Self.task(#""credentialSpecs": ["\#(s3)", "\#(s3)"]"#))
        #expect(two.count == 1)
        #expect(two.first?.pointer.lastToken == "1")
        let bucketOnly = Self.findings(
            InvalidCredentialSpecs.code, Self.task(#""credentialSpecs": ["credentialspec:arn:aws:s3:::my-bucket"]"#))
        #expect(bucketOnly.count == 1)
    }

    @Test func restartPolicyBounds() {
        #expect(
            Self.findings(
                RestartPolicyOutOfRange.code,
                Self.task(#""restartPolicy": {"enabled": true, "restartAttemptPeriod": 1800}"#)
            )
            .isEmpty)
        #expect(
            Self.findings(
                RestartPolicyOutOfRange.code,
                Self.task(#""restartPolicy": {"enabled": true, "restartAttemptPeriod": 1801}"#)
            )
            .count == 1)
        let codes = (0...50).map(String.init).joined(separator: ", ")
        #expect(
            Self.findings(
                RestartPolicyOutOfRange.code,
                Self.task(#""restartPolicy": {"enabled": true, "ignoredExitCodes": [\#(codes)]}"#)
            )
            .count == 1)
    }

    @Test func versionConsistencyWithDigestIsFine() {
        let digest = "nginx@sha256:" + String(repeating: "a", count: 64)
        let json =
            #"{"family": "t", "containerDefinitions": [{"name": "app", "image": "\#(digest)", "versionConsistency": "disabled"}]}"#
        #expect(Self.findings(VersionConsistencyDisabled.code, json).isEmpty)
        #expect(
            Self.findings(VersionConsistencyDisabled.code, Self.task(#""versionConsistency": "disabled""#)).first?
                .severity == .info)
    }

    // MARK: Real-world definitions

    /// Correct task definitions of common shapes: none of the container,
    /// logging or storage rules (ECS4xx, ECS8xx, ECS9xx) may report an error or
    /// a warning on them.
    static let realWorld: [String] = [
        // Fargate service with an App Mesh Envoy sidecar.
        """
        {"family": "colorteller", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
         "cpu": "512", "memory": "1024",
         "executionRoleArn": "arn:aws:iam::111122223333:role/exec", "taskRoleArn": "arn:aws:iam::111122223333:role/task",
         "proxyConfiguration": {"type": "APPMESH", "containerName": "envoy", "properties": [
           {"name": "IgnoredUID", "value": "1337"}, {"name": "ProxyIngressPort", "value": "15000"},
           {"name": "ProxyEgressPort", "value": "15001"}, {"name": "AppPorts", "value": "9080"},
           {"name": "EgressIgnoredIPs", "value": "169.254.170.2,169.254.169.254"}]},
         "containerDefinitions": [
           {"name": "app", "image": "111122223333.dkr.ecr.us-west-2.amazonaws.com/colorteller:1.4.2", "essential": true,
            "readonlyRootFilesystem": true, "portMappings": [{"containerPort": 9080, "protocol": "tcp"}],
            "dependsOn": [{"containerName": "envoy", "condition": "HEALTHY"}],
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/colorteller",
              "awslogs-region": "us-west-2", "awslogs-stream-prefix": "app", "mode": "non-blocking", "max-buffer-size": "25m"}}},
           {"name": "envoy", "image": "840364872350.dkr.ecr.us-west-2.amazonaws.com/aws-appmesh-envoy:v1.29.6.0-prod",
            "essential": true, "user": "1337", "memoryReservation": 256, "readonlyRootFilesystem": true,
            "ulimits": [{"name": "nofile", "softLimit": 15000, "hardLimit": 15000}],
            "healthCheck": {"command": ["CMD-SHELL", "curl -s http://localhost:9901/server_info | grep state | grep -q LIVE"],
              "interval": 5, "timeout": 2, "retries": 3, "startPeriod": 10},
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/colorteller",
              "awslogs-region": "us-west-2", "awslogs-stream-prefix": "envoy"}}}
         ]}
        """,
        // EC2 and Fargate task with an EFS access point and IAM authorization.
        """
        {"family": "wordpress", "networkMode": "awsvpc", "requiresCompatibilities": ["EC2", "FARGATE"],
         "cpu": "1024", "memory": "2 GB",
         "taskRoleArn": "arn:aws:iam::111122223333:role/wordpress", "executionRoleArn": "arn:aws:iam::111122223333:role/exec",
         "volumes": [{"name": "wp-content", "efsVolumeConfiguration": {"fileSystemId": "fs-0a1b2c3d4e5f60718",
           "rootDirectory": "/", "transitEncryption": "ENABLED", "transitEncryptionPort": 2999,
           "authorizationConfig": {"accessPointId": "fsap-0a1b2c3d4e5f60718", "iam": "ENABLED"}}}],
         "containerDefinitions": [
           {"name": "wordpress", "image": "wordpress:6.6-apache", "essential": true, "cpu": 1024, "memory": 2048,
            "portMappings": [{"containerPort": 80}], "readonlyRootFilesystem": true,
            "mountPoints": [{"sourceVolume": "wp-content", "containerPath": "/var/www/html/wp-content", "readOnly": false}],
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/wordpress",
              "awslogs-region": "eu-central-1", "awslogs-stream-prefix": "wp", "awslogs-create-group": "true"}}}
         ]}
        """,
        // EC2 bridge task with a FireLens router using a custom configuration file.
        """
        {"family": "api", "requiresCompatibilities": ["EC2"], "taskRoleArn": "arn:aws:iam::111122223333:role/api",
         "containerDefinitions": [
           {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", "essential": true,
            "memoryReservation": 50, "readonlyRootFilesystem": false,
            "firelensConfiguration": {"type": "fluentbit", "options": {"enable-ecs-log-metadata": "true",
              "config-file-type": "file", "config-file-value": "/fluent-bit/configs/parse-json.conf"}},
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/firelens",
              "awslogs-region": "us-east-1", "awslogs-stream-prefix": "firelens"}}},
           {"name": "api", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/api:2.0.1", "essential": true,
            "cpu": 256, "memory": 512, "memoryReservation": 256, "readonlyRootFilesystem": true,
            "portMappings": [{"containerPort": 8080, "hostPort": 0}],
            "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "datadog", "Host": "http-intake.logs.datadoghq.com",
              "TLS": "on", "dd_service": "api", "provider": "ecs"},
              "secretOptions": [{"name": "apikey", "valueFrom": "arn:aws:ssm:us-east-1:111122223333:parameter/dd-api-key"}]}}
         ]}
        """,
        // EC2 batch job with hardened Linux parameters and a shared Docker volume.
        """
        {"family": "batch", "networkMode": "bridge", "taskRoleArn": "arn:aws:iam::111122223333:role/batch",
         "volumes": [{"name": "scratch", "dockerVolumeConfiguration": {"scope": "shared", "autoprovision": true,
           "driver": "rexray/ebs", "driverOpts": {"volumetype": "gp3", "size": "100"}}},
           {"name": "tmp", "dockerVolumeConfiguration": {"scope": "task", "driver": "local"}},
           {"name": "certs", "host": {"sourcePath": "/etc/pki/ca-trust"}}],
         "containerDefinitions": [
           {"name": "job", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/job:7", "essential": true,
            "memory": 4096, "memoryReservation": 2048, "cpu": 2048, "user": "1000:1000", "readonlyRootFilesystem": true,
            "dockerSecurityOptions": ["no-new-privileges"],
            "linuxParameters": {"initProcessEnabled": true, "sharedMemorySize": 512, "maxSwap": 1024, "swappiness": 10,
              "capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]},
              "tmpfs": [{"containerPath": "/run", "size": 64, "mountOptions": ["rw", "noexec", "nosuid", "mode=1777"]}]},
            "ulimits": [{"name": "nofile", "softLimit": 65536, "hardLimit": 65536}, {"name": "memlock", "softLimit": -1, "hardLimit": -1}],
            "systemControls": [{"namespace": "net.core.somaxconn", "value": "1024"}, {"namespace": "kernel.shmmax", "value": "68719476736"}],
            "restartPolicy": {"enabled": true, "ignoredExitCodes": [0], "restartAttemptPeriod": 180},
            "mountPoints": [{"sourceVolume": "scratch", "containerPath": "/scratch"}, {"sourceVolume": "tmp", "containerPath": "/tmp"},
              {"sourceVolume": "certs", "containerPath": "/etc/pki/ca-trust", "readOnly": true}],
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/batch",
              "awslogs-region": "us-east-1", "awslogs-stream-prefix": "job", "awslogs-datetime-format": "%Y-%m-%d %H:%M:%S"}}}
         ]}
        """,
        // Windows EC2 task with an FSx for Windows File Server share and gMSA.
        """
        {"family": "iis", "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
         "requiresCompatibilities": ["EC2"], "executionRoleArn": "arn:aws:iam::111122223333:role/exec",
         "volumes": [{"name": "content", "fsxWindowsFileServerVolumeConfiguration": {"fileSystemId": "fs-0a1b2c3d4e5f60718",
           "rootDirectory": "share", "authorizationConfig": {
             "credentialsParameter": "arn:aws:secretsmanager:us-east-1:111122223333:secret:fsx-creds-AbCdEf", "domain": "corp.example.com"}}}],
         "containerDefinitions": [
           {"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "essential": true,
            "cpu": 1024, "memory": 2048, "user": "ContainerUser",
            "credentialSpecs": ["credentialspecdomainless:arn:aws:ssm:us-east-1:111122223333:parameter/gmsa-iis"],
            "mountPoints": [{"sourceVolume": "content", "containerPath": "C:\\inetpub\\wwwroot"}],
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/iis",
              "awslogs-region": "us-east-1", "awslogs-stream-prefix": "iis"}}}
         ]}
        """,
    ]

    @Test(arguments: realWorld.indices)
    func realWorldDefinitionsStaySilent(_ index: Int) {
        let mine = Self.findings(Self.realWorld[index]).filter {
            ($0.code.hasPrefix("ECS4") || $0.code.hasPrefix("ECS8") || $0.code.hasPrefix("ECS9"))
                && $0.severity != .info
        }
        #expect(mine.isEmpty, "\(mine.map { "\($0.range.start) \($0.code) \($0.message)" })")
    }

    @Test(arguments: [
        "samples/hello-world.json", "samples/hello-world.yaml", "samples/good/fargate-firelens-sidecar.yaml",
        "samples/good/ec2-bridge-dynamic-ports.json",
    ])
    func samplesStaySilent(_ path: String) {
        let report = Linter().lint(SourceText(path: path, bytes: RepositoryFiles.bytes(path) ?? []))
        let mine = report.findings.filter {
            ($0.code.hasPrefix("ECS4") || $0.code.hasPrefix("ECS8") || $0.code.hasPrefix("ECS9"))
                && $0.severity != .info
        }
        #expect(mine.isEmpty, "\(mine.map { "\($0.range.start) \($0.code) \($0.message)" })")
    }
}
