import ArgumentParser
import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The lint gate of `ecslint register`: the same engine, configuration
/// (`--config` or the nearest `.ecslint.yml`) and filters as `ecslint lint`.
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
            printError(error.description)
            throw ExitStatus.usage
        }
        let linter = Linter(options: LintOptions(configuration: configuration, launchType: launchType))
        let filter = FindingFilter(configuration: configuration, pathForIgnores: resolver.absolutePath(path))
        var report = filter.apply(to: linter.lint(SourceText(path: path, bytes: bytes)))
        OutputMasking.learn([report])
        report.findings.removeAll(where: waived)
        let threshold = failOn ?? configuration.failOn ?? .error
        return Verdict(
            report: report, threshold: threshold, failing: report.findings.filter { threshold.fails(on: $0.severity) })
    }

    /// Prints a refused file's findings on standard output, as `lint` does.
    static func printRefusal(_ verdict: Verdict, format: RegisterFormat) {
        let run = LintRun(files: [verdict.report])
        switch format {
        case .text:
            let colored = isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil
            printOutput(TextReporter(style: TextStyle(colored: colored)).render(run), terminator: "")
        case .json:
            printOutput(JSONReporter().render(run), terminator: "")
        }
        let count = verdict.failing.count
        printError(
            "ecslint: not registered: \(count) finding\(count == 1 ? "" : "s") at or above --fail-on "
                + "\(verdict.threshold.rawValue); nothing was sent")
    }

    /// Prints findings below the threshold on standard error, keeping standard output for the ARN.
    static func printBelowThreshold(_ verdict: Verdict) {
        guard !verdict.report.findings.isEmpty else { return }
        let text = TextReporter(style: TextStyle(colored: false)).render(LintRun(files: [verdict.report]))
        printError(text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }
}

/// The output formats of `register`.
enum RegisterFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
