/// Turns proposed fixes into edits of a file's text that keep everything
/// else as written: formatting, key order, and YAML comments on other lines.
///
/// - A value is replaced in place, in the quoting style it was written in
///   (YAML plain scalars stay plain when the new text reads back the same).
/// - A key is renamed in place.
/// - A member or item is removed with its separator: in JSON and YAML flow
///   collections the comma before or after it goes too; in YAML block
///   collections its whole line(s) go, and a first member written after a
///   sequence's `- ` hands the dash to the member after it.
///
/// Any edit that would touch a string holding a template placeholder (the
/// `unknown` values) makes the whole fix unavailable: a fix never changes
/// what a pipeline fills in later.
struct FixEditBuilder {
    /// The text being fixed.
    let source: SourceText
    /// Its format.
    let format: SourceFormat
    /// The values no edit may touch: strings holding placeholders (and
    /// CloudFormation functions); looked up only when a fix is built.
    var unknown: UnknownValues?
    /// The text ranges of `unknown`, found when the first fix is built and
    /// kept for the rest of the target (`protecting` sets it): a file with
    /// thousands of fixes walks its tree once, not once per fix.
    var protectedRanges: ProtectedRanges?

    /// The fix for a proposal resolved in `root` (a tree whose nodes carry
    /// ranges of `source`), or nil when it cannot be written safely.
    func fix(for proposal: ProposedFix, in root: Node) -> Fix? {
        let edits: [TextEdit]?
        switch proposal.change {
        case .replaceValue(let pointer, let value): edits = replace(at: pointer, with: value, in: root)
        case .renameKey(let pointer, let name): edits = rename(at: pointer, to: name, in: root)
        case .remove(let pointers): edits = remove(pointers, in: root)
        }
        return checked(edits).map { Fix(title: proposal.title, applicability: proposal.applicability, edits: $0) }
    }

    /// The edits when there are some and none touches a protected range.
    func checked(_ edits: [TextEdit]?) -> [TextEdit]? {
        guard let edits, !edits.isEmpty else { return nil }
        if let unknown {
            let protected = (protectedRanges ?? ProtectedRanges(unknown)).ranges
            for edit in edits
            where protected.contains(where: {
                $0.lowerBound < max(edit.end, edit.start + 1) && edit.start < $0.upperBound
            }) {
                return nil
            }
        }
        for (index, edit) in edits.enumerated() where edits[(index + 1)...].contains(where: edit.overlaps) {
            return nil
        }
        return edits
    }

    // MARK: Values and keys

    private func replace(at pointer: JSONPointer, with value: ScalarValue, in root: Node) -> [TextEdit]? {
        guard let node = root.node(at: pointer), isScalar(node) else { return nil }
        let written = text(of: node.range)
        let replacement = render(value, replacing: written)
        guard replacement != written else { return nil }
        return [TextEdit(start: node.range.start.offset, end: node.range.end.offset, replacement: replacement)]
    }

    private func rename(at pointer: JSONPointer, to name: String, in root: Node) -> [TextEdit]? {
        guard let member = root.resolve(pointer).member else { return nil }
        let written = text(of: member.keyRange)
        let replacement = render(.string(name), replacing: written)
        return [
            TextEdit(start: member.keyRange.start.offset, end: member.keyRange.end.offset, replacement: replacement)
        ]
    }

    /// Whether a node is a scalar written on one line in a form this builder
    /// can rewrite (not a YAML block scalar, alias or tagged value).
    private func isScalar(_ node: Node) -> Bool {
        switch node.value {
        case .object, .array: return false
        default: break
        }
        let range = node.range
        guard range.end.offset > range.start.offset, range.start.line == range.end.line,
            range.end.offset <= source.bytes.count
        else { return false }
        let first = source.bytes[range.start.offset]
        return !"|>*&!".utf8.contains(first)
    }

    /// A scalar in the quoting style of the text it replaces.
    private func render(_ value: ScalarValue, replacing written: String) -> String {
        switch value {
        case .number(let lexeme): return lexeme
        case .bool(let flag): return flag ? "true" : "false"
        case .string(let text):
            guard format == .yaml else { return JSONString.quoted(text) }
            if written.hasPrefix("'") { return "'" + text.replacing("'", with: "''") + "'" }
            if !written.hasPrefix("\""), YAMLPlain.readsBackAsString(text) { return text }
            return JSONString.quoted(text)
        }
    }

    func text(of range: SourceRange) -> String {
        let start = min(range.start.offset, source.bytes.count)
        let end = min(max(range.end.offset, start), source.bytes.count)
        return String(decoding: source.bytes[start..<end], as: UTF8.self)
    }

    // MARK: Removal

    /// One member or item of a collection: where it starts (its key, or the
    /// item itself) and where its value ends.
    private struct Item {
        var start: Int
        var end: Int
    }

    private func remove(_ pointers: [JSONPointer], in root: Node) -> [TextEdit]? {
        var groups: [JSONPointer: [JSONPointer]] = [:]
        var order: [JSONPointer] = []
        for pointer in pointers {
            guard let parent = pointer.parent else { return nil }
            if groups[parent] == nil { order.append(parent) }
            groups[parent, default: []].append(pointer)
        }
        var edits: [TextEdit] = []
        for parentPointer in order {
            guard let parent = root.node(at: parentPointer), let children = groups[parentPointer],
                let found = removal(of: children, from: parent)
            else { return nil }
            edits += found
        }
        return edits
    }

    /// The edits removing `children` (pointers one level below `parent`).
    private func removal(of children: [JSONPointer], from parent: Node) -> [TextEdit]? {
        let inside = parent.range.start.offset..<parent.range.end.offset
        var items: [Item] = []
        var removed: Set<Int> = []
        switch parent.value {
        case .object(let members):
            let keys = Set(children.compactMap(\.lastToken))
            var lastPosition: [String: Int] = [:]
            for member in members where inside.contains(member.keyRange.start.offset) {
                lastPosition[member.key] = items.count
                items.append(
                    Item(start: member.keyRange.start.offset, end: valueEnd(member.value, after: member.keyRange)))
            }
            for key in keys {
                guard let position = lastPosition[key] else { return nil }
                removed.insert(position)
            }
        case .array(let elements):
            for element in elements where inside.contains(element.range.start.offset) {
                items.append(Item(start: element.range.start.offset, end: element.range.end.offset))
            }
            for child in children {
                guard let token = child.lastToken, let index = Int(token), items.indices.contains(index) else {
                    return nil
                }
                removed.insert(index)
            }
        default:
            return nil
        }
        let first = parent.range.start.offset < source.bytes.count ? source.bytes[parent.range.start.offset] : 0
        let isFlow = format == .json || first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        if isFlow { return flowRemoval(items, removed: removed, parent: parent) }
        return blockRemoval(items, removed: removed, areMembers: parent.members != nil)
    }

    /// Where a member's value ends; an empty YAML value (`key:`) ends at its key.
    private func valueEnd(_ value: Node, after key: SourceRange) -> Int {
        max(value.range.end.offset, key.end.offset)
    }

    /// JSON and flow YAML: each removed item goes with the comma after it, or,
    /// for items after the last kept one, with the comma before it.
    private func flowRemoval(_ items: [Item], removed: Set<Int>, parent: Node) -> [TextEdit]? {
        if removed.count == items.count {
            let start = parent.range.start.offset + 1
            let end = parent.range.end.offset - 1
            guard end >= start else { return nil }
            return [TextEdit(start: start, end: end, replacement: "")]
        }
        let lastKept = items.indices.last { !removed.contains($0) } ?? 0
        return removed.sorted().map { index in
            if index < lastKept {
                TextEdit(start: items[index].start, end: items[index + 1].start, replacement: "")
            } else {
                TextEdit(start: items[index - 1].end, end: items[index].end, replacement: "")
            }
        }
    }

    /// Block YAML: each removed item's lines go. A first member written after
    /// `- ` is removed up to the next kept member, which then follows the dash.
    private func blockRemoval(_ items: [Item], removed: Set<Int>, areMembers: Bool) -> [TextEdit]? {
        var edits: [TextEdit] = []
        var handledUpTo = -1
        for index in removed.sorted() where index > handledUpTo {
            let item = items[index]
            let lineStart = self.lineStart(of: item.start)
            let prefix = source.bytes[lineStart..<item.start]
            let removesLines =
                areMembers ? prefix.allSatisfy({ $0 == UInt8(ascii: " ") }) : isDashPrefix(prefix, isItem: true)
            if removesLines {
                edits.append(TextEdit(start: lineStart, end: lineEnd(of: item.end), replacement: ""))
            } else if areMembers, isDashPrefix(prefix, isItem: false) {
                guard let kept = items.indices.first(where: { $0 > index && !removed.contains($0) }),
                    source.position(ofOffset: items[kept].start).column == source.position(ofOffset: item.start).column
                else { return nil }
                edits.append(TextEdit(start: item.start, end: items[kept].start, replacement: ""))
                handledUpTo = kept
            } else {
                return nil
            }
        }
        return edits
    }

    /// Whether the text before an item on its line is `<spaces>- ` (for a
    /// sequence item it must be exactly that; for a member, the dash of the
    /// item its mapping is, possibly after other dashes).
    private func isDashPrefix(_ prefix: ArraySlice<UInt8>, isItem: Bool) -> Bool {
        let trimmed = prefix.drop { $0 == UInt8(ascii: " ") }
        guard trimmed.first == UInt8(ascii: "-"), trimmed.last == UInt8(ascii: " ") else { return false }
        let marks = trimmed.filter { $0 != UInt8(ascii: " ") }
        guard marks.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return false }
        return isItem ? marks.count == 1 : true
    }

    /// The offset where the line holding `offset` starts.
    func lineStart(of offset: Int) -> Int {
        source.lineStarts[source.position(ofOffset: offset).line - 1]
    }

    /// The offset after the line break ending the line of the last
    /// non-blank byte before `offset` (or the end of the text).
    private func lineEnd(of offset: Int) -> Int {
        var last = min(offset, source.bytes.count) - 1
        while last > 0, [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(source.bytes[last]) {
            last -= 1
        }
        let line = source.position(ofOffset: max(last, 0)).line
        return line < source.lineStarts.count ? source.lineStarts[line] : source.bytes.count
    }
}

/// Which strings YAML reads back unchanged when written without quotes.
enum YAMLPlain {
    /// Whether `text` written as a plain scalar is read as this same string
    /// by YAML 1.2 and YAML 1.1 readers alike.
    static func readsBackAsString(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" || first == "/"
        else { return false }
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-./".unicodeScalars.contains(scalar)
        }
        let words: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null"]
        return allowed && !words.contains(text.lowercased())
    }
}

/// The text ranges no fix edit may touch: strings holding placeholders and
/// CloudFormation functions. A class, so that the copies of one target's
/// `FixEditBuilder` share what the first fix found; one file's linting uses
/// it on one thread.
final class ProtectedRanges {
    private let unknown: UnknownValues
    private var found: [Range<Int>]?

    init(_ unknown: UnknownValues) {
        self.unknown = unknown
    }

    /// The ranges, found on first use.
    var ranges: [Range<Int>] {
        if let found { return found }
        let ranges =
            unknown.placeholderOccurrences().map { $0.range.start.offset..<$0.range.end.offset }
            + unknown.target.intrinsicOffsets.map { $0..<($0 + 1) }
        found = ranges
        return ranges
    }
}
