#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Calls an AWS JSON 1.1 service: `POST` to the endpoint with
/// `Content-Type: application/x-amz-json-1.1` and
/// `X-Amz-Target: <prefix>.<Operation>`, SigV4-signed, retried with backoff
/// when the answer says to.
public struct AWSJSONClient: Sendable {
    /// Where requests go.
    public var endpoint: ServiceEndpoint
    /// The SigV4 signing name (`ecs`).
    public var signingName: String
    /// The `X-Amz-Target` prefix (`AmazonEC2ContainerServiceV20141113`).
    public var targetPrefix: String
    /// The credentials to sign with.
    public var credentials: AWSCredentials
    /// Sends requests.
    public var transport: any HTTPTransport
    /// When to retry.
    public var retry: RetryPolicy
    /// Connect and read timeouts.
    public var timeouts: Timeouts
    /// The current time, for signing.
    public var clock: @Sendable () -> Date
    /// The `User-Agent` header.
    public var userAgent: String
    /// Receives progress lines for `--verbose`; never given a secret.
    public var log: @Sendable (String) -> Void

    /// Creates a client.
    public init(
        endpoint: ServiceEndpoint, signingName: String, targetPrefix: String, credentials: AWSCredentials,
        transport: any HTTPTransport = CurlTransport(), retry: RetryPolicy = RetryPolicy(),
        timeouts: Timeouts = .service, clock: @escaping @Sendable () -> Date = { Date() },
        userAgent: String = "ecslint", log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.endpoint = endpoint
        self.signingName = signingName
        self.targetPrefix = targetPrefix
        self.credentials = credentials
        self.transport = transport
        self.retry = retry
        self.timeouts = timeouts
        self.clock = clock
        self.userAgent = userAgent
        self.log = log
    }

    /// The request for `operation`, signed at `date`, with `User-Agent` added
    /// after signing (it is never signed).
    public func signedRequest(_ operation: String, body: String, at date: Date) -> (HTTPRequest, SigV4Signature) {
        var request = HTTPRequest(
            method: "POST", url: endpoint.url,
            headers: [
                HTTPHeader("Content-Type", "application/x-amz-json-1.1"),
                HTTPHeader("X-Amz-Target", "\(targetPrefix).\(operation)"),
            ],
            body: Array(body.utf8))
        let signature = SigV4Signer(service: signingName, region: endpoint.signingRegion)
            .sign(&request, credentials: credentials, at: date)
        request.headers.append(HTTPHeader("User-Agent", userAgent))
        return (request, signature)
    }

    /// Calls `operation` with a JSON body; returns the 2xx answer or throws.
    public func call(_ operation: String, body: String) throws(AWSFailure) -> HTTPResponse {
        var attempt = 0
        while true {
            attempt += 1
            let (request, signature) = signedRequest(operation, body: body, at: clock())
            log(
                "\(operation): POST \(endpoint.url.absoluteString) (attempt \(attempt)/\(retry.maxAttempts), "
                    + "scope \(signature.credentialScope), signed headers \(signature.signedHeaders))")
            let started = Date()
            let outcome: Result<HTTPResponse, TransportError>
            do {
                outcome = .success(try transport.send(request, timeouts: timeouts))
            } catch {
                outcome = .failure(error)
            }
            let failure: AWSFailure
            switch outcome {
            case .success(let response):
                let elapsed = DecimalText.twoDecimals(Date().timeIntervalSince(started))
                log("\(operation): HTTP \(response.status) in \(elapsed) s")
                if (200..<300).contains(response.status) { return response }
                let error = AWSServiceError(response: response)
                failure = .service(error, operation: operation, attempts: attempt)
                guard error.isRetryable else { throw failure }
            case .failure(let error):
                log("\(operation): \(error)")
                failure = .transport(error, operation: operation, attempts: attempt)
            }
            guard attempt < retry.maxAttempts else { throw failure }
            let wait = retry.delay(afterAttempt: attempt)
            log("\(operation): retrying in \(DecimalText.twoDecimals(wait)) s (\(Self.reason(failure)))")
            retry.sleep(wait)
        }
    }

    private static func reason(_ failure: AWSFailure) -> String {
        switch failure {
        case .service(let error, _, _): "\(error.code): \(error.message)"
        case .transport(let error, _, _): error.description
        case .invalidResponse(_, let reason): reason
        }
    }
}
