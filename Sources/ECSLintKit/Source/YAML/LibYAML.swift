internal import CYAML

/// The libyaml functions the YAML reader calls, loaded from the system
/// libyaml with `dlopen` the first time a YAML file is read.
///
/// Linking libyaml would make the loader find, map and relocate it in every
/// run, about a twentieth of linting one small JSON file, which never reads
/// YAML. The declarations still come from the `CYAML` system-library target
/// (Debian's libyaml-dev), so the types of every call are those of the
/// installed header; the module just names no library to link, and nothing
/// refers to a libyaml symbol directly. A run whose libyaml cannot be loaded
/// still lints JSON, and each YAML file gets an error that says why and what
/// to install (`YAMLErrorMessages.libraryFix`).
struct LibYAML: @unchecked Sendable {
    typealias ParserCall = @convention(c) (UnsafeMutablePointer<yaml_parser_t>?) -> Int32
    typealias ParserDelete = @convention(c) (UnsafeMutablePointer<yaml_parser_t>?) -> Void
    typealias SetInputString = @convention(c) (UnsafeMutablePointer<yaml_parser_t>?, UnsafePointer<UInt8>?, Int) -> Void
    typealias SetEncoding = @convention(c) (UnsafeMutablePointer<yaml_parser_t>?, yaml_encoding_t) -> Void
    typealias Parse =
        @convention(c) (UnsafeMutablePointer<yaml_parser_t>?, UnsafeMutablePointer<yaml_event_t>?) -> Int32
    typealias EventDelete = @convention(c) (UnsafeMutablePointer<yaml_event_t>?) -> Void

    let parserInitialize: ParserCall
    let parserDelete: ParserDelete
    let setInputString: SetInputString
    let setEncoding: SetEncoding
    let parse: Parse
    let eventDelete: EventDelete

    /// The file name `dlopen` looks for: the soname Debian's `libyaml-0-2` package installs.
    static let libraryName = "libyaml-0.so.2"

    /// The library, loaded once per process, or why it could not be.
    static let shared: Result<LibYAML, LoadFailure> = load(libraryName)

    /// Why libyaml could not be loaded, as a sentence for a YAML file's error.
    struct LoadFailure: Error, Sendable, CustomStringConvertible {
        let description: String
    }

    /// The functions of the library `name`, or the `dlopen`/`dlsym` failure.
    /// The handle is never closed: the functions live as long as the process.
    static func load(_ name: String) -> Result<LibYAML, LoadFailure> {
        var library: SharedLibrary
        switch SharedLibrary.open(name) {
        case .success(let opened): library = opened
        case .failure(let failure):
            return .failure(
                LoadFailure(
                    description:
                        "cannot read YAML: the libyaml library could not be loaded (dlopen(\(name)): \(failure.reason))"
                ))
        }
        let functions = LibYAML(
            parserInitialize: library.function("yaml_parser_initialize", as: ParserCall.self),
            parserDelete: library.function("yaml_parser_delete", as: ParserDelete.self),
            setInputString: library.function("yaml_parser_set_input_string", as: SetInputString.self),
            setEncoding: library.function("yaml_parser_set_encoding", as: SetEncoding.self),
            parse: library.function("yaml_parser_parse", as: Parse.self),
            eventDelete: library.function("yaml_event_delete", as: EventDelete.self))
        guard let functions, library.missingSymbols.isEmpty else {
            return .failure(
                LoadFailure(
                    description:
                        "cannot read YAML: \(name) is not a usable libyaml (dlsym found no \(library.missingSymbols.joined(separator: ", ")))"
                ))
        }
        return .success(functions)
    }

    private init?(
        parserInitialize: ParserCall?, parserDelete: ParserDelete?, setInputString: SetInputString?,
        setEncoding: SetEncoding?, parse: Parse?, eventDelete: EventDelete?
    ) {
        guard let parserInitialize, let parserDelete, let setInputString, let setEncoding, let parse, let eventDelete
        else { return nil }
        self.parserInitialize = parserInitialize
        self.parserDelete = parserDelete
        self.setInputString = setInputString
        self.setEncoding = setEncoding
        self.parse = parse
        self.eventDelete = eventDelete
    }
}
