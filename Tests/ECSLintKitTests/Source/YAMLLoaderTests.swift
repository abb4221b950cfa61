import Testing

@testable import ECSLintKit

/// Tests of the YAML loader: schema, notices, aliases, tags, positions and errors.
@Suite struct YAMLLoaderTests {
    // MARK: Helpers

    func load(_ text: String, options: YAMLLoader.Options = YAMLLoader.Options()) -> LoadedSource {
        YAMLLoader.load(Array(text.utf8), options: options)
    }

    /// The root of the only document, expecting no error.
    func root(_ text: String, options: YAMLLoader.Options = YAMLLoader.Options()) -> Node? {
        let loaded = load(text, options: options)
        #expect(loaded.syntaxError == nil, "unexpected error: \(String(describing: loaded.syntaxError))")
        return loaded.documents.first?.root
    }

    /// The value of `v` in `v: <yaml>`.
    func value(_ yaml: String) -> Node? {
        root("v: \(yaml)\n")?["v"]
    }

    /// A compact JSON-like rendering: numbers by lexeme, strings quoted.
    func render(_ node: Node?) -> String {
        guard let node else { return "<missing>" }
        switch node.value {
        case .object(let members):
            return "{" + members.map { "\"\($0.key)\":\(render($0.value))" }.joined(separator: ",") + "}"
        case .array(let elements): return "[" + elements.map { render($0) }.joined(separator: ",") + "]"
        case .string(let text): return "\"\(text)\""
        case .number(let number): return number.lexeme
        case .bool(let flag): return "\(flag)"
        case .null: return "null"
        }
    }

    func position(_ line: Int, _ column: Int, _ offset: Int) -> SourcePosition {
        SourcePosition(line: line, column: column, offset: offset)
    }

    func range(_ start: SourcePosition, _ end: SourcePosition) -> SourceRange {
        SourceRange(start: start, end: end)
    }

    // MARK: Core schema

    @Test func plainNullsResolveToNull() {
        for text in ["~", "null", "Null", "NULL", ""] {
            #expect(value(text)?.isNull == true, "\(text)")
        }
        #expect(value("nULL")?.stringValue == "nULL")
    }

    @Test func plainBooleansResolveByCoreSchema() {
        for text in ["true", "True", "TRUE"] { #expect(value(text)?.boolValue == true, "\(text)") }
        for text in ["false", "False", "FALSE"] { #expect(value(text)?.boolValue == false, "\(text)") }
        #expect(value("tRUE")?.stringValue == "tRUE")
    }

    @Test func plainIntegersKeepLexemeAndValue() {
        let cases: [(String, Int)] = [
            ("42", 42), ("-7", -7), ("+12", 12), ("0", 0), ("0755", 755), ("0o17", 15), ("0x1F", 31), ("0xff", 255),
        ]
        for (text, expected) in cases {
            let number = value(text)?.numberValue
            #expect(number?.lexeme == text)
            #expect(number?.isInteger == true, "\(text)")
            #expect(number?.intValue == expected, "\(text)")
            #expect(number?.doubleValue == Double(expected), "\(text)")
        }
    }

    @Test func hugeIntegerHasNoIntValue() {
        let number = value("123456789012345678901234567890")?.numberValue
        #expect(number?.isInteger == true)
        #expect(number?.intValue == nil)
        #expect(number?.doubleValue == 1.2345678901234568e29)
    }

    @Test func plainFloatsResolveByCoreSchema() {
        let cases: [(String, Double)] = [
            ("1.5", 1.5), ("-.5", -0.5), ("+.5", 0.5), ("1.", 1), ("1e3", 1000), ("2.56E-2", 0.0256),
            (".inf", .infinity), ("-.Inf", -.infinity), ("+.INF", .infinity),
        ]
        for (text, expected) in cases {
            let number = value(text)?.numberValue
            #expect(number?.lexeme == text)
            #expect(number?.isInteger == false, "\(text)")
            #expect(number?.intValue == nil)
            #expect(number?.doubleValue == expected, "\(text)")
        }
        for text in [".nan", ".NaN", ".NAN"] {
            #expect(value(text)?.numberValue?.doubleValue.isNaN == true, "\(text)")
        }
    }

    @Test func plainScalarsOutsideTheCoreSchemaAreStrings() {
        for text in [
            "yes", "on", "0b1010", "1_000", "1:30", "0x", "0o8", "-0x1F", "0o-1", "1.5.5", "e3", ".", ".nan1", "-.nan",
            "True1", "12abc", "1e", "2024-01-01",
        ] {
            #expect(value(text)?.stringValue == text, "\(text)")
        }
    }

    @Test func quotedAndBlockScalarsAreAlwaysStrings() {
        #expect(value("\"42\"")?.stringValue == "42")
        #expect(value("'true'")?.stringValue == "true")
        #expect(value("''")?.stringValue == "")
        #expect(value("\"~\"")?.stringValue == "~")
        #expect(root("v: |\n  42\n")?["v"]?.stringValue == "42\n")
        #expect(root("v: >-\n  null\n")?["v"]?.stringValue == "null")
    }

    @Test func explicitStandardTagsAreHonoured() {
        #expect(value("!!str 42")?.stringValue == "42")
        #expect(value("!!str")?.stringValue == "")
        #expect(
            value("!!int \"12\"")?.numberValue
                == NumberLiteral(lexeme: "12", isInteger: true, intValue: 12, doubleValue: 12))
        #expect(value("!!int 0x1F")?.intValue == 31)
        #expect(
            value("!!float 1")?.numberValue
                == NumberLiteral(lexeme: "1", isInteger: false, intValue: nil, doubleValue: 1))
        #expect(value("!!float '2.5'")?.numberValue?.doubleValue == 2.5)
        #expect(value("!!bool 'true'")?.boolValue == true)
        #expect(value("!!null ''")?.isNull == true)
        #expect(value("!!binary aGVsbG8=")?.stringValue == "aGVsbG8=")
        #expect(value("!<tag:yaml.org,2002:int> 7")?.intValue == 7)
        #expect(value("! 42")?.stringValue == "42")
        #expect(render(value("!!map {a: 1}")) == "{\"a\":1}")
        #expect(render(value("!!seq [1, x]")) == "[1,\"x\"]")
        #expect(render(value("! [1]")) == "[1]")
    }

    @Test func tagContradictingContentIsAnError() {
        let loaded = load("a: 1\nb: !!int abc\n")
        #expect(loaded.documents.isEmpty)
        let error = loaded.syntaxError
        #expect(error?.message == "the scalar \"abc\" is tagged !!int but is not an integer")
        #expect(error?.range == range(position(2, 4, 8), position(2, 13, 17)))
        #expect(error?.fix?.contains("!!int") == true)
        #expect(
            load("v: !!bool yes").syntaxError?.message == "the scalar \"yes\" is tagged !!bool but is not a boolean")
        #expect(load("v: !!float x").syntaxError?.message == "the scalar \"x\" is tagged !!float but is not a number")
        #expect(load("v: !!null 0").syntaxError?.message == "the scalar \"0\" is tagged !!null but is not null")
        #expect(load("v: !!map x").syntaxError?.message == "the scalar \"x\" is tagged !!map but is not a mapping")
        #expect(
            load("v: !!map [1]").syntaxError?.message == "this sequence is tagged !!map, which is not for sequences")
        #expect(
            load("v: !!str {a: 1}").syntaxError?.message == "this mapping is tagged !!str, which is not for mappings")
    }

    // MARK: YAML 1.1 notices

    @Test func yaml11BooleanWordsRaiseANotice() throws {
        let loaded = load("enabled: on\n")
        #expect(loaded.syntaxError == nil)
        let notice = try #require(loaded.notices.first)
        #expect(loaded.notices.count == 1)
        #expect(
            notice.message
                == "plain scalar on is the string \"on\" in YAML 1.2 but the boolean true in YAML 1.1 readers")
        #expect(notice.fix == "quote it (\"on\") or write true/false")
        #expect(notice.pointer == JSONPointer(["enabled"]))
        #expect(notice.range == range(position(1, 10, 9), position(1, 12, 11)))
        #expect(notice.document == 0)
        #expect(loaded.documents.first?.root["enabled"]?.stringValue == "on")
        for word in ["yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N"] {
            let notices = load("v: \(word)\n").notices
            #expect(notices.count == 1, "\(word)")
            let reading = ["yes", "Yes", "YES", "on", "On", "ON", "y", "Y"].contains(word) ? "true" : "false"
            #expect(
                notices.first?.message.hasSuffix("but the boolean \(reading) in YAML 1.1 readers") == true, "\(word)")
        }
    }

    @Test func yaml11LeadingZeroIntegersRaiseANotice() throws {
        let notice = try #require(load("mode: 0755\n").notices.first)
        #expect(
            notice.message
                == "plain scalar 0755 is the integer 755 in YAML 1.2 but the octal integer 493 in YAML 1.1 readers")
        #expect(notice.fix == "write 755 without the leading zero, or 493 if the octal value was meant")
        #expect(
            load("v: 010\n").notices.first?.message
                == "plain scalar 010 is the integer 10 in YAML 1.2 but the octal integer 8 in YAML 1.1 readers")
        #expect(
            load("v: 09\n").notices.first?.message
                == "plain scalar 09 is the integer 9 in YAML 1.2 but the string \"09\" in YAML 1.1 readers")
        #expect(load("v: 07\n").notices.isEmpty, "same value in both readings")
        #expect(load("v: 00\n").notices.isEmpty)
    }

    @Test func yaml11OctalPrefixRaisesANotice() throws {
        let notice = try #require(load("v: 0o17\n").notices.first)
        #expect(
            notice.message
                == "plain scalar 0o17 is the integer 15 in YAML 1.2 but the string \"0o17\" in YAML 1.1 readers")
        #expect(notice.fix == "write 15 so every reader sees the same number, or quote it (\"0o17\") if it is text")
    }

    @Test func yaml11OnlyNumbersRaiseANotice() {
        #expect(
            load("v: 0b1010\n").notices.first?.message
                == "plain scalar 0b1010 is the string \"0b1010\" in YAML 1.2 but the binary integer 10 in YAML 1.1 readers"
        )
        #expect(
            load("v: 1_000\n").notices.first?.message
                == "plain scalar 1_000 is the string \"1_000\" in YAML 1.2 but the integer 1000 in YAML 1.1 readers")
        #expect(
            load("v: 1_000\n").notices.first?.fix
                == "quote it (\"1_000\") to keep the text, or write 1000 if the number is meant")
        #expect(
            load("v: 1:30\n").notices.first?.message
                == "plain scalar 1:30 is the string \"1:30\" in YAML 1.2 but the base 60 integer 90 in YAML 1.1 readers"
        )
        #expect(
            load("v: -0x1F\n").notices.first?.message
                == "plain scalar -0x1F is the string \"-0x1F\" in YAML 1.2 but the hexadecimal integer -31 in YAML 1.1 readers"
        )
        #expect(
            load("v: 1e3\n").notices.first?.message
                == "plain scalar 1e3 is the number 1000.0 in YAML 1.2 but the string \"1e3\" in YAML 1.1 readers")
        #expect(
            load("v: 2024-01-31\n").notices.first?.message
                == "plain scalar 2024-01-31 is the string \"2024-01-31\" in YAML 1.2 but a timestamp in YAML 1.1 readers"
        )
    }

    @Test func unambiguousScalarsRaiseNoNotice() {
        let text = """
            a: "on"
            b: !!str yes
            c: true
            d: 42
            e: 1.5
            f: null
            g: hello
            h: 0x1F
            on: key
            i: [1, 2.0, ~, "no"]
            j: .inf
            k: 1.0e+3
            """
        let loaded = load(text)
        #expect(loaded.syntaxError == nil)
        #expect(loaded.notices.isEmpty, "\(loaded.notices.map(\.message))")
    }

    @Test func noticesCarryPointerAndDocumentIndex() {
        let loaded = load("a: 1\n---\nlist:\n  - [x, yes]\n")
        #expect(loaded.notices.count == 1)
        #expect(loaded.notices.first?.pointer == JSONPointer(["list", "0", "1"]))
        #expect(loaded.notices.first?.document == 1)
        #expect(loaded.notices.first?.range == range(position(4, 9, 23), position(4, 12, 26)))
    }
}
