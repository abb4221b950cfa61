/// An RFC 6901 JSON Pointer into one document, such as
/// `/containerDefinitions/0/portMappings/1/hostPort`.
///
/// Findings carry a pointer; the engine resolves it to a source range, so
/// rules never compute line numbers themselves.
public struct JSONPointer: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The reference tokens, unescaped.
    public private(set) var tokens: [String]

    /// Creates a pointer from unescaped reference tokens.
    public init(_ tokens: [String] = []) {
        self.tokens = tokens
    }

    /// The pointer to the whole document.
    public static let root = JSONPointer()

    /// Parses the string form (`""` or `/a/b~1c`); nil when it does not start with `/`.
    public init?(parsing text: String) {
        if text.isEmpty {
            self.tokens = []
            return
        }
        guard text.hasPrefix("/") else { return nil }
        self.tokens = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            String($0).replacing("~1", with: "/").replacing("~0", with: "~")
        }
    }

    /// The pointer one level down, to an object member.
    public func appending(_ key: String) -> JSONPointer {
        // One allocation: the tokens copied once with room for the new one
        // (`tokens + [key]` made a second array for the operand).
        var longer: [String] = []
        longer.reserveCapacity(tokens.count + 1)
        longer.append(contentsOf: tokens)
        longer.append(key)
        return JSONPointer(longer)
    }

    /// The pointer one level down, to an array element.
    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// Shorthand for `appending(_:)` with a member name.
    public static func / (lhs: JSONPointer, rhs: String) -> JSONPointer {
        lhs.appending(rhs)
    }

    /// Shorthand for `appending(_:)` with an array index.
    public static func / (lhs: JSONPointer, rhs: Int) -> JSONPointer {
        lhs.appending(rhs)
    }

    /// The pointer to the enclosing value, or nil for the root.
    public var parent: JSONPointer? {
        tokens.isEmpty ? nil : JSONPointer(Array(tokens.dropLast()))
    }

    /// The last reference token, or nil for the root.
    public var lastToken: String? { tokens.last }

    /// The RFC 6901 string form.
    public var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            if token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) {
                text += token.replacing("~", with: "~0").replacing("/", with: "~1")
            } else {
                text += token
            }
        }
        return text
    }

    /// The botocore-style path (`containerDefinitions[0].image`) used in AWS CLI messages.
    public var dottedPath: String {
        var text = ""
        for token in tokens {
            if !token.isEmpty, token.allSatisfy(\.isASCIIDigit) {
                text += "[\(token)]"
            } else {
                text += text.isEmpty ? token : ".\(token)"
            }
        }
        return text
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0 to 9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// What a pointer resolves to in a tree.
public struct PointerResolution: Sendable {
    /// The node the pointer names, when it exists.
    public var node: Node?
    /// The member whose value the pointer names, when the last token is an object key.
    public var member: Member?
    /// The deepest node on the way that exists (the object that should hold a missing key).
    public var deepestNode: Node
    /// The member holding `deepestNode`, when there is one.
    public var deepestMember: Member?
}

extension Node {
    /// Follows a pointer; with duplicate keys the last one wins.
    public func resolve(_ pointer: JSONPointer) -> PointerResolution {
        resolve(pointer, index: nil)
    }

    /// Follows `pointer`, looking members up in `index` (for many lookups in
    /// large objects) when given.
    func resolve(_ pointer: JSONPointer, index: MemberIndex?) -> PointerResolution {
        var current = self
        var currentMember: Member?
        for token in pointer.tokens {
            switch current.value {
            case .object(let members):
                let found = index.map { $0.member(token, in: members, at: current.range.start.offset) }
                guard let member = found ?? current.member(token) else {
                    return PointerResolution(node: nil, member: nil, deepestNode: current, deepestMember: currentMember)
                }
                current = member.value
                currentMember = member
            case .array(let elements):
                guard let index = Int(token), elements.indices.contains(index) else {
                    return PointerResolution(node: nil, member: nil, deepestNode: current, deepestMember: currentMember)
                }
                current = elements[index]
                currentMember = nil
            default:
                return PointerResolution(node: nil, member: nil, deepestNode: current, deepestMember: currentMember)
            }
        }
        return PointerResolution(
            node: current, member: currentMember, deepestNode: current, deepestMember: currentMember)
    }

    /// The node at a pointer, or nil.
    public func node(at pointer: JSONPointer) -> Node? {
        resolve(pointer).node
    }
}

/// Finds object members by key in O(1): a finding per key of an object with
/// 200,000 keys must not scan the object per finding. Tables are built on
/// the first lookup in an object of at least ``minimumCount`` members, keyed
/// by the object's start offset (an alias expands to the same object).
/// One instance serves one thread.
final class MemberIndex {
    /// Smaller objects are scanned.
    static let minimumCount = 32

    private var tables: [Int: [String: Int]] = [:]

    /// The member for `key` (the last one, as `Node.member`), or nil.
    func member(_ key: String, in members: [Member], at offset: Int) -> Member? {
        guard members.count >= Self.minimumCount else { return members.last(where: { $0.key == key }) }
        if let table = tables[offset], table.count <= members.count {
            return table[key].map { members[$0] }
        }
        var table: [String: Int] = [:]
        table.reserveCapacity(members.count)
        for (index, member) in members.enumerated() { table[member.key] = index }
        tables[offset] = table
        return table[key].map { members[$0] }
    }
}
