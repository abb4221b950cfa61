/// A finished node with the bookkeeping the builder needs to place it.
struct YAMLBuiltNode {
    /// The node.
    var node: Node
    /// How many nodes it holds, itself included (for the alias budget).
    var size: Int
    /// How many collection levels it holds (0 for a scalar).
    var height: Int
    /// Its text when it can be a mapping key (scalars only).
    var keyText: String?
    /// Where it ends in the source (for an alias: the end of `*name`).
    var sourceEnd: SourcePosition
    /// Whether it is the plain key `<<`.
    var isMergeKey: Bool

    /// The same node as an anchor stores it.
    var anchored: YAMLBuiltNode {
        var copy = self
        copy.isMergeKey = false
        return copy
    }

    /// Wraps the node in a CloudFormation long form `{key: node}`.
    mutating func wrap(key: String, taggedRange: SourceRange) {
        let wrapped = YAMLCloudFormation.wrap(node, key: key, taggedRange: taggedRange)
        node = wrapped.node
        size += wrapped.addedNodes
        height += wrapped.addedDepth
        keyText = nil
    }
}

/// A key waiting for its value.
struct YAMLPendingKey {
    /// The key text.
    var text: String
    /// Where the key is written.
    var range: SourceRange
    /// Whether it is the merge key `<<`.
    var isMerge: Bool
}

/// One open collection.
struct YAMLFrame {
    /// A mapping (else a sequence).
    var isMapping: Bool
    /// Written in flow style.
    var isFlow: Bool
    /// Its anchor, registered when it closes.
    var anchor: String?
    /// The CloudFormation long key to wrap it in when it closes.
    var wrapperKey: String?
    /// Where its content starts.
    var start: SourcePosition
    /// Where its anchor or tag starts (its start when it has none).
    var taggedStart: SourcePosition
    /// Where its last entry ends.
    var lastEnd: SourcePosition
    /// The pointer of the collection in its document.
    var pointer: JSONPointer
    /// Members so far (mappings).
    var members: [Member] = []
    /// Elements so far (sequences).
    var elements: [Node] = []
    /// The key read and waiting for its value (mappings).
    var pendingKey: YAMLPendingKey?
    /// Merge-key values, each with the member index it was written at.
    var merges: [(position: Int, sources: [[Member]])] = []
    /// Nodes held, itself included.
    var size = 1
    /// Collection levels held, itself included.
    var height = 1
}

extension YAMLTreeBuilder {
    /// Opens a sequence or mapping.
    mutating func open(_ collection: YAMLCollectionEvent, isMapping: Bool, _ event: YAMLEvent) -> Bool {
        let taggedStart = positions.position(ofCharacter: event.start.index)
        var start = positions.position(ofCharacter: collection.isFlow ? event.end.index - 1 : event.end.index)
        let bytes = positions.bytes
        if !isMapping, !collection.isFlow, start.offset > 0, start.offset <= bytes.count,
            start.offset == bytes.count || bytes[start.offset] != UInt8(ascii: "-"),
            bytes[start.offset - 1] == UInt8(ascii: "-")
        {
            start = positions.position(ofCharacter: event.end.index - 1)
        }
        let here = positions.characterRange(at: start)
        if isKeyPosition {
            return fail("mapping keys must be scalars", at: here, fix: "write the key as a plain or quoted string")
        }
        guard stack.count < Self.maximumDepth else {
            return fail(
                "values are nested deeper than \(Self.maximumDepth) levels", at: here, fix: "flatten the structure")
        }
        var wrapperKey: String?
        if let tag = collection.tag {
            let kind = YAMLTag(tag, cloudFormationTags: options.cloudFormationTags)
            switch kind {
            case .nonSpecific:
                break
            case .mapping where isMapping:
                break
            case .sequence where !isMapping:
                break
            case .cloudFormation(let key):
                wrapperKey = key
            case .unknown:
                error = YAMLTag.unknownTagError(
                    tag, range: SourceRange(start: taggedStart, end: start), document: documentIndex)
                return false
            default:
                let shown = YAMLTag.display(tag)
                return fail(
                    "this \(isMapping ? "mapping" : "sequence") is tagged \(shown), which is not for \(isMapping ? "mappings" : "sequences")",
                    at: SourceRange(start: taggedStart, end: start), fix: "remove the tag \(shown)")
            }
        }
        stack.append(
            YAMLFrame(
                isMapping: isMapping, isFlow: collection.isFlow, anchor: collection.anchor, wrapperKey: wrapperKey,
                start: start,
                taggedStart: taggedStart, lastEnd: start, pointer: valuePointer))
        return true
    }

    /// Closes the innermost collection and places it in its parent.
    mutating func close(_ event: YAMLEvent) -> Bool {
        guard let frame = stack.popLast() else { return true }
        let end = frame.isFlow ? positions.position(ofCharacter: event.end.index) : frame.lastEnd
        let range = SourceRange(start: frame.start, end: end)
        let value: Node.Value = frame.isMapping ? .object(Self.membersAfterMerging(frame)) : .array(frame.elements)
        var built = YAMLBuiltNode(
            node: Node(value, range: range), size: frame.size, height: frame.height, keyText: nil, sourceEnd: end,
            isMergeKey: false)
        if let key = frame.wrapperKey {
            built.wrap(key: key, taggedRange: SourceRange(start: frame.taggedStart, end: end))
        }
        if let anchor = frame.anchor { anchors[anchor] = built.anchored }
        return attach(built)
    }

    /// Places a finished node: as the document root, a sequence element, a
    /// mapping key, a mapping value or a merge-key value.
    mutating func attach(_ built: YAMLBuiltNode) -> Bool {
        guard stack.count + built.height <= Self.maximumDepth else {
            return fail(
                "values are nested deeper than \(Self.maximumDepth) levels",
                at: positions.characterRange(at: built.node.range.start),
                fix: "flatten the structure")
        }
        guard !stack.isEmpty else {
            root = built.node
            return true
        }
        let top = stack.count - 1
        stack[top].lastEnd = built.sourceEnd
        stack[top].size += built.size
        stack[top].height = max(stack[top].height, built.height + 1)
        guard stack[top].isMapping else {
            stack[top].elements.append(built.node)
            return true
        }
        guard let key = stack[top].pendingKey else {
            guard let text = built.keyText else {
                return fail(
                    "mapping keys must be scalars", at: built.node.range,
                    fix: "write the key as a plain or quoted string")
            }
            stack[top].pendingKey = YAMLPendingKey(text: text, range: built.node.range, isMerge: built.isMergeKey)
            return true
        }
        stack[top].pendingKey = nil
        if key.isMerge {
            return addMerge(built.node, to: top)
        }
        stack[top].members.append(Member(key: key.text, keyRange: key.range, value: built.node))
        return true
    }
}
