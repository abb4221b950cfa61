import ArgumentParser
import ECSLintKit

/// The `ecslint` command: lints ECS task definitions offline. ``Runner`` parses and runs it.
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
    /// The arguments that make swift-argument-parser answer for the whole
    /// command tree: subcommand names, help, version and completion requests.
    ///
    /// The subcommand names are written out rather than read from
    /// `configuration.subcommands`: reading a subcommand's name evaluates its
    /// whole configuration (`schema` builds the API shapes for its help),
    /// which cost more than linting a small file. A test checks the list
    /// against the configuration.
    static let treeArguments: Set<String> = Set(otherSubcommandNames).union([
        "help", "-h", "--help", "-help", "--version", "--experimental-dump-help", "--generate-completion-script",
    ])

    /// Every subcommand's name but `lint`'s, as `configuration.subcommands` names them.
    static let otherSubcommandNames = ["rules", "explain", "init", "register", "render", "schema", "lsp"]

    /// `ecslint [lint] ARGS…` parsed by the lint command alone, or nil when
    /// the whole tree must parse (another subcommand, help, version, or an
    /// error, which the whole tree then reports with its usage).
    ///
    /// Parsing the root builds and reflects over every subcommand's
    /// arguments, which cost more than linting a small file; linting is what
    /// pre-commit and CI run on every commit.
    static func parseLintAlone(_ arguments: [String]) -> (any ParsableCommand)? {
        guard !arguments.isEmpty, let rest = lintArguments(arguments) else { return nil }
        return try? Lint.parse(Array(rest))
    }

    /// The arguments of `ecslint [lint] ARGS…` without `lint`, or nil when
    /// one of them is for the whole command tree (`treeArguments`).
    static func lintArguments(_ arguments: [String]) -> ArraySlice<String>? {
        var rest = arguments[...]
        if rest.first == "lint" { rest = rest.dropFirst() }
        let forTheTree = rest.contains {
            treeArguments.contains($0) || $0.hasPrefix("--generate-completion-script")
        }
        return forTheTree ? nil : rest
    }
}
