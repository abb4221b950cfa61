import ArgumentParser
import ECSLintKit

extension ECSLintCommand {
    /// `ecslint lint`: checks files and prints a report.
    struct Lint: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint task definition files (the default command).",
            discussion: """
                PATH may be a file, a directory (searched recursively for *.json, *.yaml and *.yml, \
                skipping hidden folders and build output such as node_modules), or - for standard input. \
                Settings come from --config or the nearest .ecslint.yml above each file.
                """
        )

        @Argument(help: "Files or directories to lint; - reads standard input.")
        var paths: [String] = []

        @Option(
            name: [.short, .long],
            help: "Report format (default text); repeat to write several reports."
        )
        var format: [OutputFormat] = []

        @Option(
            name: [.short, .long],
            help:
                "Write the report of the --format just before this option to FILE (with no --format: the text report)."
        )
        var output: [String] = []

        @OptionGroup var linter: LinterOptions

        @OptionGroup var failure: FailureOptions

        @Flag(name: [.short, .long], help: "Report errors only (the same as --min-severity error).")
        var quiet = false

        @Option(help: "Lowest severity reported: info (default), warning or error. Hidden findings never fail the run.")
        var minSeverity: Severity?

        @Flag(help: "Turn on every rule, the opt-in ones included (the same as preset: strict in .ecslint.yml).")
        var strict = false

        @Option(
            help: """
                What reads the files: aws-cli (default; nulls and read-only describe fields are errors) \
                or deploy-action (the Deploy to Amazon ECS action strips them: warnings).
                """)
        var consumer: Consumer?

        @Option(help: "Ignore the findings recorded in this baseline file; report only new ones.")
        var baseline: String?

        @Option(help: "Record every current finding in this baseline file (written atomically) and exit 0.")
        var writeBaseline: String?

        @OptionGroup var color: ColorOptions

        @Option(help: "Read standard input as this format (json or yaml) instead of guessing.")
        var stdinFormat: StdinFormat?

        @Option(
            help: ArgumentHelp(
                "Name standard input PATH in reports, and find its .ecslint.yml and format from PATH.",
                valueName: "PATH"))
        var stdinFilename: String?

        @Option(
            name: .customLong("ignore"),
            help: ArgumentHelp("Turn a rule off, by code or name (repeatable).", valueName: "CODE|NAME"))
        var ignoredRules: [String] = []

        @Flag(
            help:
                "Skip named files that are no ECS document (no task definition, container list or template), with a note, instead of linting them."
        )
        var skipUnrecognized = false

        @Flag(help: "Apply the safe fixes to the files (written atomically), then report what remains.")
        var fix = false

        @Flag(help: "Print the fixes as a unified diff and change nothing; exit 1 when there is something to fix.")
        var diff = false

        @Flag(help: "With --fix or --diff, apply the unsafe fixes too.")
        var unsafeFixes = false

        @Option(
            help: ArgumentHelp(
                "The task definition that service and run-task requests launch, when it is not among the files linted (it is read, not reported; repeatable).",
                valueName: "FILE"))
        var taskDefinition: [String] = []

        @OptionGroup(title: "Template variables")
        var variables: VariableOptions

        func validate() throws {
            if fix || diff {
                if fix && diff { throw ValidationError("--fix and --diff cannot be combined") }
                if writeBaseline != nil
                    || (variables.fromEnvironment || !variables.files.isEmpty || !variables.assignments.isEmpty)
                {
                    throw ValidationError(
                        "--fix and --diff cannot be combined with --write-baseline or template variables")
                }
            } else if unsafeFixes {
                throw ValidationError("--unsafe-fixes needs --fix or --diff")
            }
            _ = try request.destinations()
            _ = try request.ignoredCodes()
        }

        func run(in console: Console) throws {
            try LintSession(request: request, console: console).run()
        }
    }
}
