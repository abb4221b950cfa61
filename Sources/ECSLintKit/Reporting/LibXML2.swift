internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#endif

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
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "not found"
            return .failure(
                XMLWriterError(
                    function: "dlopen(\(name)): \(reason); the XML reports (junit, checkstyle) need the libxml2 library"
                ))
        }
        var missing: [String] = []
        func symbol<Function>(_ symbol: String, as type: Function.Type) -> Function? {
            guard let address = dlsym(handle, symbol) else {
                missing.append(symbol)
                return nil
            }
            return unsafeBitCast(address, to: type)
        }
        let initialize = symbol("xmlInitParser", as: InitParser.self)
        let functions = LibXML2(
            bufferCreate: symbol("xmlBufferCreate", as: BufferCreate.self),
            bufferFree: symbol("xmlBufferFree", as: BufferFree.self),
            bufferContent: symbol("xmlBufferContent", as: BufferContent.self),
            bufferLength: symbol("xmlBufferLength", as: BufferLength.self),
            newTextWriterMemory: symbol("xmlNewTextWriterMemory", as: NewWriter.self),
            freeTextWriter: symbol("xmlFreeTextWriter", as: FreeWriter.self),
            setIndent: symbol("xmlTextWriterSetIndent", as: WriterInt.self),
            setIndentString: symbol("xmlTextWriterSetIndentString", as: WriterText.self),
            startDocument: symbol("xmlTextWriterStartDocument", as: StartDocument.self),
            startElement: symbol("xmlTextWriterStartElement", as: WriterText.self),
            writeAttribute: symbol("xmlTextWriterWriteAttribute", as: WriterPair.self),
            writeString: symbol("xmlTextWriterWriteString", as: WriterText.self),
            endElement: symbol("xmlTextWriterEndElement", as: WriterCall.self),
            endDocument: symbol("xmlTextWriterEndDocument", as: WriterCall.self),
            flush: symbol("xmlTextWriterFlush", as: WriterCall.self))
        guard let initialize, let functions, missing.isEmpty else {
            return .failure(
                XMLWriterError(function: "dlsym(\(missing.joined(separator: ", "))) in \(name): not a usable libxml2"))
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
