/// The kind of an ECS API shape, as botocore's service model names it.
enum SchemaKind: String, Sendable {
    /// An object with named members.
    case structure
    /// An array of one member shape.
    case list
    /// An object with free keys and one value shape.
    case map
    /// A string (possibly with enum values, a length range or a pattern).
    case string
    /// A 32-bit integer.
    case integer
    /// A 64-bit integer; botocore treats it like `integer`.
    case long
    /// `true` or `false`.
    case boolean
    /// A floating-point number; botocore accepts integers too.
    case double
    /// A floating-point number; botocore treats it like `double`.
    case float
    /// A date: an ISO 8601 string or epoch seconds.
    case timestamp
}

/// One member of a structure shape: its key, the shape of its value, and
/// whether the model requires it.
struct SchemaMember: Sendable {
    /// The key as written in a task definition (`containerDefinitions`).
    let name: String
    /// The shape of the value.
    let target: ECSAPIShapeID
    /// Whether the structure must contain the key (botocore checks this).
    let isRequired: Bool
    /// The first sentence of the member's documentation, plain text.
    let summary: String

    /// Creates a member.
    init(name: String, target: ECSAPIShapeID, isRequired: Bool, summary: String) {
        self.name = name
        self.target = target
        self.isRequired = isRequired
        self.summary = summary
    }

    /// The member's shape.
    var shape: SchemaShape { ECSAPIShapes.shape(target) }
}

/// One shape of the ECS API model: what a value at some place in a task
/// definition must look like.
///
/// `min` and `max` bound the length of a string, the number of items of a
/// list, or the value of a number, as the model states them. botocore checks
/// `min` only; `max`, enums and patterns are checked by the ECS API.
///
/// A class, so the checker passes shapes around without copying their
/// arrays; every property is immutable. The member lookup tables are built
/// once, when the generated table is first used.
final class SchemaShape: Sendable {
    /// The shape's identity in the generated table.
    let id: ECSAPIShapeID
    /// The model's name for the shape (`ContainerDefinition`).
    let name: String
    /// What kind of value it is.
    let kind: SchemaKind
    /// For a structure: its members in model order.
    let members: [SchemaMember]
    /// For a list: the shape of each item.
    let listMember: ECSAPIShapeID?
    /// For a map: the shape of each key.
    let mapKey: ECSAPIShapeID?
    /// For a map: the shape of each value.
    let mapValue: ECSAPIShapeID?
    /// For a string: the accepted values, when the model lists them.
    let enumValues: [String]
    /// The smallest accepted length, item count or value.
    let min: Int?
    /// The largest accepted length, item count or value.
    let max: Int?
    /// For a string: the Java regular expression the ECS API matches it against.
    let pattern: String?
    /// For a structure: the members it must contain, in model order.
    let requiredMembers: [SchemaMember]
    /// For a structure: the position of each member by key.
    let memberPositions: [String: Int]

    /// Creates a shape; the generated table passes only what applies.
    init(
        id: ECSAPIShapeID, name: String, kind: SchemaKind, members: [SchemaMember] = [],
        listMember: ECSAPIShapeID? = nil, mapKey: ECSAPIShapeID? = nil, mapValue: ECSAPIShapeID? = nil,
        enumValues: [String] = [], min: Int? = nil, max: Int? = nil, pattern: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.members = members
        self.listMember = listMember
        self.mapKey = mapKey
        self.mapValue = mapValue
        self.enumValues = enumValues
        self.min = min
        self.max = max
        self.pattern = pattern
        var exact: [String: Int] = [:]
        for (position, member) in members.enumerated() {
            exact[member.name] = position
        }
        memberPositions = exact
        requiredMembers = members.filter(\.isRequired)
    }

    /// The member with exactly this key.
    func member(_ key: String) -> SchemaMember? {
        guard let position = memberPositions[key] else { return nil }
        return members[position]
    }

    /// The shape of the member with exactly this key.
    func memberTarget(_ key: String) -> SchemaShape? {
        guard let position = memberPositions[key] else { return nil }
        return ECSAPIShapes.shape(members[position].target)
    }

    /// The member whose key equals `key` ignoring case, or ignoring case and
    /// the separators `_`, `-`, `.` and spaces (`host_port` → `hostPort`);
    /// the first in model order.
    func caseInsensitiveMember(_ key: String) -> SchemaMember? {
        let index = Self.caseInsensitiveIndex[id.rawValue]
        if let position = index.folded[key.lowercased()] { return members[position] }
        if let position = index.squashed[Self.squash(key)] { return members[position] }
        return nil
    }

    /// Every shape's member positions by lowercased key and by squashed key,
    /// by shape identity. Built the first time a key is not a member (a
    /// `static let` is built once, even when threads race), not at start-up:
    /// building it cost more than linting a small file, and most files have
    /// no unknown key.
    private static let caseInsensitiveIndex: [(folded: [String: Int], squashed: [String: Int])] =
        ECSAPIShapes.shapes.map { shape in
            var folded: [String: Int] = [:]
            var squashed: [String: Int] = [:]
            for (position, member) in shape.members.enumerated() {
                folded[member.name.lowercased()] = folded[member.name.lowercased()] ?? position
                squashed[squash(member.name)] = squashed[squash(member.name)] ?? position
            }
            return (folded, squashed)
        }

    /// A key lowercased with separators removed.
    static func squash(_ key: String) -> String {
        var result = ""
        for scalar in key.lowercased().unicodeScalars where !"_-. ".unicodeScalars.contains(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

extension ECSAPIShapes {
    /// The shape of a whole task definition document.
    static var rootShape: SchemaShape { shape(root) }
}
