import ArgumentParser
import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ECSLintCommand {
    /// `ecslint lsp`: the language server over standard input and output.
    struct LanguageServerCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp",
            abstract: "Run the language server (LSP over standard input and output) for editors.",
            discussion: """
                Publishes the findings of open task definitions as diagnostics, offers their fixes as \
                code actions, and shows rule pages and API documentation on hover. Each file uses the \
                nearest .ecslint.yml (or --config).
                """)

        @Option(name: [.short, .long], help: "Use this configuration file instead of the nearest .ecslint.yml.")
        var config: String?

        func run() throws {
            signal(SIGPIPE, SIG_IGN)
            let resolver: ConfigurationResolver
            do {
                resolver = try ConfigurationResolver(explicitPath: config)
            } catch {
                printError(error.description)
                throw ExitStatus.usage
            }
            let server = LanguageServer { path in
                Result { () throws(ConfigurationError) -> Configuration in
                    try resolver.configuration(forFileAt: path)
                }
            }
            var reader = MessageReader()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while server.exitCode == nil {
                let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                reader.append(buffer[..<count])
                while server.exitCode == nil, let frame = reader.next() {
                    for reply in server.handle(frame) { send(reply) }
                }
            }
            throw ExitCode(server.exitCode ?? 1)
        }

        private func send(_ message: JSONValue) {
            let bytes = MessageReader.frame(message.serialized)
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(STDOUT_FILENO, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    if written < 0, errno == EINTR { continue }
                    if written <= 0 { return }
                    offset += written
                }
            }
        }
    }
}
