extension Linter {
    /// The API schema check's violations on one target as findings of
    /// ECS004–ECS010, at document pointers, without those on unknown values
    /// (placeholders) and those the target's shape makes moot.
    func schemaFindings(
        _ target: LintTarget, positioner: FindingPositioner, unknown: UnknownValues, document: Int
    ) -> [Finding] {
        return SchemaChecker().check(target.root, ignoredTopLevelKeys: target.ignoredTopLevelKeys).compactMap {
            violation in
            guard target.keeps(violation), !unknown.hides(violation.pointer, target: violation.target) else {
                return nil
            }
            let descriptor = Self.descriptor(for: violation.kind)
            return Finding(
                code: descriptor.code, slug: descriptor.slug, severity: descriptor.severity,
                stage: violation.stage, message: violation.message, fix: violation.fix ?? descriptor.fix,
                pointer: target.documentPointer(for: violation.pointer), target: violation.target, document: document,
                range: positioner.range(of: violation.pointer, target: violation.target), label: target.label
            )
        }
    }

    static func descriptor(for kind: SchemaViolation.Kind) -> RuleDescriptor {
        switch kind {
        case .unknownKey: UnknownKey.descriptor
        case .missingRequired: MissingRequiredKey.descriptor
        case .wrongType: WrongType.descriptor
        case .booleanForInteger: BooleanForInteger.descriptor
        case .nullValue: NullValue.descriptor
        case .invalidEnum: InvalidEnumValue.descriptor
        case .outOfRange: ValueOutOfRange.descriptor
        }
    }
}
