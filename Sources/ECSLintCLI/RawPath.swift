import ECSLintKit

/// File names are bytes, not text: Linux allows any byte but `/` and NUL, so
/// a name may be invalid UTF-8 (Latin-1 archives, fuzzers). Such a name is
/// shown escaped, each byte that is not part of valid UTF-8 written `\xHH`
/// (`caf\xE9.json`), and that escaped form is what the rest of ecslint
/// handles as the path; this registry remembers its real bytes, which every
/// system call on a path uses (``withCString(_:_:)``).
///
/// Names come in from the command line (``arguments()``, read from the raw
/// `argv`) and from folder walks (``child(of:name:)``).
public enum RawPath {
    private final class Registry: @unchecked Sendable {
        let lock = PosixLock()
        var bytes: [String: [UInt8]] = [:]
    }

    private static let registry = Registry()

    /// The shown form of raw path bytes; registers the bytes when they differ.
    public static func display(_ bytes: [UInt8]) -> String {
        // Nearly every path is ASCII: it needs no validation (whose generic
        // code costs a run-time type look-up in every run).
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var shown = ""
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                shown += String(decoding: bytes[index..<(index + length)], as: UTF8.self)
                index += length
            } else {
                shown += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        registry.lock.lock()
        registry.bytes[shown] = bytes
        registry.lock.unlock()
        return shown
    }

    /// The real bytes of a path as ecslint shows it.
    static func bytes(of path: String) -> [UInt8] {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        return registry.bytes[path] ?? Array(path.utf8)
    }

    /// Calls `body` with the path's real bytes as a C string.
    static func withCString<Result>(_ path: String, _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        let raw = bytes(of: path).map { CChar(bitPattern: $0) } + [0]
        return body(raw)
    }

    /// The path of `name` (raw bytes from `readdir`) inside `directory`.
    static func child(of directory: String, name: [UInt8]) -> String {
        let parent = bytes(of: directory)
        let separator: [UInt8] = parent.last == UInt8(ascii: "/") ? [] : [UInt8(ascii: "/")]
        return display(parent + separator + name)
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        return String(validating: bytes[index..<(index + length)], as: UTF8.self) == nil ? 0 : length
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
