extension RuleRegistry {
    /// The rules on launch types and Fargate: CPU/memory sizes and unsupported parameters (ECS2xx), in code order.
    static let fargate: [any Rule.Type] = [
        FargateRequiresAwsvpc.self,
        FargateTaskSizeMissing.self,
        FargateCPUMemoryCombination.self,
        FargateWindowsTaskSize.self,
        Fargate32VCPU.self,
        FargateUnsupportedParameter.self,
        FargatePidModeHost.self,
        FargatePlacementConstraints.self,
        FargateLogDriver.self,
        FargateExecutionRoleForECR.self,
        FargateExecutionRoleForAwslogs.self,
        FargateAwslogsStreamPrefix.self,
        FargateContainerTimeout.self,
        FargateFirelensS3Config.self,
        WindowsRequiresX86.self,
        FargateWindowsOSFamily.self,
        FargateWindowsUnsupportedFeature.self,
        ExternalUnsupportedFeature.self,
        ManagedInstancesBridgeMode.self,
        LaunchTypeNotDeclared.self,
    ]
}
