/// A small streaming JSON writer for reports (the library does not use Foundation).
///
/// It appends bytes, not `String`s: a report writes a handful of bytes per
/// call, and appending to a `String` each time cost more than the JSON itself
/// (a tenth of linting a folder with `--format json`).
struct JSONWriter {
    private var bytes: [UInt8] = []
    /// What has been written so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private var pretty: Bool { !indentUnit.isEmpty }

    init(pretty: Bool = true) {
        indentUnit = pretty ? "  " : ""
        bytes.reserveCapacity(1024)
    }

    /// A writer that continues a document inside open containers, for
    /// writing a report in parts: `openContainers` says, outermost first,
    /// whether each open container already holds an item (so the next one
    /// needs a comma). `[true, true, false]` is inside an empty array that
    /// is a member of the root object.
    init(pretty: Bool = true, continuingInside openContainers: [Bool]) {
        self.init(pretty: pretty)
        needsComma = [true] + openContainers
    }

    mutating func beginObject() { openContainer("{") }
    mutating func endObject() { closeContainer("}") }
    mutating func beginArray() { openContainer("[") }
    mutating func endArray() { closeContainer("]") }

    mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        append(pretty ? ": " : ":")
        needsComma[needsComma.count - 1] = false
        pendingValueAfterKey = true
    }

    mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
        needsComma[needsComma.count - 1] = true
    }
    mutating func int(_ value: Int) { scalar(String(value)) }
    mutating func bool(_ value: Bool) { scalar(value ? "true" : "false") }
    mutating func null() { scalar("null") }

    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }

    private var pendingValueAfterKey = false

    private mutating func separate() {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
            return
        }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        if pretty, needsComma.count > 1 { newline() }
    }

    /// A line break and the indentation of the current depth, appended in
    /// place (no temporary strings: a report writes one per key).
    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 1..<needsComma.count { append(indentUnit) }
    }

    /// Appends `text` as a JSON string literal; most texts need no escape.
    private mutating func appendQuoted(_ text: String) {
        // Checked and copied in one pass over the text's bytes.
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard !utf8.contains(where: JSONString.mayNeedEscaping) else { return false }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !plain { append(JSONString.quoted(text)) }
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func scalar(_ text: String) {
        separate()
        append(text)
        needsComma[needsComma.count - 1] = true
    }

    private mutating func openContainer(_ bracket: String) {
        separate()
        append(bracket)
        needsComma[needsComma.count - 1] = true
        needsComma.append(false)
    }

    private mutating func closeContainer(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        if pretty, hadItems {
            bytes.append(UInt8(ascii: "\n"))
            for _ in 0..<(needsComma.count - 1) { append(indentUnit) }
        }
        append(bracket)
    }
}
