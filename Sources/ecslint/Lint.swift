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
            help: "Report format: text, json, junit, sarif or github. Repeat to write several reports.")
        var format: [OutputFormat] = []

        @Option(name: [.short, .long], help: "Write the report of the --format at the same position to this file.")
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

        @Option(help: "Read standard input as this format (json or yaml) instead of guessing.")
        var stdinFormat: StdinFormat?

        @Option(
            help: """
                The task definition that service and run-task requests launch, when it is not among the files                 linted (it is read, not reported).
                """)
        var taskDefinition: [String] = []

        @OptionGroup(title: "Template variables")
        var variables: VariableOptions

        func validate() throws {
            if output.count > max(format.count, 1) {
                throw ValidationError(
                    "each --output needs a --format before it (got \(output.count) outputs for \(format.count) formats)"
                )
            }
            if format.count - output.count > 1 {
                throw ValidationError(
                    "only one --format can go to standard output; give an --output file for the others")
            }
        }

        func run() throws {
            let collected = FileCollector().collect(paths.isEmpty ? ["."] : paths)
            for problem in collected.problems {
                printError("ecslint: \(problem)")
            }
            if collected.inputs.isEmpty && collected.problems.isEmpty {
                printError("ecslint: no task definition files (*.json, *.yaml, *.yml) found")
                throw ExitStatus.usage
            }
            let plans = try plan(collected.inputs, discovered: collected.discovered)
            let (reports, unreadable, skipped) = ParallelLinter().lint(
                plans, stdinFormat: stdinFormat?.sourceFormat, taskDefinitionFiles: try taskDefinitionFiles())
            for problem in unreadable {
                printError("ecslint: \(problem)")
            }
            if skipped > 0 {
                printError(
                    "ecslint: skipped \(skipped) JSON/YAML \(skipped == 1 ? "file" : "files") in folders that \(skipped == 1 ? "is" : "are") not task definitions (name a file to lint it anyway)"
                )
            }
            if reports.isEmpty && unreadable.isEmpty && collected.problems.isEmpty {
                printError("ecslint: no task definition files found")
                throw ExitStatus.usage
            }
            if let writeBaseline {
                try writeFile(Baseline(accepting: reports).serialized(), to: writeBaseline)
                printError(
                    "ecslint: recorded \(reports.reduce(0) { $0 + $1.findings.count }) findings in \(writeBaseline)")
                if !collected.problems.isEmpty || !unreadable.isEmpty { throw ExitStatus.usage }
                return
            }
            let shown = quiet ? reports.map(\.errorsOnly) : reports
            let threshold = failOn ?? plans.first?.configuration.failOn ?? .error
            let run = LintRun(files: shown)
            if !reports.isEmpty || (collected.problems.isEmpty && unreadable.isEmpty) {
                try write(run, threshold: threshold)
            }
            if !collected.problems.isEmpty || !unreadable.isEmpty { throw ExitStatus.usage }
            var configuredThresholds: [String: FailureThreshold] = [:]
            for plan in plans { configuredThresholds[plan.path] = plan.configuration.failOn }
            let failed = shown.contains { report in
                let fileThreshold = failOn ?? configuredThresholds[report.source.path] ?? threshold
                return report.findings.contains { fileThreshold.fails(on: $0.severity) }
            }
            if failed { throw ExitStatus.findings }
        }

        /// Resolves each input's configuration, linter and filter; a broken
        /// configuration or baseline is a usage error.
        private func plan(_ inputs: [LintInput], discovered: Set<String>) throws -> [LintPlan] {
            let substituted = try variables.resolved()
            do {
                let resolver = try ConfigurationResolver(explicitPath: config)
                let accepted = try baseline.map { path throws(ConfigurationError) -> Baseline in
                    switch FileReader.contents(of: .file(path)) {
                    case .success(let file): return try Baseline(parsing: file.bytes, path: path)
                    case .failure(let failure):
                        throw ConfigurationError(path: path, position: .start, message: failure.description)
                    }
                }
                return try inputs.map { input throws(ConfigurationError) -> LintPlan in
                    let path: String? = if case .file(let path) = input { path } else { nil }
                    let configuration = overridden(try resolver.configuration(forFileAt: path))
                    return LintPlan(
                        input: input, path: path ?? "-", configuration: configuration,
                        skipsNonTaskDefinitions: path.map(discovered.contains) ?? false,
                        linter: Linter(
                            options: LintOptions(configuration: configuration, launchType: launchType)
                                .substituting(substituted)),
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

        private func write(_ run: LintRun, threshold: FailureThreshold) throws {
            let formats = format.isEmpty ? [OutputFormat.text] : format
            for (index, chosen) in formats.enumerated() {
                let destination = index < output.count ? output[index] : nil
                let colored = destination == nil && color.enabled(forFileDescriptor: STDOUT_FILENO)
                let text = reporter(for: chosen, colored: colored, threshold: threshold).render(run)
                if let destination {
                    try writeFile(text, to: destination)
                } else {
                    print(text, terminator: "")
                }
            }
        }

        private func writeFile(_ text: String, to destination: String) throws {
            do {
                try AtomicFile.write(text, to: destination)
            } catch {
                printError("ecslint: cannot write \(destination): \(error)")
                throw ExitStatus.usage
            }
        }

        private func reporter(for format: OutputFormat, colored: Bool, threshold: FailureThreshold) -> any Reporter {
            switch format {
            case .text: TextReporter(style: TextStyle(colored: colored))
            case .json: JSONReporter()
            case .junit:
                JUnitReporter(failureThreshold: threshold.severity, timestamp: .init(secondsSince1970: Int(time(nil))))
            case .sarif: SARIFReporter()
            case .github: GitHubReporter()
            }
        }
    }
}

/// How one input is linted: with which configuration, linter and filter.
struct LintPlan: Sendable {
    let input: LintInput
    let path: String
    let configuration: Configuration
    /// Whether a file that is not a task definition is dropped silently (found in a folder).
    let skipsNonTaskDefinitions: Bool
    let linter: Linter
    let filter: FindingFilter
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
    /// Whether to colour output written to a file descriptor.
    func enabled(forFileDescriptor descriptor: Int32) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isatty(descriptor) == 1 && getenv("NO_COLOR") == nil
        }
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    let bytes = Array((text + "\n").utf8)
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(STDERR_FILENO, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written <= 0 { break }
            offset += written
        }
    }
}
