/// Builds positioned `Node` trees from libyaml events with an explicit stack
/// (no recursion, so deep input cannot overflow the thread stack).
///
/// Decisions:
/// - A node's range covers its content only: an anchor or tag before it is
///   not part of it. Block collections end where their last entry ends; flow
///   collections end after their closing bracket.
/// - An alias inserts a copy of the anchored node (value semantics) whose
///   ranges stay those of the anchor's definition, so a finding inside it
///   points at the text that defines the value. Every node an alias inserts
///   counts against `Options.aliasBudget`.
///   An alias used as a mapping key takes the alias's own range as key range.
/// - Mapping keys are the scalar's text exactly as written (after unescaping),
///   never schema-resolved: `80:` is "80", `true:` is "true", `~:` is "~" and
///   an empty key is "".
struct YAMLTreeBuilder {
    /// The deepest nesting of collections accepted.
    static let maximumDepth = 100

    /// The loader's options.
    let options: YAMLLoader.Options
    /// Converts libyaml marks into positions.
    let positions: YAMLPositionMap
    /// The documents completed so far.
    private(set) var documents: [SourceDocument] = []
    /// YAML 1.1 notices raised so far.
    private(set) var notices: [YAMLNotice] = []
    /// The error that stopped the build, if any.
    var error: SyntaxError?
    /// The byte offset at which each completed document ends.
    private var documentEnds: [Int] = []

    var stack: [YAMLFrame] = []
    var anchors: [String: YAMLBuiltNode] = [:]
    private var expandedNodes = 0
    var root: Node?

    /// Creates a builder.
    init(options: YAMLLoader.Options, positions: YAMLPositionMap) {
        self.options = options
        self.positions = positions
    }

    /// Consumes one event; returns false to stop reading.
    mutating func handle(_ event: YAMLEvent) -> Bool {
        switch event.kind {
        case .streamStart:
            return true
        case .streamEnd:
            return false
        case .documentStart:
            anchors = [:]
            stack = []
            root = nil
            return true
        case .documentEnd:
            if let root {
                documents.append(SourceDocument(index: documents.count, root: root))
                documentEnds.append(positions.position(ofCharacter: event.start.index).offset)
            }
            root = nil
            return true
        case .scalar(let scalar):
            return handleScalar(scalar, event)
        case .alias(let name):
            return handleAlias(name, event)
        case .sequenceStart(let collection):
            return open(collection, isMapping: false, event)
        case .mappingStart(let collection):
            return open(collection, isMapping: true, event)
        case .sequenceEnd, .mappingEnd:
            return close(event)
        }
    }

    /// Forgets the completed documents that end at or after `offset` (where
    /// the input was cut before an unreadable line), with their notices.
    mutating func dropDocuments(endingAtOrAfter offset: Int) {
        while let end = documentEnds.last, end >= offset {
            documentEnds.removeLast()
            documents.removeLast()
        }
        notices.removeAll { $0.document >= documents.count }
    }

    /// The index of the document being built.
    var documentIndex: Int { documents.count }

    /// Whether the next node is a mapping key.
    var isKeyPosition: Bool {
        guard let top = stack.last else { return false }
        return top.isMapping && top.pendingKey == nil
    }

    /// The pointer of the next value.
    var valuePointer: JSONPointer {
        guard let top = stack.last else { return .root }
        return top.isMapping
            ? top.pointer.appending(top.pendingKey?.text ?? "") : top.pointer.appending(top.elements.count)
    }

    /// Records an error and stops.
    mutating func fail(_ message: String, at range: SourceRange, fix: String? = nil) -> Bool {
        error = SyntaxError(message: message, range: range, document: documentIndex, fix: fix)
        return false
    }

    private mutating func handleScalar(_ scalar: YAMLScalarEvent, _ event: YAMLEvent) -> Bool {
        let taggedStart = positions.position(ofCharacter: event.start.index)
        let end = positions.position(ofCharacter: event.end.index)
        let hasProperties = scalar.anchor != nil || scalar.tag != nil
        let range = SourceRange(
            start: hasProperties ? contentStart(from: taggedStart, end: end) : taggedStart, end: end)
        let taggedRange = SourceRange(start: taggedStart, end: end)
        let asKey = isKeyPosition
        let value: Node.Value
        var wrapperKey: String?
        if let tag = scalar.tag {
            let kind = YAMLTag(tag, cloudFormationTags: options.cloudFormationTags)
            switch kind {
            case .unknown:
                error = YAMLTag.unknownTagError(tag, range: taggedRange, document: documentIndex)
                return false
            case .cloudFormation(let key):
                guard !asKey else {
                    return fail(
                        "the CloudFormation tag \(tag) cannot be used on a mapping key", at: taggedRange,
                        fix: "remove the tag from the key")
                }
                wrapperKey = key
                value = .string(scalar.value)
            default:
                switch YAMLTag.resolve(scalar.value, tag: tag, kind: kind) {
                case .success(let resolved): value = resolved
                case .failure(let mismatch): return fail(mismatch.message, at: taggedRange, fix: mismatch.fix)
                }
            }
        } else if scalar.style == .plain {
            value = YAMLCoreSchema.resolvePlain(scalar.value)
            if !asKey,
                let notice = YAMLNotice.yaml11Ambiguity(
                    scalar.value, resolvedAs: value, range: range, document: documentIndex)
            {
                notices.append(notice.at(valuePointer))
            }
        } else {
            value = .string(scalar.value)
        }
        var built = YAMLBuiltNode(
            node: Node(value, range: range), size: 1, height: 0, keyText: scalar.value, sourceEnd: end,
            isMergeKey: scalar.style == .plain && scalar.tag == nil && scalar.value == "<<")
        if let wrapperKey {
            built.wrap(key: wrapperKey, taggedRange: taggedRange)
        }
        if let anchor = scalar.anchor { anchors[anchor] = built.anchored }
        return attach(built)
    }

    private mutating func handleAlias(_ name: String, _ event: YAMLEvent) -> Bool {
        let start = positions.position(ofCharacter: event.start.index)
        let range = SourceRange(start: start, end: positions.position(ofCharacter: event.end.index))
        if stack.contains(where: { $0.anchor == name }) {
            return fail(
                "alias *\(name) refers to a node that contains it; recursive structures cannot be read", at: range,
                fix: "replace *\(name) with the value it should have")
        }
        guard var built = anchors[name] else {
            return fail(
                "alias *\(name) is not defined", at: range,
                fix: "define the anchor &\(name) before using *\(name) (anchors apply only within their own document)")
        }
        expandedNodes += built.size
        guard expandedNodes <= options.aliasBudget else {
            return fail(
                "alias *\(name) expands to more than \(options.aliasBudget) nodes (a \"billion laughs\" document?)",
                at: range,
                fix:
                    "use fewer or smaller aliases (reading stops after \(options.aliasBudget) nodes inserted by aliases)"
            )
        }
        guard stack.count + built.height <= Self.maximumDepth else {
            return fail(
                "alias *\(name) nests values deeper than \(Self.maximumDepth) levels", at: range,
                fix: "flatten the structure")
        }
        if isKeyPosition {
            guard built.keyText != nil else {
                return fail(
                    "mapping keys must be scalars, and *\(name) names a collection", at: range,
                    fix: "write the key as a plain or quoted string")
            }
            built.node.range = range
        }
        built.sourceEnd = range.end
        return attach(built)
    }

    /// Where a scalar's content starts after its anchor, tag, blanks and comments.
    private func contentStart(from start: SourcePosition, end: SourcePosition) -> SourcePosition {
        let bytes = positions.bytes
        let limit = min(end.offset, bytes.count)
        var offset = start.offset
        scan: while offset < limit {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0D, 0x0A:
                offset += 1
            case UInt8(ascii: "#"):
                while offset < limit, bytes[offset] != 0x0A { offset += 1 }
            case UInt8(ascii: "!"), UInt8(ascii: "&"):
                let verbatim = offset + 1 < limit && bytes[offset + 1] == UInt8(ascii: "<")
                while offset < limit {
                    let byte = bytes[offset]
                    offset += 1
                    if verbatim ? byte == UInt8(ascii: ">") : Self.endsProperty(bytes, offset) { break }
                }
            default:
                break scan
            }
        }
        return positions.advance(from: start, toByte: min(offset, limit))
    }

    private static func endsProperty(_ bytes: [UInt8], _ next: Int) -> Bool {
        guard next < bytes.count else { return true }
        switch bytes[next] {
        case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
            UInt8(ascii: "}"):
            return true
        default: return false
        }
    }
}
