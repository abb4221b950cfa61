extension Linter {
    /// The findings about a document's shape with their fixes: the read-only
    /// describe fields removed (ECS012) and the describe wrapper unwrapped
    /// (ECS013, JSON only).
    func documentFixes(_ findings: [Finding], root: Node, editor: FixEditBuilder) -> [Finding] {
        guard
            findings.contains(where: { $0.plays(.readOnlyDescribeFields) || $0.plays(.describeOutputWrapper) })
        else { return findings }
        let editor = editor.protecting(UnknownValues(target: LintTarget(shape: .taskDefinition, root: root)))
        return findings.map { finding in
            var fixed = finding
            if finding.plays(.readOnlyDescribeFields) {
                let pointers = [finding.pointer] + finding.notes.map(\.pointer)
                fixed.autofix = editor.fix(for: ReadOnlyDescribeFields.removal(of: pointers), in: root)
            } else if finding.plays(.describeOutputWrapper) {
                fixed.autofix = editor.unwrapFix(root)
            }
            return fixed
        }
    }
}

extension LintTarget {
    /// The edits of a proposed fix, resolved in this target's tree; none for
    /// CloudFormation templates, whose keys and values are not API text.
    func fix(_ proposal: ProposedFix?, editor: FixEditBuilder) -> Fix? {
        guard let proposal, shape != .cloudFormation else { return nil }
        return editor.fix(for: proposal, in: root)
    }
}

extension FixEditBuilder {
    /// The builder with the placeholder strings of a target protected.
    func protecting(_ unknown: UnknownValues) -> FixEditBuilder {
        var copy = self
        copy.unknown = unknown
        copy.protectedRanges = ProtectedRanges(unknown)
        return copy
    }
}
