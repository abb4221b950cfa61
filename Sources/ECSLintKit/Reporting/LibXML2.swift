internal import CLibXML2

/// The libxml2 functions the XML reports call, loaded from the system
/// libxml2 with `dlopen` the first time an XML report is written.
///
/// Linking libxml2 would load it, ICU and their data into every run, which
/// costs more than linting a small file; only the JUnit and Checkstyle
/// reports use it. The declarations still come from the `CLibXML2`
/// system-library target, so every call is checked against the installed
/// headers; the executable just does not name libxml2 as a needed library
/// (it links with `--as-needed`, and nothing refers to a libxml2 symbol
/// directly). A process that linked libxml2 anyway (the tests do) gets the
/// same library back from `dlopen`.
struct LibXML2: @unchecked Sendable {
    typealias InitParser = @convention(c) () -> Void
    typealias BufferCreate = @convention(c) () -> xmlBufferPtr?
    typealias BufferFree = @convention(c) (xmlBufferPtr?) -> Void
    typealias BufferContent = @convention(c) (UnsafePointer<xmlBuffer>?) -> UnsafePointer<xmlChar>?
    typealias BufferLength = @convention(c) (UnsafePointer<xmlBuffer>?) -> Int32
    typealias NewWriter = @convention(c) (xmlBufferPtr?, Int32) -> xmlTextWriterPtr?
    typealias FreeWriter = @convention(c) (xmlTextWriterPtr?) -> Void
    typealias WriterCall = @convention(c) (xmlTextWriterPtr?) -> Int32
    typealias WriterInt = @convention(c) (xmlTextWriterPtr?, Int32) -> Int32
    typealias WriterText = @convention(c) (xmlTextWriterPtr?, UnsafePointer<xmlChar>?) -> Int32
    typealias WriterPair =
        @convention(c) (
            xmlTextWriterPtr?, UnsafePointer<xmlChar>?, UnsafePointer<xmlChar>?
        ) -> Int32
    typealias StartDocument =
        @convention(c) (
            xmlTextWriterPtr?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?
        ) -> Int32

    let bufferCreate: BufferCreate
    let bufferFree: BufferFree
    let bufferContent: BufferContent
    let bufferLength: BufferLength
    let newTextWriterMemory: NewWriter
    let freeTextWriter: FreeWriter
    let setIndent: WriterInt
    let setIndentString: WriterText
    let startDocument: StartDocument
    let startElement: WriterText
    let writeAttribute: WriterPair
    let writeString: WriterText
    let endElement: WriterCall
    let endDocument: WriterCall
    let flush: WriterCall

    /// The file name `dlopen` looks for: the soname Debian's `libxml2` package installs.
    static let libraryName = "libxml2.so.2"

    /// The library, loaded and initialized once per process (`static let`
    /// runs exactly once, even when threads race: libxml2 before 2.11 does not
    /// guard its own lazy initialization), or why it could not be.
    static let shared: Result<LibXML2, XMLWriterError> = load(libraryName).map { library in
        library.initialize()
        return library.functions
    }

    /// The functions of the library `name`, or the `dlopen`/`dlsym` failure.
    /// The handle is never closed: the functions live as long as the process.
    static func load(_ name: String) -> Result<(functions: LibXML2, initialize: InitParser), XMLWriterError> {
        var library: SharedLibrary
        switch SharedLibrary.open(name) {
        case .success(let opened): library = opened
        case .failure(let failure):
            return .failure(
                XMLWriterError(
                    function:
                        "dlopen(\(name)): \(failure.reason); the XML reports (junit, checkstyle) need the libxml2 library"
                ))
        }
        let initialize = library.function("xmlInitParser", as: InitParser.self)
        let functions = LibXML2(
            bufferCreate: library.function("xmlBufferCreate", as: BufferCreate.self),
            bufferFree: library.function("xmlBufferFree", as: BufferFree.self),
            bufferContent: library.function("xmlBufferContent", as: BufferContent.self),
            bufferLength: library.function("xmlBufferLength", as: BufferLength.self),
            newTextWriterMemory: library.function("xmlNewTextWriterMemory", as: NewWriter.self),
            freeTextWriter: library.function("xmlFreeTextWriter", as: FreeWriter.self),
            setIndent: library.function("xmlTextWriterSetIndent", as: WriterInt.self),
            setIndentString: library.function("xmlTextWriterSetIndentString", as: WriterText.self),
            startDocument: library.function("xmlTextWriterStartDocument", as: StartDocument.self),
            startElement: library.function("xmlTextWriterStartElement", as: WriterText.self),
            writeAttribute: library.function("xmlTextWriterWriteAttribute", as: WriterPair.self),
            writeString: library.function("xmlTextWriterWriteString", as: WriterText.self),
            endElement: library.function("xmlTextWriterEndElement", as: WriterCall.self),
            endDocument: library.function("xmlTextWriterEndDocument", as: WriterCall.self),
            flush: library.function("xmlTextWriterFlush", as: WriterCall.self))
        guard let initialize, let functions, library.missingSymbols.isEmpty else {
            return .failure(
                XMLWriterError(
                    function:
                        "dlsym(\(library.missingSymbols.joined(separator: ", "))) in \(name): not a usable libxml2"))
        }
        return .success((functions, initialize))
    }

    private init?(
        bufferCreate: BufferCreate?, bufferFree: BufferFree?, bufferContent: BufferContent?,
        bufferLength: BufferLength?, newTextWriterMemory: NewWriter?, freeTextWriter: FreeWriter?,
        setIndent: WriterInt?, setIndentString: WriterText?, startDocument: StartDocument?,
        startElement: WriterText?, writeAttribute: WriterPair?, writeString: WriterText?,
        endElement: WriterCall?, endDocument: WriterCall?, flush: WriterCall?
    ) {
        guard let bufferCreate, let bufferFree, let bufferContent, let bufferLength, let newTextWriterMemory,
            let freeTextWriter, let setIndent, let setIndentString, let startDocument, let startElement,
            let writeAttribute, let writeString, let endElement, let endDocument, let flush
        else { return nil }
        self.bufferCreate = bufferCreate
        self.bufferFree = bufferFree
        self.bufferContent = bufferContent
        self.bufferLength = bufferLength
        self.newTextWriterMemory = newTextWriterMemory
        self.freeTextWriter = freeTextWriter
        self.setIndent = setIndent
        self.setIndentString = setIndentString
        self.startDocument = startDocument
        self.startElement = startElement
        self.writeAttribute = writeAttribute
        self.writeString = writeString
        self.endElement = endElement
        self.endDocument = endDocument
        self.flush = flush
    }
}
