import Foundation
import Testing

@testable import ECSLive

/// The vectors `scripts/generate_sigv4_vectors.py` computed with botocore's `SigV4Auth`.
struct SigV4Vectors: Decodable {
    struct Vector: Decodable {
        struct Expected: Decodable {
            var canonical_request: String
            var string_to_sign: String
            var signed_headers: String
            var authorization: String
            var signature: String
        }

        var name: String
        var method: String
        var url: String
        var headers: [[String]]
        var body: String
        var timestamp: String
        var region: String
        var service: String
        var access_key: String
        var secret_key: String
        var session_token: String?
        var expected: Expected
    }

    struct Endpoint: Decodable {
        var service: String
        var region: String
        var fips: Bool
        var dualstack: Bool
        var url: String
    }

    var botocore_version: String
    var sigv4: [Vector]
    var endpoints: [Endpoint]

    static func load() throws -> SigV4Vectors {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let data = try Data(contentsOf: folder.appendingPathComponent("Vectors/sigv4_vectors.json"))
        return try JSONDecoder().decode(SigV4Vectors.self, from: data)
    }
}

@Suite("SigV4 against botocore's vectors")
struct SigV4VectorTests {
    static let vectors = (try? SigV4Vectors.load())?.sigv4 ?? []

    @Test("the vectors file loads and has every case")
    func loads() throws {
        let vectors = try SigV4Vectors.load()
        #expect(vectors.sigv4.count >= 16)
        #expect(vectors.endpoints.count >= 70)
        #expect(vectors.botocore_version == "1.43.11")
    }

    @Test("canonical request, string to sign and Authorization equal botocore's", arguments: vectors.map(\.name))
    func signs(_ name: String) throws {
        let vector = try #require(Self.vectors.first { $0.name == name })
        let url = try #require(URL(string: vector.url))
        var request = HTTPRequest(
            method: vector.method, url: url, headers: vector.headers.map { HTTPHeader($0[0], $0[1]) },
            body: Array(vector.body.utf8))
        let credentials = AWSCredentials(
            accessKeyID: vector.access_key, secretAccessKey: vector.secret_key, sessionToken: vector.session_token,
            source: "vector")
        let date = try #require(AWSTimestamp.parse(vector.timestamp))
        let signature = SigV4Signer(service: vector.service, region: vector.region)
            .sign(&request, credentials: credentials, at: date)
        #expect(signature.canonicalRequest == vector.expected.canonical_request)
        #expect(signature.stringToSign == vector.expected.string_to_sign)
        #expect(signature.signedHeaders == vector.expected.signed_headers)
        #expect(signature.signature == vector.expected.signature)
        #expect(request.header("Authorization") == vector.expected.authorization)
        #expect(request.header("X-Amz-Date") == vector.timestamp)
        #expect(request.header("X-Amz-Security-Token") == vector.session_token)
    }

    @Test("regional endpoints of every partition equal botocore's rule set")
    func endpoints() throws {
        for endpoint in try SigV4Vectors.load().endpoints {
            let service = try #require(AWSService(rawValue: endpoint.service))
            let resolved = try EndpointResolver.regional(
                service, region: endpoint.region, fips: endpoint.fips, dualStack: endpoint.dualstack)
            #expect(resolved.url.absoluteString == endpoint.url, "\(endpoint.service) \(endpoint.region)")
            #expect(resolved.signingRegion == endpoint.region)
        }
    }

    @Test("re-signing replaces the previous signature and token")
    func resigns() throws {
        var request = HTTPRequest(
            method: "POST", url: try #require(URL(string: "https://ecs.us-east-1.amazonaws.com/")))
        let signer = SigV4Signer(service: "ecs", region: "us-east-1")
        signer.sign(&request, credentials: testCredentials(token: "one"), at: fixedDate)
        signer.sign(&request, credentials: testCredentials(token: "two"), at: fixedDate.addingTimeInterval(1))
        #expect(request.headers.filter { $0.name == "Authorization" }.count == 1)
        #expect(request.headers.filter { $0.name == "X-Amz-Security-Token" }.map(\.value) == ["two"])
        #expect(request.header("X-Amz-Date") == "20260101T000001Z")
    }
}
