#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The services the live mode calls.
public enum AWSService: String, Sendable, CaseIterable {
    /// Amazon ECS (JSON 1.1).
    case ecs
    /// AWS STS (query protocol), for assumed roles.
    case sts

    /// The suffix of the service-specific endpoint variable (`AWS_ENDPOINT_URL_ECS`).
    public var environmentSuffix: String { rawValue.uppercased() }
}

/// Where requests go and how they are signed.
public struct ServiceEndpoint: Sendable, Hashable {
    /// The URL requests are POSTed to.
    public var url: URL
    /// The region of the SigV4 credential scope.
    public var signingRegion: String
    /// What chose it, for `--verbose` (`--endpoint-url`, `AWS_ENDPOINT_URL_ECS`, `partition aws`).
    public var source: String

    /// Creates an endpoint.
    public init(url: URL, signingRegion: String, source: String) {
        self.url = url
        self.signingRegion = signingRegion
        self.source = source
    }
}

/// A configured endpoint that cannot be used.
public struct EndpointError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, naming the setting.
    public var description: String
}

/// Chooses the endpoint as the AWS SDKs do (the "service-specific endpoints"
/// feature): `--endpoint-url`; then, unless `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`
/// (or the profile's `ignore_configured_endpoint_urls`) is true,
/// `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the profile's
/// `services` section and its `endpoint_url`; otherwise the regional
/// endpoint `https://<service>.<region>.<partition DNS suffix>`, with
/// `-fips` and the dual-stack suffix when `AWS_USE_FIPS_ENDPOINT` /
/// `AWS_USE_DUALSTACK_ENDPOINT` (or the profile's settings) ask for them.
public enum EndpointResolver {
    /// Resolves the endpoint of `service`. STS without a region uses its global endpoint.
    public static func resolve(
        _ service: AWSService, region: String?, endpointURLFlag: String?, environment: [String: String],
        profile: ConfigProfile?, config: SharedConfig?
    ) throws(EndpointError) -> ServiceEndpoint {
        let signingRegion = region ?? "us-east-1"
        if let flag = endpointURLFlag {
            return ServiceEndpoint(
                url: try validated(flag, source: "--endpoint-url"), signingRegion: signingRegion,
                source: "--endpoint-url")
        }
        let ignore =
            environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true"
            || profile?.flag("ignore_configured_endpoint_urls") == true
        if !ignore {
            for name in ["AWS_ENDPOINT_URL_\(service.environmentSuffix)", "AWS_ENDPOINT_URL"] {
                if let value = environment[name], !value.isEmpty {
                    return ServiceEndpoint(
                        url: try validated(value, source: name), signingRegion: signingRegion, source: name)
                }
            }
            if let profile, let section = profile["services"],
                let value = config?.serviceSettings(section: section, service: service.rawValue)["endpoint_url"]
            {
                let source = "endpoint_url of \(service.rawValue) in [services \(section)] (profile \(profile.name))"
                return ServiceEndpoint(
                    url: try validated(value, source: source), signingRegion: signingRegion, source: source)
            }
            if let value = profile?["endpoint_url"], let name = profile?.name {
                let source = "endpoint_url of profile \(name)"
                return ServiceEndpoint(
                    url: try validated(value, source: source), signingRegion: signingRegion, source: source)
            }
        }
        guard let region else {
            guard let url = URL(string: "https://sts.amazonaws.com") else {
                throw EndpointError(description: "bad URL")
            }
            return ServiceEndpoint(url: url, signingRegion: "us-east-1", source: "the global STS endpoint (no region)")
        }
        let fips = setting("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", environment, profile)
        let dualStack = setting("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", environment, profile)
        return try regional(service, region: region, fips: fips && service == .ecs, dualStack: dualStack)
    }

    /// The regional endpoint of `service` in `region`.
    public static func regional(_ service: AWSService, region: String, fips: Bool = false, dualStack: Bool = false)
        throws(EndpointError) -> ServiceEndpoint
    {
        guard !region.isEmpty, region.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw EndpointError(description: "\"\(region)\" is not a region name")
        }
        let partition = AWSPartitions.partition(forRegion: region)
        let host =
            "\(service.rawValue)\(fips ? "-fips" : "").\(region).\(dualStack ? partition.dualStackDnsSuffix : partition.dnsSuffix)"
        guard let url = URL(string: "https://\(host)") else {
            throw EndpointError(description: "cannot build an endpoint for region \(region)")
        }
        return ServiceEndpoint(url: url, signingRegion: region, source: "region \(region), partition \(partition.id)")
    }

    private static func setting(
        _ variable: String, _ key: String, _ environment: [String: String], _ profile: ConfigProfile?
    )
        -> Bool
    {
        if let value = environment[variable], !value.isEmpty { return value.lowercased() == "true" }
        return profile?.flag(key) ?? false
    }

    /// `text` as an http(s) URL with a host, or an error naming `source`.
    static func validated(_ text: String, source: String) throws(EndpointError) -> URL {
        let trimmed = text.trimmingSpaces()
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else {
            throw EndpointError(description: "\(source): \"\(text)\" is not an http:// or https:// URL with a host")
        }
        return url
    }
}
