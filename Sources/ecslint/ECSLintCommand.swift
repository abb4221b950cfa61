import ArgumentParser
import ECSLintKit

/// The `ecslint` command: lints ECS task definitions offline.
@main
struct ECSLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecslint",
        abstract: "Lint Amazon ECS task definitions (JSON or YAML) offline.",
        discussion: """
            ecslint reports everything AWS would reject, everything that will fail at launch, and \
            risky practices, each at its exact line and column. Exit status: 0 when nothing reaches \
            the failure threshold, 1 when something does, 2 for usage errors or unreadable paths, \
            and for `register` 3 when AWS or the network fails.
            """,
        version: ECSLintVersion.current,
        subcommands: [
            Lint.self, Rules.self, Explain.self, Init.self, Register.self, Render.self, Schema.self,
            LanguageServerCommand.self,
        ],
        defaultSubcommand: Lint.self
    )
}

extension ECSLintCommand {
    /// Runs the command, mapping argument errors to exit status 2 (the
    /// documented usage-error status) instead of ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                printError("Run 'ecslint help' for usage.")
                exit(withError: ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
