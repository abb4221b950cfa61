import ECSLintCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The whole of `ecslint`: read the arguments, run them in-process on this
// process's streams (`Runner`), exit with the status. Refuses to run when the
// arguments cannot be read: linting the current folder instead of what was
// asked would be silently wrong.
guard let arguments = CommandLineArguments.read() else {
    let message = Array((CommandLineArguments.unreadableMessage + "\n").utf8)
    _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(2)
}
exit(Runner.standard().run(arguments))
