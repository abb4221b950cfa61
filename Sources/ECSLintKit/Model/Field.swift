/// How a member of an object is written in the file.
///
/// The API and the AWS CLI see these four cases differently: an absent member
/// takes its default; a `null` is rejected by the CLI (and stripped by the
/// GitHub deploy action); a value of the wrong JSON type is rejected too; only
/// a value of the right type means what it says.
public enum Presence: Sendable, Equatable {
    /// The member is not in the object.
    case absent
    /// The member is there with a `null` value.
    case null
    /// The member is there with a value of a JSON type the API does not take.
    case wrongType
    /// The member is there with a usable value.
    case value
}

/// One member of a model type: its usable value and how it is written.
///
/// The wrapped value is what rules read (`container.image`: the string, or nil
/// when there is no usable one); the projected value says why
/// (`container.$image.isNull`). Rules that ask "is it set?" use `isSet`, so a
/// `null` never counts as set (the null rule reports it, once) and a value of
/// the wrong type never counts as missing (the type check reports it, once).
@propertyWrapper
public struct Field<Value: Sendable>: Sendable {
    /// How the member is written.
    public let presence: Presence
    /// The usable value; nil (or empty, for lists) when there is none.
    public let wrappedValue: Value

    /// A member with its presence and usable value.
    public init(_ presence: Presence, _ value: Value) {
        self.presence = presence
        self.wrappedValue = value
    }

    /// The field itself, as `container.$image`.
    public var projectedValue: Field<Value> { self }

    /// Whether the member is written with a non-null value, of the right type or not.
    public var isSet: Bool { presence == .value || presence == .wrongType }
    /// Whether the member is written as `null`.
    public var isNull: Bool { presence == .null }
    /// Whether the member is written with a value of the wrong JSON type.
    public var isWrongType: Bool { presence == .wrongType }
    /// Whether the member is missing or null: the API's default applies.
    /// Rules that ask "is this feature configured?" use `isSet`/`isUnset`.
    public var isUnset: Bool { !isSet }
    /// Whether the member is not written at all. Rules that report a missing
    /// member use this, so that a `null` (reported by the null rule, once) is
    /// never also reported as missing.
    public var isAbsent: Bool { presence == .absent }
}
