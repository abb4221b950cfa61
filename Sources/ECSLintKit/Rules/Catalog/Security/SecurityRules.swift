extension RuleRegistry {
    /// The rules on IAM roles, secrets and environment (ECS6xx), in code order.
    static let security: [any Rule.Type] = [
        InvalidRoleARN.self,
        RoleARNWrongType.self,
        ExecutionRoleShortName.self,
        PlaceholderAccountID.self,
        MixedPartitions.self,
        SecretsWithoutExecutionRole.self,
        RepositoryCredentialsWithoutExecutionRole.self,
        EnvironmentFilesWithoutExecutionRole.self,
        InvalidSecretValueFrom.self,
        SecretsManagerNameInValueFrom.self,
        InvalidRepositoryCredentialsParameter.self,
        DuplicateEnvironmentVariable.self,
        EnvironmentVariableName.self,
        IncompleteEnvironmentEntry.self,
        InvalidEnvironmentFiles.self,
        PlaintextSecretInEnvironment.self,
    ]
}
