extension RuleRegistry {
    /// The rules on network modes and port mappings (ECS3xx), in code order.
    static let network: [any Rule.Type] = [
        HostPortMismatch.self
    ]
}
