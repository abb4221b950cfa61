extension FixEditBuilder {
    /// The fix for describe-task-definition output pasted whole: the
    /// wrapper goes, the object inside `taskDefinition` becomes the document
    /// (its lines moved out by one indentation level), and the wrapper's
    /// `tags` move into it. JSON only; nil when the wrapper holds anything
    /// else, or both levels have tags (one set would be lost).
    func unwrapFix(_ root: Node) -> Fix? {
        guard format == .json, let members = root.members,
            members.allSatisfy({ $0.key == "taskDefinition" || $0.key == "tags" }),
            let wrapper = root.member("taskDefinition"), let inner = wrapper.value.members,
            members.count(where: { $0.key == "taskDefinition" }) == 1,
            members.count(where: { $0.key == "tags" }) <= 1
        else { return nil }
        let tags = root.member("tags")
        if tags != nil, inner.contains(where: { $0.key == "tags" }) { return nil }
        let innerRange = wrapper.value.range
        var edits = [
            TextEdit(start: root.range.start.offset, end: innerRange.start.offset, replacement: ""),
            TextEdit(start: innerRange.end.offset, end: root.range.end.offset, replacement: ""),
        ]
        let depth = indentation(ofLineAt: wrapper.keyRange.start.offset)
        let firstLine = innerRange.start.line
        let lastLine = innerRange.end.line
        if depth > 0, firstLine < lastLine,
            (firstLine + 1...lastLine).allSatisfy({ indentation(ofLine: $0) >= depth || isBlank(line: $0) })
        {
            for line in firstLine + 1...lastLine where !isBlank(line: line) {
                let start = source.lineStarts[line - 1]
                edits.append(TextEdit(start: start, end: start + depth, replacement: ""))
            }
        }
        if let tags {
            let tagsText = text(of: SourceRange(start: tags.keyRange.start, end: tags.value.range.end))
            guard let last = inner.last else {
                edits.append(
                    TextEdit(
                        start: innerRange.start.offset + 1, end: innerRange.start.offset + 1, replacement: tagsText))
                return checked(edits).map { Fix(title: "unwrap the task definition", applicability: .safe, edits: $0) }
            }
            let lastEnd = last.value.range.end.offset
            let separator: String
            if last.value.range.end.line == innerRange.end.line {
                separator = ", "
            } else {
                let indent = max(indentation(ofLineAt: last.keyRange.start.offset) - depth, 0)
                separator = "," + lineBreak + String(repeating: " ", count: indent)
            }
            edits.append(TextEdit(start: lastEnd, end: lastEnd, replacement: separator + tagsText))
        }
        return checked(edits).map {
            Fix(
                title: "unwrap the task definition" + (tags == nil ? "" : " and move the tags into it"),
                applicability: .safe, edits: $0)
        }
    }

    /// The line break the file uses.
    var lineBreak: String {
        source.bytes.contains(UInt8(ascii: "\r")) ? "\r\n" : "\n"
    }

    /// The number of spaces a 1-based line starts with.
    func indentation(ofLine line: Int) -> Int {
        var index = source.lineStarts[line - 1]
        var count = 0
        while index < source.bytes.count, source.bytes[index] == UInt8(ascii: " ") {
            count += 1
            index += 1
        }
        return count
    }

    /// The number of spaces the line holding `offset` starts with.
    func indentation(ofLineAt offset: Int) -> Int {
        indentation(ofLine: source.position(ofOffset: offset).line)
    }

    /// Whether a 1-based line holds only spaces.
    func isBlank(line: Int) -> Bool {
        let start = source.lineStarts[line - 1]
        let end = line < source.lineStarts.count ? source.lineStarts[line] : source.bytes.count
        return source.bytes[start..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == 10 || $0 == 13 }
    }
}
