extension RuleRegistry {
    /// The rules on task-level settings: family, container count, size, tags, storage, platform, placement, proxy (ECS1xx), in code order.
    static let task: [any Rule.Type] = []
}
