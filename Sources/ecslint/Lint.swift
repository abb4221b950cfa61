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
                skipping hidden folders and build output such as node_modules), or - for standard input.
                """
        )

        @Argument(help: "Files or directories to lint; - reads standard input.")
        var paths: [String] = []

        @Option(name: [.short, .long], help: "Report format: text or json. Repeat to write several reports.")
        var format: [OutputFormat] = []

        @Option(name: [.short, .long], help: "Write the report of the --format at the same position to this file.")
        var output: [String] = []

        @Option(help: "Launch type to assume when requiresCompatibilities is absent: EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES.")
        var launchType: LaunchType?

        @Option(help: "Lowest severity that makes the exit status 1: error, warning, info or never.")
        var failOn: FailureThreshold = .error

        @Option(help: "Colour text output: auto (when standard output is a terminal and NO_COLOR is unset), always or never.")
        var color: ColorChoice = .auto

        @Option(help: "Read standard input as this format (json or yaml) instead of guessing.")
        var stdinFormat: StdinFormat?

        func validate() throws {
            if output.count > max(format.count, 1) {
                throw ValidationError("each --output needs a --format before it (got \(output.count) outputs for \(format.count) formats)")
            }
            if format.count - output.count > 1 {
                throw ValidationError("only one --format can go to standard output; give an --output file for the others")
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
            let linter = Linter(options: LintOptions(launchType: launchType))
            let (reports, unreadable) = ParallelLinter(linter: linter).lint(
                collected.inputs, stdinFormat: stdinFormat?.sourceFormat)
            for problem in unreadable {
                printError("ecslint: \(problem)")
            }
            let run = LintRun(files: reports)
            if !reports.isEmpty || (collected.problems.isEmpty && unreadable.isEmpty) {
                try write(run)
            }
            if !collected.problems.isEmpty || !unreadable.isEmpty { throw ExitStatus.usage }
            let failed = reports.contains { $0.findings.contains { failOn.fails(on: $0.severity) } }
            if failed { throw ExitStatus.findings }
        }

        private func write(_ run: LintRun) throws {
            let formats = format.isEmpty ? [OutputFormat.text] : format
            for (index, chosen) in formats.enumerated() {
                let destination = index < output.count ? output[index] : nil
                let colored = destination == nil && color.enabled(forFileDescriptor: STDOUT_FILENO)
                let text = reporter(for: chosen, colored: colored).render(run)
                if let destination {
                    do {
                        try AtomicFile.write(text, to: destination)
                    } catch {
                        printError("ecslint: cannot write \(destination): \(error)")
                        throw ExitStatus.usage
                    }
                } else {
                    print(text, terminator: "")
                }
            }
        }

        private func reporter(for format: OutputFormat, colored: Bool) -> any Reporter {
            switch format {
            case .text: TextReporter(style: TextStyle(colored: colored))
            case .json: JSONReporter()
            }
        }
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
