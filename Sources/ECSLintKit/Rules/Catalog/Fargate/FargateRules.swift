extension RuleRegistry {
    /// The rules on launch types and Fargate: CPU/memory sizes and unsupported parameters (ECS2xx), in code order.
    static let fargate: [any Rule.Type] = []
}
