/// Finds credentials in the order of botocore (the AWS CLI):
///
/// 1. environment variables `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` /
///    `AWS_SESSION_TOKEN` (skipped when `--profile` is given);
/// 2. the profile (`--profile`, `AWS_PROFILE`, or `default`) with `role_arn`
///    and `source_profile` or `credential_source`: STS AssumeRole;
/// 3. web identity: the profile's `role_arn` + `web_identity_token_file`, or
///    `AWS_ROLE_ARN` + `AWS_WEB_IDENTITY_TOKEN_FILE`: STS AssumeRoleWithWebIdentity;
/// 4. the profile's keys in the credentials file, its `credential_process`,
///    its keys in the config file;
/// 5. container credentials (`AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` / `_FULL_URI`);
/// 6. EC2 instance metadata (IMDSv2).
///
/// A source that is configured but fails stops the search with its error;
/// when nothing is found, the error lists every source and why it gave nothing.
public struct CredentialChain: Sendable {
    /// What the providers read.
    public var context: CredentialContext

    /// Creates a chain.
    public init(context: CredentialContext) {
        self.context = context
    }

    /// The first credentials found.
    public func resolve() throws(CredentialError) -> AWSCredentials {
        var tried: [String] = []
        func attempt(_ provider: () throws(CredentialError) -> ProviderOutcome) throws(CredentialError)
            -> AWSCredentials?
        {
            do {
                switch try provider() {
                case .found(let credentials):
                    context.log("credentials: using \(credentials.source)")
                    return credentials
                case .notConfigured(let reason):
                    tried.append(reason)
                    return nil
                }
            } catch {
                throw CredentialError(error.message, tried: tried)
            }
        }
        if let found = try attempt({ () throws(CredentialError) in try EnvironmentCredentials.resolve(context) }) {
            return found
        }
        let config = context.config
        let name = context.profileName
        let profile = context.profile
        if profile == nil && context.profileIsExplicit {
            throw CredentialError(
                "profile \(name) is not in \(config.configPath) or \(config.credentialsPath)", tried: tried)
        }
        let profiles = ProfileCredentials(context: context)
        if let profile {
            if let found = try attempt({ () throws(CredentialError) in try profiles.assumedRole(profile) }) {
                return found
            }
        } else {
            tried.append("profile \(name): not in \(config.configPath) or \(config.credentialsPath)")
        }
        if let found = try attempt({ () throws(CredentialError) in try WebIdentityCredentials.resolve(context) }) {
            return found
        }
        if let profile {
            if profile["sso_session"] != nil || profile["sso_start_url"] != nil {
                throw CredentialError(
                    "profile \(name) uses IAM Identity Center (SSO), which ecslint does not read; run 'aws sso login "
                        + "--profile \(name)' and 'eval \"$(aws configure export-credentials --profile \(name) --format env)\"'",
                    tried: tried)
            }
            let fromCredentialsFile = config.credentialSections[name]
            if let keys = ProfileCredentials.staticKeys(
                fromCredentialsFile, source: "profile \(name) in \(config.credentialsPath)")
            {
                context.log("credentials: using \(keys.source)")
                return keys
            }
            if let command = profile["credential_process"] {
                do {
                    return try CredentialProcess.credentials(command: command, profile: name, context: context)
                } catch {
                    throw CredentialError(error.message, tried: tried)
                }
            }
            let configSection = config.configSections[name == "default" ? "default" : "profile \(name)"]
            if let keys = ProfileCredentials.staticKeys(
                configSection, source: "profile \(name) in \(config.configPath)")
            {
                context.log("credentials: using \(keys.source)")
                return keys
            }
            tried.append("profile \(name): no keys, credential_process or role")
        }
        if let found = try attempt({ () throws(CredentialError) in try ContainerCredentials.resolve(context) }) {
            return found
        }
        if let found = try attempt({ () throws(CredentialError) in try InstanceMetadataCredentials.resolve(context) }) {
            return found
        }
        throw CredentialError("no AWS credentials found", tried: tried)
    }
}
