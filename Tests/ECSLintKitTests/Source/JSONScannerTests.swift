import Foundation
import Testing

@testable import ECSLintKit

// MARK: - Helpers

/// Parses UTF-8 text.
private func parseJSON(_ text: String) throws(SyntaxError) -> Node {
    try JSONScanner.parse(Array(text.utf8))
}

/// A position, for comparisons.
private func pos(_ line: Int, _ column: Int, _ offset: Int) -> SourcePosition {
    SourcePosition(line: line, column: column, offset: offset)
}

/// A range between two positions, for comparisons.
private func rangeOf(_ start: SourcePosition, _ end: SourcePosition) -> SourceRange {
    SourceRange(start: start, end: end)
}

/// The error parsing `bytes` throws; records an issue when it parses.
@discardableResult
private func jsonFailure(
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
private func expectJSONError(
    _ text: String, _ message: String, line: Int, column: Int, fix: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) -> SyntaxError? {
    expectJSONError(
        Array(text.utf8), message, line: line, column: column, fix: fix, sourceLocation: sourceLocation)
}

/// Checks that `bytes` fail with exactly `message` at `line`:`column`.
@discardableResult
private func expectJSONError(
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
private func allRanges(_ node: Node) -> [SourceRange] {
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

/// A deterministic pseudo-random generator (xorshift64*), so failures reproduce.
private struct Xorshift: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
}

/// A realistic task definition of about 2 KB, with multibyte characters and escapes.
private let sampleTaskDefinition = #"""
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

    // MARK: - Strings

    @Test func simpleEscapesDecode() throws {
        let root = try parseJSON(#"["\" \\ \/ \b \f \n \r \t", "\u0041\u00e9\u20AC\u0000"]"#)
        #expect(root[0]?.stringValue == "\" \\ / \u{08} \u{0C} \n \r \t")
        #expect(root[1]?.stringValue == "Aé€\u{0}")
    }

    @Test func surrogatePairsDecode() throws {
        #expect(try parseJSON(#""\ud83d\ude00""#).stringValue == "😀")
        #expect(try parseJSON(#""a\uD83D\uDE00b""#).stringValue == "a😀b")
        #expect(try parseJSON(#""\ud83d\ude00""#).range == rangeOf(pos(1, 1, 0), pos(1, 15, 14)))
    }

    @Test func unescapedUnicodeRoundTrips() throws {
        let text = "héllo → 😀 \u{10FFFF} 日本"
        #expect(try parseJSON("\"\(text)\"").stringValue == text)
    }

    @Test func unterminatedStringPointsAtOpeningQuote() {
        let error = expectJSONError(
            "{\n  \"family\": \"web", "unterminated string starting here", line: 2, column: 13,
            fix: "closing")
        #expect(error?.range.end == pos(2, 14, 15))
        expectJSONError(#"["abc\"#, "unterminated string starting here", line: 1, column: 2)
    }

    @Test func rawLineBreakInsideString() {
        expectJSONError(
            "[\"ab\ncd\"]", "a raw line break inside a string; write \\n", line: 1, column: 5, fix: "closing")
        expectJSONError("[\"é\r\n\"]", "a raw line break inside a string; write \\n", line: 1, column: 4)
    }

    @Test(
        arguments: [
            ([0x5B, 0x22, 0x61, 0x09, 0x62, 0x22, 0x5D], "a raw tab character inside a string; write \\t", 4),
            ([0x5B, 0x22, 0x00, 0x22, 0x5D], "a raw NUL character inside a string; write \\u0000", 3),
            ([0x5B, 0x22, 0x1B, 0x22, 0x5D], "a raw control character U+001B inside a string; write \\u001b", 3),
            ([0x5B, 0x22, 0x0D, 0x78, 0x22, 0x5D], "a raw carriage return inside a string; write \\r", 3),
            ([0x5B, 0x22, 0x08, 0x22, 0x5D], "a raw backspace character inside a string; write \\b", 3),
        ] as [([UInt8], String, Int)])
    func rawControlCharactersInStrings(bytes: [UInt8], message: String, column: Int) {
        expectJSONError(bytes, message, line: 1, column: column, fix: "escaped")
    }

    @Test func invalidEscape() {
        expectJSONError(#"{"path": "C:\temp\x"}"#, "invalid escape \\x", line: 1, column: 18, fix: "\\\\")
        expectJSONError(#"["\é"]"#, "invalid escape \\é", line: 1, column: 3)
        let error = expectJSONError(#"["\a"]"#, "invalid escape \\a", line: 1, column: 3)
        #expect(error?.range.end.column == 5)
    }

    @Test(arguments: [
        (#"["\u12G4"]"#, "invalid \\u escape \\u12G4: expected four hex digits"),
        (#"["\u12"]"#, "invalid \\u escape \\u12: expected four hex digits"),
        (#"["\u"#, "invalid \\u escape \\u: expected four hex digits"),
    ])
    func badUnicodeEscape(text: String, message: String) {
        expectJSONError(text, message, line: 1, column: 3, fix: "four hex digits")
    }

    @Test func loneAndMismatchedSurrogates() {
        expectJSONError(#"["x\ud83d"]"#, "unpaired high surrogate \\ud83d", line: 1, column: 4, fix: "\\uDC00")
        expectJSONError(#"["x\ud83dy"]"#, "unpaired high surrogate \\ud83d", line: 1, column: 4)
        expectJSONError(
            #"["é\ud83d\u0041"]"#, "high surrogate \\ud83d is followed by \\u0041, not by a low surrogate",
            line: 1, column: 4)
        expectJSONError(#"["\ude00"]"#, "unpaired low surrogate \\ude00", line: 1, column: 3)
        expectJSONError(
            #"["\ud83d\uZZZZ"]"#, "invalid \\u escape \\uZZZZ: expected four hex digits", line: 1, column: 9)
    }

    @Test func invalidUTF8InsideStringAtExactByte() {
        // "é" then 0xFF: column 4 (é counts once), byte offset 4.
        let error = expectJSONError(
            [0x5B, 0x22, 0xC3, 0xA9, 0xFF, 0x22, 0x5D], "invalid UTF-8 byte 0xFF", line: 1, column: 4)
        #expect(error?.range.start.offset == 4)
        expectJSONError(
            [0x22, 0xC3, 0x41, 0x22], "invalid UTF-8 byte 0xC3 (an incomplete multi-byte sequence)", line: 1, column: 2)
        // An encoded surrogate (ED A0 80) and an overlong form (E0 80 80): the second byte is wrong.
        expectJSONError([0x22, 0xED, 0xA0, 0x80, 0x22], "invalid UTF-8 byte 0xA0", line: 1, column: 3)
        expectJSONError([0x22, 0xE0, 0x80, 0x80, 0x22], "invalid UTF-8 byte 0x80", line: 1, column: 3)
        expectJSONError([0x22, 0x80, 0x22], "invalid UTF-8 byte 0x80", line: 1, column: 2)
        expectJSONError(
            [0x22, 0xF0, 0x9F, 0x98], "invalid UTF-8 byte 0xF0 (an incomplete multi-byte sequence)", line: 1, column: 2)
    }

    @Test func invalidUTF8OutsideStrings() {
        expectJSONError([0x7B, 0x0A, 0x20, 0xFF], "invalid UTF-8 byte 0xFF", line: 2, column: 2, fix: "UTF-8")
        expectJSONError([0xC0, 0xAF], "invalid UTF-8 byte 0xC0", line: 1, column: 1)
    }

    // MARK: - Objects

    @Test func duplicateKeysAreKeptInOrder() throws {
        let root = try parseJSON(#"{"cpu": 256, "memory": 512, "cpu": 1024}"#)
        let members = try #require(root.members)
        #expect(members.map(\.key) == ["cpu", "memory", "cpu"])
        #expect(members.map { $0.value.intValue } == [256, 512, 1024])
        #expect(root.member("cpu")?.keyRange.start == pos(1, 29, 28))
        #expect(root["cpu"]?.intValue == 1024)
    }

    @Test func missingCommaAfterMemberNamesTheKey() {
        expectJSONError(
            "{\n  \"cpu\": 256\n  \"memory\": \"512\"\n}", "expected ',' or '}' after the value of \"cpu\"",
            line: 3, column: 3, fix: "add a ','")
    }

    @Test func missingCommaInArray() {
        expectJSONError("[1 2]", "expected ',' or ']' after array element", line: 1, column: 4, fix: "add a ','")
    }

    @Test func missingColonNamesTheKey() {
        expectJSONError(#"{"family" "web"}"#, "expected ':' after key \"family\"", line: 1, column: 11)
        expectJSONError(
            #"{"family" = "web"}"#, "expected ':' after key \"family\"", line: 1, column: 11, fix: "not '='")
    }

    @Test func keysMustBeDoubleQuoted() {
        expectJSONError(
            "{\n  family: \"web\"\n}", "expected a string key in double quotes", line: 2, column: 3,
            fix: "keys must be in double quotes: write \"family\"")
        expectJSONError(
            "{'family': \"web\"}", "expected a string key in double quotes", line: 1, column: 2,
            fix: "keys must be in double quotes: write \"family\"")
        expectJSONError(#"{"a": 1, 2: 3}"#, "expected a string key in double quotes", line: 1, column: 10)
    }

    @Test func trailingCommaInObjectPointsAtTheComma() {
        let error = expectJSONError(
            "{\n  \"a\": 1,\n}", "trailing comma before '}'", line: 2, column: 9, fix: "remove the ','")
        #expect(error?.range.end == pos(2, 10, 11))
    }

    @Test func trailingCommaInArrayPointsAtTheComma() {
        expectJSONError("[1, 2 , ]", "trailing comma before ']'", line: 1, column: 7, fix: "remove the ','")
    }

    @Test func mismatchedClosingBrackets() {
        expectJSONError(
            #"{"a": [1, 2}"#, "expected ',' or ']' after array element", line: 1, column: 12,
            fix: "the array opened at line 1, column 7 must be closed with ']'")
        expectJSONError(
            #"[{"a": 1]"#, "expected ',' or '}' after the value of \"a\"", line: 1, column: 9,
            fix: "must be closed with '}'")
    }

    @Test func missingValues() {
        expectJSONError(#"{"cpu": }"#, "expected a value for \"cpu\"", line: 1, column: 9)
        expectJSONError("[1,,2]", "expected an array element", line: 1, column: 4, fix: "remove the extra ','")
        expectJSONError(
            "[\n  }", "expected an array element", line: 2, column: 3,
            fix: "the array opened at line 1, column 1 must be closed with ']'")
    }

    // MARK: - Non-JSON syntax

    @Test func lineCommentsAreRejected() {
        let error = expectJSONError(
            "{\n  \"cpu\": 256 // quarter vCPU\n}", "JSON does not allow comments", line: 2, column: 14,
            fix: "YAML")
        #expect(error?.fix?.contains("#") == true)
    }

    @Test func blockAndHashCommentsAreRejected() {
        expectJSONError("/* header */ {}", "JSON does not allow comments", line: 1, column: 1, fix: "YAML")
        expectJSONError("{\n  # note\n}", "JSON does not allow comments", line: 2, column: 3)
    }

    @Test(arguments: [
        ("NaN", "NaN is not valid JSON"),
        ("Infinity", "Infinity is not valid JSON"),
        ("-Infinity", "-Infinity is not valid JSON"),
        ("undefined", "undefined is not valid JSON"),
    ])
    func nonJSONValues(value: String, message: String) {
        expectJSONError("{\"cpu\": \(value)}", message, line: 1, column: 9, fix: "null")
    }

    @Test(arguments: [
        ("True", "true"), ("False", "false"), ("TRUE", "true"), ("None", "null"), ("NULL", "null"), ("tru", "true"),
    ])
    func wronglySpelledLiterals(value: String, replacement: String) {
        expectJSONError("[\(value)]", "invalid literal \(value)", line: 1, column: 2, fix: "write \(replacement)")
    }

    @Test func singleQuotedStringValue() {
        let error = expectJSONError(
            "{\"family\": 'web'}", "single-quoted strings are not valid JSON", line: 1, column: 12,
            fix: "use double quotes: \"web\"")
        #expect(error?.range.end.column == 17)
    }

    @Test func unquotedTextValue() {
        expectJSONError(
            #"{"image": nginx:latest}"#, "unquoted text nginx:latest is not valid JSON", line: 1, column: 11,
            fix: "write \"nginx:latest\"")
    }

    @Test(arguments: [
        ("012", "leading zeros are not allowed in JSON numbers: 012", "write 12"),
        ("-007", "leading zeros are not allowed in JSON numbers: -007", "write -7"),
        ("+1", "JSON numbers cannot start with '+': +1", "write 1"),
        (".5", "JSON numbers need a digit before the decimal point: .5", "write 0.5"),
        ("-.5", "JSON numbers need a digit before the decimal point: -.5", "write -0.5"),
        ("1.", "expected a digit after the decimal point: 1.", "write 1 or 1.0"),
        ("0x1F", "hexadecimal numbers are not valid JSON: 0x1F", "write the decimal value 31"),
        ("1e", "expected a digit in the exponent: 1e", "exponent"),
        ("2E+", "expected a digit in the exponent: 2E+", "exponent"),
        ("-", "expected a digit after '-'", "-1"),
        ("1.2.3", "invalid number: 1.2.3", "\"1.2.3\""),
        ("512MB", "invalid number: 512MB", "\"512MB\""),
    ])
    func numberGrammarErrors(number: String, message: String, fix: String) {
        expectJSONError("{\"cpu\": \(number)}", message, line: 1, column: 9, fix: fix)
    }

    @Test(arguments: [
        ("${CPU}", "CPU"), ("$CPU", "CPU"), ("{{ cpu }}", "cpu"), ("<IMAGE1_NAME>", "IMAGE1_NAME"),
        ("#{var}", "var"), ("%VAR%", "VAR"),
    ])
    func unquotedTemplatePlaceholders(placeholder: String, variable: String) {
        let error = expectJSONError(
            "{\n  \"cpu\": \(placeholder),\n  \"memory\": 512\n}",
            "unquoted template placeholder \(placeholder) is not valid JSON", line: 2, column: 10,
            fix: "render the file first (ecslint render --var \(variable)=…) or lint it with --var; "
                + "quote the placeholder only where a string belongs")
        #expect(error?.range.end.column == 10 + placeholder.count)
    }

    @Test func placeholderAsKeyAndAsArrayElement() {
        expectJSONError("{ ${KEY}: 1 }", "unquoted template placeholder ${KEY} is not valid JSON", line: 1, column: 3)
        expectJSONError("[1, {{ x }}]", "unquoted template placeholder {{ x }} is not valid JSON", line: 1, column: 5)
    }

    @Test func quotedPlaceholdersAreOrdinaryStrings() throws {
        let root = try parseJSON(#"{"cpu": "${CPU}", "image": "<IMAGE1_NAME>", "x": "{{ x }}"}"#)
        #expect(root["cpu"]?.stringValue == "${CPU}")
        #expect(root["image"]?.stringValue == "<IMAGE1_NAME>")
    }

    @Test func curlyQuotesAndInvisibleSpaces() {
        expectJSONError(
            "{\u{201C}family\u{201D}: 1}", "curly quote \u{201C} (U+201C) is not valid JSON", line: 1, column: 2)
        expectJSONError("{\"a\":\u{00A0}1}", "invisible character U+00A0 is not JSON whitespace", line: 1, column: 6)
    }

    // MARK: - Document structure

    @Test func unexpectedEndOfFileNamesTheOpenContainer() {
        let text = """
            {
              "containerDefinitions": [
                {
                  "name": "web",
                  "cpu": 256

            """
        let error = expectJSONError(
            text, "unexpected end of file: expected '}' to close the object opened at line 3, column 5", line: 6,
            column: 1, fix: "'}'")
        #expect(error?.range.start.offset == text.utf8.count)
        expectJSONError(
            "[1,\n", "unexpected end of file: expected ']' to close the array opened at line 1, column 1", line: 2,
            column: 1)
        expectJSONError(
            #"{"a""#, "unexpected end of file: expected '}' to close the object opened at line 1, column 1", line: 1,
            column: 5)
    }

    @Test func emptyFiles() {
        expectJSONError("", "the file is empty", line: 1, column: 1)
        expectJSONError(" \n\t\r\n", "the file is empty", line: 1, column: 1)
    }

    @Test func contentAfterTheDocument() {
        expectJSONError("{}\n{}", "unexpected content after the end of the JSON document", line: 2, column: 1)
        expectJSONError("{}]", "unexpected content after the end of the JSON document", line: 1, column: 3)
        expectJSONError("{} // end", "JSON does not allow comments", line: 1, column: 4)
    }

    @Test func controlBytesOutsideStrings() {
        expectJSONError([0x00], "unexpected control character U+0000", line: 1, column: 1)
        expectJSONError(
            [0x5B, 0x31, 0x2C, 0x0C, 0x32, 0x5D], "unexpected control character U+000C", line: 1, column: 4)
    }

    // MARK: - Numbers

    @Test(
        arguments: [
            ("256", true, 256 as Int?, 256.0), ("256.0", false, nil, 256.0), ("2.56e2", false, nil, 256.0),
            ("-0", true, 0, -0.0), ("0", true, 0, 0.0), ("1E+2", false, nil, 100.0), ("-1.5e-3", false, nil, -0.0015),
            ("9223372036854775807", true, Int.max, 9_223_372_036_854_775_807.0),
        ] as [(String, Bool, Int?, Double)])
    func numberLexemesAreKept(lexeme: String, isInteger: Bool, intValue: Int?, double: Double) throws {
        let root = try parseJSON("[\(lexeme)]")
        let number = try #require(root[0]?.numberValue)
        #expect(number.lexeme == lexeme)
        #expect(number.isInteger == isInteger)
        #expect(number.intValue == intValue)
        #expect(number.doubleValue == double)
        #expect(root[0]?.range == rangeOf(pos(1, 2, 1), pos(1, 2 + lexeme.count, 1 + lexeme.count)))
    }

    @Test func integersBeyondInt64() throws {
        let number = try #require(try parseJSON("123456789012345678901234567890").numberValue)
        #expect(number.isInteger)
        #expect(number.intValue == nil)
        #expect(number.doubleValue == 1.2345678901234568e29)
        #expect(try parseJSON("-9223372036854775809").numberValue?.intValue == nil)
    }

    // MARK: - Depth and robustness

    @Test func nestingOfOneHundredLevelsIsAccepted() throws {
        let arrays = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(try parseJSON(arrays).elements?.count == 1)
        let objects = String(repeating: #"{"a":"#, count: 99) + "[]" + String(repeating: "}", count: 99)
        #expect(try parseJSON(objects)["a"] != nil)
    }

    @Test func nestingOfOneHundredAndOneLevelsIsAnError() {
        let text = String(repeating: "[", count: 101) + String(repeating: "]", count: 101)
        let error = expectJSONError(text, "nesting deeper than 100 levels", line: 1, column: 101, fix: "brackets")
        #expect(error?.range.start.offset == 100)
        let objects = String(repeating: #"{"a":"#, count: 101)
        expectJSONError(objects, "nesting deeper than 100 levels", line: 1, column: 501)
    }

    @Test func hundredThousandOpeningBracketsAreAnError() {
        expectJSONError(String(repeating: "[", count: 100_000), "nesting deeper than 100 levels", line: 1, column: 101)
        expectJSONError(
            String(repeating: "{\"k\":", count: 100_000), "nesting deeper than 100 levels", line: 1, column: 501)
    }

    @Test func deepInputOnASmallStackThread() async {
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<[String], Never>) in
            let thread = Thread {
                var messages: [String] = []
                let deepest = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
                for text in [deepest, String(repeating: "[", count: 100_000), sampleTaskDefinition] {
                    do throws(SyntaxError) {
                        _ = try JSONScanner.parse(Array(text.utf8))
                        messages.append("ok")
                    } catch {
                        messages.append(error.message)
                    }
                }
                continuation.resume(returning: messages)
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        #expect(outcome == ["ok", "nesting deeper than 100 levels", "ok"])
    }

    @Test func everyTruncationIsAnErrorAtAConsistentPosition() {
        let source = SourceText(path: "task.json", text: sampleTaskDefinition)
        let end = source.bytes.lastIndex(of: UInt8(ascii: "}")) ?? 0
        for length in 0...end {
            let prefix = Array(source.bytes[0..<length])
            guard let error = jsonFailure(prefix) else { continue }
            #expect(error.range.start.offset <= length)
            #expect(source.position(ofOffset: error.range.start.offset) == error.range.start, "prefix \(length)")
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = Xorshift(state: 0x9E37_79B9_7F4A_7C15)
        let alphabet =
            Array(#"{}[],:"\ 0123456789-+.eEtrufalsn/*#$<>%'u"#.utf8) + [0x00, 0x0A, 0x0D, 0xC3, 0xA9, 0xFF, 0xF0]
        for round in 0..<4000 {
            let length = Int.random(in: 0...48, using: &generator)
            let bytes: [UInt8] = (0..<length).map { _ in
                round.isMultiple(of: 2)
                    ? UInt8.random(in: 0...255, using: &generator)
                    : alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
            do {
                let root = try JSONScanner.parse(bytes)
                #expect(allRanges(root).allSatisfy { $0.end.offset <= bytes.count })
            } catch {
                #expect(error.range.start.offset <= bytes.count)
                #expect(error.range.start.line >= 1 && error.range.start.column >= 1)
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test func mutatedTaskDefinitionsNeverCrash() {
        var generator = Xorshift(state: 42)
        let original = Array(sampleTaskDefinition.utf8)
        let interesting = Array(#"{}[],:"\0-.e/#$'"#.utf8) + [0x00, 0x0D, 0x80, 0xC3, 0xFF]
        for _ in 0..<1500 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                let byte = interesting[Int.random(in: 0..<interesting.count, using: &generator)]
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = byte
                case 1: bytes.insert(byte, at: position)
                default: bytes.remove(at: position)
                }
            }
            do {
                let root = try JSONScanner.parse(bytes)
                #expect(allRanges(root).allSatisfy { $0.start.offset <= $0.end.offset && $0.end.offset <= bytes.count })
            } catch {
                #expect(error.range.start.offset <= bytes.count)
            }
        }
    }

    @Test func nulBytesAreSyntaxErrors() {
        expectJSONError([0x00, 0x00, 0x00], "unexpected control character U+0000", line: 1, column: 1)
        expectJSONError(Array(#"{"a": 1}"#.utf8) + [0x00], "unexpected control character U+0000", line: 1, column: 9)
    }
}
