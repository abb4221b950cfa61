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
    var name: String
    /// The shape of the value.
    var target: ECSAPIShapeID
    /// Whether the structure must contain the key (botocore checks this).
    var isRequired: Bool
    /// The first sentence of the member's documentation, plain text.
    var summary: String

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
struct SchemaShape: Sendable {
    /// The shape's identity in the generated table.
    var id: ECSAPIShapeID
    /// The model's name for the shape (`ContainerDefinition`).
    var name: String
    /// What kind of value it is.
    var kind: SchemaKind
    /// For a structure: its members in model order.
    var members: [SchemaMember]
    /// For a list: the shape of each item.
    var listMember: ECSAPIShapeID?
    /// For a map: the shape of each key.
    var mapKey: ECSAPIShapeID?
    /// For a map: the shape of each value.
    var mapValue: ECSAPIShapeID?
    /// For a string: the accepted values, when the model lists them.
    var enumValues: [String]
    /// The smallest accepted length, item count or value.
    var min: Int?
    /// The largest accepted length, item count or value.
    var max: Int?
    /// For a string: the Java regular expression the ECS API matches it against.
    var pattern: String?

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
    }
}

extension ECSAPIShapes {
    /// The shape with the given identity.
    static func shape(_ id: ECSAPIShapeID) -> SchemaShape {
        shapes[id.rawValue]
    }

    /// The shape of a whole task definition document.
    static var rootShape: SchemaShape { shape(root) }
}
