import Testing

@testable import ECSLintKit

@Suite("Schema: keys")
struct SchemaKeyTests {
    @Test("a valid document with many members has no violations")
    func validDocument() throws {
        let json = """
            {"family": "api", "taskRoleArn": "arn:aws:iam::123456789012:role/app",
             "executionRoleArn": "arn:aws:iam::123456789012:role/exec", "networkMode": "awsvpc",
             "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
             "runtimePlatform": {"cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX"},
             "ephemeralStorage": {"sizeInGiB": 30}, "enableFaultInjection": false,
             "tags": [{"key": "team", "value": "core"}],
             "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678",
               "transitEncryption": "ENABLED", "authorizationConfig": {"iam": "ENABLED"}}}],
             "containerDefinitions": [{
               "name": "api", "image": "nginx:1.27", "cpu": 128, "memoryReservation": 256, "essential": true,
               "portMappings": [{"containerPort": 80, "hostPort": 80, "protocol": "tcp", "appProtocol": "http"}],
               "environment": [{"name": "A", "value": "1"}], "command": ["nginx", "-g", "daemon off;"],
               "secrets": [{"name": "B", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/b"}],
               "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/api"}},
               "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/"], "interval": 30},
               "dockerLabels": {"com.example.team": "core"}, "ulimits": [{"name": "nofile", "softLimit": 1024,
               "hardLimit": 4096}], "dependsOn": [{"containerName": "init", "condition": "SUCCESS"}],
               "linuxParameters": {"initProcessEnabled": true, "capabilities": {"add": ["SYS_PTRACE"]}},
               "mountPoints": [{"sourceVolume": "data", "containerPath": "/data", "readOnly": false}]}]}
            """
        #expect(try SchemaFixture.check(json) == [])
    }

    @Test("a key in the wrong case suggests the right one: Image → image")
    func caseInsensitiveSuggestion() throws {
        let violation = try SchemaFixture.single(
            #"{"family": "web", "containerDefinitions": [{"name": "web", "Image": "nginx"}]}"#)
        #expect(violation.kind == .unknownKey)
        #expect(violation.pointer == schemaPointer("/containerDefinitions/0/Image"))
        #expect(violation.target == .key)
        #expect(violation.stage == .cli)
        #expect(violation.message == #"unknown key "Image" in containerDefinitions[0]; did you mean "image"?"#)
        #expect(violation.fix == #"rename "Image" to "image""#)
    }

    @Test("a near miss suggests the member: portMapping → portMappings")
    func editDistanceSuggestion() throws {
        let violation = try SchemaFixture.single(
            SchemaFixture.document(container: #", "portMapping": [{"containerPort": 80}]"#))
        #expect(violation.kind == .unknownKey)
        #expect(violation.pointer == schemaPointer("/containerDefinitions/0/portMapping"))
        #expect(
            violation.message == #"unknown key "portMapping" in containerDefinitions[0]; did you mean "portMappings"?"#)
        #expect(violation.fix == #"rename "portMapping" to "portMappings""#)
    }

    @Test("nested keys: hostport → hostPort inside portMappings[0]")
    func nestedSuggestion() throws {
        let violation = try SchemaFixture.single(
            SchemaFixture.document(container: #", "portMappings": [{"containerPort": 80}, {"hostport": 80}]"#))
        #expect(violation.pointer == schemaPointer("/containerDefinitions/0/portMappings/1/hostport"))
        #expect(violation.message.hasSuffix(#"in containerDefinitions[0].portMappings[1]; did you mean "hostPort"?"#))
        #expect(violation.fix == #"rename "hostport" to "hostPort""#)
    }

    @Test(
        "other misspellings",
        arguments: [
            ("esential", "essential"), ("Essential", "essential"), ("memory_reservation", "memoryReservation"),
            ("enviroment", "environment"), ("entrypoint", "entryPoint"), ("healtCheck", "healthCheck"),
        ])
    func misspellings(key: String, expected: String) throws {
        let violation = try SchemaFixture.single(SchemaFixture.document(container: #", "\#(key)": null"#))
        #expect(violation.kind == .unknownKey)
        #expect(violation.fix == #"rename "\#(key)" to "\#(expected)""#)
    }

    @Test("a top-level key is reported in the task definition")
    func topLevelUnknownKey() throws {
        let violations = try SchemaFixture.check(
            #"{"Family": "web", "containerDefinitions": [{"name": "web", "image": "nginx"}]}"#)
        #expect(violations.map(\.kind) == [.missingRequired, .unknownKey])
        #expect(violations[0].message == #"missing required key "family""#)
        #expect(violations[0].fix == #"rename "Family" to "family""#)
        #expect(violations[1].message == #"unknown key "Family" in the task definition; did you mean "family"?"#)
        #expect(violations[1].pointer == schemaPointer("/Family"))
    }

    @Test("an unknown key with no near member lists the accepted keys")
    func acceptedKeysListed() throws {
        let violation = try SchemaFixture.single(
            SchemaFixture.document(container: #", "portMappings": [{"containerPort": 80, "zzz": 1}]"#))
        #expect(
            violation.message
                == #"unknown key "zzz" in containerDefinitions[0].portMappings[0]; accepted keys: "#
                + "containerPort, hostPort, protocol, name, appProtocol, containerPortRange")
        #expect(violation.fix == #"remove "zzz""#)
    }

    @Test("a suggestion that is already set becomes a removal")
    func suggestionAlreadyPresent() throws {
        let violation = try SchemaFixture.single(SchemaFixture.document(container: #", "Image": "nginx""#))
        #expect(violation.fix == #"remove "Image"; "image" is already set"#)
    }

    @Test("missing required members at the top and nested, pointing at the missing member")
    func missingRequired() throws {
        let violations = try SchemaFixture.check(
            #"{"family": "web", "ContainerDefinitions": [], "tags": [{"key": "a"}], "ephemeralStorage": {}}"#)
        let missing = violations.filter { $0.kind == .missingRequired }
        #expect(
            missing.map(\.pointer) == [
                schemaPointer("/containerDefinitions"), schemaPointer("/ephemeralStorage/sizeInGiB"),
            ])
        #expect(missing.allSatisfy { $0.stage == .cli && $0.target == .value })
        #expect(missing[0].message == #"missing required key "containerDefinitions""#)
        #expect(missing[0].fix == #"rename "ContainerDefinitions" to "containerDefinitions""#)
        #expect(missing[1].message == #"missing required key "sizeInGiB" in ephemeralStorage"#)
        #expect(missing[1].fix == #"add "sizeInGiB" (an integer)"#)
    }

    @Test("a missing required member deep in a container")
    func missingNested() throws {
        let violation = try SchemaFixture.single(
            SchemaFixture.document(container: #", "logConfiguration": {"options": {"awslogs-group": "g"}}"#))
        #expect(violation.kind == .missingRequired)
        #expect(violation.pointer == schemaPointer("/containerDefinitions/0/logConfiguration/logDriver"))
        #expect(violation.message == #"missing required key "logDriver" in containerDefinitions[0].logConfiguration"#)
    }

    @Test("ignored top-level keys (describe-task-definition output) are skipped, nested ones are not")
    func ignoredTopLevelKeys() throws {
        let json = SchemaFixture.document(
            task: #", "taskDefinitionArn": "arn:x", "revision": 3, "status": "ACTIVE""#,
            container: #", "revision": 1"#)
        let ignored = Set(ECSAPIShapes.readOnlyTaskDefinitionMembers)
        let violations = try SchemaFixture.check(json, ignoring: ignored)
        #expect(violations.map(\.pointer) == [schemaPointer("/containerDefinitions/0/revision")])
        #expect(try SchemaFixture.check(json).count == 4)
    }

    @Test("the read-only members are computed from the model")
    func readOnlyMembers() {
        #expect(
            Set(ECSAPIShapes.readOnlyTaskDefinitionMembers) == [
                "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt",
                "registeredBy", "deregisteredAt", "deleteRequestedAt",
            ])
    }

    @Test("with duplicate keys only the last one counts, as in the AWS CLI")
    func duplicateKeysLastWins() throws {
        #expect(try SchemaFixture.check(SchemaFixture.document(task: #", "cpu": 256, "cpu": "256""#)) == [])
        let violation = try SchemaFixture.single(SchemaFixture.document(task: #", "cpu": "256", "cpu": 256"#))
        #expect(violation.kind == .wrongType)
        let unknown = try SchemaFixture.single(SchemaFixture.document(task: #", "bogus": 1, "bogus": 2"#))
        #expect(unknown.kind == .unknownKey)
    }
}
