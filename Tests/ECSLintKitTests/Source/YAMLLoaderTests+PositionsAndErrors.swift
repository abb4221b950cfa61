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

/// YAML loader tests: positions and ranges, libyaml errors, robustness.
extension YAMLLoaderTests {
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
