/// The YAML 1.2 core schema: how an untagged plain scalar becomes null, a
/// boolean, a number or a string, and how a tagged scalar is checked.
enum YAMLCoreSchema {
    /// The value of an untagged plain scalar.
    static func resolvePlain(_ text: String) -> Node.Value {
        if isNull(text) { return .null }
        if let flag = bool(text) { return .bool(flag) }
        if mayBeNumber(text), let number = integer(text) ?? float(text) { return .number(number) }
        return .string(text)
    }

    /// Whether `text` starts like a number (a digit, a sign or a dot), a cheap
    /// test before the number grammars.
    static func mayBeNumber(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return YAMLScalarScanner.isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: ".")
    }

    /// Whether `text` is a core-schema null (`null`, `Null`, `NULL`, `~` or empty).
    static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The boolean a core-schema bool spells, if any.
    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// The integer literal (`[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`), if `text` is one.
    static func integer(_ text: String) -> NumberLiteral? {
        var scanner = YAMLScalarScanner(text)
        if scanner.skip("0o") {
            guard scanner.skipAll(where: YAMLScalarScanner.isOctalDigit) > 0, scanner.isAtEnd else { return nil }
            return radixLiteral(text, digits: text.utf8.dropFirst(2), radix: 8)
        }
        if scanner.skip("0x") {
            guard scanner.skipAll(where: YAMLScalarScanner.isHexDigit) > 0, scanner.isAtEnd else { return nil }
            return radixLiteral(text, digits: text.utf8.dropFirst(2), radix: 16)
        }
        scanner.skipSign()
        guard scanner.skipAll(where: YAMLScalarScanner.isDigit) > 0, scanner.isAtEnd else { return nil }
        let value = Int(text)
        return NumberLiteral(
            lexeme: text, isInteger: true, intValue: value, doubleValue: value.map(Double.init) ?? Double(text) ?? .nan)
    }

    /// The float literal (decimal with fraction or exponent, `.inf`, `.nan`), if `text` is one.
    static func float(_ text: String) -> NumberLiteral? {
        guard let value = floatValue(text) else { return nil }
        return NumberLiteral(lexeme: text, isInteger: false, intValue: nil, doubleValue: value)
    }

    /// The value of a core-schema float, or of an integer read as a float (for `!!float 1`).
    static func floatValue(_ text: String) -> Double? {
        var scanner = YAMLScalarScanner(text)
        let negative = scanner.peek == UInt8(ascii: "-")
        scanner.skipSign()
        if scanner.skip(".inf") || scanner.skip(".Inf") || scanner.skip(".INF") {
            return scanner.isAtEnd ? (negative ? -.infinity : .infinity) : nil
        }
        if text == ".nan" || text == ".NaN" || text == ".NAN" { return .nan }
        if let number = integer(text) { return number.doubleValue }
        if scanner.skip(".") {
            guard scanner.skipAll(where: YAMLScalarScanner.isDigit) > 0 else { return nil }
        } else {
            guard scanner.skipAll(where: YAMLScalarScanner.isDigit) > 0 else { return nil }
            if scanner.skip(".") { scanner.skipAll(where: YAMLScalarScanner.isDigit) }
        }
        if scanner.skip("e") || scanner.skip("E") {
            scanner.skipSign()
            guard scanner.skipAll(where: YAMLScalarScanner.isDigit) > 0 else { return nil }
        }
        guard scanner.isAtEnd else { return nil }
        return Double(text)
    }

    private static func radixLiteral(_ text: String, digits: Substring.UTF8View, radix: Int) -> NumberLiteral {
        let digitText = String(Substring(digits))
        let value = Int(digitText, radix: radix)
        var approximate = 0.0
        for byte in digits {
            approximate = approximate * Double(radix) + Double(YAMLScalarScanner.digitValue(byte))
        }
        return NumberLiteral(
            lexeme: text, isInteger: true, intValue: value, doubleValue: value.map(Double.init) ?? approximate)
    }
}

/// A cursor over the UTF-8 bytes of a scalar, for the small grammars of the
/// YAML schemas (no regular expressions: they would dominate load time).
struct YAMLScalarScanner {
    /// The bytes scanned.
    let bytes: [UInt8]
    /// The next byte to read.
    var index = 0

    /// Creates a scanner at the start of `text`.
    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { index >= bytes.count }

    /// The next byte, if any.
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Skips `literal` when the input continues with it.
    mutating func skip(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let matches = literal.withUTF8Buffer { buffer in
            buffer.indices.allSatisfy { bytes[index + $0] == buffer[$0] }
        }
        if matches { index += count }
        return matches
    }

    /// Skips one `+` or `-`; returns whether there was one.
    @discardableResult
    mutating func skipSign() -> Bool {
        guard let byte = peek, byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") else { return false }
        index += 1
        return true
    }

    /// Skips bytes while `predicate` holds; returns how many.
    @discardableResult
    mutating func skipAll(where predicate: (UInt8) -> Bool) -> Int {
        let start = index
        while let byte = peek, predicate(byte) { index += 1 }
        return index - start
    }

    /// `0`...`9`.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `0`...`7`.
    static func isOctalDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "7") }

    /// `0`...`9`, `a`...`f`, `A`...`F`.
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }

    /// The value of a hexadecimal digit byte (0 for anything else).
    static func digitValue(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: 0
        }
    }
}
