extension Linter {
    /// The API schema check's violations as findings of ECS004–ECS010.
    func schemaFindings(_ root: Node, positioner: FindingPositioner, document: Int) -> [Finding] {
        SchemaChecker().check(root).map { violation in
            let descriptor = Self.descriptor(for: violation.kind)
            return Finding(
                code: descriptor.code, slug: descriptor.slug, severity: descriptor.severity,
                stage: violation.stage, message: violation.message, fix: violation.fix ?? descriptor.fix,
                pointer: violation.pointer, target: violation.target, document: document,
                range: positioner.range(of: violation.pointer, target: violation.target)
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
