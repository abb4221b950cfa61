#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One HTTP header field.
public struct HTTPHeader: Sendable, Hashable {
    /// The field name as sent (compared case-insensitively).
    public var name: String
    /// The field value.
    public var value: String

    /// Creates a header.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An HTTP request as the live client builds, signs and sends it.
public struct HTTPRequest: Sendable {
    /// The method, `POST` or `GET` or `PUT`.
    public var method: String
    /// The full URL.
    public var url: URL
    /// The header fields in the order they were added.
    public var headers: [HTTPHeader]
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a request.
    public init(method: String, url: URL, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The value of the first field named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Replaces every field named `name` with one field.
    public mutating func setHeader(_ name: String, _ value: String) {
        removeHeader(name)
        headers.append(HTTPHeader(name, value))
    }

    /// Removes every field named `name`.
    public mutating func removeHeader(_ name: String) {
        headers.removeAll { $0.name.lowercased() == name.lowercased() }
    }
}

/// An HTTP response: status, headers and body.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The header fields (names as received).
    public var headers: [HTTPHeader]
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of the first field named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body as text (invalid UTF-8 repaired).
    public var text: String { String(decoding: body, as: UTF8.self) }
}
