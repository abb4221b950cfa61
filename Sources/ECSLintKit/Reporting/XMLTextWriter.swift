internal import CLibXML2

/// A libxml2 call that failed while writing XML, named by its C function.
struct XMLWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The libxml2 function that reported the failure.
    var function: String

    var description: String { "libxml2 \(function) failed" }
}

/// Writes one UTF-8 XML document into memory with libxml2's `xmlTextWriter`.
///
/// With ``LibXML2``, the only files that import `CLibXML2` for reporting:
/// libxml2 is loaded on the first writer (``LibXML2/shared``), the writer and
/// its buffer are owned here and freed in `deinit`, and no C type leaves this
/// file. Element and attribute names must be valid XML names (callers pass
/// constants); text and attribute values may be any string: libxml2 escapes
/// markup, and characters XML 1.0 cannot carry (controls other than tab, line
/// feed and carriage return, U+FFFE, U+FFFF) are replaced with U+FFFD first.
final class XMLTextWriter {
    private let library: LibXML2
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// Creates a writer; `indent` pretty-prints nested elements with two
    /// spaces. Throws when libxml2 cannot be loaded or runs out of memory.
    init(indent: Bool = true) throws(XMLWriterError) {
        let library = try LibXML2.shared.get()
        guard let buffer = library.bufferCreate() else {
            throw XMLWriterError(function: "xmlBufferCreate")
        }
        guard let writer = library.newTextWriterMemory(buffer, 0) else {
            library.bufferFree(buffer)
            throw XMLWriterError(function: "xmlNewTextWriterMemory")
        }
        self.library = library
        self.buffer = buffer
        self.writer = writer
        if indent {
            try check(library.setIndent(writer, 1), "xmlTextWriterSetIndent")
            try check(
                Self.withXMLString("  ") { library.setIndentString(writer, $0) }, "xmlTextWriterSetIndentString")
        }
    }

    deinit {
        library.freeTextWriter(writer)
        library.bufferFree(buffer)
    }

    /// Writes the XML declaration: version 1.0, encoding UTF-8.
    func startDocument() throws(XMLWriterError) {
        try check(library.startDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    /// Opens an element.
    func startElement(_ name: String) throws(XMLWriterError) {
        let (library, writer) = (self.library, self.writer)
        try check(Self.withXMLString(name) { library.startElement(writer, $0) }, "xmlTextWriterStartElement")
    }

    /// Adds an attribute to the element just opened.
    func attribute(_ name: String, _ value: String) throws(XMLWriterError) {
        let (library, writer) = (self.library, self.writer)
        let result = Self.withXMLString(name) { name in
            Self.withXMLString(Self.xmlSafe(value)) { value in
                library.writeAttribute(writer, name, value)
            }
        }
        try check(result, "xmlTextWriterWriteAttribute")
    }

    /// Adds an attribute with an integer value.
    func attribute(_ name: String, _ value: Int) throws(XMLWriterError) {
        try attribute(name, String(value))
    }

    /// Writes character data into the open element.
    func text(_ content: String) throws(XMLWriterError) {
        guard !content.isEmpty else { return }
        let (library, writer) = (self.library, self.writer)
        try check(
            Self.withXMLString(Self.xmlSafe(content)) { library.writeString(writer, $0) },
            "xmlTextWriterWriteString")
    }

    /// Closes the innermost open element.
    func endElement() throws(XMLWriterError) {
        try check(library.endElement(writer), "xmlTextWriterEndElement")
    }

    /// Closes every open element and ends the document.
    func endDocument() throws(XMLWriterError) {
        try check(library.endDocument(writer), "xmlTextWriterEndDocument")
    }

    /// The document written so far.
    func output() throws(XMLWriterError) -> String {
        try check(library.flush(writer), "xmlTextWriterFlush")
        let length = Int(library.bufferLength(buffer))
        guard length > 0, let content = library.bufferContent(buffer) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: content, count: length), as: UTF8.self)
    }

    private func check(_ status: Int32, _ function: String) throws(XMLWriterError) {
        if status < 0 { throw XMLWriterError(function: function) }
    }

    /// `text` with every character XML 1.0 cannot carry replaced by U+FFFD.
    static func xmlSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isXMLChar($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isXMLChar(scalar) ? scalar : "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The XML 1.0 `Char` production (Swift strings hold no surrogates).
    private static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Calls `body` with `text` as a NUL-terminated `xmlChar` string; `text`
    /// must hold no NUL (`xmlSafe` guarantees that).
    private static func withXMLString<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        let count = text.utf8.count + 1
        return text.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: count, body)
        }
    }
}
