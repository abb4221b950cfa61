/// One way a task definition does not match the ECS API model
/// (RegisterTaskDefinitionRequest), found by `SchemaChecker`.
///
/// `stage` says who rejects it: `.cli` when botocore's client-side validation
/// (the AWS CLI, boto3) refuses to send the request, `.register` when only
/// the ECS API rejects it. The `.cli` violations agree exactly with botocore
/// (a test compares them on hundreds of inputs); `.register` ones are checks
/// botocore does not make: enum values, maximum lengths, item counts and
/// values, integers outside 32 bits, and `true`/`false` given for a number.
public struct SchemaViolation: Sendable, Hashable {
    /// What kind of mismatch it is; the CLI maps each to its own rule code.
    public enum Kind: String, Sendable {
        /// A key the shape does not have (ECS004).
        case unknownKey
        /// A member the model requires is absent (ECS005).
        case missingRequired
        /// The JSON type is not the one the model expects (ECS006).
        case wrongType
        /// `true` or `false` where a number is expected (ECS010). botocore
        /// accepts it because Python's `bool` is an `int`, so the CLI sends it
        /// and ECS rejects it; we report it on purpose, at stage `.register`.
        case booleanForInteger
        /// `null` anywhere (ECS007).
        case nullValue
        /// A string that is not one of the model's enum values (ECS008).
        case invalidEnum
        /// A length, item count or number outside the model's min/max (ECS009).
        case outOfRange
    }

    /// What kind of mismatch it is.
    public var kind: Kind
    /// The offending value; for `missingRequired` the missing member (parent + name).
    public var pointer: JSONPointer
    /// `.key` for unknown keys, `.value` otherwise.
    public var target: FindingTarget
    /// What is wrong with the actual value and what is accepted.
    public var message: String
    /// A concrete change that fixes it, when there is one.
    public var fix: String?
    /// Who rejects it: `.cli` (botocore) or `.register` (the ECS API).
    public var stage: Stage
    /// Whether it is a string placeholder where a number or boolean belongs
    /// (`"containerPort": "${PORT}"`): reported although the value is
    /// unknown, because no substitution can give it the right type.
    public var isQuotedPlaceholder = false
    /// The change that fixes it, when it is certain enough to write.
    public var correction: ProposedFix?

    /// Creates a violation.
    public init(
        kind: Kind, pointer: JSONPointer, target: FindingTarget = .value, message: String, fix: String?,
        stage: Stage, correction: ProposedFix? = nil
    ) {
        self.kind = kind
        self.pointer = pointer
        self.target = target
        self.message = message
        self.fix = fix
        self.stage = stage
        self.correction = correction
    }
}
