extension ShapeNotice {
    /// The finding of the rule that reports this notice, in document
    /// `document`: the one place that ties what an input shape says to its
    /// rule (ECS004, ECS012, ECS013, ECS015, ECS016), so `Input/` names none.
    func finding(document: Int) -> Finding? {
        switch self {
        case .unknownKey(let violation, let keyRange, let label):
            Finding(
                violation.kind.template,
                violation: Violation(
                    violation.message, fix: violation.fix, at: violation.pointer, target: violation.target,
                    stage: violation.stage),
                document: document, range: keyRange, label: label)
        case .describeWrapper(let keyRange, let hasTags):
            DescribeOutputWrapper.finding(keyRange: keyRange, hasTags: hasTags, document: document)
        case .readOnlyFields(let fields, let consumer):
            ReadOnlyDescribeFields.finding(
                for: fields.map { (pointer: $0.pointer, keyRange: $0.keyRange) }, document: document,
                consumer: consumer)
        case .containerList(let range, let count, let networkModeKnown):
            ContainerDefinitionsArray.finding(
                range: range, count: count,
                skipped: RuleRegistry.skippedOnContainerList(networkModeKnown: networkModeKnown),
                document: document)
        case .templateWithoutTaskDefinition(let keyRange, let resourceCount):
            CloudFormationWithoutTaskDefinition.finding(
                keyRange: keyRange, resourceCount: resourceCount, document: document)
        }
    }
}

extension RuleRegistry {
    /// The rules skipped on a container list, for its info finding: those
    /// whose descriptors declare a need the list cannot meet.
    static func skippedOnContainerList(networkModeKnown: Bool) -> [String] {
        rules.map { $0.descriptor }
            .filter { !ContainerFragment.runs(needing: $0.needs, networkModeKnown: networkModeKnown) }
            .map(\.code)
    }
}
