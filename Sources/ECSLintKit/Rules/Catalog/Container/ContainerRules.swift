extension RuleRegistry {
    /// The rules on container resources and runtime settings (ECS4xx), in code order.
    static let container: [any Rule.Type] = []
}
