extension RuleRegistry {
    /// The rules on volumes and mount points (ECS9xx), in code order.
    static let storage: [any Rule.Type] = []
}
