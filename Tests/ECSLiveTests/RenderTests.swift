import ECSLintKit
import Testing

@Suite("Register-ready JSON")
struct RenderTests {
    func ready(_ text: String, path: String = "task.json") throws -> RegisterReadyDocument {
        try RegisterReadyDocument(loading: SourceText(path: path, text: text))
    }

    @Test("JSON is written compactly, in source order, with number lexemes kept")
    func compact() throws {
        let document = try ready(
            #"{ "family" : "web", "cpu": "256", "n": [1, 2.50, 2.5e2, -0], "s": "a\"\\\n\u0001é" }"#)
        #expect(document.json == #"{"family":"web","cpu":"256","n":[1,2.50,2.5e2,-0],"s":"a\"\\\n\u0001é"}"#)
        #expect(document.changes.isEmpty)
    }

    @Test("YAML is converted; numbers JSON lacks are rewritten and reported")
    func yaml() throws {
        let document = try ready(
            "family: web\nmemory: 0x200\nratio: .5\nplain: 007\nok: 1.0e3\nflag: true\nnone: null\n", path: "t.yaml")
        #expect(
            document.json == #"{"family":"web","memory":512,"ratio":0.5,"plain":7,"ok":1.0e3,"flag":true,"none":null}"#)
        #expect(document.changes.first == .convertedFromYAML)
        #expect(document.changes.contains(.rewroteNumber(JSONPointer(["memory"]), from: "0x200", to: "512")))
    }

    @Test("YAML infinities cannot be sent")
    func infinity() {
        #expect(throws: RegisterReadyError.self) { try ready("family: web\ncpu: .inf\n", path: "t.yml") }
    }

    @Test("describe output is unwrapped, read-only fields dropped, tags kept")
    func describe() throws {
        let document = try ready(
            """
            {"taskDefinition": {"taskDefinitionArn": "arn:aws:ecs:us-east-1:1:task-definition/web:3", "family": "web",
              "revision": 3, "status": "ACTIVE", "containerDefinitions": [], "compatibilities": ["EC2"],
              "registeredAt": "2024-01-01T00:00:00Z"},
             "tags": [{"key": "team", "value": "web"}], "ResponseMetadata": {}}
            """)
        #expect(document.json == #"{"family":"web","containerDefinitions":[],"tags":[{"key":"team","value":"web"}]}"#)
        #expect(document.changes.first == .unwrappedDescribeOutput)
        #expect(document.changes.contains(.keptDescribeTags(count: 1)))
        #expect(document.changes.contains(.droppedDescribeMember("ResponseMetadata")))
        #expect(document.changes.contains(.droppedReadOnlyMember("revision")))
        #expect(document.changes.count == 8)
        #expect(document.changes.map(\.description).allSatisfy { !$0.isEmpty })
    }

    @Test("unwrapped describe output loses only its read-only fields")
    func unwrapped() throws {
        let document = try ready(
            #"{"family": "web", "revision": 2, "status": "ACTIVE", "requiresAttributes": [], "cpu": "256"}"#)
        #expect(document.json == #"{"family":"web","cpu":"256"}"#)
        #expect(
            document.changes == [
                .droppedReadOnlyMember("revision"), .droppedReadOnlyMember("status"),
                .droppedReadOnlyMember("requiresAttributes"),
            ])
    }

    @Test("a file with family and a taskDefinition key is not describe output")
    func notDescribe() throws {
        let document = try ready(#"{"family": "web", "taskDefinition": {}}"#)
        #expect(document.json == #"{"family":"web","taskDefinition":{}}"#)
    }

    @Test("duplicate keys keep the first position and the last value")
    func duplicates() throws {
        let document = try ready(#"{"family": "a", "cpu": "1", "family": "b"}"#)
        #expect(document.json == #"{"family":"b","cpu":"1"}"#)
        #expect(document.changes == [.mergedDuplicateKey(JSONPointer(["family"]))])
        #expect(document.request["family"]?.stringValue == "b")
    }

    @Test("what cannot be a request is an error")
    func errors() {
        #expect(throws: RegisterReadyError.self) { try ready("[1]") }
        #expect(throws: RegisterReadyError.self) { try ready("{") }
        #expect(throws: RegisterReadyError.self) { try ready("a: 1\n---\nb: 2\n", path: "x.yaml") }
        #expect(RegisterReadyError.notAnObject(found: "array").description.contains("an array"))
    }

    @Test("JSON number grammar")
    func numbers() {
        for valid in ["0", "-0", "1.5", "1e5", "1E+5", "-12.5e-3"] {
            #expect(CompactJSON.isJSONNumber(valid), "\(valid)")
        }
        for invalid in ["", "-", "01", "1.", ".5", "+1", "1e", "0x1F", "NaN"] {
            #expect(!CompactJSON.isJSONNumber(invalid), "\(invalid)")
        }
    }
}

@Suite("Register-ready change notes")
struct RegisterReadyChangeTests {
    @Test("dropped read-only fields are named in one sentence")
    func summary() {
        let lines = RegisterReadyChange.summarized([
            .unwrappedDescribeOutput, .droppedReadOnlyMember("revision"), .keptDescribeTags(count: 2),
            .droppedReadOnlyMember("status"),
        ])
        #expect(lines.count == 3)
        #expect(
            lines[1]
                == #"dropped the read-only fields "revision", "status" (set by ECS; RegisterTaskDefinition does not accept them)"#
        )
        #expect(RegisterReadyChange.summarized([.droppedReadOnlyMember("status")]).count == 1)
    }
}
