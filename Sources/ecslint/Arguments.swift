import CArguments
import ECSLintCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line, read without depending on /proc.
enum CommandLineArguments {
    /// The arguments after the program name, or nil when they cannot be
    /// read: neither the C runtime (glibc passes them to initialisers) nor
    /// the Swift runtime (which reads /proc/self/cmdline on Linux) has them.
    static func read() -> [String]? {
        resolve(captured: captured(), runtime: CommandLine.arguments)
    }

    /// The arguments after the program name from what the C runtime passed
    /// (nil when it passed nothing) or else from the Swift runtime, asked only
    /// then (it reads /proc/self/cmdline); nil when neither has even the
    /// program name, which every exec gives.
    static func resolve(captured: [String]?, runtime: @autoclosure () -> [String]) -> [String]? {
        if let captured, !captured.isEmpty { return Array(captured.dropFirst()) }
        let runtime = runtime()
        guard !runtime.isEmpty else { return nil }
        return Array(runtime.dropFirst())
    }

    /// What the C runtime passed at start-up, or nil.
    private static func captured() -> [String]? {
        let count = Int(ecsl_captured_argc())
        guard count > 0, let vector = ecsl_captured_argv() else { return nil }
        return (0..<count).map { index in
            guard let argument = vector[index] else { return "" }
            let bytes = UnsafeBufferPointer(start: argument, count: strlen(argument)).map(UInt8.init(bitPattern:))
            return RawPath.display(bytes)
        }
    }

    /// What `ecslint` prints when it cannot read its arguments.
    static let unreadableMessage =
        "ecslint: cannot read the command line arguments (on Linux the Swift runtime reads them from "
        + "/proc/self/cmdline: mount /proc, or run ecslint where it is mounted)"
}
