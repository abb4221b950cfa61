extension RuleRegistry {
    /// The rules on log configuration and FireLens (ECS8xx), in code order.
    static let logging: [any Rule.Type] = [
        AwslogsMissingRequiredOptions.self,
        AwslogsStreamPrefixMissing.self,
        InvalidAwslogsOptionValue.self,
        AwslogsDatetimeWithMultiline.self,
        UnknownAwslogsOption.self,
        AwslogsCreateGroupPermission.self,
        SplunkMissingOptions.self,
        LogDriverNeedsAgentConfig.self,
        MissingLogConfiguration.self,
        FirelensRouterUnused.self,
        FirelensRouterMissing.self,
        MultipleFirelensRouters.self,
        FirelensRouterLogsToItself.self,
        InvalidFirelensOptions.self,
        AwsfirelensWithoutOptions.self,
        FirelensOnWindows.self,
    ]
}
