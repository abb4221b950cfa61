/// How a YAML 1.1 reader (PyYAML, the AWS CLI v1's YAML input, many CI tools)
/// resolves a plain scalar, to warn where that differs from YAML 1.2.
enum YAML11Reading: Equatable {
    /// `~`, `null`, empty.
    case null
    /// `yes`/`no`/`on`/`off`/`y`/`n` as well as `true`/`false`.
    case bool(Bool)
    /// An integer and the base it was read in (`nil` value when it overflows).
    case integer(Int?, base: String?)
    /// A float.
    case float(Double)
    /// A date or timestamp.
    case timestamp
    /// Anything else.
    case string

    /// The YAML 1.1 reading of a plain scalar.
    init(_ text: String) {
        switch text {
        case "", "~", "null", "Null", "NULL": self = .null
        case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": self = .bool(true)
        case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": self = .bool(false)
        case ".nan", ".NaN", ".NAN": self = .float(.nan)
        default:
            guard YAMLCoreSchema.mayBeNumber(text) else {
                self = .string
                return
            }
            self = Self.number(text) ?? (Self.isTimestamp(text) ? .timestamp : .string)
        }
    }

    private static let underscore = UInt8(ascii: "_")

    private static func number(_ text: String) -> YAML11Reading? {
        var scanner = YAMLScalarScanner(text)
        let negative = scanner.peek == UInt8(ascii: "-")
        let signed = scanner.skipSign()
        let start = scanner.index
        let sign = negative ? -1 : 1
        let clean = String(decoding: scanner.bytes[start...].filter { $0 != underscore }, as: UTF8.self)
        func onlyDigits(_ predicate: (UInt8) -> Bool) -> Bool {
            scanner.index < scanner.bytes.count
                && scanner.bytes[scanner.index...].allSatisfy { predicate($0) || $0 == underscore }
        }
        func integer(_ digits: Substring, radix: Int, base: String?) -> YAML11Reading {
            .integer(Int(digits, radix: radix).map { $0 * sign }, base: base)
        }
        if scanner.skip(".inf") || scanner.skip(".Inf") || scanner.skip(".INF") {
            return scanner.isAtEnd ? .float(negative ? -.infinity : .infinity) : nil
        }
        if scanner.skip("0b") {
            return onlyDigits { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") }
                ? integer(clean.dropFirst(2), radix: 2, base: "binary") : nil
        }
        if scanner.skip("0x") {
            return onlyDigits(YAMLScalarScanner.isHexDigit)
                ? integer(clean.dropFirst(2), radix: 16, base: "hexadecimal") : nil
        }
        if scanner.skip("0") {
            if scanner.isAtEnd { return .integer(0, base: nil) }
            if onlyDigits(YAMLScalarScanner.isOctalDigit) { return integer(Substring(clean), radix: 8, base: "octal") }
        }
        scanner.index = start
        let integerDigits = scanner.skipAll { YAMLScalarScanner.isDigit($0) || $0 == underscore }
        if integerDigits > 0, scanner.bytes[start] != underscore {
            if scanner.isAtEnd {
                return clean.first == "0" ? nil : integer(Substring(clean), radix: 10, base: nil)
            }
            if scanner.peek == UInt8(ascii: ":") {
                return clean.first == "0" ? nil : sexagesimal(&scanner, clean: clean, sign: sign)
            }
            return scanner.skip(".") ? fraction(&scanner, clean: clean, sign: sign) : nil
        }
        if !signed, integerDigits == 0, scanner.skip("."), scanner.peek.map(YAMLScalarScanner.isDigit) == true {
            return fraction(&scanner, clean: clean, sign: sign)
        }
        return nil
    }

    /// The rest of a float after its `.`: digits, then an optional exponent with a sign.
    private static func fraction(_ scanner: inout YAMLScalarScanner, clean: String, sign: Int) -> YAML11Reading? {
        scanner.skipAll { YAMLScalarScanner.isDigit($0) || $0 == underscore }
        if scanner.skip("e") || scanner.skip("E") {
            guard scanner.skipSign(), scanner.skipAll(where: YAMLScalarScanner.isDigit) > 0 else { return nil }
        }
        guard scanner.isAtEnd else { return nil }
        let mantissaEnd = clean.firstIndex { $0 == "e" || $0 == "E" } ?? clean.endIndex
        let mantissa = clean[..<mantissaEnd] + (clean[..<mantissaEnd].hasSuffix(".") ? "0" : "")
        let value = Double(String(mantissa) + clean[mantissaEnd...]) ?? .nan
        return .float(Double(sign) * value)
    }

    /// Base 60 (`1:30` is 90): more `:[0-5]?[0-9]` groups, and an optional fraction.
    private static func sexagesimal(_ scanner: inout YAMLScalarScanner, clean: String, sign: Int) -> YAML11Reading? {
        while scanner.skip(":") {
            let first = scanner.peek
            let digits = scanner.skipAll(where: YAMLScalarScanner.isDigit)
            guard digits == 1 || (digits == 2 && (first ?? 0) <= UInt8(ascii: "5")) else { return nil }
        }
        var isFloat = false
        if scanner.skip(".") {
            isFloat = true
            scanner.skipAll { YAMLScalarScanner.isDigit($0) || $0 == underscore }
        }
        guard scanner.isAtEnd else { return nil }
        var total = 0.0
        for part in clean.split(separator: ":") {
            total = total * 60 + (Double(part.hasSuffix(".") ? part + "0" : part) ?? 0)
        }
        if isFloat { return .float(Double(sign) * total) }
        return .integer(total < 9e18 ? Int(total) * sign : nil, base: "base 60")
    }

    /// `2001-12-14`, `2001-12-14t21:59:43.10-05:00`, `2001-12-14 21:59:43.10 -5`.
    private static func isTimestamp(_ text: String) -> Bool {
        var scanner = YAMLScalarScanner(text)
        func digits(_ minimum: Int, _ maximum: Int) -> Bool {
            let count = scanner.skipAll(where: YAMLScalarScanner.isDigit)
            return count >= minimum && count <= maximum
        }
        func blanks() -> Int { scanner.skipAll { $0 == 0x20 || $0 == 0x09 } }
        guard digits(4, 4), scanner.skip("-"), digits(1, 2), scanner.skip("-"), digits(1, 2) else { return false }
        if scanner.isAtEnd { return text.utf8.count == 10 }
        guard scanner.skip("T") || scanner.skip("t") || blanks() > 0 else { return false }
        guard digits(1, 2), scanner.skip(":"), digits(2, 2), scanner.skip(":"), digits(2, 2) else { return false }
        if scanner.skip(".") { scanner.skipAll(where: YAMLScalarScanner.isDigit) }
        _ = blanks()
        if scanner.skip("Z") { return scanner.isAtEnd }
        if scanner.skipSign() {
            guard digits(1, 2) else { return false }
            if scanner.skip(":"), !digits(2, 2) { return false }
        }
        return scanner.isAtEnd
    }
}
