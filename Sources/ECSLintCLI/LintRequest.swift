import ArgumentParser
import ECSLintKit

/// What one `ecslint lint` run was asked to do: its command line as plain
/// values, which ``LintSession`` and ``LintPlanner`` read.
///
/// swift-argument-parser builds it from ``ECSLintCommand/Lint``. The command
/// lines that pre-commit and most scripts run (`ecslint lint [--skip-unrecognized]
/// FILE…`) are read by ``quick(_:)`` instead: building the parser's
/// description of the command's twenty-odd options by reflection costs more
/// than linting a small file. A test holds the two equal for every command
/// line `quick` accepts.
struct LintRequest: Equatable {
    var paths: [String] = []
    var formats: [OutputFormat] = []
    var outputs: [String] = []
    var config: String?
    var launchType: LaunchType?
    var failOn: FailureThreshold?
    var quiet = false
    var minSeverity: Severity?
    var strict = false
    var consumer: Consumer?
    var baseline: String?
    var writeBaseline: String?
    /// `--color`, with `--no-color` folded in.
    var color: ColorChoice = .auto
    var stdinFormat: StdinFormat?
    var stdinFilename: String?
    /// The `--ignore` values as given (codes or names, comma-separated lists allowed).
    var ignoredRules: [String] = []
    var skipUnrecognized = false
    var fix = false
    var diff = false
    var unsafeFixes = false
    /// The `--task-definition` files.
    var taskDefinitionFiles: [String] = []
    var variables = TemplateVariables()

    /// Each report's format and file, `--output` going with the `--format`
    /// before it in `arguments` (the command line this was parsed from).
    func destinations(arguments: [String] = []) throws(ValidationError) -> [ReportDestination] {
        try ReportDestinations.resolve(formats: formats, outputs: outputs, arguments: arguments)
    }

    /// The codes of the rules turned off with `--ignore`.
    func ignoredCodes() throws(ValidationError) -> Set<String> {
        var codes: Set<String> = []
        for name in ignoredRules.flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let descriptor = RuleRegistry.descriptor(named: name) else {
                throw ValidationError("--ignore \(name): " + RuleNameSuggestion.unknownRuleMessage(name))
            }
            codes.insert(descriptor.code)
        }
        return codes
    }
}

extension LintRequest {
    /// Sets the flag without a value `argument` (one that ``quick(_:)``
    /// reads); false when `argument` is not one of them.
    private mutating func setQuickFlag(_ argument: String) -> Bool {
        switch argument {
        case "--skip-unrecognized": skipUnrecognized = true
        case "--quiet", "-q": quiet = true
        case "--strict": strict = true
        case "--no-color": color = .never
        default: return false
        }
        return true
    }

    /// The request of `arguments` (without the program name) when it is
    /// `[lint] ARG…` where each ARG is a path that does not start with `-`,
    /// `--skip-unrecognized`, `--quiet`/`-q`, `--strict` or `--no-color` (each at most once), or one `--format`/`-f`
    /// with a format name as the next argument; nil for anything else, which
    /// swift-argument-parser then parses (and reports errors and help for).
    static func quick(_ arguments: [String]) -> LintRequest? {
        guard var rest = ECSLintCommand.lintArguments(arguments) else { return nil }
        var request = LintRequest()
        var flagsSeen: Set<String> = []
        while let argument = rest.popFirst() {
            if !argument.hasPrefix("-") {
                request.paths.append(argument)
            } else if request.setQuickFlag(argument) {
                // Once each (`-q` and `--quiet` are one flag): the parser decides repeats.
                guard flagsSeen.insert(argument == "-q" ? "--quiet" : argument).inserted else { return nil }
            } else if argument == "--format" || argument == "-f" {
                // One report only: several need `--output`, which the parser pairs.
                guard request.formats.isEmpty, let value = rest.popFirst(), let format = OutputFormat(rawValue: value)
                else { return nil }
                request.formats.append(format)
            } else {
                return nil
            }
        }
        return request
    }
}

extension ECSLintCommand.Lint {
    /// The parsed command line as plain values.
    var request: LintRequest {
        LintRequest(
            paths: paths, formats: format, outputs: output, config: linter.config, launchType: linter.launchType,
            failOn: failure.failOn, quiet: quiet, minSeverity: minSeverity, strict: strict, consumer: consumer,
            baseline: baseline, writeBaseline: writeBaseline, color: color.noColor ? .never : color.color,
            stdinFormat: stdinFormat, stdinFilename: stdinFilename, ignoredRules: ignoredRules,
            skipUnrecognized: skipUnrecognized, fix: fix, diff: diff, unsafeFixes: unsafeFixes,
            taskDefinitionFiles: taskDefinition, variables: variables.request)
    }
}
