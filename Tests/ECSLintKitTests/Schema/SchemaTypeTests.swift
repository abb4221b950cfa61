import Testing

@testable import ECSLintKit

@Suite("Schema: JSON types")
struct SchemaTypeTests {
    @Test("task-level cpu is a string")
    func taskCPUIsString() throws {
        let violation = try SchemaFixture.single(SchemaFixture.document(task: #", "cpu": 256"#))
        #expect(violation.kind == .wrongType)
        #expect(violation.stage == .cli)
        #expect(violation.pointer == schemaPointer("/cpu"))
        #expect(violation.target == .value)
        #expect(violation.message == "cpu must be a string, not an integer")
        #expect(violation.fix == #"write "256""#)
    }

    @Test(
        "container integers: quoted, decimal and exponent forms",
        arguments: [
            (#""512""#, "write 512", "a string"), ("512.0", "write 512", "a decimal number (512.0)"),
            ("5.12e2", "write 512", "a decimal number (5.12e2)"),
            ("512.5", "write a whole number such as 513", "a decimal number (512.5)"),
            (#""512 MiB""#, "write a whole number without quotes", "a string"),
        ])
    func containerMemory(value: String, fix: String, actual: String) throws {
        let json = #"{"family": "web", "containerDefinitions": [{"name": "web", "memory": \#(value)}]}"#
        let violation = try SchemaFixture.single(json)
        #expect(violation.kind == .wrongType)
        #expect(violation.pointer == schemaPointer("/containerDefinitions/0/memory"))
        #expect(violation.message == "containerDefinitions[0].memory must be an integer, not \(actual)")
        #expect(violation.fix == fix)
    }

    @Test(
        "booleans",
        arguments: [
            (#""true""#, "write true"), (#""False""#, "write false"), ("1", "write true"),
            ("{}", "write true or false"),
        ])
    func booleans(value: String, fix: String) throws {
        let violation = try SchemaFixture.single(SchemaFixture.document(container: #", "essential": \#(value)"#))
        #expect(violation.kind == .wrongType)
        #expect(violation.message.hasPrefix("containerDefinitions[0].essential must be a boolean, not "))
        #expect(violation.fix == fix)
    }

    @Test("a string for a command list is split into arguments")
    func commandString() throws {
        let violation = try SchemaFixture.single(SchemaFixture.document(container: #", "command": "npm start""#))
        #expect(violation.message == "containerDefinitions[0].command must be a list of strings, not a string")
        #expect(
            violation.fix
                == #"write ["npm", "start"] (one item per argument), or ["sh", "-c", "npm start"] to run it through a shell"#
        )
    }

    @Test("a string for another list of strings is wrapped; a health check command gets CMD-SHELL")
    func otherStringLists() throws {
        let compat = try SchemaFixture.single(SchemaFixture.document(task: #", "requiresCompatibilities": "FARGATE""#))
        #expect(compat.fix == #"wrap it in a list: ["FARGATE"]"#)
        let health = try SchemaFixture.single(
            SchemaFixture.document(container: #", "healthCheck": {"command": "curl -f http://localhost/"}"#))
        #expect(health.pointer == schemaPointer("/containerDefinitions/0/healthCheck/command"))
        #expect(health.fix == #"write ["CMD-SHELL", "curl -f http://localhost/"]"#)
    }

    @Test("list items are checked one by one")
    func listItems() throws {
        let violations = try SchemaFixture.check(
            SchemaFixture.document(container: #", "command": ["sh", 1, true], "links": [["a"]]"#))
        #expect(
            violations.map(\.pointer) == [
                schemaPointer("/containerDefinitions/0/command/1"), schemaPointer("/containerDefinitions/0/command/2"),
                schemaPointer("/containerDefinitions/0/links/0"),
            ])
        #expect(violations[0].message == "containerDefinitions[0].command[1] must be a string, not an integer")
        #expect(violations[0].fix == #"write "1""#)
        #expect(violations[1].fix == #"write "true""#)
        #expect(violations[2].fix == #"write "a" without the brackets"#)
    }

    @Test("map values must be strings")
    func mapValues() throws {
        let violations = try SchemaFixture.check(
            SchemaFixture.document(
                container: #", "dockerLabels": {"a": 1, "b": "ok"}, "logConfiguration": {"logDriver": "awslogs", "#
                    + #""options": {"awslogs-create-group": true}}"#))
        #expect(
            violations.map(\.pointer) == [
                schemaPointer("/containerDefinitions/0/dockerLabels/a"),
                schemaPointer("/containerDefinitions/0/logConfiguration/options/awslogs-create-group"),
            ])
        #expect(violations[0].message == "containerDefinitions[0].dockerLabels.a must be a string, not an integer")
        #expect(violations[0].fix == #"write "1""#)
        #expect(violations[1].fix == #"write "true""#)
    }

    @Test("objects where lists are expected, and lists where objects are expected")
    func containers() throws {
        let violations = try SchemaFixture.check(
            SchemaFixture.document(
                container: #", "environment": {"A": "1", "B": 2}, "portMappings": {"containerPort": 80}, "#
                    + #""logConfiguration": [{"logDriver": "awslogs"}], "dockerLabels": ["a=b", "c=d"]"#))
        #expect(violations.count == 4)
        #expect(violations[0].message == "containerDefinitions[0].environment must be a list of objects, not an object")
        #expect(violations[0].fix == #"write [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]"#)
        #expect(violations[1].fix == #"wrap the object in a list: [{"containerPort": 80}]"#)
        #expect(violations[2].message == "containerDefinitions[0].logConfiguration must be an object, not a list")
        #expect(violations[2].fix == "remove the brackets around the object")
        #expect(
            violations[3].message
                == "containerDefinitions[0].dockerLabels must be an object with string values, not a list")
        #expect(violations[3].fix == #"write {"a": "b", "c": "d"}"#)
    }

    @Test("a scalar where an object is expected, and a wrong root")
    func scalarForObject() throws {
        let violation = try SchemaFixture.single(SchemaFixture.document(container: #", "linuxParameters": "yes""#))
        #expect(violation.message == "containerDefinitions[0].linuxParameters must be an object, not a string")
        #expect(violation.fix?.hasPrefix("write an object with keys such as ") == true)
        let root = try SchemaFixture.single(#"[{"name": "web"}]"#)
        #expect(root.pointer == .root)
        #expect(root.message == "the task definition must be an object, not a list")
    }

    @Test("null values anywhere")
    func nullValues() throws {
        let violations = try SchemaFixture.check(
            SchemaFixture.document(task: #", "ipcMode": null"#, container: #", "command": ["a", null]"#))
        #expect(violations.map(\.kind) == [.nullValue, .nullValue])
        #expect(violations.allSatisfy { $0.stage == .cli })
        #expect(violations[0].pointer == schemaPointer("/containerDefinitions/0/command/1"))
        #expect(violations[0].fix == "remove the null item")
        #expect(violations[1].pointer == schemaPointer("/ipcMode"))
        #expect(violations[1].message == #""ipcMode" is null; the AWS CLI rejects null values"#)
        #expect(violations[1].fix == "remove the key")
    }

    @Test("true or false for an integer is a register-stage finding of its own")
    func booleanForInteger() throws {
        let violation = try SchemaFixture.single(
            #"{"family": "web", "containerDefinitions": [{"name": "web", "memory": true}]}"#)
        #expect(violation.kind == .booleanForInteger)
        #expect(violation.stage == .register)
        #expect(violation.pointer == schemaPointer("/containerDefinitions/0/memory"))
        #expect(violation.message.hasPrefix("containerDefinitions[0].memory must be an integer, not the boolean true"))
    }
}
