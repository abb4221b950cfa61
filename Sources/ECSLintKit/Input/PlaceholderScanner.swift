/// Finds the placeholders of one string, byte by byte, with the grammar
/// documented on `Placeholder`: first the delimited forms (`${…}`, `{{ … }}`,
/// `<NAME>` …), then the filler words and whole-value fillers of
/// `PlaceholderMarkers` outside them.
struct PlaceholderScanner {
    let bytes: [UInt8]
    let position: Placeholder.Position

    init(_ text: String, position: Placeholder.Position) {
        bytes = Array(text.utf8)
        self.position = position
    }

    private var isValue: Bool { position == .value }

    /// The placeholders in order (only the first when `firstOnly`).
    func matches(firstOnly: Bool) -> [Placeholder.Match] {
        var found: [Placeholder.Match] = []
        if bytes.contains(where: Self.isOpener) {
            var index = 0
            while index < bytes.count {
                if let end = match(at: index) {
                    found.append(make(index..<end))
                    if firstOnly { return found }
                    index = end
                } else {
                    index += 1
                }
            }
        }
        guard isValue else { return found }
        if found.isEmpty, let whole = PlaceholderMarkers.proseInAngles(bytes) { return [make(whole)] }
        var markers = PlaceholderMarkers.fillerWords(bytes).filter { word in
            !found.contains { $0.range.overlaps(word) }
        }
        for filler in PlaceholderMarkers.structuredFillers(bytes)
        where !found.contains(where: { $0.range.overlaps(filler) }) && !markers.contains(where: { $0.overlaps(filler) })
        {
            markers.append(filler)
        }
        guard !markers.isEmpty else { return found }
        found += markers.map(make)
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        return firstOnly ? Array(found.prefix(1)) : found
    }

    private func make(_ range: Range<Int>) -> Placeholder.Match {
        Placeholder.Match(range: range, text: String(decoding: bytes[range], as: UTF8.self))
    }

    private static func isOpener(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "#"), UInt8(ascii: "<"), UInt8(ascii: "%"),
            UInt8(ascii: "@"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    /// The end (exclusive) of a delimited placeholder starting at `start`, if one does.
    private func match(at start: Int) -> Int? {
        let next = start + 1 < bytes.count ? bytes[start + 1] : 0
        switch bytes[start] {
        case UInt8(ascii: "$") where isValue:
            if next == UInt8(ascii: "{") { return closing(from: start + 2, close: "}") }
            if next == UInt8(ascii: "(") { return delimitedName(from: start + 2, close: ")", extra: ".") }
            let end = nameEnd(from: start + 1, extra: "")
            return end > start + 1 ? end : nil
        case UInt8(ascii: "{") where next == UInt8(ascii: "{"):
            guard let close = find("}}", from: start + 2), close > start + 2 else { return nil }
            return close + 2
        case UInt8(ascii: "{") where isValue:
            return singleBrace(at: start)
        case UInt8(ascii: "#") where next == UInt8(ascii: "{"):
            guard let end = closing(from: start + 2, close: "}") else { return nil }
            return end < bytes.count && bytes[end] == UInt8(ascii: "#") ? end + 1 : end
        case UInt8(ascii: "<") where next == UInt8(ascii: "+"):
            return closing(from: start + 2, close: ">")
        case UInt8(ascii: "<"):
            guard let end = delimitedName(from: start + 1, close: ">", extra: ".-") else { return nil }
            let name = String(decoding: bytes[(start + 1)..<(end - 1)], as: UTF8.self)
            return PlaceholderMarkers.isMarkupTag(name, in: bytes) ? nil : end
        case UInt8(ascii: "%") where isValue:
            guard let end = delimitedName(from: start + 1, close: "%", extra: ""), end - start > 3 else { return nil }
            return end
        case UInt8(ascii: "@"):
            guard start == 0 || !Self.isNameByte(bytes[start - 1], extra: "") else { return nil }
            return delimitedName(from: start + 1, close: "@", extra: ".-")
        case UInt8(ascii: "_") where next == UInt8(ascii: "_"):
            return dunderEnd(from: start + 2)
        default:
            return nil
        }
    }

    /// `{NAME}`, `{your-…}` or `{INSERT …}`, not part of `${`, `#{`, `{{` or `%({…}`.
    private func singleBrace(at start: Int) -> Int? {
        if start > 0, "$#{(%".utf8.contains(bytes[start - 1]) { return nil }
        guard let end = closing(from: start + 1, close: "}") else { return nil }
        if end < bytes.count, bytes[end] == UInt8(ascii: "}") { return nil }
        let content = String(decoding: bytes[(start + 1)..<(end - 1)], as: UTF8.self)
        let lower = content.lowercased()
        if lower.hasPrefix("insert ") || lower.hasPrefix("insert_") { return end }
        let extra = lower.hasPrefix("your-") || lower.hasPrefix("your_") ? "-" : ""
        return nameEnd(from: start + 1, extra: extra) == end - 1 ? end : nil
    }

    /// The end of `…<close>` where the content is non-empty and on one line.
    private func closing(from start: Int, close: Character) -> Int? {
        guard let closeByte = close.asciiValue else { return nil }
        var index = start
        while index < bytes.count {
            if bytes[index] == closeByte { return index > start ? index + 1 : nil }
            if bytes[index] == UInt8(ascii: "\n") { return nil }
            index += 1
        }
        return nil
    }

    /// The end of `NAME<close>` starting at `start`.
    private func delimitedName(from start: Int, close: Character, extra: String) -> Int? {
        let end = nameEnd(from: start, extra: extra)
        guard end > start, end < bytes.count, bytes[end] == close.asciiValue else { return nil }
        return end + 1
    }

    /// The end of `NAME__` for an upper-case name after a leading `__`.
    private func dunderEnd(from start: Int) -> Int? {
        var index = start
        guard index < bytes.count, ASCIIClass.isUpper(bytes[index]) else { return nil }
        while index + 1 < bytes.count {
            if bytes[index] == 0x5F, bytes[index + 1] == 0x5F { return index + 2 }
            guard ASCIIClass.isUpper(bytes[index]) || ASCIIClass.isDigit(bytes[index]) || bytes[index] == 0x5F
            else { return nil }
            index += 1
        }
        return nil
    }

    /// The end of a name (`[A-Za-z_][A-Za-z0-9_<extra>]*`) starting at `start`.
    private func nameEnd(from start: Int, extra: String) -> Int {
        guard start < bytes.count, Self.isLetter(bytes[start]) || bytes[start] == 0x5F else { return start }
        var index = start + 1
        while index < bytes.count, Self.isNameByte(bytes[index], extra: extra) { index += 1 }
        return index
    }

    static func isNameByte(_ byte: UInt8, extra: String) -> Bool {
        ASCIIClass.isAlphanumeric(byte) || byte == 0x5F || extra.utf8.contains(byte)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { ASCIIClass.isLower(byte) || ASCIIClass.isUpper(byte) }

    private func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { return nil }
            if bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
