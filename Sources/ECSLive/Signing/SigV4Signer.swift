#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything a SigV4 signature was computed from, for tests and `--verbose`
/// (which prints only the non-secret parts).
public struct SigV4Signature: Sendable {
    /// The canonical request.
    public var canonicalRequest: String
    /// The string to sign.
    public var stringToSign: String
    /// The signed header names, `;`-separated.
    public var signedHeaders: String
    /// `date/region/service/aws4_request`.
    public var credentialScope: String
    /// The hex signature. Secret: never print it.
    public var signature: String
    /// The `Authorization` header value. Secret: never print it.
    public var authorization: String
}

/// AWS Signature Version 4 (`AWS4-HMAC-SHA256`) as botocore's `SigV4Auth`
/// computes it: `X-Amz-Date` and, with a session token,
/// `X-Amz-Security-Token` are set before signing; every header the request
/// carries is signed except the hop-by-hop ones and `User-Agent`, plus `Host`
/// taken from the URL when absent; the body's SHA-256 is the payload hash.
public struct SigV4Signer: Sendable {
    /// The signing name of the service (`ecs`, `sts`).
    public var service: String
    /// The region of the credential scope.
    public var region: String

    /// Creates a signer for a service in a region.
    public init(service: String, region: String) {
        self.service = service
        self.region = region
    }

    /// Signs `request` in place (adds `X-Amz-Date`, the token header and
    /// `Authorization`) and returns the intermediate values.
    @discardableResult
    public func sign(_ request: inout HTTPRequest, credentials: AWSCredentials, at date: Date) -> SigV4Signature {
        let timestamp = AWSTimestamp.amzDate(date)
        request.removeHeader("Authorization")
        request.setHeader("X-Amz-Date", timestamp)
        if let token = credentials.sessionToken {
            request.setHeader("X-Amz-Security-Token", token)
        }
        var values: [String: [String]] = [:]
        for header in request.headers {
            let name = header.name.lowercased()
            guard !SigV4Canonical.unsignedHeaders.contains(name) else { continue }
            values[name, default: []].append(SigV4Canonical.headerValue(header.value))
        }
        if values["host"] == nil { values["host"] = [SigV4Canonical.host(of: request.url)] }
        let names = values.keys.sorted()
        let signedHeaders = names.joined(separator: ";")
        let canonicalHeaders = names.map { "\($0):\(values[$0, default: []].joined(separator: ","))" }
        let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        let payloadHash = request.header("X-Amz-Content-SHA256") ?? Hex.sha256(request.body)
        let canonicalRequest = [
            request.method.uppercased(),
            SigV4Canonical.path(components?.percentEncodedPath ?? "/"),
            SigV4Canonical.query(components?.percentEncodedQuery),
            canonicalHeaders.joined(separator: "\n") + "\n",
            signedHeaders,
            payloadHash,
        ].joined(separator: "\n")
        let day = String(timestamp.prefix(8))
        let scope = "\(day)/\(region)/\(service)/aws4_request"
        let stringToSign = [
            "AWS4-HMAC-SHA256", timestamp, scope, Hex.sha256(Array(canonicalRequest.utf8)),
        ].joined(separator: "\n")
        var key = Hex.hmac(key: Array("AWS4\(credentials.secretAccessKey)".utf8), day)
        for part in [region, service, "aws4_request"] { key = Hex.hmac(key: key, part) }
        let signature = Hex.encode(Hex.hmac(key: key, stringToSign))
        let authorization =
            "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), "
            + "SignedHeaders=\(signedHeaders), Signature=\(signature)"
        request.setHeader("Authorization", authorization)
        return SigV4Signature(
            canonicalRequest: canonicalRequest, stringToSign: stringToSign, signedHeaders: signedHeaders,
            credentialScope: scope, signature: signature, authorization: authorization)
    }
}
