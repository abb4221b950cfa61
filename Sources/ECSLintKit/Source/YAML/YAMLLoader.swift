/// Reads a YAML stream into positioned documents, built on libyaml's event
/// parser (not its document API).
///
/// Plain scalars resolve by the YAML 1.2 core schema; where a YAML 1.1 reader
/// would read a plain value differently (`on`, `0755`, `1_000`, ...) a
/// `YAMLNotice` says so. Anchors, aliases (with an expansion budget) and merge
/// keys are expanded; duplicate keys are kept in order for a later check.
/// See `YAMLTreeBuilder` for how ranges, aliases and keys are represented.
///
/// A leading UTF-8 byte-order mark is skipped, so offsets count from the first
/// character after it, as in `SourceText`.
public enum YAMLLoader {
    /// How to read the stream.
    public struct Options: Sendable, Hashable {
        /// Read CloudFormation short forms (`!Ref x`, `!Sub ...`) as their long
        /// JSON forms (`{"Ref": "x"}`); when false they are unknown tags.
        public var cloudFormationTags: Bool
        /// The most nodes aliases may insert in total before reading stops.
        public var aliasBudget: Int

        /// Creates options.
        public init(cloudFormationTags: Bool = false, aliasBudget: Int = 100_000) {
            self.cloudFormationTags = cloudFormationTags
            self.aliasBudget = aliasBudget
        }
    }

    /// Loads every document of a YAML stream with the default options.
    public static func load(_ bytes: [UInt8]) -> LoadedSource {
        load(bytes, options: Options())
    }

    /// Loads every document of a YAML stream. Documents completed before a
    /// syntax error are kept; notices are kept for those documents only.
    public static func load(_ bytes: [UInt8], options: Options) -> LoadedSource {
        let input = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF]) {
            let error = SyntaxError(
                message: "the file is UTF-16 or UTF-32 encoded; YAML task definitions must be UTF-8",
                range: SourceRange(start: .start, end: SourcePosition(line: 1, column: 2, offset: 2)),
                fix: "save the file as UTF-8")
            return LoadedSource(format: .yaml, documents: [], syntaxError: error)
        }
        let positions = YAMLPositionMap(bytes: input)
        let problem = YAMLInputCheck.firstProblem(in: input)
        let readable = problem.map { positions.lineStart(ofByte: $0.offset) } ?? input.count
        var builder = YAMLTreeBuilder(options: options, positions: positions)
        let failure = YAMLEventReader.read(readable < input.count ? Array(input[..<readable]) : input) {
            builder.handle($0)
        }
        var error = builder.error
        if error == nil, let failure {
            error = YAMLErrorMessages.syntaxError(for: failure, positions: positions, document: builder.documents.count)
        }
        if let problem,
            isCausedByCut(error, failure: builder.error == nil ? failure : nil, at: readable, positions: positions)
        {
            if !startsDocument(input, at: readable) {
                builder.dropDocuments(endingAtOrAfter: readable)
            }
            error = SyntaxError(
                message: problem.message,
                range: positions.characterRange(at: positions.position(ofByte: problem.offset)),
                document: builder.documents.count, fix: problem.fix)
        }
        if error == nil, builder.documents.isEmpty {
            error = SyntaxError(
                message: "the file is empty", range: SourceRange(at: .start),
                fix: "write the task definition as a YAML mapping")
        }
        let documentCount = builder.documents.count
        return LoadedSource(
            format: .yaml, documents: builder.documents, syntaxError: error,
            notices: builder.notices.filter { $0.document < documentCount })
    }

    /// Whether `error` (if any) comes from cutting the input at `cut` rather
    /// than from the text before it: libyaml then fails at the cut itself.
    private static func isCausedByCut(
        _ error: SyntaxError?, failure: YAMLReaderFailure?, at cut: Int, positions: YAMLPositionMap
    ) -> Bool {
        guard let error else { return true }
        guard let failure else { return error.range.start.offset >= cut }
        if failure.stage == .reader { return true }
        return positions.position(ofCharacter: failure.problemMark.index).offset >= cut
    }

    /// Whether the line at `offset` starts a new document (`---` or `...`).
    private static func startsDocument(_ input: [UInt8], at offset: Int) -> Bool {
        let marker = input[offset...].prefix(3)
        return marker.elementsEqual("---".utf8) || marker.elementsEqual("...".utf8)
    }
}
