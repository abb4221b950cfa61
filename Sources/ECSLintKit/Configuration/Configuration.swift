/// The failure threshold: the lowest severity that makes a run fail.
public enum FailureThreshold: String, Sendable, Hashable, CaseIterable {
    /// Fail on errors only (the default).
    case error
    /// Fail on warnings and errors.
    case warning
    /// Fail on any finding.
    case info
    /// Never fail because of findings.
    case never

    /// The lowest failing severity, or nil for `never`.
    public var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }

    /// Whether a finding of `severity` fails the run.
    public func fails(on severity: Severity) -> Bool {
        self.severity.map { severity >= $0 } ?? false
    }
}

/// A named selection of rules.
public enum Preset: String, Sendable, Hashable, CaseIterable {
    /// The rules that are on by default: what AWS rejects, what fails at
    /// launch, and the risks worth a look on every file.
    case `default`
    /// Every rule, the opt-in opinions included.
    case strict
}

/// How one rule is configured: on or off, its severity, its options.
public struct RuleSetting: Sendable, Hashable {
    /// Whether the rule reports anything.
    public var isEnabled: Bool = true
    /// The severity that replaces the rule's default.
    public var severity: Severity?
    /// Option values by option name; every value is a list of strings.
    public var options: [String: [String]] = [:]

    /// Creates a setting.
    public init(isEnabled: Bool = true, severity: Severity? = nil, options: [String: [String]] = [:]) {
        self.isEnabled = isEnabled
        self.severity = severity
        self.options = options
    }
}

/// Findings to ignore in files matching a glob.
public struct PathIgnore: Sendable, Hashable {
    /// Globs relative to the configuration file's folder (`*`, `**`, `?`).
    public var patterns: [String]
    /// The rule codes to ignore; nil ignores every rule.
    public var codes: Set<String>?
    /// JSON Pointers within the files: only findings at one of them or below
    /// it are ignored; nil ignores findings anywhere in the files. This is how
    /// a JSON file, which cannot hold a comment, silences one finding.
    public var pointers: [JSONPointer]?

    /// Creates an ignore entry.
    public init(patterns: [String], codes: Set<String>?, pointers: [JSONPointer]? = nil) {
        self.patterns = patterns
        self.codes = codes
        self.pointers = pointers
    }

    /// Whether the entry's pointers cover `pointer` (always, without pointers).
    func covers(_ pointer: JSONPointer) -> Bool {
        guard let pointers else { return true }
        return pointers.contains {
            $0.tokens.count <= pointer.tokens.count && Array(pointer.tokens.prefix($0.tokens.count)) == $0.tokens
        }
    }
}

/// The settings of a `.ecslint.yml` file (or the defaults when there is none).
public struct Configuration: Sendable {
    /// The file it was read from, or nil for the defaults.
    public var path: String?
    /// The folder that ignore globs are relative to.
    public var baseDirectory: String
    /// The failure threshold, when the file sets one.
    public var failOn: FailureThreshold?
    /// The launch type assumed when a task definition does not say.
    public var launchType: LaunchType?
    /// Settings by rule code.
    public var rules: [String: RuleSetting]
    /// Per-path ignores.
    public var ignores: [PathIgnore]
    /// What will read the files, when the file says.
    public var consumer: Consumer?
    /// The rule selection, when the file names one.
    public var preset: Preset?
    /// The lowest severity reported, when the file sets one.
    public var minSeverity: Severity?

    /// Creates a configuration.
    public init(
        path: String? = nil, baseDirectory: String = ".", failOn: FailureThreshold? = nil,
        launchType: LaunchType? = nil, rules: [String: RuleSetting] = [:], ignores: [PathIgnore] = []
    ) {
        self.path = path
        self.baseDirectory = baseDirectory
        self.failOn = failOn
        self.launchType = launchType
        self.rules = rules
        self.ignores = ignores
    }

    /// The defaults: the rules that are on by default, at their own severity, nothing ignored.
    public static let defaults = Configuration()

    /// Every rule on (`preset: strict`), at its own severity, nothing ignored.
    public static let strict: Configuration = {
        var configuration = Configuration()
        configuration.preset = .strict
        return configuration
    }()

    /// The setting of a rule (the default setting when the file is silent).
    public func setting(for code: String) -> RuleSetting {
        rules[code] ?? RuleSetting(isEnabled: isEnabled(code))
    }

    /// Whether the rule with `code` reports anything: as the file says for
    /// that rule, else on with the `strict` preset, else the rule's default.
    /// This is the one place that decides it: the engine does not run a rule
    /// this turns off, and `FindingFilter` drops a disabled engine check's findings.
    public func isEnabled(_ code: String) -> Bool {
        if let setting = rules[code] { return setting.isEnabled }
        return preset == .strict || RuleRegistry.enabledByDefault.contains(code)
    }

    /// Whether a finding of `severity` is shown (`min-severity`).
    public func shows(_ severity: Severity) -> Bool {
        severity >= (minSeverity ?? .info)
    }

    /// Whether findings of `code` are ignored in the file at `path`
    /// (a path as given on the command line).
    public func ignores(code: String, inFileAt path: String) -> Bool {
        ignoredCodes(inFileAt: path).contains(code)
    }

    /// Whether a finding in the file at `path` is ignored: by rule and path,
    /// or by rule, path and JSON Pointer.
    public func ignores(_ finding: Finding, inFileAt path: String) -> Bool {
        ignores(code: finding.code, inFileAt: path) || ignoresByPointer(finding, inFileAt: path)
    }

    /// Whether a finding in the file at `path` is ignored by an entry with
    /// `pointers` (rule, path and JSON Pointer).
    public func ignoresByPointer(_ finding: Finding, inFileAt path: String) -> Bool {
        let relative = PathGlob.relativePath(path, to: baseDirectory)
        return ignores.contains { ignore in
            ignore.pointers != nil && (ignore.codes?.contains(finding.code) ?? true) && ignore.covers(finding.pointer)
                && ignore.patterns.contains { PathGlob.matches(relative, pattern: $0) }
        }
    }

    /// The rule codes ignored in the file at `path` by entries without
    /// `pointers`: its globs are matched once per file, not once per finding.
    public func ignoredCodes(inFileAt path: String) -> IgnoredCodes {
        // Entries with pointers are matched per finding (`ignoresByPointer`).
        guard !ignores.isEmpty else { return IgnoredCodes() }
        let relative = PathGlob.relativePath(path, to: baseDirectory)
        var ignored = IgnoredCodes()
        for ignore in ignores
        where ignore.pointers == nil && ignore.patterns.contains(where: { PathGlob.matches(relative, pattern: $0) }) {
            guard let codes = ignore.codes else { return IgnoredCodes(all: true) }
            ignored.codes.formUnion(codes)
        }
        return ignored
    }
}

/// The rule codes a configuration ignores in one file.
public struct IgnoredCodes: Sendable, Hashable {
    /// Whether every rule is ignored.
    public var all = false
    /// The codes ignored when not all are.
    public var codes: Set<String> = []

    /// Creates a set; the default ignores nothing.
    public init(all: Bool = false, codes: Set<String> = []) {
        self.all = all
        self.codes = codes
    }

    /// Whether findings of `code` are ignored.
    public func contains(_ code: String) -> Bool {
        all || codes.contains(code)
    }

    /// Whether nothing is ignored.
    public var isEmpty: Bool { !all && codes.isEmpty }
}

/// A configuration file that cannot be used, with the place of the problem.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The configuration file.
    public var path: String
    /// Where in it.
    public var position: SourcePosition
    /// What is wrong and what is accepted.
    public var message: String
    /// The other problems found in the same file, reported with this one.
    public var others: [ConfigurationError] = []

    /// Creates an error.
    public init(path: String, position: SourcePosition, message: String) {
        self.path = path
        self.position = position
        self.message = message
    }

    /// `path:line:column: error: message`, one line per problem.
    public var description: String {
        ([self] + others).map { "\($0.path):\($0.position.line):\($0.position.column): error: \($0.message)" }
            .joined(separator: "\n")
    }
}
