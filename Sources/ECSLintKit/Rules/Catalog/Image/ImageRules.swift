extension RuleRegistry {
    /// The rules on image references (ECS7xx), in code order.
    static let image: [any Rule.Type] = []
}
