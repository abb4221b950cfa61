/// Finds the first byte libyaml's reader would reject (invalid UTF-8, or a
/// character YAML does not allow), before parsing.
///
/// libyaml decodes its input in large chunks, so a bad byte far down the file
/// stops it before the first document is finished. Checking first lets the
/// loader parse the lines before the bad one, keep the documents completed
/// there, and name the document that holds the bad byte.
enum YAMLInputCheck {
    /// A byte YAML cannot read.
    struct Problem: Sendable {
        /// Its byte offset.
        var offset: Int
        /// What is wrong with it.
        var message: String
        /// How to fix it.
        var fix: String
    }

    /// The first problem in `bytes`, or nil when libyaml can read them all.
    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if !isAllowed(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                    return Problem(
                        offset: offset,
                        message: "the file contains the control character \(code), which YAML does not allow",
                        fix: "remove the character (is this a binary file?)")
                }
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                let hex = String(bytes[offset], radix: 16, uppercase: true)
                return Problem(
                    offset: offset, message: "the file is not valid UTF-8 (byte 0x\(hex.count < 2 ? "0" + hex : hex))",
                    fix: "save the file as UTF-8")
            }
        }
    }

    /// The characters libyaml's reader accepts (YAML 1.1 `c-printable`).
    private static func isAllowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
