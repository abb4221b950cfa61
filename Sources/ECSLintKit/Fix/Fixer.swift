/// One fix the fixer applied.
public struct AppliedFix: Sendable, Hashable {
    /// The rule code of the finding it fixed.
    public var code: String
    /// What it did.
    public var title: String
}

/// What fixing one file did.
public struct FixOutcome: Sendable {
    /// The text after the fixes (the input when nothing applied).
    public var bytes: [UInt8]
    /// The fixes applied, in the order of their passes.
    public var applied: [AppliedFix]
    /// How many passes changed the text.
    public var passes: Int
    /// The report on the fixed text: what remains.
    public var report: FileReport
    /// Fixes left out because the edited text would not have parsed.
    public var rejected: [AppliedFix]

    /// Whether the text changed.
    public var changed: Bool { !applied.isEmpty }
}

/// Applies the fixes findings carry: in passes, because fixes that overlap
/// (two nulls in one object, a wrapper around read-only fields) wait for
/// the next pass, which lints the edited text anew. It stops when a pass
/// changes nothing or after `maxPasses`; so running it again on its output
/// changes nothing. A pass's edits are kept only when the edited text
/// still parses; a file with a syntax error is left as it is.
public struct Fixer: Sendable {
    /// Lints each pass's text.
    public var linter: Linter
    /// The configuration, suppressions and baseline applied to each pass,
    /// so a rule turned off or a suppressed finding is not fixed.
    public var filter: FindingFilter
    /// Whether unsafe fixes apply too (`--unsafe-fixes`).
    public var includesUnsafe: Bool
    /// The most passes made.
    public var maxPasses: Int

    /// Creates a fixer.
    public init(
        linter: Linter, filter: FindingFilter = FindingFilter(), includesUnsafe: Bool = false, maxPasses: Int = 4
    ) {
        self.linter = linter
        self.filter = filter
        self.includesUnsafe = includesUnsafe
        self.maxPasses = maxPasses
    }

    /// Whether a fix of this applicability is applied.
    public func applies(_ fix: Fix) -> Bool {
        includesUnsafe || fix.applicability == .safe
    }

    /// Fixes one file.
    public func fix(_ source: SourceText, format: SourceFormat? = nil) -> FixOutcome {
        var current = source
        var report = lint(current, format: format)
        var applied: [AppliedFix] = []
        var rejected: [AppliedFix] = []
        var passes = 0
        while passes < maxPasses, !report.findings.contains(where: { $0.plays(.syntaxError) }) {
            let chosen = Self.nonOverlapping(report.findings.filter { $0.autofix.map(applies) ?? false })
            guard !chosen.isEmpty else { break }
            var kept = chosen
            var edited = Self.apply(kept, to: current)
            if !parses(edited, like: report, format: format) {
                kept = chosen.filter { parses(Self.apply([$0], to: current), like: report, format: format) }
                rejected += chosen.filter { candidate in !kept.contains { $0 == candidate } }.map(Self.record)
                edited = Self.apply(kept, to: current)
                if kept.isEmpty || !parses(edited, like: report, format: format) {
                    rejected += kept.map(Self.record)
                    break
                }
            }
            applied += kept.map(Self.record)
            passes += 1
            current = edited
            report = lint(current, format: format)
        }
        return FixOutcome(bytes: current.bytes, applied: applied, passes: passes, report: report, rejected: rejected)
    }

    private func lint(_ source: SourceText, format: SourceFormat?) -> FileReport {
        filter.apply(to: linter.lint(source, format: format))
    }

    /// Whether edited text reads without a syntax error into as many documents.
    private func parses(_ edited: SourceText, like report: FileReport, format: SourceFormat?) -> Bool {
        let loaded = InputLoader.load(edited, format: format ?? report.format)
        let before = InputLoader.load(report.source, format: format ?? report.format)
        return loaded.syntaxError == nil && loaded.documents.count == before.documents.count
    }

    /// The findings whose fixes overlap none chosen before them, in report order.
    static func nonOverlapping(_ findings: [Finding]) -> [Finding] {
        var chosen: [Finding] = []
        for finding in findings {
            guard let fix = finding.autofix else { continue }
            if chosen.contains(where: { $0.autofix?.overlaps(fix) ?? false }) { continue }
            chosen.append(finding)
        }
        return chosen
    }

    static func apply(_ findings: [Finding], to source: SourceText) -> SourceText {
        let edits = findings.flatMap { $0.autofix?.edits ?? [] }
        return SourceText(path: source.path, bytes: TextEdit.apply(edits, to: source.bytes))
    }

    static func record(_ finding: Finding) -> AppliedFix {
        AppliedFix(code: finding.code, title: finding.autofix?.title ?? "")
    }
}
