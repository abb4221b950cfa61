import ArgumentParser
import ECSLintKit

/// The lint gate of `ecslint register`: the same engine, configuration
/// (`--config` or the nearest `.ecslint.yml`) and filters as `ecslint lint`,
/// with the template variables substituted as `render` does. Placeholders
/// left unfilled always refuse the file (whatever `--fail-on` or the
/// configuration says): ECS would register the literal `${IMAGE}`.
struct RegisterGate {
    /// The outcome for one file.
    struct Verdict {
        /// The filtered report.
        var report: FileReport
        /// The threshold in force.
        var threshold: FailureThreshold
        /// The findings at or above the threshold.
        var failing: [Finding]
    }

    let configPath: String?
    let launchType: LaunchType?
    let failOn: FailureThreshold?
    /// Where messages go and which secrets they mask.
    let console: Console
    /// The template variables (`--var`, `--var-file`, `--vars-from-env`).
    var variables: [String: String] = [:]

    /// Lints `bytes` as `lint` would lint the file at `path`, leaving out the
    /// findings `waived` says the register-ready conversion resolves; a broken
    /// configuration is a usage error.
    func check(path: String, bytes: [UInt8], waived: (Finding) -> Bool) throws -> Verdict {
        let configuration: Configuration
        let resolver: ConfigurationResolver
        do {
            resolver = try ConfigurationResolver(explicitPath: configPath)
            configuration = try resolver.configuration(forFileAt: path)
        } catch {
            console.printError(error.description)
            throw ExitStatus.usage
        }
        var options = LintOptions(configuration: configuration, launchType: launchType)
        options.variables = variables
        let linter = Linter(options: options)
        let filter = FindingFilter(configuration: configuration, pathForIgnores: resolver.absolutePath(path))
        let linted = linter.lint(SourceText(path: path, bytes: bytes))
        var report = filter.apply(to: linted)
        console.masking.learn([report])
        report.findings.removeAll { waived($0) || PlaceholderRefusal.refuses($0) }
        report.findings += linted.findings.filter(PlaceholderRefusal.refuses).map(PlaceholderRefusal.refusal)
        report.findings.sort(by: Finding.reportOrder)
        let threshold = failOn ?? configuration.failOn ?? .error
        return Verdict(
            report: report, threshold: threshold,
            failing: report.findings.filter {
                threshold.fails(on: $0.severity) || PlaceholderRefusal.refuses($0)
            })
    }

    /// Prints a refused file's findings on standard output, as `lint` does.
    func printRefusal(_ verdict: Verdict, format: RegisterFormat) {
        let run = LintRun(files: [verdict.report])
        switch format {
        case .text:
            let colored = ColorChoice.auto.enabled(
                isTerminal: console.standardOutput.isTerminal, environment: console.environment)
            console.printOutput(TextReporter(style: TextStyle(colored: colored)).render(run), terminator: "")
        case .json:
            console.printOutput(JSONReporter().render(run), terminator: "")
        }
        let unfilled = verdict.failing.filter(PlaceholderRefusal.refuses)
        if let placeholders = unfilled.first {
            console.printError("ecslint: not registered: \(placeholders.message); nothing was sent")
        }
        let count = verdict.failing.count - unfilled.count
        if count > 0 {
            console.printError(
                "ecslint: not registered: \(count) finding\(count == 1 ? "" : "s") at or above --fail-on "
                    + "\(verdict.threshold.rawValue); nothing was sent")
        }
    }

    /// Prints findings below the threshold on standard error, keeping standard output for the ARN.
    func printBelowThreshold(_ verdict: Verdict) {
        guard !verdict.report.findings.isEmpty else { return }
        let text = TextReporter(style: TextStyle(colored: false)).render(LintRun(files: [verdict.report]))
        console.printError(text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }
}

/// The output formats of `register`.
enum RegisterFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
