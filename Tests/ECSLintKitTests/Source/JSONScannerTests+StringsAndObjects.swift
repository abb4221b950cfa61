import Foundation
import Testing

@testable import ECSLintKit

/// JSON scanner tests: strings and objects.
extension JSONScannerTests {
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
}
