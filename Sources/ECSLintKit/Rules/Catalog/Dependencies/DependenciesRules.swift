extension RuleRegistry {
    /// The rules on essential containers, dependsOn, links, volumesFrom, health checks (ECS5xx), in code order.
    static let dependencies: [any Rule.Type] = [
        NoEssentialContainer.self,
        UnknownDependencyContainer.self,
        EssentialCompletionDependency.self,
        HealthyDependencyWithoutHealthCheck.self,
        DependencyCycle.self,
        UnknownVolumesFromContainer.self,
        UnknownLinkTarget.self,
        InvalidLinkFormat.self,
        LinkCycle.self,
        UnknownProxyContainer.self,
        HealthCheckCommandPrefix.self,
        HealthCheckCommandForm.self,
        HealthCheckTimingOutOfRange.self,
        HealthCheckTimeoutNotBelowInterval.self,
        UnsplitCommandString.self,
        MissingHealthCheck.self,
    ]
}
