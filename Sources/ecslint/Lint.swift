import ArgumentParser
import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ECSLintCommand {
    /// `ecslint lint`: checks files and prints a report.
    struct Lint: ParsableCommand {
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
            help: "Report format: \(Reporters.choices). Repeat to write several reports."
        )
        var format: [OutputFormat] = []

        @Option(
            name: [.short, .long],
            help:
                "Write the report of the --format just before this option to FILE (with no --format: the text report)."
        )
        var output: [String] = []

        @Option(
            help:
                "Launch type to assume when requiresCompatibilities is absent: EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES."
        )
        var launchType: LaunchType?

        @Option(help: "Lowest severity that makes the exit status 1: error (default), warning, info or never.")
        var failOn: FailureThreshold?

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

        @Option(name: [.short, .long], help: "Use this configuration file instead of the nearest .ecslint.yml.")
        var config: String?

        @Option(help: "Ignore the findings recorded in this baseline file; report only new ones.")
        var baseline: String?

        @Option(help: "Record every current finding in this baseline file (written atomically) and exit 0.")
        var writeBaseline: String?

        @Option(
            help:
                "Colour text output: auto (when standard output is a terminal and NO_COLOR is unset), always or never.")
        var color: ColorChoice = .auto

        @Flag(name: .customLong("no-color"), help: "Do not colour text output (the same as --color never).")
        var noColor = false

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
            _ = try destinations()
            _ = try ignoredCodes()
        }

        /// Each report's format and file, `--output` going with the `--format` before it.
        func destinations() throws(ValidationError) -> [ReportDestination] {
            try ReportDestinations.resolve(
                formats: format, outputs: output, arguments: Array(CommandLine.arguments.dropFirst()))
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

        func run() throws {
            var collected = FileCollector().collect(paths.isEmpty ? ["."] : paths)
            do {
                collected.inputs = try OutputIdentity.separate(
                    outputs: output + (writeBaseline.map { [$0] } ?? []), from: collected.inputs,
                    discovered: collected.discovered)
            } catch {
                printError("ecslint: \(error)")
                throw ExitStatus.usage
            }
            for problem in collected.problems {
                printError("ecslint: \(problem)")
            }
            if collected.inputs.isEmpty && collected.problems.isEmpty {
                printError("ecslint: no task definition files (*.json, *.yaml, *.yml) found")
                throw ExitStatus.usage
            }
            let plans = try plan(collected.inputs, discovered: collected.discovered)
            var fixed: FixRun.Result?
            if fix || diff {
                let result = FixRun(
                    showsDiff: diff, includesUnsafe: unsafeFixes, stdinFormat: stdinFormat?.sourceFormat
                )
                .run(plans)
                printError(FixRun.summary(result, showsDiff: diff))
                if diff {
                    for problem in result.problems { printError("ecslint: \(problem)") }
                    if !collected.problems.isEmpty || !result.problems.isEmpty { throw ExitStatus.usage }
                    if result.changedFiles > 0 { throw ExitStatus.findings }
                    return
                }
                fixed = result
            }
            let threshold = failOn ?? plans.first?.configuration.failOn ?? .error
            var output = ReportOutput(try reporters(threshold: threshold))
            defer { output.abandon() }
            var recorded: [FileReport] = []
            var reported = 0
            var unreadable = 0
            var skipped = 0
            var skippedNamed = 0
            var failed = false
            var services = ServiceStream(taskDefinitionFiles: try taskDefinitionFiles())
            func emit(_ report: FileReport, of plan: LintPlan) throws {
                reported += 1
                if writeBaseline != nil {
                    recorded.append(report)
                    return
                }
                let shown = quiet ? report.errorsOnly : report
                let fileThreshold = failOn ?? plan.configuration.failOn ?? threshold
                if shown.findings.contains(where: { fileThreshold.fails(on: $0.severity) }) { failed = true }
                try output.write(shown)
            }
            do {
                if let fixed {
                    for problem in fixed.problems {
                        printError("ecslint: \(problem)")
                        unreadable += 1
                    }
                    skipped = fixed.skipped
                    // `--fix` on standard input prints the fixed text instead of a report.
                    let printsFixedInput = collected.inputs.contains(.standardInput)
                    for report in fixed.reports {
                        reported += 1
                        let shown = quiet ? report.errorsOnly : report
                        if shown.findings.contains(where: { threshold.fails(on: $0.severity) }) { failed = true }
                        if !printsFixedInput { try output.write(shown) }
                    }
                } else {
                    try ParallelLinter().lint(plans, stdinFormat: stdinFormat?.sourceFormat) { plan, outcome in
                        switch outcome {
                        case .failure(let failure):
                            printError("ecslint: \(failure)")
                            unreadable += 1
                        case .success(let report):
                            OutputMasking.learn([report])
                            if plan.skipsNonTaskDefinitions && !report.isTaskDefinitionCandidate {
                                if collected.discovered.contains(plan.path) {
                                    skipped += 1
                                } else {
                                    printError(
                                        "ecslint: note: skipped \(plan.path): not an ECS task definition, container list or template"
                                    )
                                    skippedNamed += 1
                                }
                                return
                            }
                            let wasPending = report.hasPendingServices
                            guard
                                let ready = services.admit(
                                    report, input: plan.index, linter: plan.linter,
                                    canReadAgain: plan.input != .standardInput)
                            else { return }
                            try emit(wasPending ? plan.filtered(ready) : ready, of: plan)
                        }
                    }
                    for (input, report) in services.finish(lintAgain: { plans[$0].lintAgain() }) {
                        try emit(plans[input].filtered(report), of: plans[input])
                    }
                }
            } catch let failure as AtomicFile.Failure {
                printError("ecslint: cannot write \(failure.path): \(failure)")
                throw ExitStatus.usage
            }
            if skippedNamed > 0 && reported == 0 && unreadable == 0 && collected.problems.isEmpty {
                return
            }
            if skipped > 0 {
                printError(
                    "ecslint: skipped \(skipped) JSON/YAML \(skipped == 1 ? "file" : "files") in folders that \(skipped == 1 ? "is" : "are") not task definitions (name a file to lint it anyway)"
                )
            }
            let problems = !collected.problems.isEmpty || unreadable > 0
            if reported == 0 && !problems {
                printError("ecslint: no task definition files found")
                throw ExitStatus.usage
            }
            if let writeBaseline {
                let location = Baseline.Location(
                    directory: ConfigurationResolver.parent(
                        ConfigurationResolver.absolute(writeBaseline, in: ConfigurationResolver.currentDirectory())),
                    workingDirectory: ConfigurationResolver.currentDirectory())
                try writeFile(Baseline(accepting: recorded, location: location).serialized(), to: writeBaseline)
                printError(
                    "ecslint: recorded \(recorded.reduce(0) { $0 + $1.findings.count }) findings in \(writeBaseline)")
                if problems { throw ExitStatus.usage }
                return
            }
            do {
                try output.finish()
            } catch {
                printError("ecslint: cannot write \(error.path): \(error)")
                throw ExitStatus.usage
            }
            if problems { throw ExitStatus.usage }
            if failed { throw ExitStatus.findings }
        }

        /// Resolves each input's configuration, linter and filter; a broken
        /// configuration or baseline is a usage error.
        private func plan(_ inputs: [LintInput], discovered: Set<String>) throws -> [LintPlan] {
            let substituted = try variables.resolved()
            let ignored = try ignoredCodes()
            do {
                let resolver = try ConfigurationResolver(explicitPath: config)
                let accepted = try baseline.map { path throws(ConfigurationError) -> Baseline in
                    let location = Baseline.Location(
                        directory: ConfigurationResolver.parent(resolver.absolutePath(path)),
                        workingDirectory: ConfigurationResolver.currentDirectory())
                    switch FileReader.contents(of: .file(path)) {
                    case .success(let file): return try Baseline(parsing: file.bytes, path: path, location: location)
                    case .failure(let failure):
                        throw ConfigurationError(path: path, position: .start, message: failure.description)
                    }
                }
                // One linter per configuration file: files in the same tree share it.
                var linters: [String: Linter] = [:]
                return try inputs.enumerated().map { index, input throws(ConfigurationError) -> LintPlan in
                    let path: String? = if case .file(let path) = input { path } else { stdinFilename }
                    var configuration = overridden(try resolver.configuration(forFileAt: path))
                    for code in ignored { configuration.rules[code, default: RuleSetting()].isEnabled = false }
                    let key = configuration.path ?? ""
                    let linter =
                        linters[key]
                        ?? Linter(
                            options: LintOptions(configuration: configuration, launchType: launchType)
                                .substituting(substituted))
                    linters[key] = linter
                    return LintPlan(
                        index: index, input: input, path: path ?? "-", configuration: configuration,
                        skipsNonTaskDefinitions: skipUnrecognized || (path.map(discovered.contains) ?? false),
                        linter: linter,
                        filter: FindingFilter(
                            configuration: configuration, baseline: accepted,
                            pathForIgnores: path.map(resolver.absolutePath)))
                }
            } catch {
                printError(error.description)
                throw ExitStatus.usage
            }
        }

        /// The files given with `--task-definition`, linted for their task
        /// definitions only; one that cannot be read is a usage error.
        private func taskDefinitionFiles() throws -> [FileReport] {
            try taskDefinition.map { path in
                switch FileReader.contents(of: .file(path)) {
                case .success(let file):
                    return Linter(options: LintOptions(launchType: launchType))
                        .lintDeferringServices(SourceText(path: file.path, bytes: file.bytes))
                case .failure(let failure):
                    printError("ecslint: --task-definition: \(failure.description)")
                    throw ExitStatus.usage
                }
            }
        }

        /// The configuration with the command line's settings on top.
        private func overridden(_ file: Configuration) -> Configuration {
            var configuration = file
            if strict { configuration.preset = .strict }
            if let consumer { configuration.consumer = consumer }
            if let minSeverity { configuration.minSeverity = minSeverity }
            if quiet { configuration.minSeverity = .error }
            return configuration
        }

        /// One streaming reporter per `--format` (text when none), each with
        /// its `--output` file or nil for standard output.
        private func reporters(threshold: FailureThreshold) throws -> [(
            reporter: any StreamingReporter, destination: String?
        )] {
            let choice = noColor ? ColorChoice.never : color
            let sourceRoot = SourceRootFinder.find()
            return try destinations().map { destination in
                let colored = destination.path == nil && choice.enabled(forFileDescriptor: STDOUT_FILENO)
                return (
                    reporter(for: destination.format, colored: colored, threshold: threshold, sourceRoot: sourceRoot),
                    destination.path
                )
            }
        }

        private func writeFile(_ text: String, to destination: String) throws {
            do {
                try AtomicFile.write(OutputMasking.mask(text), to: destination)
            } catch {
                printError("ecslint: cannot write \(destination): \(error)")
                throw ExitStatus.usage
            }
        }

        private func reporter(
            for format: OutputFormat, colored: Bool, threshold: FailureThreshold, sourceRoot: SourceRoot?
        ) -> any StreamingReporter {
            format.reporter.make(
                ReportSettings(
                    colored: colored, failureThreshold: threshold.severity,
                    timestamp: .init(secondsSince1970: Int(time(nil))), sourceRoot: sourceRoot))
        }
    }
}

/// How one input is linted: with which configuration, linter and filter.
struct LintPlan: Sendable {
    /// The input's place in the run.
    let index: Int
    let input: LintInput
    let path: String
    let configuration: Configuration
    /// Whether a file that is not a task definition is dropped silently (found in a folder).
    let skipsNonTaskDefinitions: Bool
    let linter: Linter
    let filter: FindingFilter

    /// The report as the configuration, the baseline and suppression comments
    /// leave it; a file skipped as no task definition is left as it is.
    func filtered(_ report: FileReport) -> FileReport {
        report.isTaskDefinitionCandidate || !skipsNonTaskDefinitions ? filter.apply(to: report) : report
    }

    /// Lints the file again, its requests left pending (for `ServiceStream`,
    /// which keeps no parsed tree); nil when it can no longer be read.
    func lintAgain() -> FileReport? {
        guard case .file = input, case .success(let file) = FileReader.contents(of: input) else { return nil }
        return linter.lintDeferringServices(SourceText(path: file.path, bytes: file.bytes))
    }
}

extension FileReport {
    /// The report with only its errors.
    var errorsOnly: FileReport {
        var copy = self
        copy.findings = findings.filter { $0.severity == .error }
        return copy
    }
}

/// The formats `--stdin-format` accepts.
enum StdinFormat: String, ExpressibleByArgument, CaseIterable {
    case json, yaml

    var sourceFormat: SourceFormat {
        self == .json ? .json : .yaml
    }
}

extension ColorChoice {
    /// Whether to colour output written to a file descriptor. With `auto`:
    /// never when `NO_COLOR` is set and not empty; always when `FORCE_COLOR`
    /// or `CLICOLOR_FORCE` is set to something other than empty, `0` or
    /// `false` (CI logs that render colour); never when `TERM` is `dumb`;
    /// otherwise when the descriptor is a terminal.
    func enabled(forFileDescriptor descriptor: Int32, environment: (String) -> String? = ColorChoice.variable) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
            let forced = ["FORCE_COLOR", "CLICOLOR_FORCE"].contains { name in
                guard let value = environment(name) else { return false }
                return !["", "0", "false"].contains(value.lowercased())
            }
            if forced { return true }
            if environment("TERM") == "dumb" { return false }
            return isatty(descriptor) == 1
        }
    }

    /// An environment variable of this process.
    static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    let bytes = Array((OutputMasking.mask(text) + "\n").utf8)
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(STDERR_FILENO, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written <= 0 { break }
            offset += written
        }
    }
}
