/// One replacement of a byte range of a file's text.
///
/// Ranges are half-open byte offsets into the UTF-8 text (after a byte-order
/// mark, as `SourceText` counts them); an empty range inserts.
public struct TextEdit: Sendable, Hashable {
    /// The first byte replaced.
    public var start: Int
    /// The byte after the last one replaced.
    public var end: Int
    /// The text written instead.
    public var replacement: String

    /// Creates an edit.
    public init(start: Int, end: Int, replacement: String) {
        self.start = start
        self.end = end
        self.replacement = replacement
    }

    /// Whether two edits touch the same bytes (edits that only meet do not,
    /// unless both insert at the same place, where their order is ambiguous).
    public func overlaps(_ other: TextEdit) -> Bool {
        if start == end && other.start == other.end { return start == other.start }
        return start < other.end && other.start < end
    }

    /// `bytes` with `edits` applied; the edits must not overlap.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            let start = min(max(edit.start, 0), result.count)
            let end = min(max(edit.end, start), result.count)
            result.replaceSubrange(start..<end, with: Array(edit.replacement.utf8))
        }
        return result
    }
}

/// Whether a fix may run without being asked for, as in ruff: a safe fix
/// keeps the meaning the author evidently intended; an unsafe one guesses.
public enum FixApplicability: String, Sendable, Hashable, Comparable {
    /// Applied by `--fix`.
    case safe
    /// Applied only with `--unsafe-fixes`; offered by the language server.
    case unsafe

    public static func < (lhs: FixApplicability, rhs: FixApplicability) -> Bool {
        lhs == .safe && rhs == .unsafe
    }
}

/// A concrete fix of one finding: edits of the file's text.
public struct Fix: Sendable, Hashable {
    /// What the fix does, in a few words (`write "512"`).
    public var title: String
    /// Safe or unsafe.
    public var applicability: FixApplicability
    /// The edits, which never overlap one another.
    public var edits: [TextEdit]

    /// Creates a fix.
    public init(title: String, applicability: FixApplicability, edits: [TextEdit]) {
        self.title = title
        self.applicability = applicability
        self.edits = edits
    }

    /// Whether any edit of this fix overlaps any edit of `other`.
    public func overlaps(_ other: Fix) -> Bool {
        edits.contains { edit in other.edits.contains(where: edit.overlaps) }
    }
}

/// A fix a rule declares in its descriptor: which kind it is and what it
/// does, for `ecslint explain`, the rule pages and the tests that check every
/// finding's fix against the declaration.
public struct RuleFix: Sendable, Hashable {
    /// Safe or unsafe.
    public var applicability: FixApplicability
    /// What the fix changes, one sentence.
    public var summary: String

    /// A fix applied by `--fix`.
    public static func safe(_ summary: String) -> RuleFix {
        RuleFix(applicability: .safe, summary: summary)
    }

    /// A fix applied only with `--unsafe-fixes`.
    public static func unsafe(_ summary: String) -> RuleFix {
        RuleFix(applicability: .unsafe, summary: summary)
    }
}
