import ECSLintKit
import Foundation
import Testing

@testable import ECSLive

/// A transport that answers from a handler and records every request.
final class FakeTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [HTTPRequest] = []
    private let handler: @Sendable (HTTPRequest) throws(TransportError) -> HTTPResponse

    init(_ handler: @escaping @Sendable (HTTPRequest) throws(TransportError) -> HTTPResponse) {
        self.handler = handler
    }

    func send(_ request: HTTPRequest, timeouts: Timeouts) throws(TransportError) -> HTTPResponse {
        lock.lock()
        recorded.append(request)
        lock.unlock()
        return try handler(request)
    }

    var requests: [HTTPRequest] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}

/// Collects delays instead of sleeping.
final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Double] = []

    func record(_ seconds: Double) {
        lock.lock()
        values.append(seconds)
        lock.unlock()
    }

    var delays: [Double] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}

/// A temporary folder removed at deinit.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "ecslive-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String, executable: Bool = false) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file) }
        return file
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

func json(_ status: Int, _ body: String, headers: [HTTPHeader] = []) -> HTTPResponse {
    HTTPResponse(status: status, headers: headers, body: Array(body.utf8))
}

let fixedDate = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

func testCredentials(token: String? = nil) -> AWSCredentials {
    AWSCredentials(
        accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: token,
        source: "test")
}
