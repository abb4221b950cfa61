import ArgumentParser
import ECSLintKit
import ECSLive

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Region, endpoint and credentials for `ecslint register`, each with what
/// chose it; failures are printed and turned into exit statuses.
struct RegisterSetup {
    let region: ResolvedRegion
    let endpoint: ServiceEndpoint
    let context: CredentialContext
    /// The certificate authorities to trust: `AWS_CA_BUNDLE`, else the profile's `ca_bundle`.
    let caBundle: String?

    /// Resolves region and endpoint; an unusable endpoint setting is a usage error, no region an AWS one.
    init(
        region flag: String?, profile: String?, endpointURL: String?, console: Console,
        log: @escaping @Sendable (String) -> Void
    ) throws {
        let environment = console.environment.all
        var context = CredentialContext(environment: environment, profileFlag: profile, log: log)
        let profileValues = context.profile
        if context.profileIsExplicit && profileValues == nil {
            console.printError(
                "ecslint: profile \(context.profileName) is not in \(context.config.configPath) or "
                    + context.config.credentialsPath)
            throw RegisterExit.aws
        }
        guard let region = RegionResolver.resolve(flag: flag, environment: environment, profile: profileValues) else {
            console.printError(
                "ecslint: " + RegionResolver.missingMessage(profileName: context.profileName, config: context.config))
            throw RegisterExit.aws
        }
        context.region = region.name
        caBundle = try Self.caBundle(context: context, console: console, log: log)
        context.transport = CurlTransport(caBundle: caBundle)
        do {
            endpoint = try EndpointResolver.resolve(
                .ecs, region: region.name, endpointURLFlag: endpointURL, environment: environment,
                profile: profileValues, config: context.config)
        } catch {
            console.printError("ecslint: \(error)")
            throw ExitStatus.usage
        }
        self.region = region
        self.context = context
        log(
            "region \(region.name) (from \(region.source)); endpoint \(endpoint.url.absoluteString) (from \(endpoint.source))"
        )
    }

    /// `AWS_CA_BUNDLE` or the profile's `ca_bundle` (`~/` expanded), which must
    /// be a readable file; an unreadable one is a usage error, as the AWS CLI
    /// refuses it too.
    private static func caBundle(context: CredentialContext, console: Console, log: (String) -> Void) throws
        -> String?
    {
        let source: String
        var path: String
        if let variable = context.variable("AWS_CA_BUNDLE") {
            (source, path) = ("AWS_CA_BUNDLE", variable)
        } else if let value = context.profile?["ca_bundle"], !value.isEmpty {
            (source, path) = ("ca_bundle of profile \(context.profileName)", value)
        } else {
            return nil
        }
        if path.hasPrefix("~/"), let home = context.variable("HOME") { path = home + path.dropFirst(1) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            console.printError(
                "ecslint: the CA bundle \(path) (from \(source)) cannot be read; give a PEM file of certificates")
            throw ExitStatus.usage
        }
        log("TLS: trusting the certificate authorities in \(path) (from \(source))")
        return path
    }

    /// The credentials, or exit status 3 with the list of what was tried.
    func credentials(console: Console) throws -> AWSCredentials {
        do {
            return try CredentialChain(context: context).resolve()
        } catch {
            console.printError("ecslint: \(error)")
            throw RegisterExit.aws
        }
    }

    /// An ECS client for these settings.
    func client(credentials: AWSCredentials, log: @escaping @Sendable (String) -> Void) -> ECSClient {
        let attempts = context.variable("AWS_MAX_ATTEMPTS") ?? context.profile?["max_attempts"]
        return ECSClient(
            client: AWSJSONClient(
                endpoint: endpoint, signingName: "ecs", targetPrefix: ECSClient.targetPrefix, credentials: credentials,
                transport: CurlTransport(caBundle: caBundle), retry: .standard(maxAttemptsSetting: attempts),
                userAgent: "ecslint/\(ECSLintVersion.current)", log: log
            ))
    }
}

/// The exit status `register` adds to the documented ones.
enum RegisterExit {
    /// An AWS or network failure: no region or credentials, an error answer, no answer.
    static let aws = ExitCode(3)
}
