import Testing

@testable import ECSLintKit

/// Service and run-task requests: recognised by their members, checked
/// against their request shape, and resolved to the task definition they
/// launch (in a template, in the run, or from `--task-definition`).
@Suite struct ServiceInputTests {
    static let task = """
        {"family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256",
         "memory": "512", "revision": 4,
         "containerDefinitions": [{"name": "app", "image": "nginx:1.27",
           "portMappings": [{"containerPort": 8080}]}]}
        """

    /// Lints files in one run and returns their reports, in order.
    func run(_ files: [(String, String)], extra: [(String, String)] = []) -> [FileReport] {
        let linter = Linter()
        let reports = files.map { linter.lintDeferringServices(SourceText(path: $0.0, text: $0.1)) }
        let others = extra.map { linter.lintDeferringServices(SourceText(path: $0.0, text: $0.1)) }
        return ServiceResolution(linter: linter).resolve(reports, taskDefinitionFiles: others)
    }

    @Test(arguments: [
        ("{\"serviceName\": \"web\"}", ServiceRequestKind.createService),
        ("{\"service\": \"web\", \"desiredCount\": 0}", .updateService),
        ("{\"taskDefinition\": \"web:3\", \"count\": 1}", .runTask),
        ("{\"serviceName\": null, \"taskDefinition\": \"web\"}", .runTask),
    ])
    func requestsAreRecognisedByTheirMembers(_ text: String, _ kind: ServiceRequestKind) throws {
        let root = try JSONScanner.parse(Array(text.utf8))
        #expect(ServiceInput.kind(of: root) == kind)
    }

    @Test func taskDefinitionsAndDescribeOutputAreNotRequests() throws {
        for text in [
            "{\"family\": \"web\", \"serviceName\": \"x\"}", "{\"taskDefinition\": {\"family\": \"web\"}}",
            "{\"containerDefinitions\": [], \"service\": \"x\"}",
        ] {
            #expect(ServiceInput.kind(of: try JSONScanner.parse(Array(text.utf8))) == nil, "\(text)")
        }
    }

    @Test func theReportNamesTheKindAndTheSchemaCheckUsesTheRequestShape() {
        let report = lintInput(
            "{\"serviceName\": \"web\", \"taskDefinition\": \"web\", \"desiredCont\": 1, \"launchType\": \"fargate\"}",
            path: "service.json")
        #expect(report.kinds == [.createService])
        let unknown = report.findings(UnknownKey.code)
        #expect(
            unknown.map(\.message) == [
                "unknown key \"desiredCont\" in the create-service request; did you mean \"desiredCount\"?"
            ])
        let invalidEnum = report.findings(InvalidEnumValue.code)
        #expect(invalidEnum.count == 1 && invalidEnum.first?.stage == .deploy)
        #expect(report.findings(MissingRequiredKey.code).isEmpty)
    }

    @Test func aServiceFindsItsTaskDefinitionInTheRunAndNotesPointIntoIt() throws {
        let service = """
            {"serviceName": "web", "taskDefinition": "web:4", "launchType": "FARGATE",
             "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}},
             "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/w/1",
               "containerName": "web", "containerPort": 8080}]}
            """
        let reports = run([("service.json", service), ("task.json", Self.task)])
        let finding = try #require(reports[0].findings(LoadBalancerContainerNotFound.code).first)
        #expect(finding.pointer == .root / "loadBalancers" / 0 / "containerName")
        #expect(reports[0].place(of: finding) == "4:21")
        let note = try #require(finding.notes.first)
        #expect(note.path == "task.json")
        #expect(note.pointer == .root / "containerDefinitions")
        #expect(note.range?.start.line == 3)
        #expect(reports[0].findings(ServiceTaskDefinitionNotFound.code).isEmpty)
        #expect(reports[1].findings.allSatisfy { $0.code != LoadBalancerContainerNotFound.code })
    }

    @Test(arguments: [
        ("web", true), ("web:4", true), ("arn:aws:ecs:us-east-1:123456789012:task-definition/web:4", true),
        ("web:5", false), ("other", false),
    ])
    func referencesMatchByFamilyRevisionOrARN(_ reference: String, _ found: Bool) {
        let service =
            "{\"taskDefinition\": \"\(reference)\", \"overrides\": {\"containerOverrides\": [{\"name\": \"x\"}]}}"
        let report = run([("run.json", service), ("task.json", Self.task)])[0]
        #expect(report.findings(ContainerOverrideNotFound.code).count == (found ? 1 : 0), "\(reference)")
        #expect(report.findings(ServiceTaskDefinitionNotFound.code).count == (found ? 0 : 1), "\(reference)")
    }

    @Test func withoutTheTaskDefinitionOneInfoSaysSoAndTheOtherChecksRun() throws {
        let service = """
            {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
             "capacityProviderStrategy": [{"capacityProvider": "FARGATE"}],
             "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/w/1",
               "containerName": "nope", "containerPort": 1}]}
            """
        let report = run([("service.json", service)])[0]
        let info = try #require(report.findings(ServiceTaskDefinitionNotFound.code).first)
        #expect(report.findings(ServiceTaskDefinitionNotFound.code).count == 1)
        #expect(info.severity == .info && info.pointer == .root / "taskDefinition")
        #expect(report.findings(LaunchTypeWithCapacityProviders.code).count == 1)
        #expect(report.findings(LoadBalancerContainerNotFound.code).isEmpty)
    }

    @Test func theOnlyTaskDefinitionOfATaskDefinitionFileIsUsedWhenNoneMatches() {
        let service = "{\"taskDefinition\": \"renamed\", \"overrides\": {\"containerOverrides\": [{\"name\": \"x\"}]}}"
        let report = run([("run.json", service)], extra: [("task.json", Self.task)])[0]
        #expect(report.findings(ContainerOverrideNotFound.code).count == 1)
        #expect(report.findings(ServiceTaskDefinitionNotFound.code).isEmpty)
    }

    @Test func aTemplateServiceResolvesItsRefAndPointsAtTheTemplate() throws {
        let template = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Task:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  NetworkMode: awsvpc
                  RequiresCompatibilities: [FARGATE]
                  Cpu: 256
                  Memory: 512
                  ContainerDefinitions:
                    - Name: app
                      Image: nginx:1.27
              Service:
                Type: AWS::ECS::Service
                Properties:
                  TaskDefinition: !Ref Task
                  LaunchType: FARGATE
                  ForceNewDeployment: {EnableForceNewDeployment: true}
                  PlacementStrategies: [{Type: spread, Field: "attribute:ecs.availability-zone"}]
            """
        let report = run([("stack.yaml", template)])[0]
        #expect(report.kinds == [.cloudFormation])
        let missing = try #require(report.findings(AwsvpcNetworkConfigurationMissing.code).first)
        #expect(missing.label == "Service")
        #expect(missing.pointer == .root / "Resources" / "Service" / "Properties")
        #expect(missing.notes.first?.path == nil)
        #expect(missing.notes.first?.range?.start.line == 6)
        let placement = try #require(report.findings(PlacementOnFargate.code).first)
        #expect(placement.pointer == .root / "Resources" / "Service" / "Properties" / "PlacementStrategies")
        #expect(report.findings(UnknownKey.code).isEmpty, "\(report.findings(UnknownKey.code).map(\.message))")
        #expect(report.findings(MissingRequiredKey.code).isEmpty)
        #expect(report.findings(ServiceTaskDefinitionNotFound.code).isEmpty)
    }

    @Test func aTemplateServiceNamingAParameterIsNotResolvedByFamily() {
        let template = """
            {"AWSTemplateFormatVersion": "2010-09-09",
             "Parameters": {"TaskArn": {"Type": "String"}},
             "Resources": {"Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "TaskArn"}}}}}
            """
        let report = run([("stack.json", template), ("task.json", Self.task)])[0]
        #expect(
            report.findings(ServiceTaskDefinitionNotFound.code).map(\.message).first?.contains(
                "not an AWS::ECS::TaskDefinition") == true)
    }

    @Test func unknownNamesAndProvidersInATemplateAreNotReported() {
        let template = """
            {"AWSTemplateFormatVersion": "2010-09-09",
             "Parameters": {"AppName": {"Type": "String"}, "Spot": {"Type": "String"}},
             "Resources": {
              "Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc",
                "ContainerDefinitions": [{"Name": {"Ref": "AppName"}, "Image": "nginx:1.27",
                  "PortMappings": [{"ContainerPort": {"Ref": "Port"}}]}]}},
              "Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "Task"},
                "PlatformVersion": "1.4.0",
                "CapacityProviderStrategy": [{"CapacityProvider": {"Fn::If": ["Spot", "FARGATE_SPOT", "FARGATE"]}}],
                "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["subnet-0123456789abcdef0"]}},
                "LoadBalancers": [{"ContainerName": "web", "ContainerPort": 80,
                  "TargetGroupArn": {"Ref": "TargetGroup"}}]}}}}
            """
        let report = run([("stack.json", template)])[0]
        for code in [
            LoadBalancerContainerNotFound.code, LoadBalancerContainerPortNotMapped.code,
            PlatformVersionOutsideFargate.code, ServiceTaskDefinitionNotFound.code,
        ] {
            #expect(report.findings(code).isEmpty, "\(code): \(report.findings(code).map(\.message))")
        }
    }

    @Test func aDirectoryScanKeepsServiceFiles() {
        let loaded = InputLoader.load(
            SourceText(path: "service.json", text: "{\"service\": \"web\", \"desiredCount\": 2}"))
        #expect(TaskDefinitionDetector.isCandidate(loaded, source: SourceText(path: "service.json", text: "")))
    }

    @Test func reportersShowTheNoteInTheTaskDefinitionFile() throws {
        let service = "{\"taskDefinition\": \"web\", \"overrides\": {\"containerOverrides\": [{\"name\": \"x\"}]}}"
        let reports = run([("run.json", service), ("task.json", Self.task)])
        let text = TextReporter().render(LintRun(files: [reports[0]]))
        #expect(text.contains("note: the containers at task.json:3:2"))
        let sarif = SARIFReporter().render(LintRun(files: [reports[0]]))
        #expect(sarif.contains("\"relatedLocations\""))
        #expect(sarif.contains("\"uri\":\"task.json\"") || sarif.contains("\"uri\": \"task.json\""))
        let json = JSONReporter().render(LintRun(files: [reports[0]]))
        #expect(json.contains("\"path\": \"task.json\"") || json.contains("\"path\":\"task.json\""))
    }

    @Test func theWalkthroughServiceWithItsTaskDefinitionHasNoError() {
        let service = RepositoryFiles.read("samples/hello-world-service.json") ?? ""
        let task = RepositoryFiles.read("samples/hello-world.json") ?? ""
        #expect(!service.isEmpty && !task.isEmpty)
        let report = run([("samples/hello-world-service.json", service), ("samples/hello-world.json", task)])[0]
        #expect(report.findings.isEmpty, "\(report.findings.map { "\($0.code) \($0.message)" })")
        #expect(report.kinds == [.createService])
    }
}
