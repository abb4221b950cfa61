import Testing

@testable import ECSLintKit

@Suite("Schema: enums, ranges, everything at once")
struct SchemaValueTests {
    @Test("an enum value in the wrong case gets the case fix")
    func enumCase() throws {
        let violation = try SchemaFixture.single(SchemaFixture.document(task: #", "networkMode": "AWSVPC""#))
        #expect(violation.kind == .invalidEnum)
        #expect(violation.stage == .register)
        #expect(violation.pointer == schemaPointer("/networkMode"))
        #expect(violation.message == #"networkMode "AWSVPC" is not valid; did you mean "awsvpc"?"#)
        #expect(violation.fix == #"write "awsvpc""#)
    }

    @Test("an unrelated enum value lists the accepted values")
    func enumList() throws {
        let violation = try SchemaFixture.single(SchemaFixture.document(task: #", "networkMode": "overlay""#))
        #expect(
            violation.message == #"networkMode "overlay" is not valid; accepted values: bridge, host, awsvpc, none"#)
        #expect(violation.fix == #"use one of "bridge", "host", "awsvpc", "none""#)
    }

    @Test("enum items in lists and nested structures")
    func nestedEnums() throws {
        let violations = try SchemaFixture.check(
            SchemaFixture.document(
                task: #", "requiresCompatibilities": ["fargate", "EC2"]"#,
                container: #", "logConfiguration": {"logDriver": "cloudwatch"}, "portMappings": [{"protocol": "TCP"}]"#)
        )
        #expect(
            violations.map(\.pointer) == [
                schemaPointer("/containerDefinitions/0/logConfiguration/logDriver"),
                schemaPointer("/containerDefinitions/0/portMappings/0/protocol"),
                schemaPointer("/requiresCompatibilities/0"),
            ])
        #expect(violations.allSatisfy { $0.kind == .invalidEnum && $0.stage == .register })
        #expect(
            violations[0].message.hasPrefix(#"containerDefinitions[0].logConfiguration.logDriver "cloudwatch" is not"#))
        #expect(violations[1].fix == #"write "tcp""#)
        #expect(violations[2].message == #"requiresCompatibilities[0] "fargate" is not valid; did you mean "FARGATE"?"#)
    }

    @Test("an empty tag key is rejected by the CLI; a long one and too many tags only by ECS")
    func tagRanges() throws {
        let empty = try SchemaFixture.single(SchemaFixture.document(task: #", "tags": [{"key": "", "value": "x"}]"#))
        #expect(empty.kind == .outOfRange)
        #expect(empty.stage == .cli)
        #expect(empty.pointer == schemaPointer("/tags/0/key"))
        #expect(empty.message == "tags[0].key is empty; at least 1 character required")

        let long = String(repeating: "k", count: 130)
        let tooLong = try SchemaFixture.single(SchemaFixture.document(task: #", "tags": [{"key": "\#(long)"}]"#))
        #expect(tooLong.stage == .register)
        #expect(tooLong.message == "tags[0].key is 130 characters long; at most 128 are accepted")
        #expect(tooLong.fix == "shorten it by 2 characters")

        let tags = (0..<51).map { #"{"key": "k\#($0)"}"# }.joined(separator: ", ")
        let tooMany = try SchemaFixture.single(SchemaFixture.document(task: #", "tags": [\#(tags)]"#))
        #expect(tooMany.pointer == schemaPointer("/tags"))
        #expect(tooMany.stage == .register)
        #expect(tooMany.message == "tags has 51 items; at most 50 are accepted")
    }

    @Test("lengths count Unicode scalars, as Python's len does")
    func lengthInScalars() throws {
        let key = String(repeating: "é", count: 128)
        #expect(try SchemaFixture.check(SchemaFixture.document(task: #", "tags": [{"key": "\#(key)"}]"#)) == [])
    }

    @Test("integers outside 32 and 64 bits are register-stage range violations")
    func integerWidth() throws {
        let wide = try SchemaFixture.single(SchemaFixture.document(container: #", "cpu": 4294967296"#))
        #expect(wide.kind == .outOfRange)
        #expect(wide.stage == .register)
        #expect(wide.message == "containerDefinitions[0].cpu 4294967296 does not fit the API's 32-bit integer")
        let huge = try SchemaFixture.single(SchemaFixture.document(container: #", "cpu": -99999999999999999999999"#))
        #expect(huge.kind == .outOfRange)
        #expect(try SchemaFixture.check(SchemaFixture.document(container: #", "cpu": -2147483648"#)) == [])
    }

    @Test("every problem is reported at once")
    func everythingAtOnce() throws {
        let json = """
            {"Family": "web", "cpu": 256, "networkMode": "AWSVPC", "ipcMode": null,
             "tags": [{"key": ""}],
             "containerDefinitions": [
               {"name": "a", "Image": "nginx", "memory": "512", "essential": "true", "cpu": true,
                "portMapping": [{"containerPort": 80}], "dockerLabels": {"x": 1},
                "logConfiguration": {"options": {}}},
               {"name": "b", "image": "redis", "portMappings": [{"containerPort": "6379", "hostport": 6379}]}]}
            """
        let found = try SchemaFixture.check(json).map { "\($0.kind.rawValue) \($0.pointer)" }
        #expect(
            Set(found) == [
                "missingRequired /family", "unknownKey /Family", "wrongType /cpu", "invalidEnum /networkMode",
                "nullValue /ipcMode", "outOfRange /tags/0/key", "unknownKey /containerDefinitions/0/Image",
                "wrongType /containerDefinitions/0/memory", "wrongType /containerDefinitions/0/essential",
                "booleanForInteger /containerDefinitions/0/cpu", "unknownKey /containerDefinitions/0/portMapping",
                "wrongType /containerDefinitions/0/dockerLabels/x",
                "missingRequired /containerDefinitions/0/logConfiguration/logDriver",
                "wrongType /containerDefinitions/1/portMappings/0/containerPort",
                "unknownKey /containerDefinitions/1/portMappings/0/hostport",
            ])
        #expect(found.count == 15)
    }
}

@Suite("Schema: generated table and helpers")
struct SchemaTableTests {
    @Test("the table is consistent: ids match positions, targets exist, summaries are short")
    func tableConsistency() {
        #expect(ECSAPIShapes.shapes.count == ECSAPIShapeID.allCases.count)
        for (position, shape) in ECSAPIShapes.shapes.enumerated() {
            #expect(shape.id.rawValue == position, "\(shape.name)")
            for member in shape.members {
                #expect(member.summary.count <= 200, "\(shape.name).\(member.name)")
                #expect(!member.summary.contains("<"), "\(shape.name).\(member.name)")
            }
            switch shape.kind {
            case .list: #expect(shape.listMember != nil, "\(shape.name)")
            case .map: #expect(shape.mapKey != nil && shape.mapValue != nil, "\(shape.name)")
            default: break
            }
        }
        let root = ECSAPIShapes.rootShape
        #expect(root.name == "RegisterTaskDefinitionRequest")
        #expect(root.members.filter(\.isRequired).map(\.name) == ["family", "containerDefinitions"])
        #expect(ECSAPIShapes.botocoreVersion == "1.43.11")
    }

    @Test("pointers map to shapes and members")
    func shapeAtPointer() {
        let shapes = ECSAPIShapes.self
        #expect(
            shapes.shape(at: schemaPointer("/containerDefinitions/3/portMappings/0/protocol"))?.name
                == "TransportProtocol")
        #expect(shapes.shape(at: schemaPointer("/containerDefinitions/0/dockerLabels/any.key"))?.name == "String")
        #expect(shapes.shape(at: schemaPointer("/containerDefinitions/0/nope")) == nil)
        #expect(shapes.member(at: schemaPointer("/containerDefinitions/0/essential"))?.target == .boxedBoolean)
    }

    @Test(
        "optimal string alignment distance",
        arguments: [
            ("hostPort", "hsotPort", 1), ("portMapping", "portMappings", 1), ("esential", "essential", 1),
            ("image", "name", 3), ("", "abc", 3), ("abc", "abc", 0),
        ])
    func distance(lhs: String, rhs: String, expected: Int) {
        let found = KeySuggestion.distance(Array(lhs.unicodeScalars), Array(rhs.unicodeScalars), limit: 5)
        #expect(found == expected)
    }

    @Test("short words get no distant suggestions")
    func noFarSuggestions() {
        #expect(KeySuggestion.nearest(to: "ab", among: ["name", "image"]) == nil)
        #expect(KeySuggestion.nearest(to: "nmae", among: ["image", "name"]) == 1)
        #expect(KeySuggestion.value(for: "fargat", among: ["EC2", "FARGATE"]) == "FARGATE")
    }
}
