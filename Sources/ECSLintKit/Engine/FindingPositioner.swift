/// Turns a pointer into the source range a finding underlines.
///
/// An existing value is underlined whole (or its key, for key findings). A
/// missing member points at the key of the object that should hold it, or at
/// the object's first character when it has no key (the document root).
///
/// Member lookups go through a ``MemberIndex``, so positioning a finding per
/// key of a huge object stays linear overall.
struct FindingPositioner {
    let root: Node
    private let index = MemberIndex()

    init(root: Node) {
        self.root = root
    }

    func range(of pointer: JSONPointer, target: FindingTarget) -> SourceRange {
        let resolution = root.resolve(pointer, index: index)
        if let node = resolution.node {
            if target == .key, let member = resolution.member {
                return member.keyRange
            }
            return node.range
        }
        if let member = resolution.deepestMember {
            return member.keyRange
        }
        let start = resolution.deepestNode.range.start
        let end = SourcePosition(line: start.line, column: start.column + 1, offset: start.offset + 1)
        return SourceRange(start: start, end: min(end, resolution.deepestNode.range.end))
    }
}
