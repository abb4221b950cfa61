import ECSLintKit

#if canImport(Glibc)
    import Glibc
#endif

/// One run of `ecslint lint`: collects the inputs, plans each one (its
/// configuration, linter and filter), lints them in parallel or fixes them,
/// streams the reports, and decides the exit status. Everything it prints
/// goes through its ``Console``.
struct LintSession {
    let options: LintRequest
    let console: Console

    init(request: LintRequest, console: Console) {
        options = request
        self.console = console
    }

    /// What the report loop counted, for the messages and the exit status.
    private struct Tally {
        var recorded: [FileReport] = []
        var reported = 0
        var unreadable = 0
        var skipped = 0
        var skippedNamed = 0
        var failed = false
    }

    func run() throws {
        var collected = FileCollector().collect(options.paths.isEmpty ? ["."] : options.paths)
        do {
            collected.inputs = try OutputIdentity.separate(
                outputs: options.outputs + (options.writeBaseline.map { [$0] } ?? []), from: collected.inputs,
                discovered: collected.discovered)
        } catch {
            console.printError("ecslint: \(error)")
            throw ExitStatus.usage
        }
        for problem in collected.problems {
            console.printError("ecslint: \(problem)")
        }
        if collected.inputs.isEmpty && collected.problems.isEmpty {
            console.printError("ecslint: no task definition files (*.json, *.yaml, *.yml) found")
            throw ExitStatus.usage
        }
        let planner = LintPlanner(options: options, console: console)
        let plans = try planner.plan(collected.inputs, discovered: collected.discovered)
        var fixed: FixRun.Result?
        if options.fix || options.diff {
            let result = FixRun(
                showsDiff: options.diff, includesUnsafe: options.unsafeFixes,
                stdinFormat: options.stdinFormat?.sourceFormat, console: console
            )
            .run(plans)
            console.printError(FixRun.summary(result, showsDiff: options.diff))
            if options.diff {
                for problem in result.problems { console.printError("ecslint: \(problem)") }
                if !collected.problems.isEmpty || !result.problems.isEmpty { throw ExitStatus.usage }
                if result.changedFiles > 0 { throw ExitStatus.findings }
                return
            }
            fixed = result
        }
        let threshold = options.failOn ?? plans.first?.configuration.failOn ?? .error
        var output = ReportOutput(try reporters(threshold: threshold), console: console)
        defer { output.abandon() }
        var tally = Tally()
        var services = ServiceStream(taskDefinitionFiles: try planner.taskDefinitionFiles())
        func emit(_ report: FileReport, of plan: LintPlan) throws {
            tally.reported += 1
            if options.writeBaseline != nil {
                tally.recorded.append(report)
                return
            }
            let shown = options.quiet ? report.errorsOnly : report
            let fileThreshold = options.failOn ?? plan.configuration.failOn ?? threshold
            if shown.findings.contains(where: { fileThreshold.fails(on: $0.severity) }) { tally.failed = true }
            try output.write(shown)
        }
        do {
            if let fixed {
                for problem in fixed.problems {
                    console.printError("ecslint: \(problem)")
                    tally.unreadable += 1
                }
                tally.skipped = fixed.skipped
                // `--fix` on standard input prints the fixed text instead of a report.
                let printsFixedInput = collected.inputs.contains(.standardInput)
                for report in fixed.reports {
                    tally.reported += 1
                    let shown = options.quiet ? report.errorsOnly : report
                    if shown.findings.contains(where: { threshold.fails(on: $0.severity) }) { tally.failed = true }
                    if !printsFixedInput { try output.write(shown) }
                }
            } else {
                let linter = ParallelLinter(standardInput: console.standardInput)
                try linter.lint(plans, stdinFormat: options.stdinFormat?.sourceFormat) { plan, outcome in
                    switch outcome {
                    case .failure(let failure):
                        console.printError("ecslint: \(failure)")
                        tally.unreadable += 1
                    case .success(let report):
                        console.masking.learn([report])
                        if plan.skipsNonTaskDefinitions && !report.isTaskDefinitionCandidate {
                            if collected.discovered.contains(plan.path) {
                                tally.skipped += 1
                            } else {
                                console.printError(
                                    "ecslint: note: skipped \(plan.path): not an ECS task definition, container list or template"
                                )
                                tally.skippedNamed += 1
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
            console.printError("ecslint: cannot write \(failure.path): \(failure)")
            throw ExitStatus.usage
        }
        try finish(tally, collected: collected, output: &output)
    }

    /// The closing messages, the baseline or the reports' ends, and the exit status.
    private func finish(_ tally: Tally, collected: FileCollector.Result, output: inout ReportOutput) throws {
        if tally.skippedNamed > 0 && tally.reported == 0 && tally.unreadable == 0 && collected.problems.isEmpty {
            return
        }
        let skipped = tally.skipped
        if skipped > 0 {
            console.printError(
                "ecslint: skipped \(skipped) JSON/YAML \(skipped == 1 ? "file" : "files") in folders that \(skipped == 1 ? "is" : "are") not task definitions (name a file to lint it anyway)"
            )
        }
        let problems = !collected.problems.isEmpty || tally.unreadable > 0
        if tally.reported == 0 && !problems {
            console.printError("ecslint: no task definition files found")
            throw ExitStatus.usage
        }
        if let writeBaseline = options.writeBaseline {
            let location = Baseline.Location(
                directory: ConfigurationResolver.parent(
                    ConfigurationResolver.absolute(writeBaseline, in: ConfigurationResolver.currentDirectory())),
                workingDirectory: ConfigurationResolver.currentDirectory())
            try writeFile(Baseline(accepting: tally.recorded, location: location).serialized(), to: writeBaseline)
            console.printError(
                "ecslint: recorded \(tally.recorded.reduce(0) { $0 + $1.findings.count }) findings in \(writeBaseline)")
            if problems { throw ExitStatus.usage }
            return
        }
        do {
            try output.finish()
        } catch {
            console.printError("ecslint: cannot write \(error.path): \(error)")
            throw ExitStatus.usage
        }
        if problems { throw ExitStatus.usage }
        if tally.failed { throw ExitStatus.findings }
    }

    /// One streaming reporter per `--format` (text when none), each with
    /// its `--output` file or nil for standard output.
    private func reporters(threshold: FailureThreshold) throws -> [(
        reporter: any StreamingReporter, destination: String?
    )] {
        let sourceRoot = SourceRootFinder.find()
        let destinations: [ReportDestination]
        do {
            destinations = try options.destinations(arguments: console.arguments)
        } catch {
            console.printError("Error: \(error.message)")
            console.printError("Run 'ecslint help' for usage.")
            throw ExitStatus.usage
        }
        return destinations.map { destination in
            let colored =
                destination.path == nil
                && options.color.enabled(
                    isTerminal: console.standardOutput.isTerminal, environment: console.environment)
            return (
                reporter(for: destination.format, colored: colored, threshold: threshold, sourceRoot: sourceRoot),
                destination.path
            )
        }
    }

    private func writeFile(_ text: String, to destination: String) throws {
        do {
            try AtomicFile.write(console.masking.mask(text), to: destination)
        } catch {
            console.printError("ecslint: cannot write \(destination): \(error)")
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
