extension RuleRegistry {
    /// The rules on essential containers, dependsOn, links, volumesFrom, health checks (ECS5xx), in code order.
    static let dependencies: [any Rule.Type] = []
}
