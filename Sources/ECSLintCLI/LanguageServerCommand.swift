import ArgumentParser
import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ECSLintCommand {
    /// `ecslint lsp`: the language server over standard input and output.
    struct LanguageServerCommand: ConsoleCommand {
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

        func run(in console: Console) throws {
            signal(SIGPIPE, SIG_IGN)
            let resolver: ConfigurationResolver
            do {
                resolver = try ConfigurationResolver(explicitPath: config)
            } catch {
                console.printError(error.description)
                throw ExitStatus.usage
            }
            let server = LanguageServer { path in
                Result { () throws(ConfigurationError) -> Configuration in
                    try resolver.configuration(forFileAt: path)
                }
            }
            var reader = MessageReader()
            console.standardInput.stream { chunk in
                reader.append(chunk)
                while server.exitCode == nil, let frame = reader.next() {
                    for reply in server.handle(frame) {
                        console.standardOutput.write(MessageReader.frame(reply.serialized))
                    }
                }
                return server.exitCode == nil
            }
            throw ExitCode(server.exitCode ?? 1)
        }
    }
}
