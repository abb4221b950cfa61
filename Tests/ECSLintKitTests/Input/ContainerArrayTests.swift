import Testing

@testable import ECSLintKit

@Suite struct ContainerArrayTests {
    static let containers = """
        [
          {
            "name": "web",
            "image": "nginx:1.27",
            "portMappings": [{"containerPort": 80, "hostPort": 8080}],
            "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}],
            "dependsOn": [{"containerName": "missing", "condition": "START"}]
          },
          {"name": "log", "image": "busybox:1.36", "memory": "64"}
        ]
        """

    @Test func isRecognisedAndTaskLevelRulesStaySilent() throws {
        let report = lintInput(Self.containers)
        let info = try #require(report.findings(ContainerDefinitionsArray.code).first)
        #expect(info.severity == .info)
        #expect(report.place(of: info) == "1:1")
        for code in [
            MissingRequiredKey.code, NotATaskDefinition.code, ContainerMemoryMissing.code, MountPointUnknownVolume.code,
            LaunchTypeNotDeclared.code, HostPortMismatch.code, StaticHostPort.code,
        ] {
            #expect(report.findings(code).isEmpty, "\(code): \(report.findings(code).map(\.message))")
        }
    }

    @Test func containerRulesRunWithPositionsInTheArray() throws {
        let report = lintInput(Self.containers)
        let dependency = try #require(report.findings(UnknownDependencyContainer.code).first)
        #expect(dependency.pointer.description == "/0/dependsOn/0/containerName")
        #expect(report.place(of: dependency) == "7:37")
        let type = try #require(report.findings(WrongType.code).first)
        #expect(type.pointer.description == "/1/memory")
        #expect(report.place(of: type) == "9:54")
    }

    @Test func fargateLaunchTypeMakesTheNetworkModeAwsvpc() throws {
        let report = lintInput(Self.containers, launchType: .fargate)
        let mismatch = try #require(report.findings(HostPortMismatch.code).first)
        #expect(mismatch.pointer.description == "/0/portMappings/0/hostPort")
        #expect(
            report.findings(FargateRequiresAwsvpc.code).isEmpty && report.findings(FargateTaskSizeMissing.code).isEmpty)
        #expect(
            report.findings(ContainerDefinitionsArray.code).first?.message.contains("rules that need the task") == true)
    }

    @Test func yamlListOfContainersIsRecognised() {
        let report = lintInput(
            """
            - name: web
              image: nginx:1.27
              essential: true
            """, path: "containers.yaml")
        #expect(report.findings(ContainerDefinitionsArray.code).count == 1)
        #expect(report.findings(withSeverity: .error).isEmpty, "\(report.findings.map(\.message))")
    }

    @Test func aListOfStringsIsNotAContainerList() {
        #expect(lintInput(#"["web", "log"]"#).codes == [NotATaskDefinition.code])
        #expect(lintInput("[]").codes == [NotATaskDefinition.code])
    }
}

@Suite struct InputKindTests {
    @Test func theJSONReportNamesTheShapesAFileWasReadAs() throws {
        let array = lintInput(#"[{"name": "app", "image": "nginx:1.27", "memory": 256}]"#)
        #expect(array.kinds == [.containerArray])
        let plain = lintInput(
            #"{"family": "web", "containerDefinitions": [{"name": "a", "image": "nginx:1.27", "memory": 256}]}"#)
        #expect(plain.kinds == [.taskDefinition])
        let json = JSONReporter().render(LintRun(files: [array, plain]))
        #expect(json.contains("\"kinds\": [\n        \"container-definitions\"\n      ]"), "\(json)")
        #expect(json.contains("\"kinds\": [\n        \"task-definition\"\n      ]"), "\(json)")
        let none = lintInput("42")
        #expect(none.kinds.isEmpty)
    }
}
