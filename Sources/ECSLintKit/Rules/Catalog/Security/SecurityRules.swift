extension RuleRegistry {
    /// The rules on IAM roles, secrets and environment (ECS6xx), in code order.
    static let security: [any Rule.Type] = []
}
