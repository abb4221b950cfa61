import ECSLintKit

/// What one run of a command reads and writes: the standard streams and the
/// environment the ``Runner`` was given, the command line (for the order of
/// `--format` and `--output`), and the secrets to mask in everything written.
final class Console: @unchecked Sendable {
    let standardInput: CommandInput
    let standardOutput: CommandOutput
    let standardError: CommandOutput
    let environment: Environment
    /// The arguments after the program name.
    var arguments: [String] = []
    /// The secrets seen so far, masked in every message and report.
    let masking = OutputMasking()

    init(
        standardInput: CommandInput, standardOutput: CommandOutput, standardError: CommandOutput,
        environment: Environment
    ) {
        self.standardInput = standardInput
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.environment = environment
    }

    /// Writes a line to standard error, secrets masked.
    func printError(_ text: String) {
        standardError.write(masking.mask(text) + "\n")
    }

    /// Writes a report or result to standard output, secrets masked.
    func printOutput(_ text: String, terminator: String = "\n") {
        standardOutput.write(masking.mask(text) + terminator)
    }

    /// Writes text to standard output as it is: a fixed file, a diff, a
    /// rendered task definition, rule pages (none of them a report about a secret).
    func write(_ text: String, terminator: String = "") {
        standardOutput.write(text + terminator)
    }

    /// Reads an input: a file, or standard input as this run has it.
    func contents(of input: LintInput) -> Result<(path: String, bytes: [UInt8]), FileReader.Failure> {
        switch input {
        case .standardInput: standardInput.readAll()
        case .file(let path): FileReader.contents(ofFile: path)
        }
    }
}
