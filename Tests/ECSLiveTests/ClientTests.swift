import ECSLintKit
import Foundation
import Testing

@testable import ECSLive

@Suite("ECS JSON 1.1 client")
struct ClientTests {
    static let registered =
        #"{"taskDefinition": {"taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:4", "family": "web", "revision": 4, "status": "ACTIVE"}}"#

    func client(_ transport: FakeTransport, sleeps: SleepRecorder = SleepRecorder(), attempts: Int = 3) throws
        -> ECSClient
    {
        let endpoint = try EndpointResolver.regional(.ecs, region: "us-east-1")
        let retry = RetryPolicy(maxAttempts: attempts, random: { 0.5 }, sleep: { sleeps.record($0) })
        return ECSClient(
            client: AWSJSONClient(
                endpoint: endpoint, signingName: "ecs", targetPrefix: ECSClient.targetPrefix,
                credentials: testCredentials(token: "tok"), transport: transport, retry: retry, clock: { fixedDate },
                userAgent: "ecslint/test"))
    }

    @Test("RegisterTaskDefinition: POST /, JSON 1.1 headers, signed, ARN read")
    func register() throws {
        let transport = FakeTransport { _ in json(200, Self.registered) }
        let result = try client(transport).registerTaskDefinition(#"{"family":"web"}"#)
        #expect(result.arn == "arn:aws:ecs:us-east-1:123456789012:task-definition/web:4")
        #expect(result.revision == 4)
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://ecs.us-east-1.amazonaws.com")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.1")
        #expect(request.header("X-Amz-Target") == "AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition")
        #expect(request.header("X-Amz-Security-Token") == "tok")
        #expect(request.header("User-Agent") == "ecslint/test")
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,"))
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"family":"web"}"#)
    }

    @Test("throttling, 5xx, concurrent-revision errors and timeouts are retried with full-jitter backoff")
    func retries() throws {
        let answers: [Result<HTTPResponse, TransportError>] = [
            .success(json(400, #"{"__type": "ThrottlingException", "message": "Rate exceeded"}"#)),
            .success(json(500, #"{"__type": "ServerException", "message": "boom"}"#)),
            .success(
                json(
                    400,
                    #"{"__type": "ClientException", "message": "Too many concurrent attempts to create a new revision of the specified family."}"#
                )),
            .failure(.timedOut(host: "ecs", seconds: 60)),
            .success(json(200, Self.registered)),
        ]
        let counter = Counter()
        let transport = FakeTransport { _ throws(TransportError) in try answers[counter.next()].get() }
        let sleeps = SleepRecorder()
        let result = try client(transport, sleeps: sleeps, attempts: 5).registerTaskDefinition("{}")
        #expect(result.revision == 4)
        #expect(transport.requests.count == 5)
        #expect(sleeps.delays == [0.5, 1.0, 2.0, 4.0])
        #expect(RetryPolicy(random: { 0.999 }).delay(afterAttempt: 10) < 20)
    }

    @Test("a ClientException is not retried and keeps its type and message")
    func clientException() throws {
        let transport = FakeTransport { _ in
            json(
                400, #"{"__type": "ClientException", "message": "Container.image should not be null or empty."}"#,
                headers: [HTTPHeader("X-Amzn-Errortype", "ClientException:http://internal.amazon.com/coral/")])
        }
        do {
            _ = try client(transport).registerTaskDefinition("{}")
            Issue.record("expected an error")
        } catch let error as AWSFailure {
            #expect(transport.requests.count == 1)
            #expect(error.serviceError?.code == "ClientException")
            #expect(
                error.description
                    == "RegisterTaskDefinition failed: ClientException: Container.image should not be null or empty.")
        }
    }

    @Test("gives up after the last attempt, saying how many")
    func exhausted() throws {
        let transport = FakeTransport { _ in json(503, "") }
        do {
            _ = try client(transport).registerTaskDefinition("{}")
            Issue.record("expected an error")
        } catch let error as AWSFailure {
            #expect(transport.requests.count == 3)
            #expect(error.description.contains("after 3 attempts"))
        }
    }

    @Test("DescribeTaskDefinition: not found is nil")
    func describeMissing() throws {
        let transport = FakeTransport { _ in
            json(400, #"{"__type": "ClientException", "message": "Unable to describe task definition."}"#)
        }
        #expect(try client(transport).describeLatest(family: "web") == nil)
        let body = String(decoding: try #require(transport.requests.first).body, as: UTF8.self)
        #expect(body == #"{"taskDefinition":"web","include":["TAGS"]}"#)
    }

    @Test("error bodies: JSON, namespaced types, XML")
    func errorParsing() {
        let namespaced = AWSServiceError(
            response: json(400, #"{"__type": "com.amazonaws.ecs#AccessDeniedException", "Message": "no"}"#))
        #expect(namespaced.code == "AccessDeniedException")
        #expect(namespaced.message == "no")
        let xml = AWSServiceError(
            response: json(
                403,
                "<ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match &amp; so on</Message></Error></Errors></ErrorResponse>"
            ))
        #expect(xml.code == "SignatureDoesNotMatch")
        #expect(xml.message.hasSuffix("& so on"))
        #expect(xml.isSignatureProblem)
        #expect(AWSFailure.hint(for: xml)?.contains("signature") == true)
    }

    @Test("clock skew is explained with both times")
    func clockSkew() throws {
        let error = AWSServiceError(
            response: json(
                400,
                #"{"__type": "InvalidSignatureException", "message": "Signature expired: 20260101T000000Z is now earlier than 20260101T001000Z"}"#,
                headers: [HTTPHeader("Date", "Thu, 01 Jan 2026 00:10:00 GMT")]))
        #expect(error.isClockSkew)
        #expect(!error.isSignatureProblem)
        let hint = try #require(AWSFailure.hint(for: error, now: fixedDate))
        #expect(hint.contains("clock"))
        #expect(hint.contains("600 s behind"))
    }

    @Test("AWS error texts map to the rules that prevent them")
    func ruleHints() {
        let codes = RuleHints.rules(
            matching: "When networkMode=awsvpc, the host ports and container ports in port mappings must match."
        )
        .map(\.code)
        #expect(!codes.isEmpty)
        let other = RuleHints.rules(matching: "Invalid 'volumesFrom' setting. Unknown container: 'sidecar'.")
        #expect(other.contains { $0.awsErrors.contains("Invalid 'volumesFrom' setting. Unknown container: '<name>'.") })
        #expect(RuleHints.rules(matching: "Something nobody documented.").isEmpty)
        #expect(RuleHints.normalise("Unknown volume 'data'.") == "unknown volume *")
    }

    @Test("timestamps")
    func timestamps() {
        #expect(AWSTimestamp.amzDate(fixedDate) == "20260101T000000Z")
        #expect(AWSTimestamp.iso8601(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(AWSTimestamp.parse("2026-01-01T01:00:00.123+01:00") == fixedDate)
        #expect(AWSTimestamp.parseHTTPDate("Thu, 01 Jan 2026 00:00:00 GMT") == fixedDate)
        #expect(AWSTimestamp.parse("yesterday") == nil)
    }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}
