import Testing

@testable import ECSLintKit

/// Edge cases of the task-level rules (ECS1xx) and the task size parser.
@Suite struct TaskTests: RuleFamilyTests {
    private func task(
        _ members: String = "", containers: String = "{\"name\": \"app\", \"image\": \"nginx:1.27\", \"memory\": 512}"
    )
        -> String
    {
        """
        {
          "family": "web",\(members.isEmpty ? "" : "\n  " + members + ",")
          "containerDefinitions": [\(containers)]
        }
        """
    }

    // MARK: Size text

    @Test func cpuForms() {
        #expect(TaskSizeText.cpu("1024") == TaskSizeText(value: 1024, isDocumented: true))
        #expect(TaskSizeText.cpu("1 vCPU") == TaskSizeText(value: 1024, isDocumented: true))
        #expect(TaskSizeText.cpu("1 vcpu") == TaskSizeText(value: 1024, isDocumented: true))
        #expect(TaskSizeText.cpu(".25 vCPU") == TaskSizeText(value: 256, isDocumented: true))
        #expect(TaskSizeText.cpu("0.25 vCPU") == TaskSizeText(value: 256, isDocumented: false))
        #expect(TaskSizeText.cpu("1vCPU") == TaskSizeText(value: 1024, isDocumented: false))
        #expect(TaskSizeText.cpu("2 VCPU") == TaskSizeText(value: 2048, isDocumented: false))
        #expect(TaskSizeText.cpu(" 256") == TaskSizeText(value: 256, isDocumented: false))
        #expect(TaskSizeText.cpu("1024.0") == TaskSizeText(value: 1024, isDocumented: false))
        for invalid in ["", "banana", "-256", "1 GB", ".3 vCPU", "0.5", "vCPU", "1,024", "99999999999999999999"] {
            #expect(TaskSizeText.cpu(invalid) == nil, "\(invalid)")
        }
    }

    @Test func memoryForms() {
        #expect(TaskSizeText.memory("2048") == TaskSizeText(value: 2048, isDocumented: true))
        #expect(TaskSizeText.memory("2 GB") == TaskSizeText(value: 2048, isDocumented: true))
        #expect(TaskSizeText.memory("2GB") == TaskSizeText(value: 2048, isDocumented: true))
        #expect(TaskSizeText.memory("0.5 GB") == TaskSizeText(value: 512, isDocumented: true))
        #expect(TaskSizeText.memory("2048 MiB") == TaskSizeText(value: 2048, isDocumented: false))
        #expect(TaskSizeText.memory("2gb") == TaskSizeText(value: 2048, isDocumented: false))
        #expect(TaskSizeText.memory("2 GiB") == TaskSizeText(value: 2048, isDocumented: false))
        #expect(TaskSizeText.memory(".5 GB") == TaskSizeText(value: 512, isDocumented: false))
        for invalid in ["", "lots", "2 TB", "0.3 GB", "2 GB RAM", "GB"] {
            #expect(TaskSizeText.memory(invalid) == nil, "\(invalid)")
        }
    }

    @Test func invalidCPUQuotesAWS() throws {
        for text in ["banana", ""] {
            let finding = try #require(findings(task("\"cpu\": \"\(text)\""), code: TaskCPUInvalid.code).first)
            #expect(finding.message.contains("(AWS: \"Invalid 'cpu' setting for task.\")"))
            #expect(finding.range.start.line == 3)
            #expect(finding.range.start.column == 10)
        }
    }

    @Test func instanceCPURange() {
        #expect(findings(task("\"cpu\": \"128\""), code: TaskCPUInvalid.code).isEmpty)
        #expect(findings(task("\"cpu\": \"196608\""), code: TaskCPUInvalid.code).isEmpty)
        #expect(findings(task("\"cpu\": \"196609\""), code: TaskCPUInvalid.code).count == 1)
        #expect(
            findings(task("\"cpu\": \"127\""), code: TaskCPUInvalid.code).first?.fix
                == "set cpu to \"128\" or another value in range")
        // On Fargate the Fargate table decides instead.
        #expect(findings(task("\"cpu\": \"64\""), launchType: .fargate, code: TaskCPUInvalid.code).isEmpty)
    }

    @Test func memoryValues() {
        #expect(findings(task("\"memory\": \"0\""), code: TaskMemoryInvalid.code).count == 1)
        #expect(
            findings(task("\"memory\": \"\""), code: TaskMemoryInvalid.code).first?.message.contains("is empty") == true
        )
        #expect(findings(task("\"memory\": \"300000\""), code: TaskMemoryInvalid.code).isEmpty)
    }

    @Test func undocumentedFormsWarnWithTheNumber() throws {
        let finding = try #require(
            findings(task("\"memory\": \"2048 MiB\""), code: TaskSizeUndocumentedForm.code).first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("\"2 GB\""))
        #expect(finding.fix == "write \"2048\"")
        #expect(
            findings(task("\"cpu\": \"1 vCPU\", \"memory\": \"0.5 GB\""), code: TaskSizeUndocumentedForm.code).isEmpty)
    }

    // MARK: Family and containers

    @Test func family() {
        #expect(findings(task().replacing("\"web\"", with: "\"\""), code: FamilyBlank.code).count == 1)
        #expect(findings(task().replacing("\"web\"", with: "\"\""), code: FamilyInvalid.code).isEmpty)
        let dotted = findings(task().replacing("\"web\"", with: "\"web:3\""), code: FamilyInvalid.code)
        #expect(dotted.first?.message.contains("contains ':'") == true)
        #expect(dotted.first?.fix == "rename it, for example to \"web-3\"")
        let long = String(repeating: "a", count: 256)
        #expect(findings(task().replacing("\"web\"", with: "\"\(long)\""), code: FamilyInvalid.code).count == 1)
        #expect(findings(task().replacing("\"web\"", with: "\"\(long.dropLast())\""), code: FamilyInvalid.code).isEmpty)
        #expect(findings(task().replacing("\"web\"", with: "\"wéb\""), code: FamilyInvalid.code).count == 1)
    }

    @Test func containerCount() {
        #expect(findings(task(containers: ""), code: ContainerListEmpty.code).count == 1)
        let ten = (1...10).map { "{\"name\": \"c\($0)\", \"image\": \"busybox\", \"memory\": 8}" }
        #expect(findings(task(containers: ten.joined(separator: ",")), code: TooManyContainers.code).isEmpty)
        let eleven = ten + ["{\"name\": \"c11\", \"image\": \"busybox\", \"memory\": 8}"]
        let finding = findings(task(containers: eleven.joined(separator: ",")), code: TooManyContainers.code)
        #expect(finding.first?.pointer == JSONPointer(["containerDefinitions", "10"]))
        #expect(finding.first?.message.contains("Too many containers.") == true)
    }

    @Test func containerNames() {
        let missing = findings(
            task(containers: "{\"image\": \"nginx:1.27\", \"memory\": 512}"), code: ContainerNameMissing.code)
        #expect(missing.first?.fix == "add \"name\": \"nginx\"")
        #expect(missing.first?.range.start.line == 3)
        #expect(missing.first?.range.start.column == 28)
        let nullName = findings(
            task(containers: "{\"name\": null, \"image\": \"nginx:1.27\"}"), code: ContainerNameMissing.code)
        #expect(nullName.isEmpty, "null is the schema check's")
        let invalid = findings(
            task(containers: "{\"name\": \"my app\", \"image\": \"nginx:1.27\"}"), code: ContainerNameInvalid.code)
        #expect(invalid.first?.message.contains("contains a space") == true)
        let duplicate = findings(
            task(
                containers: """
                    {"name": "app", "image": "a"}, {"name": "b", "image": "b"}, {"name": "app", "image": "c"}
                    """), code: DuplicateContainerName.code)
        #expect(duplicate.count == 1)
        #expect(duplicate.first?.pointer == JSONPointer(["containerDefinitions", "2", "name"]))
        #expect(duplicate.first?.notes.first?.range?.start.line == 3)
        #expect(
            findings(
                task(containers: "{\"name\": \"App\", \"image\": \"a\"}, {\"name\": \"app\", \"image\": \"b\"}"),
                code: DuplicateContainerName.code
            )
            .isEmpty)
    }

    // MARK: Size

    @Test func compactSizeMatchesTheText() throws {
        let json = "{\"a\":[1,true,null,\"x\\\"y\"],\"b\":{\"c\":\"é\"},\"a\":2}"
        let root = try JSONScanner.parse(Array(json.utf8))
        // Duplicate "a" collapses to the last one: {"b":{"c":"é"},"a":2}
        #expect(TaskDefinitionTooLarge.compactJSONSize(root) == "{\"b\":{\"c\":\"é\"},\"a\":2}".utf8.count)
        #expect(TaskDefinitionTooLarge.stringSize("a\nb\u{1}") == 2 + 1 + 2 + 1 + 6)
    }

    @Test func sizeThresholds() throws {
        func document(padding: Int) -> String {
            task(
                containers:
                    "{\"name\": \"app\", \"image\": \"nginx:1.27\", \"memory\": 512, \"command\": [\"\(String(repeating: "x", count: padding))\"]}"
            )
        }
        let base = TaskDefinitionTooLarge.compactJSONSize(try JSONScanner.parse(Array(document(padding: 0).utf8)))
        let atLimit = findings(document(padding: 65_536 - base), code: TaskDefinitionTooLarge.code)
        #expect(atLimit.count == 1 && atLimit.first?.severity == .warning)
        let over = findings(document(padding: 65_537 - base), code: TaskDefinitionTooLarge.code)
        #expect(over.first?.severity == .error)
        #expect(over.first?.message.contains("Actual length: '65537'. Max allowed length is '65536' bytes.") == true)
        #expect(findings(document(padding: 61_440 - base), code: TaskDefinitionTooLarge.code).isEmpty)
        // Whitespace in the file does not count.
        let spaced = document(padding: 61_000 - base).replacing(",", with: ",      ")
        #expect(findings(spaced, code: TaskDefinitionTooLarge.code).isEmpty)
    }

    // MARK: Tags, storage, placement, proxy

    @Test func tags() {
        #expect(
            findings(task("\"tags\": [{\"key\": \"AWS:x\", \"value\": \"aws:y\"}]"), code: ReservedTagPrefix.code).count
                == 2)
        #expect(
            findings(task("\"tags\": [{\"key\": \"awsome\", \"value\": \"a\"}]"), code: ReservedTagPrefix.code).isEmpty)
        #expect(
            findings(task("\"tags\": [{\"key\": \"名前\", \"value\": \"値 1/2 +@=\"}]"), code: TagInvalidCharacters.code)
                .isEmpty)
        #expect(
            findings(task("\"tags\": [{\"key\": \"a*b\"}]"), code: TagInvalidCharacters.code).first?.fix
                == "write \"a-b\"")
        #expect(
            findings(
                task("\"tags\": [{\"key\": \"a\"}, {\"key\": \"a\"}, {\"key\": \"a\"}]"), code: DuplicateTagKey.code
            ).count
                == 2)
    }

    @Test func ephemeralStorage() {
        let fargate =
            "\"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\": \"awsvpc\", \"cpu\": \"256\", \"memory\": \"512\""
        #expect(
            findings(
                task(fargate + ", \"ephemeralStorage\": {\"sizeInGiB\": 21}"), code: EphemeralStorageOutOfRange.code
            ).isEmpty)
        #expect(
            findings(
                task(fargate + ", \"ephemeralStorage\": {\"sizeInGiB\": 201}"), code: EphemeralStorageOutOfRange.code
            ).count == 1)
        #expect(
            findings(
                task(fargate + ", \"ephemeralStorage\": {\"sizeInGiB\": 20}"), code: EphemeralStorageOutOfRange.code
            ).first?.fix
                == "remove ephemeralStorage: 20 GiB is the default")
        #expect(
            findings(
                task(fargate + ", \"ephemeralStorage\": {\"sizeInGiB\": 50}"), code: EphemeralStorageNotFargate.code
            ).isEmpty)
        #expect(
            findings(task("\"ephemeralStorage\": {\"sizeInGiB\": 50}"), code: EphemeralStorageNotFargate.code).isEmpty,
            "launch type unknown")
        #expect(
            findings(
                task("\"ephemeralStorage\": {\"sizeInGiB\": 50}"), launchType: .ec2,
                code: EphemeralStorageNotFargate.code
            ).count == 1)
    }

    @Test func placementConstraints() {
        #expect(
            findings(
                task("\"placementConstraints\": [{\"type\": \"memberOf\", \"expression\": \" \"}]"),
                code: PlacementConstraintExpressionMissing.code
            ).count == 1)
        #expect(
            findings(
                task("\"placementConstraints\": [{\"type\": \"memberOf\", \"expression\": 1}]"),
                code: PlacementConstraintExpressionMissing.code
            )
            .isEmpty)
        #expect(
            findings(
                task("\"placementConstraints\": [{\"type\": \"distinctInstance\"}]"),
                code: PlacementConstraintExpressionMissing.code
            ).isEmpty)
    }

    @Test func proxyConfiguration() throws {
        let proxy = """
            "proxyConfiguration": {"type": "APPMESH", "containerName": "envoy", "properties": [
              {"name": "IgnoredGID", "value": "1337"}, {"name": "AppPorts", "value": "80"},
              {"name": "ProxyIngressPort", "value": "15000"}]}
            """
        #expect(
            findings(task(proxy), code: ProxyConfigurationNetworkMode.code).count == 1,
            "networkMode omitted means bridge")
        #expect(
            findings(task("\"networkMode\": \"awsvpc\", " + proxy), code: ProxyConfigurationNetworkMode.code).isEmpty)
        let properties = try #require(findings(task(proxy), code: ProxyConfigurationProperties.code).first)
        #expect(properties.message.contains("lacks ProxyEgressPort;"))
        #expect(findings(task(proxy), code: AppMeshEndOfSupport.code).first?.severity == .info)
    }

    @Test func runtimePlatformHints() {
        let fargate =
            "\"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\": \"awsvpc\", \"cpu\": \"1024\", \"memory\": \"2048\""
        let arm = task(fargate, containers: "{\"name\": \"app\", \"image\": \"nginx:1.27-arm64\"}")
        #expect(findings(arm, code: RuntimePlatformMissing.code).count == 1)
        #expect(
            findings(
                task(fargate, containers: "{\"name\": \"app\", \"image\": \"arm64v8/nginx\"}"),
                code: RuntimePlatformMissing.code
            )
            .count == 1)
        #expect(
            findings(
                task(fargate, containers: "{\"name\": \"app\", \"image\": \"my/arm64-tools:1\"}"),
                code: RuntimePlatformMissing.code
            )
            .isEmpty)
        #expect(findings(arm.replacing("FARGATE", with: "EC2"), code: RuntimePlatformMissing.code).isEmpty)
    }

    @Test func helloWorldYAMLIsQuiet() throws {
        let text = try #require(RepositoryFiles.read("samples/hello-world.yaml"))
        let report = Linter().lint(SourceText(path: "hello-world.yaml", text: text))
        let own = report.findings.filter { $0.code.hasPrefix("ECS1") || $0.code.hasPrefix("ECS2") }
        #expect(own.isEmpty, "\(own.map { "\($0.code) \($0.message)" })")
    }
}
