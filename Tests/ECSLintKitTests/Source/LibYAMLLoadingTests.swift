import Testing

@testable import ECSLintKit

/// libyaml is loaded with `dlopen` when the first YAML file is read; these
/// check each outcome of loading it.
@Suite struct LibYAMLLoadingTests {
    @Test func theSystemLibraryLoadsAndReadsYAML() throws {
        guard case .success = LibYAML.load(LibYAML.libraryName) else {
            Issue.record("the system libyaml did not load")
            return
        }
        var scalars: [String] = []
        let failure = YAMLEventReader.read(Array("family: web\ncpu: '256'\n".utf8)) { event in
            if case .scalar(let scalar) = event.kind { scalars.append(scalar.value) }
            return true
        }
        #expect(failure == nil)
        #expect(scalars == ["family", "web", "cpu", "256"])
    }

    @Test func aMissingLibraryIsAnErrorThatSaysWhatToInstall() {
        guard case .failure(let failure) = LibYAML.load("libyaml-that-does-not-exist.so.9") else {
            Issue.record("a library that does not exist was loaded")
            return
        }
        #expect(failure.description.contains("libyaml-that-does-not-exist.so.9"))
        #expect(failure.description.hasPrefix("cannot read YAML: the libyaml library could not be loaded"))
    }

    @Test func aFileThatCannotBeReadForWantOfLibyamlSaysWhatToInstall() {
        let bytes = Array("family: web\n".utf8)
        let error = YAMLErrorMessages.syntaxError(
            for: .beforeFirstEvent(
                .library,
                "cannot read YAML: the libyaml library could not be loaded (dlopen(libyaml-0.so.2): not found)"),
            positions: YAMLPositionMap(bytes: bytes), document: 0)
        #expect(error.message.hasPrefix("cannot read YAML: the libyaml library could not be loaded"))
        #expect(error.fix == YAMLErrorMessages.libraryFix)
        #expect(error.fix?.contains("apt-get install libyaml-0-2") == true)
        #expect(error.range.start.line == 1 && error.range.start.column == 1)
    }

    @Test func aLibraryWithoutTheParserIsRefusedByName() {
        // libxml2 is a real library (the tests link it) with none of libyaml's symbols.
        guard case .failure(let failure) = LibYAML.load("libxml2.so.2") else {
            Issue.record("libxml2 was taken for libyaml")
            return
        }
        #expect(failure.description.contains("yaml_parser_parse"))
        #expect(failure.description.contains("not a usable libyaml"))
    }
}
