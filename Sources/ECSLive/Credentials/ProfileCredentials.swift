/// The credentials a profile of the shared files gives, in botocore's order
/// for one profile: an assumed role (`role_arn` with `source_profile` or
/// `credential_source`), web identity, keys in the credentials file,
/// `credential_process`, keys in the config file.
struct ProfileCredentials {
    let context: CredentialContext

    /// Static keys of a profile section, or nil.
    static func staticKeys(_ values: [String: String]?, source: String) -> AWSCredentials? {
        guard let values, let key = values["aws_access_key_id"]?.trimmingSpaces(), !key.isEmpty,
            let secret = values["aws_secret_access_key"]?.trimmingSpaces(), !secret.isEmpty
        else { return nil }
        let token = (values["aws_session_token"] ?? values["aws_security_token"])?.trimmingSpaces()
        return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: token, source: source)
    }

    /// Assume-role step: only when the profile has `role_arn` with a source.
    func assumedRole(_ profile: ConfigProfile) throws(CredentialError) -> ProviderOutcome {
        guard profile["role_arn"] != nil, profile["source_profile"] != nil || profile["credential_source"] != nil else {
            return .notConfigured("profile \(profile.name): no role_arn with source_profile or credential_source")
        }
        return .found(try assume(profile, visited: []))
    }

    /// The credentials of profile `name` used as a `source_profile`.
    func sourceCredentials(_ name: String, visited: [String]) throws(CredentialError) -> AWSCredentials {
        guard let profile = context.config.profile(named: name) else {
            throw CredentialError(
                "source_profile \(name) is not in \(context.config.configPath) or \(context.config.credentialsPath)")
        }
        let hasRole = profile["role_arn"] != nil
        let selfSourced = profile["source_profile"] == name
        if hasRole && !selfSourced && (profile["source_profile"] != nil || profile["credential_source"] != nil) {
            return try assume(profile, visited: visited)
        }
        if hasRole, profile["web_identity_token_file"] != nil {
            return try WebIdentityCredentials.assume(profile: profile, context: context)
        }
        if let keys = Self.staticKeys(profile.values, source: "profile \(name)") {
            return hasRole && selfSourced ? try assume(profile, visited: visited, sourceKeys: keys) : keys
        }
        if let command = profile["credential_process"] {
            return try CredentialProcess.credentials(command: command, profile: name, context: context)
        }
        throw CredentialError("source_profile \(name) has no credentials (keys, credential_process or role)")
    }

    private func assume(_ profile: ConfigProfile, visited: [String], sourceKeys: AWSCredentials? = nil)
        throws(CredentialError) -> AWSCredentials
    {
        guard !visited.contains(profile.name) else {
            throw CredentialError("role profiles form a cycle: \((visited + [profile.name]).joined(separator: " → "))")
        }
        guard let roleARN = profile["role_arn"] else {
            throw CredentialError("profile \(profile.name) has no role_arn")
        }
        if profile["mfa_serial"] != nil {
            throw CredentialError(
                "profile \(profile.name) needs an MFA code (mfa_serial), which ecslint cannot ask for; export "
                    + "temporary credentials first (aws configure export-credentials --profile \(profile.name) --format env)"
            )
        }
        let source: AWSCredentials
        if let sourceKeys {
            source = sourceKeys
        } else if let sourceProfile = profile["source_profile"] {
            if sourceProfile == profile.name,
                let keys = Self.staticKeys(profile.values, source: "profile \(profile.name)")
            {
                source = keys
            } else {
                source = try sourceCredentials(sourceProfile, visited: visited + [profile.name])
            }
        } else {
            source = try credentialSource(profile["credential_source"] ?? "", profile: profile.name)
        }
        let label = "role \(roleARN) assumed by profile \(profile.name) (STS AssumeRole)"
        return try STSClient(context: context).assumeRole(
            roleARN: roleARN,
            sessionName: profile["role_session_name"] ?? STSClient.defaultSessionName(context.clock()),
            externalID: profile["external_id"], duration: profile["duration_seconds"], source: source, label: label)
    }

    private func credentialSource(_ name: String, profile: String) throws(CredentialError) -> AWSCredentials {
        let outcome: ProviderOutcome
        switch name {
        case "Environment": outcome = try EnvironmentCredentials.resolve(context, ignoringProfileFlag: true)
        case "EcsContainer": outcome = try ContainerCredentials.resolve(context)
        case "Ec2InstanceMetadata": outcome = try InstanceMetadataCredentials.resolve(context)
        default:
            throw CredentialError(
                "profile \(profile): credential_source \(name) is not Environment, EcsContainer or Ec2InstanceMetadata")
        }
        switch outcome {
        case .found(let credentials): return credentials
        case .notConfigured(let reason):
            throw CredentialError("profile \(profile): credential_source \(name): \(reason)")
        }
    }
}

/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
enum EnvironmentCredentials {
    static func resolve(_ context: CredentialContext, ignoringProfileFlag: Bool = false) throws(CredentialError)
        -> ProviderOutcome
    {
        if context.profileFlag != nil && !ignoringProfileFlag {
            return .notConfigured("environment variables: not used because --profile was given (as in the AWS CLI)")
        }
        let key = context.variable("AWS_ACCESS_KEY_ID")
        let secret = context.variable("AWS_SECRET_ACCESS_KEY")
        switch (key, secret) {
        case (let key?, let secret?):
            let token = context.variable("AWS_SESSION_TOKEN") ?? context.variable("AWS_SECURITY_TOKEN")
            return .found(
                AWSCredentials(
                    accessKeyID: key, secretAccessKey: secret, sessionToken: token, source: "environment variables"))
        case (nil, nil):
            return .notConfigured("environment variables: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY not set")
        case (nil, _):
            throw CredentialError("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not")
        case (_, nil):
            throw CredentialError("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
        }
    }
}

/// AssumeRoleWithWebIdentity with a token file: the profile's `role_arn` and
/// `web_identity_token_file`, or `AWS_ROLE_ARN` and `AWS_WEB_IDENTITY_TOKEN_FILE`
/// (with `AWS_ROLE_SESSION_NAME`), as EKS IRSA and CI OIDC set them.
enum WebIdentityCredentials {
    static func resolve(_ context: CredentialContext) throws(CredentialError) -> ProviderOutcome {
        if let profile = context.profile, profile["role_arn"] != nil, profile["web_identity_token_file"] != nil {
            return .found(try assume(profile: profile, context: context))
        }
        guard let file = context.variable("AWS_WEB_IDENTITY_TOKEN_FILE") else {
            return .notConfigured("web identity: AWS_WEB_IDENTITY_TOKEN_FILE not set")
        }
        guard let role = context.variable("AWS_ROLE_ARN") else {
            throw CredentialError("web identity: AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not")
        }
        return .found(
            try assume(
                role: role, tokenFile: file, sessionName: context.variable("AWS_ROLE_SESSION_NAME"), duration: nil,
                label: "web identity (AWS_WEB_IDENTITY_TOKEN_FILE, role \(role))", context: context))
    }

    static func assume(profile: ConfigProfile, context: CredentialContext) throws(CredentialError) -> AWSCredentials {
        let role = profile["role_arn"] ?? ""
        return try assume(
            role: role, tokenFile: profile["web_identity_token_file"] ?? "", sessionName: profile["role_session_name"],
            duration: profile["duration_seconds"],
            label: "web identity of profile \(profile.name) (role \(role))", context: context)
    }

    private static func assume(
        role: String, tokenFile: String, sessionName: String?, duration: String?, label: String,
        context: CredentialContext
    ) throws(CredentialError) -> AWSCredentials {
        guard let data = LocalFile.contents(atPath: tokenFile) else {
            throw CredentialError("\(label): cannot read the token file \(tokenFile)")
        }
        let token = String(decoding: data, as: UTF8.self).trimmingWhitespace()
        guard !token.isEmpty else { throw CredentialError("\(label): the token file \(tokenFile) is empty") }
        return try STSClient(context: context).assumeRoleWithWebIdentity(
            roleARN: role, sessionName: sessionName ?? STSClient.defaultSessionName(context.clock()), token: token,
            duration: duration, label: label)
    }
}
