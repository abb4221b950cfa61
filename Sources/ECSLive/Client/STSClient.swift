#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The two STS calls of the credential chain, in the query protocol
/// (`POST` of a form, XML answer): AssumeRole (signed with the source
/// credentials) and AssumeRoleWithWebIdentity (unsigned; the token is the proof).
struct STSClient {
    let endpoint: ServiceEndpoint
    let context: CredentialContext

    /// The endpoint for the context: `AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL`,
    /// the profile's settings, or `https://sts.<region>.<suffix>`.
    init(context: CredentialContext) throws(CredentialError) {
        do {
            endpoint = try EndpointResolver.resolve(
                .sts, region: context.region, endpointURLFlag: nil, environment: context.environment,
                profile: context.profile, config: context.config)
        } catch {
            throw CredentialError("STS endpoint: \(error)")
        }
        self.context = context
    }

    func assumeRole(
        roleARN: String, sessionName: String, externalID: String?, duration: String?, source: AWSCredentials,
        label: String
    ) throws(CredentialError) -> AWSCredentials {
        var parameters = [("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleARN)]
        parameters.append(("RoleSessionName", sessionName))
        if let externalID { parameters.append(("ExternalId", externalID)) }
        if let duration { parameters.append(("DurationSeconds", duration)) }
        return try call("AssumeRole", parameters, signWith: source, label: label)
    }

    func assumeRoleWithWebIdentity(
        roleARN: String, sessionName: String, token: String, duration: String?, label: String
    )
        throws(CredentialError) -> AWSCredentials
    {
        var parameters = [("Action", "AssumeRoleWithWebIdentity"), ("Version", "2011-06-15"), ("RoleArn", roleARN)]
        parameters.append(("RoleSessionName", sessionName))
        parameters.append(("WebIdentityToken", token))
        if let duration { parameters.append(("DurationSeconds", duration)) }
        return try call("AssumeRoleWithWebIdentity", parameters, signWith: nil, label: label)
    }

    private func call(
        _ action: String, _ parameters: [(String, String)], signWith credentials: AWSCredentials?, label: String
    )
        throws(CredentialError) -> AWSCredentials
    {
        let body = parameters.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&")
        let retry = RetryPolicy.standard(maxAttemptsSetting: context.variable("AWS_MAX_ATTEMPTS"))
        var attempt = 0
        while true {
            attempt += 1
            var request = HTTPRequest(
                method: "POST", url: endpoint.url,
                headers: [HTTPHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
                body: Array(body.utf8))
            if let credentials {
                SigV4Signer(service: "sts", region: endpoint.signingRegion)
                    .sign(&request, credentials: credentials, at: context.clock())
            }
            context.log("credentials: STS \(action) at \(endpoint.url.absoluteString) (\(endpoint.source))")
            let response: HTTPResponse
            do {
                response = try context.transport.send(request, timeouts: .service)
            } catch {
                guard attempt < retry.maxAttempts else { throw CredentialError("\(label): STS \(action): \(error)") }
                retry.sleep(retry.delay(afterAttempt: attempt))
                continue
            }
            if response.status == 200 { return try Self.credentials(from: response, action: action, label: label) }
            let error = AWSServiceError(response: response)
            if error.isRetryable && attempt < retry.maxAttempts {
                retry.sleep(retry.delay(afterAttempt: attempt))
                continue
            }
            var message = "\(label): STS \(action) failed: \(error.code): \(error.message)"
            let role = parameters.first { $0.0 == "RoleArn" }?.1
            if let hint = AWSFailure.stsHint(for: error, action: action, roleARN: role) { message += "\n" + hint }
            throw CredentialError(message)
        }
    }

    private static func credentials(from response: HTTPResponse, action: String, label: String) throws(CredentialError)
        -> AWSCredentials
    {
        let xml = response.text
        guard let key = XMLText.first("AccessKeyId", in: xml), let secret = XMLText.first("SecretAccessKey", in: xml)
        else {
            throw CredentialError("\(label): STS \(action) answered without credentials")
        }
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: XMLText.first("SessionToken", in: xml),
            expiration: XMLText.first("Expiration", in: xml).flatMap(AWSTimestamp.parse), source: label)
    }

    /// `application/x-www-form-urlencoded` as botocore writes it (unreserved characters kept).
    static func formEncode(_ text: String) -> String {
        SigV4Canonical.percentEncode(text, keeping: "~")
    }

    /// A session name: `ecslint-<seconds since 1970>`.
    static func defaultSessionName(_ date: Date) -> String {
        "ecslint-\(Int(date.timeIntervalSince1970))"
    }
}
