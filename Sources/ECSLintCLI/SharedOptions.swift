import ArgumentParser
import ECSLintKit

/// `--config` and `--launch-type`: how `lint`, `render` and `register` set
/// up the linter, declared once.
struct LinterOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Use this configuration file instead of the nearest .ecslint.yml.")
    var config: String?

    @Option(
        help:
            "Launch type to assume when requiresCompatibilities is absent: EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES."
    )
    var launchType: LaunchType?
}

/// `--fail-on`: the lowest severity that fails `lint` (exit status 1) and
/// refuses a file in `register`, declared once.
struct FailureOptions: ParsableArguments {
    @Option(
        help:
            "Lowest severity that fails: lint exits 1, register sends nothing. error (default), warning, info or never."
    )
    var failOn: FailureThreshold?
}

/// `--color` and `--no-color`, for the commands that print findings as text.
struct ColorOptions: ParsableArguments {
    @Option(
        help: "Colour text output: auto (when the output is a terminal and NO_COLOR is unset), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .customLong("no-color"), help: "Do not colour text output (the same as --color never).")
    var noColor = false

    /// Whether to colour text written to `output`, as the environment says.
    func enabled(for output: CommandOutput, environment: Environment) -> Bool {
        (noColor ? ColorChoice.never : color).enabled(isTerminal: output.isTerminal, environment: environment)
    }
}
