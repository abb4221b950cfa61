import Foundation
import Testing

@testable import ECSLintKit

// MARK: - Helpers

/// Parses UTF-8 text.
func parseJSON(_ text: String) throws(SyntaxError) -> Node {
    try JSONScanner.parse(Array(text.utf8))
}

/// A position, for comparisons.
func pos(_ line: Int, _ column: Int, _ offset: Int) -> SourcePosition {
    SourcePosition(line: line, column: column, offset: offset)
}

/// A range between two positions, for comparisons.
func rangeOf(_ start: SourcePosition, _ end: SourcePosition) -> SourceRange {
    SourceRange(start: start, end: end)
}

/// The error parsing `bytes` throws; records an issue when it parses.
@discardableResult
func jsonFailure(
    _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
) -> SyntaxError? {
    do {
        _ = try JSONScanner.parse(bytes)
        Issue.record("expected a syntax error", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Checks that `text` fails with exactly `message` at `line`:`column`, and
/// that the fix (if `fix` is given) contains `fix`.
@discardableResult
func expectJSONError(
    _ text: String, _ message: String, line: Int, column: Int, fix: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) -> SyntaxError? {
    expectJSONError(
        Array(text.utf8), message, line: line, column: column, fix: fix, sourceLocation: sourceLocation)
}

/// Checks that `bytes` fail with exactly `message` at `line`:`column`.
@discardableResult
func expectJSONError(
    _ bytes: [UInt8], _ message: String, line: Int, column: Int, fix: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) -> SyntaxError? {
    guard let error = jsonFailure(bytes, sourceLocation: sourceLocation) else { return nil }
    #expect(error.message == message, sourceLocation: sourceLocation)
    #expect(error.range.start.line == line, "line", sourceLocation: sourceLocation)
    #expect(error.range.start.column == column, "column", sourceLocation: sourceLocation)
    if let fix {
        #expect(error.fix?.contains(fix) == true, "fix: \(error.fix ?? "nil")", sourceLocation: sourceLocation)
    }
    return error
}

/// Every range in a tree: values and keys.
func allRanges(_ node: Node) -> [SourceRange] {
    var ranges = [node.range]
    switch node.value {
    case .object(let members):
        for member in members { ranges += [member.keyRange] + allRanges(member.value) }
    case .array(let elements):
        for element in elements { ranges += allRanges(element) }
    default:
        break
    }
    return ranges
}

/// A realistic task definition of about 2 KB, with multibyte characters and escapes.
let sampleTaskDefinition = #"""
    {
      "family": "web-café",
      "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
      "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
      "networkMode": "awsvpc",
      "requiresCompatibilities": ["FARGATE"],
      "cpu": "512",
      "memory": "1024",
      "runtimePlatform": { "cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX" },
      "containerDefinitions": [
        {
          "name": "web",
          "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2",
          "essential": true,
          "cpu": 256,
          "memoryReservation": 512,
          "portMappings": [
            { "containerPort": 8080, "hostPort": 8080, "protocol": "tcp", "name": "http" }
          ],
          "environment": [
            { "name": "GREETING", "value": "Grüß Gott → 😀" },
            { "name": "PATH_HINT", "value": "C:\\tmp\\logs \"quoted\" \u00e9\ud83d\ude00" },
            { "name": "RATIO", "value": "0.75" }
          ],
          "secrets": [
            { "name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/db" }
          ],
          "logConfiguration": {
            "logDriver": "awslogs",
            "options": {
              "awslogs-group": "/ecs/web",
              "awslogs-region": "eu-west-1",
              "awslogs-stream-prefix": "web"
            }
          },
          "healthCheck": {
            "command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"],
            "interval": 30,
            "timeout": 5,
            "retries": 3,
            "startPeriod": 10
          },
          "ulimits": [{ "name": "nofile", "softLimit": 65536, "hardLimit": 65536 }],
          "readonlyRootFilesystem": false,
          "stopTimeout": 2.5e1,
          "dockerLabels": null
        },
        {
          "name": "log-router",
          "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
          "essential": false,
          "firelensConfiguration": { "type": "fluentbit", "options": {} },
          "memoryReservation": 50,
          "user": "0",
          "dependsOn": []
        }
      ],
      "tags": [{ "key": "team", "value": "plateforme-équipe" }]
    }

    """#

/// The strict JSON scanner: values, positions, errors and robustness.
@Suite struct JSONScannerTests {
    // MARK: - Values and positions

    @Test func parsesEveryKindOfValue() throws {
        let root = try parseJSON(#"{"s": "x", "i": 1, "d": 1.5, "t": true, "f": false, "n": null, "a": [1], "o": {}}"#)
        #expect(root["s"]?.stringValue == "x")
        #expect(root["i"]?.intValue == 1)
        #expect(root["d"]?.numberValue?.doubleValue == 1.5)
        #expect(root["t"]?.boolValue == true)
        #expect(root["f"]?.boolValue == false)
        #expect(root["n"]?.isNull == true)
        #expect(root["a"]?.elements?.count == 1)
        #expect(root["o"]?.members?.isEmpty == true)
        #expect(root.members?.map(\.key) == ["s", "i", "d", "t", "f", "n", "a", "o"])
    }

    @Test func topLevelScalarsAreAccepted() throws {
        #expect(try parseJSON("42").intValue == 42)
        #expect(try parseJSON(#" "x" "#).stringValue == "x")
        #expect(try parseJSON("null\n").isNull)
        #expect(try parseJSON("[]").elements?.isEmpty == true)
    }

    @Test func valueAndKeyRangesOnOneLine() throws {
        let root = try parseJSON(#"{"cpu": 256, "family": "web"}"#)
        #expect(root.range == rangeOf(pos(1, 1, 0), pos(1, 30, 29)))
        let members = try #require(root.members)
        #expect(members[0].keyRange == rangeOf(pos(1, 2, 1), pos(1, 7, 6)))
        #expect(members[0].value.range == rangeOf(pos(1, 9, 8), pos(1, 12, 11)))
        #expect(members[1].keyRange == rangeOf(pos(1, 14, 13), pos(1, 22, 21)))
        #expect(members[1].value.range == rangeOf(pos(1, 24, 23), pos(1, 29, 28)))
    }

    @Test func rangesOfEmptyContainersAndLiterals() throws {
        let root = try parseJSON(#"{"a": {}, "b": [ ], "c": true, "d": null}"#)
        #expect(root["a"]?.range == rangeOf(pos(1, 7, 6), pos(1, 9, 8)))
        #expect(root["b"]?.range == rangeOf(pos(1, 16, 15), pos(1, 19, 18)))
        #expect(root["c"]?.range == rangeOf(pos(1, 26, 25), pos(1, 30, 29)))
        #expect(root["d"]?.range == rangeOf(pos(1, 37, 36), pos(1, 41, 40)))
    }

    @Test func columnsCountTwoByteCharactersOnce() throws {
        let root = try parseJSON(#"{"é": "x", "k": 1}"#)
        let members = try #require(root.members)
        #expect(members[0].key == "é")
        #expect(members[0].keyRange == rangeOf(pos(1, 2, 1), pos(1, 5, 5)))
        #expect(members[0].value.range == rangeOf(pos(1, 7, 7), pos(1, 10, 10)))
        #expect(members[1].keyRange == rangeOf(pos(1, 12, 12), pos(1, 15, 15)))
        #expect(members[1].value.range == rangeOf(pos(1, 17, 17), pos(1, 18, 18)))
        #expect(root.range.end == pos(1, 19, 19))
    }

    @Test func columnsCountThreeByteCharactersOnce() throws {
        let root = try parseJSON(#"["→", 1]"#)
        #expect(root[0]?.stringValue == "→")
        #expect(root[0]?.range == rangeOf(pos(1, 2, 1), pos(1, 5, 6)))
        #expect(root[1]?.range == rangeOf(pos(1, 7, 8), pos(1, 8, 9)))
        #expect(root.range == rangeOf(pos(1, 1, 0), pos(1, 9, 10)))
    }

    @Test func columnsCountEmojiOnce() throws {
        let root = try parseJSON(#"{"e": "😀😀", "n": 2}"#)
        #expect(root["e"]?.stringValue == "😀😀")
        #expect(root["e"]?.range == rangeOf(pos(1, 7, 6), pos(1, 11, 16)))
        let members = try #require(root.members)
        #expect(members[1].keyRange == rangeOf(pos(1, 13, 18), pos(1, 16, 21)))
        #expect(members[1].value.range == rangeOf(pos(1, 18, 23), pos(1, 19, 24)))
    }

    @Test func escapesKeepSourcePositions() throws {
        let root = try parseJSON(#"{"a\u00e9b": "x\ty", "z": 1}"#)
        let members = try #require(root.members)
        #expect(members[0].key == "aéb")
        #expect(members[0].keyRange == rangeOf(pos(1, 2, 1), pos(1, 12, 11)))
        #expect(members[0].value.stringValue == "x\ty")
        #expect(members[0].value.range == rangeOf(pos(1, 14, 13), pos(1, 20, 19)))
        #expect(members[1].keyRange == rangeOf(pos(1, 22, 21), pos(1, 25, 24)))
        #expect(members[1].value.range == rangeOf(pos(1, 27, 26), pos(1, 28, 27)))
    }

    @Test func errorColumnAfterMultibyteCharactersAndEscapes() {
        expectJSONError(#"["é\u00e9→", 1 2]"#, "expected ',' or ']' after array element", line: 1, column: 16)
    }

    @Test func crlfIsOneLineBreak() throws {
        let root = try parseJSON("{\r\n  \"a\": 1,\r\n  \"b\": [\r\n    true\r\n  ]\r\n}\r\n")
        let members = try #require(root.members)
        #expect(members[0].keyRange == rangeOf(pos(2, 3, 5), pos(2, 6, 8)))
        #expect(members[0].value.range == rangeOf(pos(2, 8, 10), pos(2, 9, 11)))
        #expect(members[1].keyRange == rangeOf(pos(3, 3, 16), pos(3, 6, 19)))
        #expect(members[1].value.range == rangeOf(pos(3, 8, 21), pos(5, 4, 37)))
        #expect(root["b"]?[0]?.range == rangeOf(pos(4, 5, 28), pos(4, 9, 32)))
        #expect(root.range == rangeOf(pos(1, 1, 0), pos(6, 2, 40)))
    }

    @Test func loneCarriageReturnIsALineBreak() throws {
        let root = try parseJSON("[1,\r2]")
        #expect(root[1]?.range.start == pos(2, 1, 4))
        expectJSONError("[1,\r\r x]", "unquoted text x is not valid JSON", line: 3, column: 2)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let root = try JSONScanner.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(root.range == rangeOf(pos(1, 1, 3), pos(1, 9, 11)))
        #expect(root.members?.first?.keyRange == rangeOf(pos(1, 2, 4), pos(1, 5, 7)))
        #expect(root["a"]?.range == rangeOf(pos(1, 7, 9), pos(1, 8, 10)))
        // Through SourceText, which drops the mark, offsets count from after it.
        let source = SourceText(path: "t.json", bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(try JSONScanner.parse(source.bytes).range == rangeOf(pos(1, 1, 0), pos(1, 9, 8)))
        expectJSONError([0xEF, 0xBB, 0xBF, 0x20], "the file is empty", line: 1, column: 1)
    }

    @Test func sampleRangesAgreeWithSourceText() throws {
        let source = SourceText(path: "task.json", text: sampleTaskDefinition)
        let root = try JSONScanner.parse(source.bytes)
        let ranges = allRanges(root)
        #expect(ranges.count > 100)
        for range in ranges {
            #expect(source.position(ofOffset: range.start.offset) == range.start)
            #expect(source.position(ofOffset: range.end.offset) == range.end)
        }
        let environment = try #require(root["containerDefinitions"]?[0]?["environment"])
        #expect(environment[0]?["value"]?.stringValue == "Grüß Gott → 😀")
        #expect(environment[1]?["value"]?.stringValue == "C:\\tmp\\logs \"quoted\" é😀")
        #expect(root["containerDefinitions"]?[0]?["stopTimeout"]?.numberValue?.lexeme == "2.5e1")
    }

    @Test func stringRangesIncludeQuotesAndNumbersMatchLexemes() throws {
        let bytes = Array(sampleTaskDefinition.utf8)
        let root = try JSONScanner.parse(bytes)
        func check(_ node: Node) {
            let raw = Array(bytes[node.range.start.offset..<node.range.end.offset])
            switch node.value {
            case .string:
                #expect(raw.first == UInt8(ascii: "\"") && raw.last == UInt8(ascii: "\""))
            case .number(let number):
                #expect(String(decoding: raw, as: UTF8.self) == number.lexeme)
            case .object(let members):
                #expect(raw.first == UInt8(ascii: "{") && raw.last == UInt8(ascii: "}"))
                for member in members {
                    #expect(bytes[member.keyRange.start.offset] == UInt8(ascii: "\""))
                    #expect(bytes[member.keyRange.end.offset - 1] == UInt8(ascii: "\""))
                    check(member.value)
                }
            case .array(let elements):
                #expect(raw.first == UInt8(ascii: "[") && raw.last == UInt8(ascii: "]"))
                elements.forEach(check)
            case .bool, .null:
                #expect(raw.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
            }
        }
        check(root)
    }
}
