import Testing

@testable import ECSLintKit

/// Container tests: real-world definitions and samples stay silent.
extension ContainerTests {
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
