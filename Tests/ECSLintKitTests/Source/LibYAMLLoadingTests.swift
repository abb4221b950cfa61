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
        #expect(failure.description.contains("apt-get install libyaml-0-2"))
        #expect(failure.description.contains("cannot read YAML"))
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
