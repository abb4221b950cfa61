#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Container credentials, as ECS, EKS Pod Identity and CodeBuild provide them:
/// `GET` of `http://169.254.170.2` + `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`,
/// or of `AWS_CONTAINER_CREDENTIALS_FULL_URI` (https, or http to a loopback
/// or the ECS/EKS link-local address), with `Authorization` from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` or `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
enum ContainerCredentials {
    static let allowedHTTPHosts: Set<String> = [
        "169.254.170.2", "169.254.170.23", "fd00:ec2::23", "[fd00:ec2::23]", "localhost",
    ]

    static func resolve(_ context: CredentialContext) throws(CredentialError) -> ProviderOutcome {
        let url: URL
        if let relative = context.variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            let path = relative.hasPrefix("/") ? relative : "/" + relative
            guard let built = URL(string: "http://\(context.containerHost)\(path)") else {
                throw CredentialError("container credentials: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is not a path")
            }
            url = built
        } else if let full = context.variable("AWS_CONTAINER_CREDENTIALS_FULL_URI") {
            guard let parsed = URL(string: full), let scheme = parsed.scheme?.lowercased(), let host = parsed.host
            else {
                throw CredentialError("container credentials: AWS_CONTAINER_CREDENTIALS_FULL_URI is not a URL")
            }
            guard scheme == "https" || (scheme == "http" && isAllowedHTTPHost(host)) else {
                throw CredentialError(
                    "container credentials: AWS_CONTAINER_CREDENTIALS_FULL_URI must use https, or http to a loopback "
                        + "address or 169.254.170.2 / 169.254.170.23 (got host \(host))")
            }
            url = parsed
        } else {
            return .notConfigured(
                "container credentials: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI not set"
            )
        }
        var request = HTTPRequest(method: "GET", url: url, headers: [HTTPHeader("Accept", "application/json")])
        if let token = try authorizationToken(context) { request.setHeader("Authorization", token) }
        let label = "container credentials (\(url.host ?? ""))"
        context.log("credentials: GET \(url.absoluteString)")
        var lastProblem = ""
        for _ in 0..<3 {
            do {
                let response = try context.transport.send(request, timeouts: Timeouts(connect: 2, read: 2))
                guard response.status == 200 else {
                    throw CredentialError("\(label): HTTP \(response.status) \(response.text.prefix(200))")
                }
                guard let credentials = CredentialJSON.parse(response.body, source: label) else {
                    throw CredentialError("\(label): the answer has no AccessKeyId and SecretAccessKey")
                }
                return .found(credentials)
            } catch {
                lastProblem = "\(error)"
                if response4xx(lastProblem) { break }
            }
        }
        throw CredentialError(lastProblem)
    }

    private static func response4xx(_ text: String) -> Bool {
        text.contains(": HTTP 4")
    }

    private static func authorizationToken(_ context: CredentialContext) throws(CredentialError) -> String? {
        var token: String?
        if let file = context.variable("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            guard let data = LocalFile.contents(atPath: file) else {
                throw CredentialError(
                    "container credentials: cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(file)")
            }
            token = String(decoding: data, as: UTF8.self).trimmingWhitespace()
        } else {
            token = context.variable("AWS_CONTAINER_AUTHORIZATION_TOKEN")
        }
        if let token, token.contains("\r") || token.contains("\n") {
            throw CredentialError("container credentials: the authorization token contains a line break")
        }
        return token
    }

    static func isAllowedHTTPHost(_ host: String) -> Bool {
        let lower = host.lowercased()
        if allowedHTTPHosts.contains(lower) || lower == "::1" || lower == "[::1]" { return true }
        let parts = lower.split(separator: ".")
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
