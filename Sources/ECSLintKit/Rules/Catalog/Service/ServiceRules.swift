extension RuleRegistry {
    /// The rules on create-service, update-service and run-task requests and
    /// `AWS::ECS::Service` resources (ECS150–ECS179), in code order.
    static let service: [any ServiceRule.Type] = [
        ServiceLaunchTypeIncompatible.self,
        LaunchTypeWithCapacityProviders.self,
        AwsvpcNetworkConfigurationMissing.self,
        NetworkConfigurationNotAwsvpc.self,
        AssignPublicIPOutsideFargate.self,
        InvalidSubnetID.self,
        InvalidSecurityGroupID.self,
        TooManySubnetsOrSecurityGroups.self,
        LoadBalancerContainerNotFound.self,
        LoadBalancerContainerPortNotMapped.self,
        InvalidTargetGroupARN.self,
        LoadBalancerTarget.self,
        HealthCheckGracePeriodWithoutHealthChecks.self,
        DeploymentPercentOutOfRange.self,
        CircuitBreakerWithoutECSController.self,
        DaemonSchedulingConflict.self,
        PlatformVersionOutsideFargate.self,
        UnknownPlatformVersion.self,
        PlacementOnFargate.self,
        ServiceRegistryContainerMissing.self,
        ServiceConnectPortNameNotFound.self,
        ExecuteCommandWithoutTaskRole.self,
        RunTaskCountOutOfRange.self,
        ContainerOverrideNotFound.self,
        InvalidTaskDefinitionReference.self,
    ]
}
