internal import CYAML

/// Runs libyaml's event parser over a byte buffer and hands each event, in
/// Swift types, to a handler.
///
/// This and `LibYAML`, which loads the library, are the only files that see
/// libyaml. The parser and the event it fills
/// are owned by a class whose `deinit` frees them, the input bytes stay pinned
/// for the whole parse, and every event is deleted after the handler returns,
/// on every path.
enum YAMLEventReader {
    /// Parses `bytes` (UTF-8, no byte-order mark, not empty), calling `handle`
    /// for each event until it returns false or the stream ends. Returns why
    /// libyaml stopped, or nil when it did not fail.
    static func read(_ bytes: [UInt8], _ handle: (YAMLEvent) -> Bool) -> YAMLReaderFailure? {
        guard !bytes.isEmpty else { return nil }
        let library: LibYAML
        switch LibYAML.shared {
        case .success(let loaded): library = loaded
        case .failure(let failure): return .beforeFirstEvent(.library, failure.description)
        }
        return bytes.withUnsafeBufferPointer { buffer -> YAMLReaderFailure? in
            guard let base = buffer.baseAddress else { return nil }
            let owner = LibYAMLParser(library)
            return withExtendedLifetime(owner) {
                guard owner.isInitialized else { return .beforeFirstEvent(.other, "libyaml could not be initialized") }
                library.setInputString(owner.parser, base, buffer.count)
                library.setEncoding(owner.parser, YAML_UTF8_ENCODING)
                while true {
                    guard library.parse(owner.parser, owner.event) == 1 else {
                        library.eventDelete(owner.event)
                        return owner.failure()
                    }
                    let event = owner.currentEvent()
                    library.eventDelete(owner.event)
                    guard let event else { continue }
                    if !handle(event) { return nil }
                    if case .streamEnd = event.kind { return nil }
                }
            }
        }
    }
}

extension YAMLReaderFailure {
    /// A failure before the first event (libyaml could not be loaded, or
    /// its parser could not be set up), at the start of the input.
    static func beforeFirstEvent(_ stage: Stage, _ problem: String) -> YAMLReaderFailure {
        YAMLReaderFailure(
            stage: stage, problem: problem, problemMark: YAMLMark(index: 0, line: 0, column: 0),
            problemOffset: 0, problemValue: -1, context: nil, contextMark: YAMLMark(index: 0, line: 0, column: 0))
    }
}

/// Owns a `yaml_parser_t` and one reusable `yaml_event_t` at stable addresses.
private final class LibYAMLParser {
    let library: LibYAML
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let event: UnsafeMutablePointer<yaml_event_t>
    let isInitialized: Bool

    init(_ library: LibYAML) {
        self.library = library
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        isInitialized = library.parserInitialize(parser) == 1
    }

    deinit {
        library.eventDelete(event)
        if isInitialized { library.parserDelete(parser) }
        event.deinitialize(count: 1)
        event.deallocate()
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    /// The event libyaml just filled, converted; nil for kinds the loader ignores.
    func currentEvent() -> YAMLEvent? {
        let raw = event.pointee
        let start = Self.mark(raw.start_mark)
        let end = Self.mark(raw.end_mark)
        let kind: YAMLEvent.Kind
        switch raw.type {
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_STREAM_END_EVENT: kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_ALIAS_EVENT: kind = .alias(Self.string(raw.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = raw.data.scalar
            let value: String
            if let pointer = scalar.value {
                value = String(decoding: UnsafeBufferPointer(start: pointer, count: scalar.length), as: UTF8.self)
            } else {
                value = ""
            }
            kind = .scalar(
                YAMLScalarEvent(
                    value: value, anchor: Self.string(scalar.anchor), tag: Self.string(scalar.tag),
                    style: Self.style(scalar.style)))
        case YAML_SEQUENCE_START_EVENT:
            let sequence = raw.data.sequence_start
            kind = .sequenceStart(
                YAMLCollectionEvent(
                    anchor: Self.string(sequence.anchor), tag: Self.string(sequence.tag),
                    isFlow: sequence.style == YAML_FLOW_SEQUENCE_STYLE))
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let mapping = raw.data.mapping_start
            kind = .mappingStart(
                YAMLCollectionEvent(
                    anchor: Self.string(mapping.anchor), tag: Self.string(mapping.tag),
                    isFlow: mapping.style == YAML_FLOW_MAPPING_STYLE))
        case YAML_MAPPING_END_EVENT: kind = .mappingEnd
        default: return nil
        }
        return YAMLEvent(kind: kind, start: start, end: end)
    }

    /// Why the last `yaml_parser_parse` failed.
    func failure() -> YAMLReaderFailure {
        let raw = parser.pointee
        let stage: YAMLReaderFailure.Stage
        switch raw.error {
        case YAML_READER_ERROR: stage = .reader
        case YAML_SCANNER_ERROR: stage = .scanner
        case YAML_PARSER_ERROR: stage = .parser
        default: stage = .other
        }
        let problem = raw.problem.map { String(cString: $0) } ?? "libyaml failed without a message"
        return YAMLReaderFailure(
            stage: stage, problem: problem, problemMark: Self.mark(raw.problem_mark), problemOffset: raw.problem_offset,
            problemValue: Int(raw.problem_value), context: raw.context.map { String(cString: $0) },
            contextMark: Self.mark(raw.context_mark))
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(index: mark.index, line: mark.line, column: mark.column)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
