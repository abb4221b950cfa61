import Dispatch
import Foundation

/// What a finished process printed.
public struct ProcessOutput: Sendable {
    /// The exit status (or the terminating signal's number).
    public var status: Int32
    /// Standard output.
    public var standardOutput: [UInt8]
    /// Standard error.
    public var standardError: [UInt8]

    /// Creates an output.
    public init(status: Int32, standardOutput: [UInt8], standardError: [UInt8]) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}

/// Runs a `credential_process` command line.
public protocol CredentialProcessRunning: Sendable {
    /// Runs `arguments` (the first is the program, looked up in `PATH`) and waits for it.
    func run(_ arguments: [String], timeout: Double) throws(CredentialError) -> ProcessOutput
}

/// Runs processes with Foundation's `Process`, without a shell.
public struct FoundationProcessRunner: CredentialProcessRunning {
    /// Creates a runner.
    public init() {}

    /// Starts the program through `/usr/bin/env` (which searches `PATH`) unless it names a path.
    public func run(_ arguments: [String], timeout: Double) throws(CredentialError) -> ProcessOutput {
        guard let program = arguments.first else { throw CredentialError("credential_process is empty") }
        let process = Process()
        if program.contains("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(arguments.dropFirst())
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw CredentialError("cannot start \(program): \(error.localizedDescription)")
        }
        let collected = PipeCollector(output: output, errors: errors)
        guard finished.wait(timeout: .now() + timeout) == .success else {
            process.terminate()
            throw CredentialError("\(program) did not finish within \(Int(timeout)) s")
        }
        let (out, err) = collected.wait()
        return ProcessOutput(status: process.terminationStatus, standardOutput: out, standardError: err)
    }
}

/// Reads both pipes on background threads so a chatty process cannot block on a full pipe.
private final class PipeCollector: @unchecked Sendable {
    private let group = DispatchGroup()
    private var output: [UInt8] = []
    private var errors: [UInt8] = []

    init(output: Pipe, errors: Pipe) {
        group.enter()
        DispatchQueue.global().async {
            self.output = Array(output.fileHandleForReading.readDataToEndOfFile())
            self.group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            self.errors = Array(errors.fileHandleForReading.readDataToEndOfFile())
            self.group.leave()
        }
    }

    func wait() -> ([UInt8], [UInt8]) {
        group.wait()
        return (output, errors)
    }
}

/// The `credential_process` setting of a profile: the command is split like a
/// POSIX shell splits words (quotes and backslashes, no expansion) and run
/// without a shell; its standard output is the JSON of the AWS CLI's
/// "sourcing credentials with an external process" format (`Version: 1`).
enum CredentialProcess {
    static func credentials(command: String, profile: String, context: CredentialContext) throws(CredentialError)
        -> AWSCredentials
    {
        let arguments = split(command)
        let program = arguments.first ?? ""
        context.log("credentials: running the credential_process of profile \(profile) (\(program))")
        let output = try context.processRunner.run(arguments, timeout: 60)
        let source = "credential_process of profile \(profile)"
        guard output.status == 0 else {
            let detail = String(decoding: output.standardError, as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            throw CredentialError(
                "\(source) (\(program)) exited with status \(output.status)" + (detail.isEmpty ? "" : ": \(detail)"))
        }
        guard let root = try? JSONSerialization.jsonObject(with: Data(output.standardOutput)) as? [String: Any] else {
            throw CredentialError("\(source) (\(program)) did not print a JSON object")
        }
        guard (root["Version"] as? Int) == 1 else {
            throw CredentialError("\(source) (\(program)) printed no \"Version\": 1 (the only version there is)")
        }
        guard let credentials = CredentialJSON.parse(output.standardOutput, source: source) else {
            throw CredentialError("\(source) (\(program)) printed no AccessKeyId and SecretAccessKey")
        }
        return credentials
    }

    /// Splits a command line into words as a POSIX shell would, without expansions.
    static func split(_ command: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in command {
            if escaped {
                word.append(character)
                escaped = false
            } else if character == "\\" && quote != "'" {
                escaped = true
                inWord = true
            } else if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" || character == "\n" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
