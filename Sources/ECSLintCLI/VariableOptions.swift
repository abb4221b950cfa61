import ArgumentParser
import ECSLintKit

/// `--var`, `--var-file` and `--vars-from-env`: values substituted into
/// templated files before they are parsed (envsubst syntax: `$NAME`,
/// `${NAME}`, `${NAME:-default}`), shared by `lint` and `render`. Variables
/// that come only from the environment are not substituted in container
/// text (`command`, `entryPoint`, health checks, FireLens options), where
/// `$HOME` or `${ECS_TASK_ID}` is the container's own.
struct VariableOptions: ParsableArguments {
    @Option(
        name: .customLong("var"),
        help: ArgumentHelp("Substitute NAME with VALUE (repeatable).", valueName: "NAME=VALUE"))
    var assignments: [String] = []

    @Option(
        name: .customLong("var-file"),
        help: ArgumentHelp("Read variables from a dotenv file (repeatable).", valueName: "FILE"))
    var files: [String] = []

    @Flag(name: .customLong("vars-from-env"), help: "Use the environment variables as template variables.")
    var fromEnvironment = false

    func validate() throws {
        for assignment in assignments where !assignment.contains("=") || assignment.hasPrefix("=") {
            throw ValidationError("--var needs NAME=VALUE, got '\(assignment)'")
        }
    }

    /// The options as plain values.
    var request: TemplateVariables {
        TemplateVariables(assignments: assignments, files: files, fromEnvironment: fromEnvironment)
    }

    /// The variables given, or nil when no option was given (see ``TemplateVariables/resolved(console:)``).
    func resolved(console: Console) throws -> TemplateVariables.Resolved? {
        try request.resolved(console: console)
    }
}

/// The template variables a command line asked for, as plain values
/// (`--var`, `--var-file`, `--vars-from-env`).
struct TemplateVariables: Equatable {
    /// The `--var NAME=VALUE` assignments, in order.
    var assignments: [String] = []
    /// The `--var-file` dotenv files, in order.
    var files: [String] = []
    /// Whether `--vars-from-env` was given.
    var fromEnvironment = false

    /// The variables given, and which of them were named.
    struct Resolved {
        /// Every variable's value.
        var values: [String: String]
        /// The names given with `--var` or `--var-file`, the only ones
        /// substituted in container text; nil without `--vars-from-env`
        /// (then every variable was named).
        var named: Set<String>?
    }

    /// The variables, or nil when no option was given (files are linted as written).
    /// Later sources win: the environment, then each file, then each `--var`.
    func resolved(console: Console) throws -> Resolved? {
        guard fromEnvironment || !files.isEmpty || !assignments.isEmpty else { return nil }
        let environment = fromEnvironment ? console.environment.all : [:]
        var variables: [String: String] = [:]
        for path in files {
            switch FileReader.contents(ofFile: path) {
            case .success(let file):
                do {
                    variables.merge(try DotEnv.parse(String(decoding: file.bytes, as: UTF8.self))) { $1 }
                } catch {
                    console.printError("ecslint: \(path): \(error)")
                    throw ExitStatus.usage
                }
            case .failure(let failure):
                console.printError("ecslint: \(failure)")
                throw ExitStatus.usage
            }
        }
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else { continue }
            variables[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
        let named = fromEnvironment ? Set(variables.keys) : nil
        return Resolved(values: environment.merging(variables) { $1 }, named: named)
    }
}

extension LintOptions {
    /// The options with template variables set.
    func substituting(_ variables: TemplateVariables.Resolved?) -> LintOptions {
        var options = self
        options.variables = variables?.values
        options.namedVariables = variables?.named
        return options
    }
}
