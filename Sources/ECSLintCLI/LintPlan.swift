import ECSLintKit

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
        guard case .file(let path) = input, case .success(let file) = FileReader.contents(ofFile: path) else {
            return nil
        }
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

/// Resolves each input's plan from the `lint` options: its configuration
/// (`--config` or the nearest `.ecslint.yml`, with the command line's
/// settings on top), its linter (one per configuration file) and its filter
/// (ignores, baseline).
struct LintPlanner {
    let options: LintRequest
    let console: Console

    /// The plans of `inputs`; a broken configuration or baseline is a usage error.
    func plan(_ inputs: [LintInput], discovered: Set<String>) throws -> [LintPlan] {
        let substituted = try options.variables.resolved(console: console)
        let ignored = try options.ignoredCodes()
        do {
            let resolver = try ConfigurationResolver(explicitPath: options.config)
            let accepted = try options.baseline.map { path throws(ConfigurationError) -> Baseline in
                let location = Baseline.Location(
                    directory: ConfigurationResolver.parent(resolver.absolutePath(path)),
                    workingDirectory: ConfigurationResolver.currentDirectory())
                switch FileReader.contents(ofFile: path) {
                case .success(let file): return try Baseline(parsing: file.bytes, path: path, location: location)
                case .failure(let failure):
                    throw ConfigurationError(path: path, position: .start, message: failure.description)
                }
            }
            // One linter per configuration file: files in the same tree share it.
            var linters: [String: Linter] = [:]
            return try inputs.enumerated().map { index, input throws(ConfigurationError) -> LintPlan in
                let path: String? = if case .file(let path) = input { path } else { options.stdinFilename }
                var configuration = overridden(try resolver.configuration(forFileAt: path))
                for code in ignored { configuration.rules[code, default: RuleSetting()].isEnabled = false }
                let key = configuration.path ?? ""
                let linter =
                    linters[key]
                    ?? Linter(
                        options: LintOptions(configuration: configuration, launchType: options.launchType)
                            .substituting(substituted))
                linters[key] = linter
                return LintPlan(
                    index: index, input: input, path: path ?? "-", configuration: configuration,
                    skipsNonTaskDefinitions: options.skipUnrecognized || (path.map(discovered.contains) ?? false),
                    linter: linter,
                    filter: FindingFilter(
                        configuration: configuration, baseline: accepted,
                        pathForIgnores: path.map(resolver.absolutePath)))
            }
        } catch {
            console.printError(error.description)
            throw ExitStatus.usage
        }
    }

    /// The files given with `--task-definition`, linted for their task
    /// definitions only; one that cannot be read is a usage error.
    func taskDefinitionFiles() throws -> [FileReport] {
        try options.taskDefinitionFiles.map { path in
            switch FileReader.contents(ofFile: path) {
            case .success(let file):
                return Linter(options: LintOptions(launchType: options.launchType))
                    .lintDeferringServices(SourceText(path: file.path, bytes: file.bytes))
            case .failure(let failure):
                console.printError("ecslint: --task-definition: \(failure.description)")
                throw ExitStatus.usage
            }
        }
    }

    /// The configuration with the command line's settings on top.
    private func overridden(_ file: Configuration) -> Configuration {
        var configuration = file
        if options.strict { configuration.preset = .strict }
        if let consumer = options.consumer { configuration.consumer = consumer }
        if let minSeverity = options.minSeverity { configuration.minSeverity = minSeverity }
        if options.quiet { configuration.minSeverity = .error }
        return configuration
    }
}
