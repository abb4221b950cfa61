extension SchemaViolation.Kind {
    /// The rule that reports this kind of schema violation (ECS004–ECS010).
    ///
    /// The schema check (`Schema/`) knows no rules: it says what kind of
    /// mismatch it found, and the engine builds the finding from the
    /// template of the rule this names. The one place that ties a kind to
    /// its rule, beside `FindingRole` for the engine's other findings.
    var rule: any RuleDescribing.Type {
        switch self {
        case .unknownKey: UnknownKey.self
        case .missingRequired: MissingRequiredKey.self
        case .wrongType: WrongType.self
        case .booleanForInteger: BooleanForInteger.self
        case .nullValue: NullValue.self
        case .invalidEnum: InvalidEnumValue.self
        case .outOfRange: ValueOutOfRange.self
        }
    }

    /// What every finding of this kind copies from its rule.
    var template: FindingTemplate { FindingTemplate(rule.descriptor) }
}
