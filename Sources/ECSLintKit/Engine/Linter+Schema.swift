extension Linter {
    /// The API schema check's violations on one target as findings of
    /// ECS004–ECS010, at document pointers, without those on unknown values
    /// (placeholders) and those the target's shape makes moot.
    func schemaFindings(
        _ target: LintTarget, positioner: FindingPositioner, unknown: UnknownValues, document: Int,
        editor: FixEditBuilder
    ) -> [Finding] {
        var findings: [Finding] = []
        var nulls: [(finding: Finding, place: String)] = []
        var nullPointers: [JSONPointer] = []
        let rootName = target.service.map { "the \($0.command) request" } ?? "the task definition"
        let violations = SchemaChecker().check(
            target.root, shape: target.schemaRoot, rootName: rootName, ignoredTopLevelKeys: target.ignoredTopLevelKeys)
        for violation in violations
        where target.keeps(violation)
            && (violation.isQuotedPlaceholder && !unknown.isIntrinsic(at: violation.pointer)
                || !unknown.hides(violation.pointer, target: violation.target))
        {
            let finding = Finding(
                violation.kind.template,
                violation: Violation(
                    violation.message, fix: violation.fix, at: violation.pointer, target: violation.target,
                    stage: target.service != nil && violation.stage == .register ? .deploy : violation.stage),
                pointer: target.documentPointer(for: violation.pointer), document: document,
                range: positioner.range(of: violation.pointer, target: violation.target), label: target.label,
                autofix: target.fix(violation.correction, editor: editor))
            if violation.kind == .nullValue {
                nulls.append((finding, SchemaText.place(violation.pointer)))
                nullPointers.append(violation.pointer)
            } else {
                findings.append(finding)
            }
        }
        nulls.sort { $0.finding.range.start.offset < $1.finding.range.start.offset }
        if var finding = NullValue.finding(for: nulls, consumer: options.consumer) {
            finding.autofix = target.fix(NullValue.removal(of: nullPointers), editor: editor)
            findings.append(finding)
        }
        return findings
    }
}
