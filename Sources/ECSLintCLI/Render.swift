import ArgumentParser
import ECSLintKit

extension ECSLintCommand {
    /// `ecslint render`: writes the register-ready JSON of a task definition file.
    struct Render: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the JSON that register-task-definition takes: YAML converted, variables substituted, "
                + "describe output unwrapped, read-only fields and nulls removed.",
            discussion: """
                The file is linted first; if errors remain (other than those rendering removes) they are \
                printed as lint prints them, nothing is written, and the exit status is 1. Placeholders left \
                unsubstituted are errors unless --keep-placeholders is given. A CloudFormation template \
                renders one AWS::ECS::TaskDefinition resource (--resource when it has several); a list of \
                container definitions renders as the cleaned list. Notes on what changed go to standard error.
                """
        )

        @Argument(help: "The task definition file; - reads standard input.")
        var path: String

        @OptionGroup var variables: VariableOptions

        @Option(name: [.short, .long], help: "Write the JSON to this file (atomically) instead of standard output.")
        var output: String?

        @OptionGroup var linter: LinterOptions

        @Option(help: "The logical id of the CloudFormation resource to render.")
        var resource: String?

        @Flag(help: "Write placeholders that were not substituted as they are instead of refusing.")
        var keepPlaceholders = false

        @OptionGroup var color: ColorOptions

        @Option(help: "Read standard input as this format (json or yaml) instead of guessing.")
        var stdinFormat: StdinFormat?

        func run(in console: Console) throws {
            let input: LintInput = path == "-" ? .standardInput : .file(path)
            let file: (path: String, bytes: [UInt8])
            switch console.contents(of: input) {
            case .success(let read): file = read
            case .failure(let failure):
                console.printError("ecslint: \(failure)")
                throw ExitStatus.usage
            }
            let (options, filter) = try settings(for: path == "-" ? nil : path, console: console)
            let renderer = TaskDefinitionRenderer(
                linter: Linter(options: options), resource: resource, keepsPlaceholders: keepPlaceholders)
            let source = SourceText(path: file.path, bytes: file.bytes)
            let rendered = renderer.render(
                source, format: path == "-" ? stdinFormat?.sourceFormat : nil, filter: filter.apply(to:))
            console.masking.learn([rendered.report])
            guard rendered.blocking.isEmpty, rendered.problems.isEmpty, let json = rendered.json else {
                report(rendered, console: console)
                throw ExitStatus.findings
            }
            for change in rendered.changes { console.printError("note: \(change)") }
            if let output {
                do {
                    try AtomicFile.write(json, to: output)
                } catch {
                    console.printError("ecslint: cannot write \(output): \(error)")
                    throw ExitStatus.usage
                }
            } else {
                console.write(json)
            }
        }

        /// The lint options and configuration filter for the file.
        private func settings(for filePath: String?, console: Console) throws -> (LintOptions, FindingFilter) {
            do {
                let resolver = try ConfigurationResolver(explicitPath: linter.config)
                let configuration = try resolver.configuration(forFileAt: filePath)
                var options = LintOptions(configuration: configuration, launchType: linter.launchType)
                let resolved = try variables.resolved(console: console)
                options.variables = resolved?.values ?? [:]
                options.namedVariables = resolved?.named
                let filter = FindingFilter(
                    configuration: configuration, pathForIgnores: filePath.map(resolver.absolutePath))
                return (options, filter)
            } catch let error as ConfigurationError {
                console.printError(error.description)
                throw ExitStatus.usage
            }
        }

        /// Prints why nothing was written, as `lint` prints findings, to standard error.
        private func report(_ rendered: TaskDefinitionRenderer.Output, console: Console) {
            var file = rendered.report
            file.findings = rendered.blocking
            let colored = color.enabled(for: console.standardError, environment: console.environment)
            if !file.findings.isEmpty {
                let text = TextReporter(style: TextStyle(colored: colored), showsSummary: false).render(
                    LintRun(files: [file]))
                console.printError(String(text.dropLast()))
            }
            for problem in rendered.problems { console.printError("ecslint: \(file.source.path): \(problem)") }
            let count = rendered.blocking.count
            if count > 0 {
                console.printError(
                    "ecslint: not rendered: \(count) error\(count == 1 ? " remains" : "s remain"); nothing was written")
            }
        }
    }
}
