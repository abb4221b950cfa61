extension RuleRegistry {
    /// The rules on image references (ECS7xx), in code order.
    static let image: [any Rule.Type] = [
        ImageMissing.self,
        ImageTooLong.self,
        ImageInvalidCharacters.self,
        InvalidImageDigest.self,
        DigestOnlyImage.self,
        ImageRepositoryUppercase.self,
        InvalidImageReference.self,
        InvalidECRImageURI.self,
        ECRImageWithoutExecutionRole.self,
        CrossRegionECRImage.self,
        RepositoryCredentialsOnECRImage.self,
        PrivateRegistryWithoutCredentials.self,
        DockerHubImage.self,
        ImageLatestTag.self,
        ImageNotPinnedByDigest.self,
        ImageRegistryNotAllowed.self,
    ]
}
