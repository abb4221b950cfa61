extension RuleRegistry {
    /// The rules on log configuration and FireLens (ECS8xx), in code order.
    static let logging: [any Rule.Type] = []
}
