/// A number exactly as it was written, with the reading a JSON parser would
/// give it.
///
/// `256`, `256.0` and `2.56e2` are different things to the AWS CLI (only the
/// first is an integer), so the lexeme is kept and `isInteger` says whether the
/// literal is an integer literal.
public struct NumberLiteral: Sendable, Hashable {
    /// The literal as written in the source (for YAML: the plain scalar).
    public var lexeme: String
    /// Whether the literal is an integer (no fraction, no exponent).
    public var isInteger: Bool
    /// The integer value when `isInteger` and the value fits into `Int`.
    public var intValue: Int?
    /// The value as a double (infinite or NaN for YAML's `.inf`/`.nan`).
    public var doubleValue: Double

    /// Creates a literal.
    public init(lexeme: String, isInteger: Bool, intValue: Int?, doubleValue: Double) {
        self.lexeme = lexeme
        self.isInteger = isInteger
        self.intValue = intValue
        self.doubleValue = doubleValue
    }

    /// Reads a JSON number lexeme (already validated by the scanner).
    public init(jsonLexeme lexeme: String) {
        let isInteger = !lexeme.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        self.init(
            lexeme: lexeme,
            isInteger: isInteger,
            intValue: isInteger ? Int(lexeme) : nil,
            doubleValue: Double(lexeme) ?? .nan
        )
    }
}

/// One key and its value inside an object node, each with its own range.
public struct Member: Sendable {
    /// The key text after unescaping.
    public var key: String
    /// Where the key is written (including quotes in JSON).
    public var keyRange: SourceRange
    /// The value.
    public var value: Node

    /// Creates a member.
    public init(key: String, keyRange: SourceRange, value: Node) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}

/// One value of a positioned document tree: the common form of JSON and YAML
/// input. Rules never see which format a file was written in.
public struct Node: Sendable {
    /// The kinds of value a node holds.
    public indirect enum Value: Sendable {
        /// An object (JSON) or mapping (YAML); members keep source order and duplicates.
        case object([Member])
        /// An array (JSON) or sequence (YAML).
        case array([Node])
        /// A string (or a quoted/block YAML scalar).
        case string(String)
        /// A number, lexeme kept.
        case number(NumberLiteral)
        /// `true` or `false`.
        case bool(Bool)
        /// `null` (or YAML `~`, an empty value).
        case null
    }

    /// The value held.
    public var value: Value
    /// Where the value is written.
    public var range: SourceRange

    /// Creates a node.
    public init(_ value: Value, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

extension Node {
    /// The members when this is an object.
    public var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// Whether this is an object or an array.
    var isContainer: Bool {
        switch value {
        case .object, .array: true
        default: false
        }
    }

    /// The elements when this is an array.
    public var elements: [Node]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The text when this is a string.
    public var stringValue: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The number when this is a number.
    public var numberValue: NumberLiteral? {
        if case .number(let number) = value { return number }
        return nil
    }

    /// The integer when this is an integer literal that fits `Int`.
    public var intValue: Int? {
        numberValue?.intValue
    }

    /// The flag when this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The member for `key`; with duplicate keys the last one wins, as in the AWS CLI.
    public func member(_ key: String) -> Member? {
        members?.last(where: { $0.key == key })
    }

    /// The value for `key` in an object (last one wins), or nil.
    public subscript(key: String) -> Node? {
        member(key)?.value
    }

    /// The element at `index` in an array, or nil.
    public subscript(index: Int) -> Node? {
        guard let elements, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// A short name for the JSON type of this node, as used in messages.
    public var typeName: String {
        switch value {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number(let number): number.isInteger ? "integer" : "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }
}

extension [Member] {
    /// Each member that a later member with the same key overrides, with the
    /// index of the last one (the value the AWS CLI keeps).
    func overridden() -> [(index: Int, winner: Int)] {
        guard count > 1 else { return [] }
        var found: [(index: Int, winner: Int)] = []
        // Small objects (nearly all) are compared pair by pair, without hashing.
        if count <= 16 {
            for index in 0..<(count - 1) {
                var later = count - 1
                while later > index, self[later].key != self[index].key { later -= 1 }
                if later > index { found.append((index, later)) }
            }
            return found
        }
        var lastIndex: [String: Int] = [:]
        for (index, member) in self.enumerated() { lastIndex[member.key] = index }
        for (index, member) in self.enumerated() {
            if let winner = lastIndex[member.key], winner != index { found.append((index, winner)) }
        }
        return found
    }
}
