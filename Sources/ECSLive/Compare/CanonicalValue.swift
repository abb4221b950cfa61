import ECSLintKit

/// A task definition value reduced to what matters for equality: object
/// members unordered, numbers by value, `null` and empty lists and objects
/// gone, and lists whose order means nothing compared as sets.
indirect enum CanonicalValue: Hashable, Comparable, CustomStringConvertible {
    case object([String: CanonicalValue])
    case array([CanonicalValue])
    case string(String)
    case number(Double)
    case bool(Bool)

    /// The canonical form of a node; nil for `null` and empty containers.
    init?(_ node: Node) {
        switch node.value {
        case .object(let members):
            var result: [String: CanonicalValue] = [:]
            for member in members {
                result[member.key] = CanonicalValue(member.value)
            }
            guard !result.isEmpty else { return nil }
            self = .object(result)
        case .array(let elements):
            let values = elements.compactMap(CanonicalValue.init)
            guard !values.isEmpty else { return nil }
            self = .array(values)
        case .string(let text): self = .string(text)
        case .number(let number): self = .number(number.doubleValue)
        case .bool(let flag): self = .bool(flag)
        case .null: return nil
        }
    }

    /// The members, when an object.
    var members: [String: CanonicalValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements, when an array.
    var elements: [CanonicalValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The text, when a string.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value, when a number.
    var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The same list sorted, so that order does not count.
    var asSet: CanonicalValue {
        guard let elements else { return self }
        return .array(elements.sorted())
    }

    /// Compact JSON-like text, members sorted.
    var description: String {
        switch self {
        case .object(let members):
            "{"
                + members.keys.sorted().map { "\(JSONString.quoted($0)):\(members[$0]?.description ?? "")" }
                .joined(separator: ",") + "}"
        case .array(let elements): "[" + elements.map(\.description).joined(separator: ",") + "]"
        case .string(let text): JSONString.quoted(text)
        case .number(let value):
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .bool(let flag): flag ? "true" : "false"
        }
    }

    static func < (lhs: CanonicalValue, rhs: CanonicalValue) -> Bool {
        lhs.description < rhs.description
    }
}
