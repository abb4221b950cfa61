/// The base protocol's framing: `Content-Length: N` headers, a blank line,
/// then N bytes of JSON. Reads from a growing buffer, so a message may
/// arrive in any number of pieces.
public struct MessageReader: Sendable {
    /// What the next frame holds.
    public enum Frame: Sendable, Equatable {
        /// A complete message body.
        case message([UInt8])
        /// A header block without a usable `Content-Length`; it was dropped.
        case badHeader(String)
        /// A message longer than the limit; its body was (or will be) skipped.
        case tooLarge(Int)
    }

    /// The longest body accepted.
    public var maxBodyBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var skipping = 0

    /// Creates a reader.
    public init(maxBodyBytes: Int = 16 << 20) {
        self.maxBodyBytes = maxBodyBytes
    }

    /// Adds bytes read from the input.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        if skipping > 0 {
            let dropped = min(skipping, buffer.count - start)
            start += dropped
            skipping -= dropped
            compact()
            if skipping > 0 { return nil }
        }
        guard let end = headerEnd() else {
            if buffer.count - start > 8192 {
                start = buffer.count
                compact()
                return .badHeader("a header block longer than 8 KiB")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<end], as: UTF8.self)
        let bodyStart = end + 4
        guard let length = Self.contentLength(header) else {
            start = bodyStart
            compact()
            return .badHeader("no valid Content-Length header in \"\(header.prefix(80))\"")
        }
        if length > maxBodyBytes {
            start = bodyStart
            skipping = length
            let dropped = min(skipping, buffer.count - start)
            start += dropped
            skipping -= dropped
            compact()
            return .tooLarge(length)
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        start = bodyStart + length
        compact()
        return .message(body)
    }

    /// Frames a message body for writing.
    public static func frame(_ body: String) -> [UInt8] {
        let bytes = Array(body.utf8)
        return Array("Content-Length: \(bytes.count)\r\n\r\n".utf8) + bytes
    }

    private func headerEnd() -> Int? {
        guard buffer.count - start >= 4 else { return nil }
        var index = start
        while index + 3 < buffer.count {
            if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func contentLength(_ header: String) -> Int? {
        for line in header.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            guard line[..<colon].lowercased() == "content-length" else { continue }
            let value = line[line.index(after: colon)...].trimmingPrefix(" ")
            guard let length = Int(value), length >= 0 else { return nil }
            return length
        }
        return nil
    }

    private mutating func compact() {
        if start > 65536 || start == buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
