#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// EC2 instance profile credentials through IMDSv2: `PUT /latest/api/token`,
/// then the role name and its credentials under
/// `/latest/meta-data/iam/security-credentials/`, each with the token.
/// `AWS_EC2_METADATA_DISABLED=true` turns it off;
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT` (or the profile's
/// `ec2_metadata_service_endpoint`, or the `IPv6` endpoint mode) moves it.
/// When the token call is refused with 403/404/405 the calls are repeated
/// without a token (IMDSv1) unless `AWS_EC2_METADATA_V1_DISABLED=true`.
enum InstanceMetadataCredentials {
    static func endpoint(_ context: CredentialContext) -> String {
        if let value = context.variable("AWS_EC2_METADATA_SERVICE_ENDPOINT")
            ?? context.profile?["ec2_metadata_service_endpoint"]
        {
            return value.hasSuffix("/") ? String(value.dropLast()) : value
        }
        let mode =
            context.variable("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE")
            ?? context.profile?["ec2_metadata_service_endpoint_mode"]
        return mode?.lowercased() == "ipv6" ? "http://[fd00:ec2::254]" : "http://169.254.169.254"
    }

    static func resolve(_ context: CredentialContext) throws(CredentialError) -> ProviderOutcome {
        if context.variable("AWS_EC2_METADATA_DISABLED")?.lowercased() == "true" {
            return .notConfigured("instance metadata (IMDSv2): turned off by AWS_EC2_METADATA_DISABLED")
        }
        let base = endpoint(context)
        let seconds = context.variable("AWS_METADATA_SERVICE_TIMEOUT").flatMap(Double.init) ?? 1
        let attempts = max(1, context.variable("AWS_METADATA_SERVICE_NUM_ATTEMPTS").flatMap(Int.init) ?? 1)
        let fetcher = Fetcher(
            base: base, context: context, timeouts: Timeouts(connect: seconds, read: seconds), attempts: attempts)
        let label = "instance metadata (IMDSv2) at \(base)"
        context.log("credentials: asking \(label)")
        let token: String?
        switch fetcher.fetch("PUT", "/latest/api/token", token: nil) {
        case .success(let response) where response.status == 200:
            token = response.text
        case .success(let response) where [403, 404, 405].contains(response.status):
            if context.variable("AWS_EC2_METADATA_V1_DISABLED")?.lowercased() == "true" {
                return .notConfigured("\(label): token refused (HTTP \(response.status)) and IMDSv1 is turned off")
            }
            token = nil
        case .success(let response):
            return .notConfigured("\(label): token request answered HTTP \(response.status)")
        case .failure(let error):
            return .notConfigured("\(label): \(error)")
        }
        let rolePath = "/latest/meta-data/iam/security-credentials/"
        guard case .success(let roles) = fetcher.fetch("GET", rolePath, token: token), roles.status == 200,
            let role = roles.text.split(whereSeparator: \.isNewline).first.map(String.init), !role.isEmpty
        else {
            return .notConfigured("\(label): no IAM role attached to this instance")
        }
        guard case .success(let answer) = fetcher.fetch("GET", rolePath + role, token: token), answer.status == 200
        else {
            throw CredentialError("\(label): cannot read the credentials of role \(role)")
        }
        guard let credentials = CredentialJSON.parse(answer.body, source: "instance profile role \(role) (\(label))")
        else {
            throw CredentialError("\(label): the credentials of role \(role) have no AccessKeyId and SecretAccessKey")
        }
        return .found(credentials)
    }

    private struct Fetcher {
        let base: String
        let context: CredentialContext
        let timeouts: Timeouts
        let attempts: Int

        func fetch(_ method: String, _ path: String, token: String?) -> Result<HTTPResponse, TransportError> {
            guard let url = URL(string: base + path) else {
                return .failure(.failed(host: base, reason: "not a URL"))
            }
            var request = HTTPRequest(method: method, url: url)
            if method == "PUT" { request.setHeader("X-aws-ec2-metadata-token-ttl-seconds", "21600") }
            if let token { request.setHeader("X-aws-ec2-metadata-token", token) }
            var last: TransportError = .failed(host: base, reason: "no attempt")
            for _ in 0..<attempts {
                do {
                    return .success(try context.transport.send(request, timeouts: timeouts))
                } catch {
                    last = error
                }
            }
            return .failure(last)
        }
    }
}
