extension LintTarget {
    /// Sets what the input shape tells the rules: a container list is a
    /// fragment, and on Fargate its network mode is awsvpc.
    func adjust(_ context: inout RuleContext) {
        guard isContainerFragment else { return }
        context.isContainerFragment = true
        if context.launchTypes == [.fargate] { context.networkMode = .awsvpc }
    }

    /// Whether a rule that declares `needs` runs on this target.
    func runs(needing needs: Set<RuleNeed>, in context: RuleContext) -> Bool {
        guard isContainerFragment, !needs.isEmpty else { return true }
        return ContainerFragment.runs(needing: needs, networkModeKnown: context.launchTypes == [.fargate])
    }

    /// The info finding listing the template placeholders, if there are any,
    /// without the values another finding already reports (`reportedAs`: a
    /// quoted placeholder where a number belongs is an ECS006 error).
    func placeholderFindings(_ unknown: UnknownValues, document: Int, reportedAs: Set<JSONPointer> = []) -> [Finding] {
        let occurrences = unknown.placeholderOccurrences().map {
            (pointer: documentPointer(for: $0.pointer), range: $0.range, placeholders: $0.placeholders)
        }.filter { !reportedAs.contains($0.pointer) }
        return TemplatePlaceholders.finding(for: occurrences, document: document, label: label).map { [$0] } ?? []
    }

    /// Whether a document pointer lies inside this task definition.
    func encloses(_ pointer: JSONPointer) -> Bool {
        switch pointers {
        case .identity, .containerFragment:
            return true
        case .prefixed(let prefix, let rootMembers):
            if let first = pointer.tokens.first, rootMembers.contains(first) { return true }
            return pointer.tokens.starts(with: prefix.tokens)
        case .cloudFormation(let prefix, _):
            return pointer.tokens.starts(with: prefix.tokens)
        }
    }
}
