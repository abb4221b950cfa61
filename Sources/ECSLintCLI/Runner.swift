import ArgumentParser
import ECSLintKit

/// Runs one `ecslint` command line in this process, with its standard
/// streams and environment passed in, and returns the exit status.
///
/// The executable's `main` is `Runner.standard.run(arguments)`; tests run the
/// same commands with in-memory streams (`CommandOutput.memory()`), so
/// nothing here writes through a global.
public struct Runner {
    private let console: Console

    /// A runner reading `stdin`, writing `stdout` and `stderr`, and seeing `environment`.
    public init(stdin: CommandInput, stdout: CommandOutput, stderr: CommandOutput, environment: Environment) {
        console = Console(
            standardInput: stdin, standardOutput: stdout, standardError: stderr, environment: environment)
    }

    /// A runner on this process's standard streams and environment.
    public static func standard() -> Runner {
        Runner(
            stdin: .descriptor(0), stdout: .descriptor(1), stderr: .descriptor(2), environment: .process)
    }

    /// Parses `arguments` (without the program name) and runs the command;
    /// returns the documented exit status: argument errors are 2 (not
    /// ArgumentParser's 64), help and version 0.
    public func run(_ arguments: [String]) -> Int32 {
        console.arguments = arguments
        do {
            if let request = LintRequest.quick(arguments) {
                try LintSession(request: request, console: console).run()
                return 0
            }
            var command = try ECSLintCommand.parseLintAlone(arguments) ?? ECSLintCommand.parseAsRoot(arguments)
            if let runnable = command as? any ConsoleCommand {
                try runnable.run(in: console)
            } else {
                try command.run()
            }
            return 0
        } catch {
            return status(for: error)
        }
    }

    private func status(for error: any Error) -> Int32 {
        if let code = error as? ExitCode { return code.rawValue }
        let code = ECSLintCommand.exitCode(for: error)
        let message = ECSLintCommand.fullMessage(for: error)
        if code == .validationFailure {
            console.printError(message)
            console.printError("Run 'ecslint help' for usage.")
            return ExitStatus.usage.rawValue
        }
        if !message.isEmpty {
            if code == .success {
                console.standardOutput.write(message + "\n")
            } else {
                console.printError(message)
            }
        }
        return code.rawValue
    }
}

/// A subcommand that runs with the runner's streams instead of the process's.
protocol ConsoleCommand: ParsableCommand {
    /// Does the work, writing through `console`; throws an `ExitCode` for a non-zero status.
    func run(in console: Console) throws
}
