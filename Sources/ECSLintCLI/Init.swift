import ArgumentParser
import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ECSLintCommand {
    /// `ecslint init`: writes a commented starter configuration.
    struct Init: ConsoleCommand {
        static let configuration = CommandConfiguration(abstract: "Write a commented starter .ecslint.yml.")

        @Argument(help: "Where to write it.")
        var path: String = ConfigurationLoader.fileName

        @Flag(help: "Overwrite an existing file.")
        var force = false

        func run(in console: Console) throws {
            if access(path, F_OK) == 0 && !force {
                console.printError("ecslint: \(path) already exists; use --force to overwrite it")
                throw ExitStatus.usage
            }
            do {
                try AtomicFile.write(StarterConfiguration.text, to: path)
            } catch {
                console.printError("ecslint: cannot write \(path): \(error)")
                throw ExitStatus.usage
            }
            console.write("wrote \(path)", terminator: "\n")
        }
    }
}
