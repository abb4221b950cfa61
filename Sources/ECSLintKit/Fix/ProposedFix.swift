/// A fix as a rule or the schema check proposes it: what to change, at
/// pointers of the task definition. The engine turns it into text edits of
/// the file (`FixEditBuilder`), so rules never see the source format.
public struct ProposedFix: Sendable, Hashable {
    /// The change to make.
    public enum Change: Sendable, Hashable {
        /// Write a new scalar in place of the value at the pointer.
        case replaceValue(JSONPointer, ScalarValue)
        /// Rename the key of the member at the pointer.
        case renameKey(JSONPointer, String)
        /// Remove the members or items at the pointers.
        case remove([JSONPointer])
    }

    /// What the fix does, in a few words (`write "512"`).
    public var title: String
    /// Safe or unsafe.
    public var applicability: FixApplicability
    /// The change.
    public var change: Change

    /// Creates a proposed fix.
    public init(_ title: String, _ applicability: FixApplicability, _ change: Change) {
        self.title = title
        self.applicability = applicability
        self.change = change
    }
}

/// A scalar value a fix writes.
public enum ScalarValue: Sendable, Hashable {
    /// A string.
    case string(String)
    /// A number, as its JSON lexeme.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
}
