import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes: a file descriptor (the process's standard output
/// or error) or memory (tests run commands in-process and read what they wrote).
public final class CommandOutput: @unchecked Sendable {
    private enum Target {
        case descriptor(Int32)
        case memory
    }

    private let target: Target
    private let lock = PosixLock()
    private var buffer: [UInt8] = []
    /// Whether the stream is a terminal (colour on `auto`, reports flushed per file).
    public let isTerminal: Bool

    private init(_ target: Target, isTerminal: Bool) {
        self.target = target
        self.isTerminal = isTerminal
    }

    /// A stream writing to `descriptor`.
    public static func descriptor(_ descriptor: Int32) -> CommandOutput {
        CommandOutput(.descriptor(descriptor), isTerminal: isatty(descriptor) == 1)
    }

    /// A stream that keeps what is written, read back with ``text``.
    public static func memory(isTerminal: Bool = false) -> CommandOutput {
        CommandOutput(.memory, isTerminal: isTerminal)
    }

    /// Everything written to a memory stream, as UTF-8 text.
    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Writes `bytes` whole (retrying short writes and interruptions).
    public func write(_ bytes: some Collection<UInt8>) {
        switch target {
        case .memory:
            lock.lock()
            buffer += bytes
            lock.unlock()
        case .descriptor(let descriptor):
            Array(bytes).withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    if written <= 0 { break }
                    offset += written
                }
            }
        }
    }

    /// Writes `text` as UTF-8.
    public func write(_ text: String) {
        write(Array(text.utf8))
    }
}

/// Where standard input comes from: a file descriptor or bytes given in memory.
public struct CommandInput: Sendable {
    private enum Source {
        case descriptor(Int32)
        case bytes([UInt8])
    }

    private let source: Source

    /// Reads `descriptor` (the process's standard input is 0).
    public static func descriptor(_ descriptor: Int32) -> CommandInput { CommandInput(source: .descriptor(descriptor)) }

    /// Gives `bytes`.
    public static func bytes(_ bytes: [UInt8]) -> CommandInput { CommandInput(source: .bytes(bytes)) }

    /// The whole input, or why it cannot be read.
    func readAll() -> Result<(path: String, bytes: [UInt8]), FileReader.Failure> {
        switch source {
        case .descriptor(let descriptor): FileReader.read(descriptor, path: "-")
        case .bytes(let bytes):
            bytes.count > FileReader.maximumSize
                ? .failure(.tooLarge("-", FileReader.maximumSize)) : .success(("-", bytes))
        }
    }

    /// Hands the input to `body` as it arrives (the language server's loop),
    /// until the input ends or `body` returns false.
    func stream(_ body: (ArraySlice<UInt8>) -> Bool) {
        switch source {
        case .bytes(let bytes):
            _ = bytes.isEmpty || body(bytes[...])
        case .descriptor(let descriptor):
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0, body(buffer[..<count]) else { return }
            }
        }
    }
}

/// The environment variables a command sees.
public struct Environment: Sendable {
    private let lookup: @Sendable (String) -> String?
    private let everything: @Sendable () -> [String: String]

    /// Variables given as a dictionary.
    public init(_ variables: [String: String]) {
        lookup = { variables[$0] }
        everything = { variables }
    }

    /// This process's environment, read when asked (nothing at start-up).
    public static let process = Environment(
        lookup: { name in getenv(name).map { String(cString: $0) } },
        everything: {
            var variables: [String: String] = [:]
            var entry = environ
            while let pointer = entry.pointee {
                let text = String(cString: pointer)
                if let equals = text.firstIndex(of: "=") {
                    variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
                }
                entry += 1
            }
            return variables
        })

    private init(
        lookup: @escaping @Sendable (String) -> String?, everything: @escaping @Sendable () -> [String: String]
    ) {
        self.lookup = lookup
        self.everything = everything
    }

    /// One variable, or nil when it is not set.
    public subscript(_ name: String) -> String? { lookup(name) }

    /// Every variable.
    public var all: [String: String] { everything() }
}
