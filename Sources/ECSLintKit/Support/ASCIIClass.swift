/// ASCII character classes, for the grammars of rules, secrets and placeholders.
enum ASCIIClass {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    /// A letter (either case: `| 0x20` lowers one) or a digit, in two comparisons.
    static func isAlphanumeric(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }
    /// `\w`: letters, digits, `_`.
    static func isWord(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 0x5F }
    static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46)
    }

    /// Whether every character is an ASCII digit and there are `count` of them.
    static func isDigits(_ text: some StringProtocol, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy(isDigit)
    }

    /// The first character of `text` outside `allowed`, if any.
    static func firstDisallowed(in text: some StringProtocol, allowed: (UInt8) -> Bool) -> Character? {
        if text.utf8.allSatisfy(allowed) { return nil }
        for character in text {
            guard character.isASCII, let byte = character.asciiValue, allowed(byte) else { return character }
        }
        return nil
    }

    /// A character for a message: `' '` as "a space", others quoted.
    static func describe(_ character: Character) -> String {
        switch character {
        case " ": "a space"
        case "\t": "a tab"
        case "\n", "\r": "a line break"
        default: "'\(character)'"
        }
    }
}
