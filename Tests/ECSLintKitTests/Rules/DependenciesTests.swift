import Testing

@testable import ECSLintKit

/// Edge cases of the essential-container, dependency, link and health check rules (ECS5xx).
@Suite struct DependenciesTests: RuleFamilyTests {
    /// An awsvpc task with the given container objects (without braces).
    private static func task(_ containers: String...) -> String {
        """
        {"family": "t", "networkMode": "awsvpc",
         "containerDefinitions": [
           \(containers.map { "{\($0)}" }.joined(separator: ",\n   "))
         ]}
        """
    }

    @Test func noEssentialContainerIsReportedOnceWithNotes() {
        let json = Self.task(
            #""name": "a", "image": "x:1", "essential": false"#, #""name": "b", "image": "x:1", "essential": false"#)
        let found = Self.findings(NoEssentialContainer.code, json)
        #expect(found.count == 1)
        #expect(found.first?.notes.count == 1)
        #expect(found.first?.message.contains("Task definition doesn't have any essential container.") == true)
        #expect(found.first?.range.start.line == 3)
    }

    @Test func essentialDefaultsToTrue() {
        let json = Self.task(#""name": "a", "image": "x:1", "essential": false"#, #""name": "b", "image": "x:1""#)
        #expect(Self.findings(NoEssentialContainer.code, json).isEmpty)
    }

    @Test func unknownDependencySuggestsTheRightCase() {
        let json = Self.task(
            #""name": "app", "image": "x:1", "dependsOn": [{"containerName": "Envoy", "condition": "START"}]"#,
            #""name": "envoy", "image": "x:1""#)
        let found = Self.findings(UnknownDependencyContainer.code, json)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("Cannot depend on container + 'Envoy' because it does not exist") == true)
        #expect(found.first?.fix?.contains("'envoy'") == true)
    }

    @Test func completionDependencyOnDefaultEssential() {
        let json = Self.task(
            #""name": "app", "image": "x:1", "dependsOn": [{"containerName": "init", "condition": "COMPLETE"}]"#,
            #""name": "init", "image": "x:1""#)
        let found = Self.findings(EssentialCompletionDependency.code, json)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("essential by default") == true)
        #expect(found.first?.notes.isEmpty == true)
        let start = json.replacing("COMPLETE", with: "START")
        #expect(Self.findings(EssentialCompletionDependency.code, start).isEmpty)
    }

    @Test func healthyDependencyNeedsAHealthCheck() {
        let json = Self.task(
            #""name": "app", "image": "x:1", "dependsOn": [{"containerName": "db", "condition": "HEALTHY"}]"#,
            #""name": "db", "image": "x:1""#)
        let found = Self.findings(HealthyDependencyWithoutHealthCheck.code, json)
        #expect(found.count == 1)
        #expect(found.first?.stage == .launch)
    }

    @Test func selfDependencyAndLongerCycles() {
        let selfJSON = Self.task(
            #""name": "a", "image": "x:1", "dependsOn": [{"containerName": "a", "condition": "START"}]"#)
        #expect(Self.findings(DependencyCycle.code, selfJSON).first?.message.contains("depends on itself") == true)
        let cycle = Self.task(
            #""name": "a", "image": "x:1", "dependsOn": [{"containerName": "b", "condition": "START"}]"#,
            #""name": "b", "image": "x:1", "dependsOn": [{"containerName": "c", "condition": "START"}]"#,
            #""name": "c", "image": "x:1", "dependsOn": [{"containerName": "a", "condition": "START"}, {"containerName": "d", "condition": "START"}]"#,
            #""name": "d", "image": "x:1""#)
        let found = Self.findings(DependencyCycle.code, cycle)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("a → b → c → a") == true)
        #expect(found.first?.notes.count == 2)
    }

    @Test func acyclicDependenciesAreFine() {
        let json = Self.task(
            #""name": "a", "image": "x:1", "dependsOn": [{"containerName": "b", "condition": "START"}, {"containerName": "c", "condition": "START"}]"#,
            #""name": "b", "image": "x:1", "dependsOn": [{"containerName": "c", "condition": "START"}]"#,
            #""name": "c", "image": "x:1""#)
        #expect(Self.findings(DependencyCycle.code, json).isEmpty)
    }

    @Test func unknownVolumesFromQuotesAWS() {
        let json = Self.task(#""name": "a", "image": "x:1", "volumesFrom": [{"sourceContainer": "data"}]"#)
        #expect(
            Self.findings(UnknownVolumesFromContainer.code, json).first?.message.contains(
                "Invalid 'volumesFrom' setting. Unknown container: 'data'.")
                == true)
    }

    @Test func linksTargetsFormatsAndCycles() {
        let bridge = """
            {"family": "t", "containerDefinitions": [
              {"name": "a", "image": "x:1", "memory": 64, "links": ["db:b", "a", "b alias", "b:"]},
              {"name": "b", "image": "x:1", "memory": 64}
            ]}
            """
        let unknown = Self.findings(UnknownLinkTarget.code, bridge)
        #expect(unknown.count == 1)
        #expect(unknown.first?.fix?.contains("\"b:db\"") == true)
        #expect(
            Self.findings(InvalidLinkFormat.code, bridge).map(\.pointer.description) == [
                "/containerDefinitions/0/links/2", "/containerDefinitions/0/links/3",
            ])
        let cycle = Self.findings(LinkCycle.code, bridge)
        #expect(cycle.count == 1)
        #expect(cycle.first?.message.contains("links to itself") == true)
        #expect(cycle.first?.message.contains("Container links should not have a cycle") == true)
    }

    @Test func unknownProxyContainer() {
        let json = """
            {"family": "t", "networkMode": "awsvpc",
             "proxyConfiguration": {"type": "APPMESH", "containerName": "Envoy", "properties": []},
             "containerDefinitions": [{"name": "envoy", "image": "x:1"}]}
            """
        let found = Self.findings(UnknownProxyContainer.code, json)
        #expect(found.count == 1)
        #expect(found.first?.range.start.line == 2)
    }

    @Test func healthCheckPrefixes() {
        func command(_ elements: String) -> String {
            Self.task(#""name": "a", "image": "x:1", "healthCheck": {"command": [\#(elements)]}"#)
        }
        #expect(Self.findings(HealthCheckCommandPrefix.code, command(#""CMD", "true""#)).isEmpty)
        #expect(Self.findings(HealthCheckCommandPrefix.code, command(#""NONE""#)).isEmpty)
        #expect(
            Self.findings(HealthCheckCommandPrefix.code, command(#""cmd-shell", "true""#)).first?.fix
                == "write \"CMD-SHELL\"")
        #expect(Self.findings(HealthCheckCommandPrefix.code, command("")).first?.message.contains("empty") == true)
        let line = Self.findings(HealthCheckCommandPrefix.code, command(#""CMD curl -f http://x""#))
        #expect(line.first?.severity == .error)
        #expect(line.first?.fix == "write [\"CMD-SHELL\", \"curl -f http://x\"]")
        #expect(
            Self.findings(HealthCheckCommandPrefix.code, command(#""pgrep", "x""#)).first?.severity == .info,
            "exec form without CMD works")
    }

    @Test func healthCheckCommandForms() {
        func command(_ elements: String) -> String {
            Self.task(#""name": "a", "image": "x:1", "healthCheck": {"command": [\#(elements)]}"#)
        }
        let split = Self.findings(HealthCheckCommandForm.code, command(#""CMD-SHELL", "curl", "-f", "http://x""#))
        #expect(split.first?.fix == "join them: [\"CMD-SHELL\", \"curl -f http://x\"]")
        #expect(
            Self.findings(HealthCheckCommandForm.code, command(#""CMD", "curl", "-f", "http://x", "||", "exit", "1""#))
                .count == 1)
        #expect(Self.findings(HealthCheckCommandForm.code, command(#""CMD", "/bin/check""#)).isEmpty)
        #expect(
            Self.findings(HealthCheckCommandForm.code, command(#""CMD-SHELL", "curl -f http://x || exit 1""#)).isEmpty)
    }

    @Test func healthCheckTimingBoundsAreInclusive() {
        let inside = Self.task(
            #""name": "a", "image": "x:1", "healthCheck": {"command": ["CMD", "true"], "interval": 300, "timeout": 60, "retries": 10, "startPeriod": 0}"#
        )
        #expect(Self.findings(HealthCheckTimingOutOfRange.code, inside).isEmpty)
        let outside = Self.task(
            #""name": "a", "image": "x:1", "healthCheck": {"command": ["CMD", "true"], "interval": 4, "timeout": 61, "retries": 11, "startPeriod": -1}"#
        )
        #expect(Self.findings(HealthCheckTimingOutOfRange.code, outside).count == 4)
    }

    @Test func timeoutAgainstTheDefaultInterval() {
        let json = Self.task(
            #""name": "a", "image": "x:1", "healthCheck": {"command": ["CMD", "true"], "timeout": 30}"#)
        let found = Self.findings(HealthCheckTimeoutNotBelowInterval.code, json)
        #expect(found.first?.message.contains("default interval of 30") == true)
        let fine = Self.task(
            #""name": "a", "image": "x:1", "healthCheck": {"command": ["CMD", "true"], "interval": 10}"#)
        #expect(Self.findings(HealthCheckTimeoutNotBelowInterval.code, fine).isEmpty)
    }

    @Test func unsplitCommands() {
        let shell = Self.task(
            #""name": "a", "image": "x:1", "entryPoint": ["/bin/bash", "-c"], "command": ["run --fast"]"#)
        #expect(Self.findings(UnsplitCommandString.code, shell).isEmpty)
        let pipe = Self.task(#""name": "a", "image": "x:1", "command": ["cat /etc/hosts | grep db"]"#)
        #expect(Self.findings(UnsplitCommandString.code, pipe).first?.fix?.contains("[\"sh\", \"-c\"") == true)
        let plain = Self.task(#""name": "a", "image": "x:1", "command": ["npm", "start"]"#)
        #expect(Self.findings(UnsplitCommandString.code, plain).isEmpty)
    }

    @Test func missingHealthCheckOnlyForEssentialServingContainers() {
        let json = Self.task(
            #""name": "a", "image": "x:1""#,
            #""name": "b", "image": "x:1", "essential": false, "portMappings": [{"containerPort": 80}]"#)
        #expect(Self.findings(MissingHealthCheck.code, json).isEmpty)
    }

    @Test func realWorldAppMeshTaskIsClean() {
        let json = """
            {
              "family": "appmesh-app", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
              "cpu": "512", "memory": "1024",
              "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
              "taskRoleArn": "arn:aws:iam::123456789012:role/appTaskRole",
              "proxyConfiguration": {"type": "APPMESH", "containerName": "envoy", "properties": [
                {"name": "IgnoredUID", "value": "1337"}, {"name": "ProxyIngressPort", "value": "15000"},
                {"name": "ProxyEgressPort", "value": "15001"}, {"name": "AppPorts", "value": "9080"},
                {"name": "EgressIgnoredIPs", "value": "169.254.170.2,169.254.169.254"}]},
              "containerDefinitions": [
                {"name": "app", "image": "123456789012.dkr.ecr.us-west-2.amazonaws.com/app:1.4.2", "essential": true,
                 "portMappings": [{"name": "app-9080-tcp", "containerPort": 9080, "protocol": "tcp", "appProtocol": "http"}],
                 "dependsOn": [{"containerName": "envoy", "condition": "HEALTHY"}, {"containerName": "migrate", "condition": "SUCCESS"}],
                 "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost:9080/health || exit 1"], "interval": 10, "timeout": 5, "retries": 3, "startPeriod": 30},
                 "logConfiguration": {"logDriver": "awsfirelens", "options": {"Name": "cloudwatch_logs", "region": "us-west-2", "log_group_name": "app", "log_stream_prefix": "app"}}},
                {"name": "migrate", "image": "123456789012.dkr.ecr.us-west-2.amazonaws.com/app:1.4.2", "essential": false,
                 "command": ["./manage", "migrate"]},
                {"name": "envoy", "image": "840364872350.dkr.ecr.us-west-2.amazonaws.com/aws-appmesh-envoy:v1.29.6.0-prod",
                 "essential": true, "user": "1337",
                 "environment": [{"name": "APPMESH_RESOURCE_ARN", "value": "arn:aws:appmesh:us-west-2:123456789012:mesh/m/virtualNode/app"}],
                 "healthCheck": {"command": ["CMD-SHELL", "curl -s http://localhost:9901/server_info | grep state | grep -q LIVE"], "interval": 5, "timeout": 2, "retries": 3, "startPeriod": 10}},
                {"name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2", "essential": true,
                 "user": "0", "firelensConfiguration": {"type": "fluentbit"}, "memoryReservation": 50}
              ]
            }
            """
        let mine = Self.findings(json).filter { $0.code.hasPrefix("ECS3") || $0.code.hasPrefix("ECS5") }
        #expect(mine.isEmpty, "\(mine.map { "\($0.code) \($0.message)" })")
    }
}
