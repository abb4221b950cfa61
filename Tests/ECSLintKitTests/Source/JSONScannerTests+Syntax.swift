import Foundation
import Testing

@testable import ECSLintKit

/// JSON scanner tests: non-JSON syntax, document structure and numbers.
extension JSONScannerTests {
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
}
