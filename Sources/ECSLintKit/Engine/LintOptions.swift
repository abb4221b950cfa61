/// What will read the file, which decides how problems that only one reader
/// fixes by itself are graded (`consumer` in `.ecslint.yml`, `--consumer`).
public enum Consumer: String, Sendable, CaseIterable {
    /// `aws ecs register-task-definition --cli-input-json file://…`, which
    /// sends the file as it is: nulls and read-only describe fields are errors.
    case awsCLI = "aws-cli"
    /// The GitHub "Deploy to Amazon ECS" action, which strips read-only
    /// fields, nulls and empty values before registering: those are warnings.
    case deployAction = "deploy-action"

    /// How a message names the setting in force.
    public var settingText: String { "consumer: \(rawValue)" }
}

/// Settings that change what the engine checks.
public struct LintOptions: Sendable {
    /// The launch type assumed when a file's `requiresCompatibilities` is silent.
    public var launchType: LaunchType?
    /// Rule options from the configuration, by rule code, then option name.
    public var ruleOptions: [String: [String: [String]]]
    /// Variables substituted into each file before it is parsed (`--var`,
    /// `--var-file`, `--vars-from-env`), or nil to lint files as written.
    public var variables: [String: String]? = nil
    /// The variables named with `--var` or `--var-file`: the only ones
    /// substituted in container text (`TemplateSubstitution`). Nil when every
    /// variable was named (no `--vars-from-env`).
    public var namedVariables: Set<String>? = nil
    /// Whether the rule with a code runs: `Configuration.isEnabled(_:)` of
    /// the configuration in force; every rule without a configuration (a
    /// `FindingFilter` then decides what is shown). A `Linter` reads it once,
    /// when it is created.
    public var isRuleEnabled: @Sendable (String) -> Bool
    /// What will read the file (default: the AWS CLI).
    public var consumer: Consumer = .awsCLI

    /// Creates options that run every rule.
    public init(launchType: LaunchType? = nil, ruleOptions: [String: [String: [String]]] = [:]) {
        self.launchType = launchType
        self.ruleOptions = ruleOptions
        self.isRuleEnabled = { _ in true }
    }

    /// The engine options a configuration asks for; `launchType` (from the
    /// command line) wins over the configuration's.
    public init(configuration: Configuration, launchType: LaunchType? = nil) {
        self.launchType = launchType ?? configuration.launchType
        self.consumer = configuration.consumer ?? .awsCLI
        self.ruleOptions = configuration.rules.compactMapValues { $0.options.isEmpty ? nil : $0.options }
        self.isRuleEnabled = { configuration.isEnabled($0) }
    }

    /// The substitution of `variables` into `source` (see `TemplateSubstitution`):
    /// container text keeps its `$VAR` unless the variable is named.
    public func substitute(_ source: SourceText, format: SourceFormat?) -> (bytes: [UInt8], map: OffsetMap) {
        let variables = variables ?? [:]
        guard let named = namedVariables else { return TemplateSubstitution.apply(source.bytes, variables: variables) }
        let protected = TemplateSubstitution.containerTextRanges(source, format: format)
        return TemplateSubstitution.apply(source.bytes, variables: variables, protected: protected, named: named)
    }
}

/// Everything the engine found in one file.
public struct FileReport: Sendable {
    /// The file as read.
    public var source: SourceText
    /// The format it was read as.
    public var format: SourceFormat
    /// The findings, in report order.
    public var findings: [Finding]
    /// Ranges holding secret values; reporters must not print them.
    public var sensitiveRanges: [SourceRange]
    /// The shapes of input the file's documents were read as, in order of
    /// first appearance (`task-definition`, `container-definitions`, …).
    public var kinds: [InputShape] = []
    /// Byte ranges of the source holding secrets (found by name or shape),
    /// sorted and merged; code frames mask them.
    public var secretRanges: [Range<Int>] = []
    /// Masks the secret values of this file (and any secret shape) in text.
    public var secrets = SecretMasker()
    /// Whether the file looks like a task definition at all (see
    /// `TaskDefinitionDetector`); directory scans skip files that do not.
    public var isTaskDefinitionCandidate = true
    /// The file's task definitions, which the run's service requests may name.
    var taskDefinitions: [RunTaskDefinition] = []
    /// Service and run-task requests whose rules wait for `ServiceResolution`.
    var pendingServices: [PendingService] = []
    /// Maps a range in the text that was linted back to the file, when
    /// variables were substituted into it; findings made later use it.
    var originalRange: (@Sendable (SourceRange) -> SourceRange)? = nil

    /// Whether the file has service or run-task requests not yet checked
    /// (`Linter.lintDeferringServices`; `ServiceResolution.resolve` checks them).
    public var hasPendingServices: Bool { !pendingServices.isEmpty }

    /// Creates a report.
    public init(source: SourceText, format: SourceFormat, findings: [Finding], sensitiveRanges: [SourceRange] = []) {
        self.source = source
        self.format = format
        self.findings = findings
        self.sensitiveRanges = sensitiveRanges
    }

    /// The number of findings of a severity.
    public func count(of severity: Severity) -> Int {
        findings.count(where: { $0.severity == severity })
    }
}
