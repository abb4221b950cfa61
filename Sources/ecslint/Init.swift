import ArgumentParser
import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ECSLintCommand {
    /// `ecslint init`: writes a commented starter configuration.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a commented starter .ecslint.yml.")

        @Argument(help: "Where to write it.")
        var path: String = ConfigurationLoader.fileName

        @Flag(help: "Overwrite an existing file.")
        var force = false

        func run() throws {
            if access(path, F_OK) == 0 && !force {
                printError("ecslint: \(path) already exists; use --force to overwrite it")
                throw ExitStatus.usage
            }
            do {
                try AtomicFile.write(StarterConfiguration.text, to: path)
            } catch {
                printError("ecslint: cannot write \(path): \(error)")
                throw ExitStatus.usage
            }
            print("wrote \(path)")
        }
    }
}
