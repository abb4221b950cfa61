import Testing

@testable import ECSLintKit

/// A small deterministic generator for the fuzz test.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Tests of the YAML loader: schema, notices, aliases, tags, positions and errors.
@Suite struct YAMLLoaderTests {
    // MARK: Helpers

    private func load(_ text: String, options: YAMLLoader.Options = YAMLLoader.Options()) -> LoadedSource {
        YAMLLoader.load(Array(text.utf8), options: options)
    }

    /// The root of the only document, expecting no error.
    private func root(_ text: String, options: YAMLLoader.Options = YAMLLoader.Options()) -> Node? {
        let loaded = load(text, options: options)
        #expect(loaded.syntaxError == nil, "unexpected error: \(String(describing: loaded.syntaxError))")
        return loaded.documents.first?.root
    }

    /// The value of `v` in `v: <yaml>`.
    private func value(_ yaml: String) -> Node? {
        root("v: \(yaml)\n")?["v"]
    }

    /// A compact JSON-like rendering: numbers by lexeme, strings quoted.
    private func render(_ node: Node?) -> String {
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

    private func position(_ line: Int, _ column: Int, _ offset: Int) -> SourcePosition {
        SourcePosition(line: line, column: column, offset: offset)
    }

    private func range(_ start: SourcePosition, _ end: SourcePosition) -> SourceRange {
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

    // MARK: Anchors, aliases and merge keys

    @Test func aliasesInsertACopyWithTheAnchorsRanges() throws {
        let node = try #require(root("base: &b\n  cpu: 256\ncopy: *b\nname: &n web\nalso: *n\n"))
        #expect(render(node) == "{\"base\":{\"cpu\":256},\"copy\":{\"cpu\":256},\"name\":\"web\",\"also\":\"web\"}")
        #expect(node["copy"]?.range == node["base"]?.range)
        #expect(node["copy"]?["cpu"]?.range == range(position(2, 8, 16), position(2, 11, 19)))
        #expect(
            node["base"]?.range == range(position(2, 3, 11), position(2, 11, 19)), "the anchor is not part of the range"
        )
        #expect(node["name"]?.range == range(position(4, 10, 38), position(4, 13, 41)))
        #expect(node["also"]?.range == node["name"]?.range)
    }

    @Test func aliasesCanBeKeysWhenTheyNameScalars() {
        let node = root("- &k name\n- {*k : web}\n")
        #expect(render(node) == "[\"name\",{\"name\":\"web\"}]")
        #expect(
            node?[1]?.member("name")?.keyRange == range(position(2, 4, 13), position(2, 6, 15)), "the alias's own range"
        )
        let collection = load("- &k [a]\n- {*k : web}\n").syntaxError
        #expect(collection?.message == "mapping keys must be scalars, and *k names a collection")
        #expect(collection?.range == range(position(2, 4, 12), position(2, 6, 14)))
    }

    @Test func mergeKeysMergeInSpecOrder() throws {
        let text = """
            a: &a {x: 1, y: 1}
            b: &b {y: 2, z: 2, w: 2}
            c:
              x: 3
              <<: [*a, *b]
              w: 4
            d:
              <<: *a
              y: 5
            """
        let node = try #require(root(text))
        #expect(render(node["c"]) == "{\"x\":3,\"y\":1,\"z\":2,\"w\":4}")
        #expect(render(node["d"]) == "{\"x\":1,\"y\":5}")
        #expect(
            node["c"]?.member("y")?.keyRange == range(position(1, 14, 13), position(1, 15, 14)),
            "merged members keep their source ranges")
        #expect(node["c"]?.member("z")?.value.range == node["b"]?.member("z")?.value.range)
    }

    @Test func mergeKeyNeedsMappings() {
        let single = load("a: 1\nb:\n  <<: 5\n")
        #expect(single.syntaxError?.message == "the merge key << needs a mapping or a list of mappings, not an integer")
        #expect(single.syntaxError?.range == range(position(3, 7, 14), position(3, 8, 15)))
        #expect(
            load("a: &a {x: 1}\nb:\n  <<: [*a, text]\n").syntaxError?.message
                == "the merge key << needs a mapping or a list of mappings, not a string")
        #expect(render(root("b:\n  \"<<\": 5\n")) == "{\"b\":{\"<<\":5}}", "a quoted << is an ordinary key")
    }

    @Test func billionLaughsStopsQuicklyAtTheBudget() {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for index in 1..<names.count {
            let previous = names[index - 1]
            text +=
                "\(names[index]): &\(names[index]) ["
                + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        let clock = ContinuousClock()
        var loaded: LoadedSource?
        let elapsed = clock.measure { loaded = load(text) }
        #expect(elapsed < .seconds(1))
        let error = loaded?.syntaxError
        #expect(error?.message.hasSuffix("expands to more than 100000 nodes (a \"billion laughs\" document?)") == true)
        #expect(error?.message.hasPrefix("alias *") == true)
        #expect(loaded?.documents.isEmpty == true)
    }

    @Test func aliasBudgetIsAnOption() {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        #expect(load(text, options: YAMLLoader.Options(aliasBudget: 8)).syntaxError == nil)
        let error = load(text, options: YAMLLoader.Options(aliasBudget: 7)).syntaxError
        #expect(error?.message == "alias *a expands to more than 7 nodes (a \"billion laughs\" document?)")
        #expect(error?.range == range(position(2, 9, 24), position(2, 11, 26)))
    }

    @Test func undefinedAndRecursiveAliasesAreErrors() {
        let undefined = load("a: 1\nb: *nope\n")
        #expect(undefined.syntaxError?.message == "alias *nope is not defined")
        #expect(undefined.syntaxError?.range == range(position(2, 4, 8), position(2, 9, 13)))
        let acrossDocuments = load("a: &x 1\n---\nb: *x\n")
        #expect(acrossDocuments.syntaxError?.message == "alias *x is not defined")
        #expect(acrossDocuments.syntaxError?.document == 1)
        #expect(acrossDocuments.documents.count == 1)
        #expect(
            load("a: &x [1, *x]\n").syntaxError?.message.hasPrefix("alias *x refers to a node that contains it") == true
        )
    }

    // MARK: Documents, keys, tags

    @Test func multiDocumentStreamsKeepIndices() {
        let loaded = load("a: 1\n---\nb: 2\n...\n---\n- c\n")
        #expect(loaded.syntaxError == nil)
        #expect(loaded.documents.map(\.index) == [0, 1, 2])
        #expect(loaded.documents.map { render($0.root) } == ["{\"a\":1}", "{\"b\":2}", "[\"c\"]"])
        #expect(loaded.format == .yaml)
    }

    @Test func errorInALaterDocumentKeepsTheEarlierOnes() {
        let loaded = load("a: 1\n---\nb: 2\n---\nc: [\n")
        #expect(loaded.documents.map(\.index) == [0, 1])
        #expect(loaded.syntaxError?.document == 2)
        #expect(loaded.syntaxError?.range.start == position(6, 1, 23))
    }

    @Test func emptyStreamsAreAnError() {
        for text in ["", "# only a comment\n", "   \n\n", "\u{FEFF}"] {
            let loaded = load(text)
            #expect(loaded.syntaxError?.message == "the file is empty", "\(text.debugDescription)")
            #expect(loaded.syntaxError?.range == SourceRange(at: .start))
            #expect(loaded.documents.isEmpty)
        }
        #expect(load("---\n").documents.first?.root.isNull == true, "an explicit empty document is a null document")
    }

    @Test func duplicateKeysAreKeptInOrder() {
        let node = root("a: 1\nb: 2\na: 3\n")
        #expect(node?.members?.map(\.key) == ["a", "b", "a"])
        #expect(node?["a"]?.intValue == 3)
        #expect(node?.members?.first?.keyRange == range(position(1, 1, 0), position(1, 2, 1)))
    }

    @Test func scalarKeysAreTheirTextAsWritten() {
        let node = root("80: a\ntrue: b\n~: c\nnull: d\n'': e\n1.5: f\n0x1F: g\n\"q\\tx\": h\n? \n: i\n")
        #expect(node?.members?.map(\.key) == ["80", "true", "~", "null", "", "1.5", "0x1F", "q\tx", ""])
        #expect(render(node?["80"]) == "\"a\"")
    }

    @Test func complexKeysAreAnError() {
        let block = load("? [a]\n: 1\n")
        #expect(block.syntaxError?.message == "mapping keys must be scalars")
        #expect(block.syntaxError?.range.start == position(1, 3, 2))
        #expect(load("{{a: 1}: 2}").syntaxError?.message == "mapping keys must be scalars")
    }

    @Test func unknownTagsAreAnError() {
        let reference = load("image: !Ref ImageUri\n")
        #expect(
            reference.syntaxError?.message
                == "unknown tag !Ref: a task definition uses only the YAML 1.2 core schema tags")
        #expect(reference.syntaxError?.range == range(position(1, 8, 7), position(1, 21, 20)))
        #expect(reference.syntaxError?.fix?.contains("CloudFormation") == true)
        #expect(load("a: !Custom {b: 1}\n").syntaxError?.message.hasPrefix("unknown tag !Custom:") == true)
        #expect(
            load("a: !!python/object:os.system x\n").syntaxError?.message.hasPrefix(
                "unknown tag !!python/object:os.system:") == true)
        #expect(load("a: !!timestamp 2001-01-01\n").syntaxError?.message.hasPrefix("unknown tag !!timestamp:") == true)
        let custom = load("a: !Custom x\n", options: YAMLLoader.Options(cloudFormationTags: true))
        #expect(custom.syntaxError?.message.hasPrefix("unknown tag !Custom:") == true)
    }

    @Test func cloudFormationTagsBecomeLongForms() throws {
        let options = YAMLLoader.Options(cloudFormationTags: true)
        let text = """
            a: !Ref ImageUri
            b: !GetAtt Role.Arn.Suffix
            c: !GetAtt [Role, Arn]
            d: !Sub "${AWS::Region}-x"
            e: !Join [",", [!Ref A, b]]
            f: !Condition IsProd
            g: !If [IsProd, 1, !Ref "AWS::NoValue"]
            h: !Select [0, !GetAZs ""]
            i: !Base64 abc
            """
        let node = try #require(root(text, options: options))
        #expect(render(node["a"]) == "{\"Ref\":\"ImageUri\"}")
        #expect(render(node["b"]) == "{\"Fn::GetAtt\":[\"Role\",\"Arn.Suffix\"]}")
        #expect(render(node["c"]) == "{\"Fn::GetAtt\":[\"Role\",\"Arn\"]}")
        #expect(render(node["d"]) == "{\"Fn::Sub\":\"${AWS::Region}-x\"}")
        #expect(render(node["e"]) == "{\"Fn::Join\":[\",\",[{\"Ref\":\"A\"},\"b\"]]}")
        #expect(render(node["f"]) == "{\"Condition\":\"IsProd\"}")
        #expect(render(node["g"]) == "{\"Fn::If\":[\"IsProd\",1,{\"Ref\":\"AWS::NoValue\"}]}")
        #expect(render(node["h"]) == "{\"Fn::Select\":[0,{\"Fn::GetAZs\":\"\"}]}")
        #expect(render(node["i"]) == "{\"Fn::Base64\":\"abc\"}")
        let wrapper = try #require(node["a"])
        #expect(wrapper.range == range(position(1, 4, 3), position(1, 17, 16)))
        #expect(wrapper.members?.first?.keyRange == wrapper.range)
        #expect(wrapper["Ref"]?.range == range(position(1, 9, 8), position(1, 17, 16)))
        let join = try #require(node["e"])
        #expect(join.range.start == position(5, 4, 97))
        #expect(join["Fn::Join"]?.range.start == position(5, 10, 103))
    }

    // MARK: Positions and ranges

    @Test func positionsCountScalarsOnMultibyteLines() throws {
        let text = "name: é→😀 tail\n\"ké\": {a: é→😀, b: v}\n"
        let node = try #require(root(text))
        #expect(node["name"]?.stringValue == "é→😀 tail")
        #expect(node["name"]?.range == range(position(1, 7, 6), position(1, 15, 20)))
        let member = try #require(node.member("ké"))
        #expect(member.keyRange == range(position(2, 1, 21), position(2, 5, 26)))
        let inner = try #require(member.value.member("b"))
        #expect(inner.keyRange == range(position(2, 16, 43), position(2, 17, 44)))
        #expect(inner.value.range == range(position(2, 19, 46), position(2, 20, 47)))
        #expect(member.value["a"]?.range == range(position(2, 11, 32), position(2, 14, 41)))
        #expect(member.value.range == range(position(2, 7, 28), position(2, 21, 48)))
        let source = SourceText(path: "x.yaml", text: text)
        #expect(source.position(ofOffset: 46) == position(2, 19, 46), "agrees with SourceText")
    }

    @Test func flowCollectionRanges() throws {
        let node = try #require(root("{a: 1, b: [x, y]}"))
        #expect(render(node) == "{\"a\":1,\"b\":[\"x\",\"y\"]}")
        #expect(node.range == range(position(1, 1, 0), position(1, 18, 17)))
        #expect(node["b"]?.range == range(position(1, 11, 10), position(1, 17, 16)))
        #expect(node["b"]?[1]?.range == range(position(1, 15, 14), position(1, 16, 15)))
        #expect(node.member("b")?.keyRange == range(position(1, 8, 7), position(1, 9, 8)))
    }

    @Test func blockCollectionRanges() throws {
        let text = "# head\nports:\n  - 80\n  - 443\n\n# trailing\nnested:\n- a: 1\n  b: [x]\nanchored: &m\n  k: v\n"
        let node = try #require(root(text))
        #expect(node.range == range(position(2, 1, 7), position(11, 7, 84)))
        #expect(node["ports"]?.range == range(position(3, 3, 16), position(4, 8, 28)))
        #expect(node["nested"]?.range == range(position(8, 1, 49), position(9, 9, 64)))
        #expect(node["nested"]?[0]?.range == range(position(8, 3, 51), position(9, 9, 64)))
        #expect(node["anchored"]?.range == range(position(11, 3, 80), position(11, 7, 84)))
    }

    @Test func emptyValuesSitAfterTheColon() {
        let node = root("a:\nb: 1\n")
        #expect(node?["a"]?.isNull == true)
        #expect(node?["a"]?.range == SourceRange(at: position(1, 3, 2)))
    }

    @Test func quotedScalarRangesIncludeTheQuotes() throws {
        let node = try #require(root("\"a b\": 'c'\n'd': \"e\\\"f\"\n"))
        #expect(node.members?.map(\.key) == ["a b", "d"])
        #expect(node.member("a b")?.keyRange == range(position(1, 1, 0), position(1, 6, 5)))
        #expect(node["a b"]?.range == range(position(1, 8, 7), position(1, 11, 10)))
        #expect(node.member("d")?.keyRange == range(position(2, 1, 11), position(2, 4, 14)))
        #expect(node["d"]?.stringValue == "e\"f")
        #expect(node["d"]?.range == range(position(2, 6, 16), position(2, 12, 22)))
    }

    @Test func blockScalarsKeepTheirText() throws {
        let node = try #require(root("lit: |\n  one\n  two\nfold: >\n  one\n  two\nstrip: |-\n  x\nnext: 1\n"))
        #expect(node["lit"]?.stringValue == "one\ntwo\n")
        #expect(node["fold"]?.stringValue == "one two\n")
        #expect(node["strip"]?.stringValue == "x")
        #expect(node["lit"]?.range.start == position(1, 6, 5))
        #expect(node["next"]?.intValue == 1)
    }

    @Test func taggedScalarRangesStartAtTheContent() {
        let node = root("a: &x !!str v\nb: !!int\n  # note\n  12\n")
        #expect(node?["a"]?.range == range(position(1, 13, 12), position(1, 14, 13)))
        #expect(node?["b"]?.range == range(position(4, 3, 34), position(4, 5, 36)))
    }

    @Test func byteOrderMarkIsSkipped() {
        let loaded = YAMLLoader.load([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
        #expect(loaded.documents.first?.root["a"]?.range == range(position(1, 4, 3), position(1, 5, 4)))
        #expect(YAMLLoader.load([0xFF, 0xFE, 0x61, 0x00]).syntaxError?.message.contains("UTF-16") == true)
    }

    @Test func lineBreaksCountLikeSourceText() {
        let node = root("a: 1\r\nb: x\r\n")
        #expect(node?["b"]?.range == range(position(2, 4, 9), position(2, 5, 10)))
        // libyaml breaks lines at a lone CR too; positions follow SourceText (LF only).
        let lone = root("a: 1\rb: é\n")
        #expect(lone?.members?.map(\.key) == ["a", "b"])
        #expect(lone?.member("b")?.keyRange == range(position(1, 6, 5), position(1, 7, 6)))
        #expect(lone?["b"]?.range == range(position(1, 9, 8), position(1, 10, 10)))
    }

    // MARK: libyaml errors

    @Test func tabIndentationIsExplained() {
        let error = load("a:\n\tb: 1\n").syntaxError
        #expect(error?.message == "tabs are not allowed for indentation in YAML")
        #expect(error?.range == range(position(2, 1, 3), position(2, 2, 4)))
        #expect(error?.fix == "indent with spaces")
        #expect(load("a: b\n\tc: d\n").syntaxError?.message == "tabs are not allowed for indentation in YAML")
    }

    @Test func badIndentationIsExplained() {
        let error = load("a:\n  b: 1\n c: 2\n").syntaxError
        #expect(
            error?.message
                == "bad indentation: this line does not line up with the keys of the mapping that starts at line 1, column 1"
        )
        #expect(error?.range == range(position(3, 2, 11), position(3, 3, 12)))
        let list = load("a:\n  - 1\n  b: 2\n").syntaxError
        #expect(
            list?.message
                == "bad indentation: expected a list item ('- ') of the list that starts at line 2, column 3, found 'b'"
        )
        #expect(list?.range.start == position(3, 3, 11))
    }

    @Test func unclosedQuoteIsReportedAtTheOpeningQuote() {
        let error = load("a: 1\nb: \"abc\nc: 2\n").syntaxError
        #expect(error?.message == "this quoted string is never closed")
        #expect(error?.fix == "add the closing \"")
        #expect(error?.range == range(position(2, 4, 8), position(2, 5, 9)))
        #expect(load("a: 'x\n").syntaxError?.fix == "add the closing '")
    }

    @Test func otherLibYAMLProblemsAreExplained() {
        let colon = load("key: value\n  bad: 1\n").syntaxError
        #expect(
            colon?.message
                == "unexpected ':' — a value cannot start a mapping here (is a quote or indentation missing?)")
        #expect(colon?.range.start == position(2, 6, 16))
        let reserved = load("a: @x\n").syntaxError
        #expect(reserved?.message == "'@' is reserved in YAML and cannot start a plain value")
        #expect(reserved?.range.start == position(1, 4, 3))
        #expect(
            load("a: [1, 2\n").syntaxError?.message
                == "expected ',' or ']' in the list that starts at line 1, column 4, found the end of the file")
        #expect(
            load("a: 1\n- b\n").syntaxError?.message
                == "a list item cannot appear here: the mapping that starts at line 1, column 1 expects a key")
        #expect(load("a: é\nb: c: d\n").syntaxError?.range.start == position(2, 5, 10))
    }

    @Test func depthLimitIsOneHundredLevels() {
        let ok = load(String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
        #expect(ok.syntaxError == nil)
        let deep = load(String(repeating: "[", count: 101) + String(repeating: "]", count: 101))
        #expect(deep.syntaxError?.message == "values are nested deeper than 100 levels")
        #expect(deep.syntaxError?.range.start == position(1, 101, 100))
        var block = ""
        for level in 0..<101 { block += String(repeating: " ", count: level) + "k:\n" }
        #expect(
            load(block + String(repeating: " ", count: 101) + "v\n").syntaxError?.message
                == "values are nested deeper than 100 levels")
    }

    @Test func aliasesCannotNestDeeperThanTheLimit() {
        let inner = "a: &a " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60) + "\n"
        let loaded = load(
            inner + "b: " + String(repeating: "[", count: 40) + "*a" + String(repeating: "]", count: 40) + "\n")
        #expect(loaded.syntaxError?.message == "alias *a nests values deeper than 100 levels")
        #expect(loaded.syntaxError?.range.start == position(2, 44, 170))
    }

    @Test func invalidBytesAreSyntaxErrors() {
        let utf8 = YAMLLoader.load(Array("a: ".utf8) + [0xFF, 0x0A])
        #expect(utf8.syntaxError?.message.hasPrefix("the file is not valid UTF-8 (byte 0xFF") == true)
        #expect(utf8.syntaxError?.range.start == position(1, 4, 3))
        let nul = YAMLLoader.load(Array("a: b\nc: ".utf8) + [0x00])
        #expect(nul.syntaxError?.message == "the file contains the control character U+0000, which YAML does not allow")
        #expect(nul.syntaxError?.range.start == position(2, 4, 8))
    }

    @Test func unreadableBytesKeepTheDocumentsBeforeThem() {
        let loaded = YAMLLoader.load(Array("a: 1\n---\nb: on\n---\nc: ".utf8) + [0xFF, 0x0A])
        #expect(loaded.documents.map(\.index) == [0, 1])
        #expect(loaded.notices.count == 1, "notices of kept documents stay")
        #expect(loaded.syntaxError?.message == "the file is not valid UTF-8 (byte 0xFF)")
        #expect(loaded.syntaxError?.document == 2)
        #expect(loaded.syntaxError?.range == range(position(5, 4, 22), position(5, 5, 23)))
        let unclosed = YAMLLoader.load(Array("a: 1\n---\nb: \"x\n".utf8) + [0x01, 0x22, 0x0A])
        #expect(
            unclosed.syntaxError?.message == "the file contains the control character U+0001, which YAML does not allow"
        )
        #expect(unclosed.syntaxError?.document == 1)
        #expect(unclosed.documents.count == 1)
        let earlier = YAMLLoader.load(Array("a: [1\n---\nb: ".utf8) + [0xFF])
        #expect(earlier.syntaxError?.message.hasPrefix("expected ',' or ']'") == true, "an earlier syntax error wins")
    }

    @Test func generatedYAMLGivesRangesThatAgreeWithSourceText() {
        var generator = SplitMix64(state: 0x59A4)
        let tokens = [
            "a", "b: ", "- ", ": ", "\n", "\n  ", "\n    ", "[", "]", "{", "}", ", ", "&x ", "*x", "<<: ", "!!str ",
            "!Ref ", "\"q\"", "'s'",
            "|\n  t\n", "# c\n", "é→😀", "on", "0755", "1_000", "? ", "---\n", "~", "\r\n", "\t", "!!int 1", "&y [1]",
            "*y",
        ]
        let valid = [
            "[a, {b: é→😀}]", "&x {c: 1}", "*x", "\"q\\t\"", "|\n  line\n", "on", "0755", "!!str 5", "\n  - 1\n  - [2]",
            "\n  <<: {m: 1}\n  n: 2",
            "'it''s'", "!Ref r", "!GetAtt a.b", "!Join [',', [x]]", "~", "\n  # c\n  d: e",
        ]
        var checked = 0
        var clean = 0
        for round in 0..<1500 {
            var text = (0..<Int.random(in: 1...30, using: &generator)).map { _ in
                tokens.randomElement(using: &generator) ?? ""
            }.joined()
            if round.isMultiple(of: 3) {
                text = (0..<Int.random(in: 1...12, using: &generator)).map { index in
                    "k\(index): " + (valid.randomElement(using: &generator) ?? "") + "\n"
                }.joined()
            }
            let loaded = load(text, options: YAMLLoader.Options(cloudFormationTags: round.isMultiple(of: 2)))
            let source = SourceText(path: "fuzz.yaml", text: text)
            if loaded.syntaxError == nil { clean += 1 }
            var ranges = loaded.notices.map(\.range) + [loaded.syntaxError?.range].compactMap { $0 }
            var pending = loaded.documents.map(\.root)
            while let node = pending.popLast() {
                ranges.append(node.range)
                pending += node.elements ?? []
                for member in node.members ?? [] {
                    ranges.append(member.keyRange)
                    pending.append(member.value)
                }
            }
            for range in ranges {
                #expect(range.start.offset <= range.end.offset, "\(text.debugDescription) \(range)")
                #expect(
                    source.position(ofOffset: range.start.offset) == range.start, "\(text.debugDescription) \(range)")
                #expect(source.position(ofOffset: range.end.offset) == range.end, "\(text.debugDescription) \(range)")
                checked += 1
            }
        }
        #expect(clean > 150, "\(clean) inputs loaded without an error")
        #expect(checked > 5000, "\(checked) ranges checked")
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(state: 0xEC5)
        let seeds = [
            "a: [1, {b: c}]\n", "- &x y\n- *x\n", "k: \"é→😀\"\n", "<<: *a\n", "? x\n: |\n  y\n", "--- !Ref\n...\n",
        ]
        for round in 0..<600 {
            var bytes: [UInt8]
            if round.isMultiple(of: 2) {
                bytes = (0..<Int.random(in: 0...64, using: &generator)).map { _ in
                    UInt8.random(in: 0...255, using: &generator)
                }
            } else {
                bytes = Array(seeds[round % seeds.count].utf8)
                for _ in 0..<Int.random(in: 1...4, using: &generator) where !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
                        in: 0...127, using: &generator)
                }
            }
            let loaded = YAMLLoader.load(
                bytes, options: YAMLLoader.Options(cloudFormationTags: round.isMultiple(of: 3)))
            #expect(loaded.syntaxError != nil || !loaded.documents.isEmpty)
            if let error = loaded.syntaxError {
                #expect(error.range.start.offset <= bytes.count)
            }
        }
    }
}
