/// A small streaming JSON writer for reports (the library does not use Foundation).
struct JSONWriter {
    private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private var pretty: Bool { !indentUnit.isEmpty }

    init(pretty: Bool = true) {
        indentUnit = pretty ? "  " : ""
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
        output += JSONString.quoted(name)
        output += pretty ? ": " : ":"
        needsComma[needsComma.count - 1] = false
        pendingValueAfterKey = true
    }

    mutating func string(_ value: String) { scalar(JSONString.quoted(value)) }
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
        if needsComma[needsComma.count - 1] { output += "," }
        if pretty, needsComma.count > 1 {
            output += "\n" + String(repeating: indentUnit, count: needsComma.count - 1)
        }
    }

    private mutating func scalar(_ text: String) {
        separate()
        output += text
        needsComma[needsComma.count - 1] = true
    }

    private mutating func openContainer(_ bracket: String) {
        separate()
        output += bracket
        needsComma[needsComma.count - 1] = true
        needsComma.append(false)
    }

    private mutating func closeContainer(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        if pretty, hadItems {
            output += "\n" + String(repeating: indentUnit, count: needsComma.count - 1)
        }
        output += bracket
    }
}
