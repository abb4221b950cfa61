import ECSLintKit

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
            let detail = String(decoding: output.standardError, as: UTF8.self).trimmingWhitespace()
            throw CredentialError(
                "\(source) (\(program)) exited with status \(output.status)" + (detail.isEmpty ? "" : ": \(detail)"))
        }
        guard let root = try? JSONScanner.parse(output.standardOutput), root.members != nil else {
            throw CredentialError("\(source) (\(program)) did not print a JSON object")
        }
        guard root["Version"]?.intValue == 1 else {
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
