import Testing

@testable import ECSLintKit

/// libxml2 is loaded with `dlopen` when an XML report is written; these
/// check both outcomes of loading it.
@Suite struct LibXML2LoadingTests {
    @Test func theSystemLibraryLoadsAndWritesXML() throws {
        let xml = try XMLTextWriter()
        try xml.startDocument()
        try xml.startElement("a")
        try xml.attribute("b", "<&\u{1}>")
        try xml.endDocument()
        #expect(try xml.output() == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a b=\"&lt;&amp;\u{FFFD}&gt;\"/>\n")
    }

    @Test func aMissingLibraryIsAnErrorThatSaysWhatNeedsIt() {
        guard case .failure(let error) = LibXML2.load("libxml2-that-does-not-exist.so.9") else {
            Issue.record("a library that does not exist was loaded")
            return
        }
        #expect(error.description.contains("libxml2-that-does-not-exist.so.9"))
        #expect(error.description.contains("the XML reports (junit, checkstyle) need the libxml2 library"))
    }

    @Test func aLibraryWithoutTheWriterIsRefusedByName() {
        // libyaml is a real library with none of libxml2's symbols.
        guard case .failure(let error) = LibXML2.load("libyaml-0.so.2") else {
            Issue.record("libyaml was taken for libxml2")
            return
        }
        #expect(error.description.contains("xmlTextWriterStartElement"))
        #expect(error.description.contains("not a usable libxml2"))
    }
}
