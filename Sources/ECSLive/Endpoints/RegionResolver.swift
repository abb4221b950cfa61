/// The region to call, and what chose it.
public struct ResolvedRegion: Sendable, Hashable {
    /// The region name.
    public var name: String
    /// `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION` or `profile NAME`.
    public var source: String
}

/// Chooses the region as the AWS CLI does: `--region`, `AWS_REGION`,
/// `AWS_DEFAULT_REGION`, then the profile's `region`.
public enum RegionResolver {
    /// The region, or nil when none of the places sets one.
    public static func resolve(flag: String?, environment: [String: String], profile: ConfigProfile?) -> ResolvedRegion?
    {
        if let flag, !flag.isEmpty { return ResolvedRegion(name: flag, source: "--region") }
        for name in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let value = environment[name], !value.isEmpty { return ResolvedRegion(name: value, source: name) }
        }
        if let profile, let region = profile["region"] {
            return ResolvedRegion(name: region, source: "region of profile \(profile.name)")
        }
        return nil
    }

    /// The message when no region is set, naming every place looked at.
    public static func missingMessage(profileName: String, config: SharedConfig) -> String {
        "no region: set --region, AWS_REGION or AWS_DEFAULT_REGION, or region in profile \(profileName) of "
            + config.configPath
    }
}
