import Testing

@testable import ECSLintKit

/// YAML loader tests: anchors, aliases, merge keys, documents, keys and tags.
extension YAMLLoaderTests {
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
}
