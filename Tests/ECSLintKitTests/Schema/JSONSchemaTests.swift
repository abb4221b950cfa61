import Testing

@testable import ECSLintKit

/// `ecslint schema`: a draft-07 JSON Schema from the botocore shapes.
@Suite struct JSONSchemaTests {
    func schema() throws -> JSONValue {
        let text = try #require(JSONSchemaGenerator.schema(for: .taskDefinition))
        return try JSONValue.parse(Array(text.utf8))
    }

    @Test func kindsComeFromTheShapeTable() {
        #expect(JSONSchemaKind.available.contains(.taskDefinition))
        for kind in JSONSchemaKind.allCases {
            #expect(JSONSchemaKind.available.contains(kind) == (JSONSchemaGenerator.schema(for: kind) != nil))
        }
    }

    @Test func rootIsTheRegisterInputWithRequiredMembersAndNoOtherKeys() throws {
        let root = try schema()
        #expect(root["$schema"]?.stringValue == "http://json-schema.org/draft-07/schema#")
        #expect(root["type"]?.stringValue == "object")
        #expect(root["additionalProperties"] == .bool(false))
        #expect(root["required"] == .array([.string("family"), .string("containerDefinitions")]))
        let networkMode = try #require(root["properties"]?["networkMode"])
        #expect(networkMode["enum"]?.arrayValue?.contains(.string("awsvpc")) == true)
        #expect(networkMode["description"]?.stringValue?.isEmpty == false)
        let containers = try #require(root["properties"]?["containerDefinitions"])
        #expect(containers["type"]?.stringValue == "array")
        #expect(
            containers["items"]?["allOf"]?.arrayValue?.first?["$ref"]?.stringValue
                == "#/definitions/ContainerDefinition")
    }

    @Test func definitionsCarryRangesAndEveryReferenceResolves() throws {
        let root = try schema()
        let definitions = try #require(root["definitions"])
        let container = try #require(definitions["ContainerDefinition"])
        #expect(container["additionalProperties"] == .bool(false))
        #expect(container["properties"]?["memory"]?["type"]?.stringValue == "integer")
        #expect(container["properties"]?["memory"]?["maximum"] == .int(Int(Int32.max)))
        #expect(definitions["EphemeralStorage"]?["required"] == .array([.string("sizeInGiB")]))
        let text = try #require(JSONSchemaGenerator.schema(for: .taskDefinition))
        var references = 0
        for part in text.split(separator: "\"#/definitions/").dropFirst() {
            let name = String(part.prefix { $0 != "\"" })
            #expect(definitions[name] != nil, "unresolved reference to \(name)")
            references += 1
        }
        #expect(references > 30)
    }
}
