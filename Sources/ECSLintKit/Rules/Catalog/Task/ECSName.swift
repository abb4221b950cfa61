/// The name grammar ECS uses for families and container names:
/// 1 to 255 of `[A-Za-z0-9_-]`.
enum ECSName {
    /// The longest name ECS accepts.
    static let maximumLength = 255

    /// Whether ECS accepts the character in a name.
    static func isAllowed(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, character.unicodeScalars.count == 1 else { return false }
        switch ascii {
        case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x2D, 0x5F: return true
        default: return false
        }
    }

    /// The first character ECS does not accept, if any.
    static func firstInvalidCharacter(in name: String) -> Character? {
        name.first { !isAllowed($0) }
    }

    /// The character for a message: `a space`, `'/'`.
    static func describe(_ character: Character) -> String {
        switch character {
        case " ": return "a space"
        case "\t": return "a tab"
        case "\n", "\r\n", "\r": return "a line break"
        default: return "'\(character)'"
        }
    }

    /// The name with every character ECS rejects replaced by `-`, cut to 255.
    static func sanitized(_ name: String) -> String {
        String(String(name.map { isAllowed($0) ? $0 : "-" }).prefix(maximumLength))
    }
}
