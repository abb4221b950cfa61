#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An example in a rule's documentation, and a test case: a bad example must
/// produce exactly the findings its markers show, a good one none.
///
/// In `source`, the character `↓` marks the position where a finding of the
/// rule must start, and an optional `↑` after it where the finding's range
/// ends (without one, a JSON finding must cover the whole value or key that
/// starts at `↓`); the markers are removed before linting. A bad example
/// states the messages of its findings (`expect:`), in the order of its
/// markers, and the example tests check them.
public struct RuleExample: Sendable {
    /// Whether the example must trigger the rule.
    public enum Kind: String, Sendable {
        /// Must produce exactly the marked findings.
        case bad
        /// Must produce no finding of the rule.
        case good
    }

    /// Bad or good.
    public var kind: Kind
    /// The document, with `↓` markers in bad examples.
    public var source: String
    /// The format `source` is written in; JSON examples are also run as YAML.
    public var format: SourceFormat
    /// The launch type assumed when the document does not say (as `--launch-type`).
    public var launchType: LaunchType?
    /// A sentence shown above the example in the docs.
    public var caption: String?
    /// Options of this rule that the example sets, as in `.ecslint.yml`.
    public var options: [String: [String]] = [:]
    /// For a bad example of a rule with a fix: the text after every fix of
    /// the rule's findings is applied (safe and unsafe), without markers.
    public var fixed: String?
    /// For a service rule: the task definition (JSON, without markers) that
    /// is linted in the same run as the example, as a second file
    /// (`task-definition.json`); nil when the request is linted alone.
    public var taskDefinition: String? = nil
    /// For a bad example: the messages of the rule's findings, in the order
    /// of the markers (findings at one marker by message), as a reader sees
    /// them (with the AWS error appended). A message ending in `…` matches
    /// every message that starts with the text before it.
    public var expected: [String]? = nil

    /// A JSON example that must trigger the rule at each `↓`; `fixed` is
    /// the text its fixes produce, when the rule has a fix.
    public static func bad(
        _ source: String, launchType: LaunchType? = nil, caption: String? = nil, fixed: String? = nil,
        expect: [String]? = nil
    ) -> RuleExample {
        RuleExample(
            kind: .bad, source: source, format: .json, launchType: launchType, caption: caption, fixed: fixed,
            expected: expect)
    }

    /// A JSON example run with rule options set, as in `.ecslint.yml`.
    public static func configured(
        _ kind: Kind, _ source: String, options: [String: [String]], caption: String? = nil, expect: [String]? = nil
    ) -> RuleExample {
        RuleExample(
            kind: kind, source: source, format: .json, launchType: nil, caption: caption, options: options,
            expected: expect)
    }

    /// A JSON example that must not trigger the rule.
    public static func good(_ source: String, launchType: LaunchType? = nil, caption: String? = nil) -> RuleExample {
        RuleExample(kind: .good, source: source, format: .json, launchType: launchType, caption: caption)
    }

    /// A service, update-service or run-task request (JSON, markers in it),
    /// linted in one run with `taskDefinition` when one is given.
    public static func service(
        _ kind: Kind, _ source: String, taskDefinition: String? = nil, caption: String? = nil,
        expect: [String]? = nil
    ) -> RuleExample {
        RuleExample(
            kind: kind, source: source, format: .json, launchType: nil, caption: caption,
            taskDefinition: taskDefinition, expected: expect)
    }

    /// A YAML-only example that must trigger the rule at each `↓`; `fixed`
    /// is the text its fixes produce, when the rule has a fix.
    public static func badYAML(
        _ source: String, caption: String? = nil, fixed: String? = nil, expect: [String]? = nil
    ) -> RuleExample {
        RuleExample(
            kind: .bad, source: source, format: .yaml, launchType: nil, caption: caption, fixed: fixed,
            expected: expect)
    }

    /// A YAML-only example that must not trigger the rule.
    public static func goodYAML(_ source: String, caption: String? = nil) -> RuleExample {
        RuleExample(kind: .good, source: source, format: .yaml, launchType: nil, caption: caption)
    }

    /// The marker that shows where a finding starts.
    public static let marker: Character = "↓"
    /// The marker that shows where the range of the finding started by the
    /// last open `↓` ends.
    public static let endMarker: Character = "↑"

    /// The source without markers, and the byte offsets where markers stood.
    public var unmarked: (text: String, offsets: [Int]) {
        var text = ""
        var offsets: [Int] = []
        for character in source {
            if character == Self.marker {
                offsets.append(text.utf8.count)
            } else if character == Self.endMarker {
                continue
            } else {
                text.append(character)
            }
        }
        return (text, offsets)
    }
}

/// An option a rule reads from the configuration file.
public struct RuleOption: Sendable {
    /// The option's key under the rule in `.ecslint.yml`.
    public var name: String
    /// What it does and what it accepts.
    public var summary: String
    /// The value used when the configuration does not set it, as written in YAML.
    public var defaultValue: String

    /// Creates an option.
    public init(name: String, summary: String, defaultValue: String) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }
}

/// Everything about a rule except its check: the single source of truth for
/// `ecslint rules`, `ecslint explain`, the pages in `rules/`, SARIF metadata
/// and the example tests.
public struct RuleDescriptor: Sendable {
    /// The stable code, `ECS` and three digits; never reused.
    public var code: String
    /// The kebab-case name.
    public var slug: String
    /// A short title.
    public var title: String
    /// The default severity.
    public var severity: Severity
    /// When the problem bites.
    public var stage: Stage
    /// What the rule reads beyond the containers; the engine skips it where
    /// that is missing (a container list).
    public var needs: Set<RuleNeed>
    /// One sentence: what the rule checks.
    public var summary: String
    /// Why it matters.
    public var rationale: String
    /// How to fix a finding.
    public var fix: String
    /// AWS error texts this rule prevents, quoted exactly as AWS prints them.
    public var awsErrors: [String]
    /// Options read from the configuration.
    public var options: [RuleOption]
    /// Sources: AWS documentation pages and other references.
    public var references: [String]
    /// Bad and good examples, built the first time they are read: only the
    /// documentation and the example tests read them, so linting never
    /// builds them (one rule's example is a 64 KiB document).
    public var examples: [RuleExample] {
        get { exampleCache.value }
        set { exampleCache = LazyExamples(built: newValue) }
    }
    private var exampleCache: LazyExamples
    /// The fixes the rule's findings may carry (`--fix`, code actions).
    public var fixes: [RuleFix]
    /// Whether the rule runs without being asked for. Opinions that most real
    /// files trip are opt-in (`false`): `.ecslint.yml` turns them on one by
    /// one, `--strict` (or `preset: strict`) all at once.
    public var isEnabledByDefault: Bool

    /// Creates a descriptor.
    public init(
        code: String, slug: String, title: String, severity: Severity, stage: Stage, needs: Set<RuleNeed> = [],
        summary: String, rationale: String, fix: String, awsErrors: [String] = [],
        options: [RuleOption] = [], references: [String] = [], enabledByDefault: Bool = true,
        fixes: [RuleFix] = [], examples: @autoclosure @escaping @Sendable () -> [RuleExample]
    ) {
        self.isEnabledByDefault = enabledByDefault
        self.code = code
        self.slug = slug
        self.title = title
        self.severity = severity
        self.stage = stage
        self.needs = needs
        self.summary = summary
        self.rationale = rationale
        self.fix = fix
        self.awsErrors = awsErrors
        self.options = options
        self.references = references
        self.exampleCache = LazyExamples(examples)
        self.fixes = fixes
    }
}

/// A rule's examples, built on first use and then kept (shared by every
/// copy of the descriptor, and safe to read from many threads).
private final class LazyExamples: @unchecked Sendable {
    private let make: @Sendable () -> [RuleExample]
    private var built: [RuleExample]?
    private let lock = PosixLock()

    init(_ make: @escaping @Sendable () -> [RuleExample]) {
        self.make = make
    }

    convenience init(built: [RuleExample]) {
        self.init({ built })
    }

    var value: [RuleExample] {
        lock.withLock {
            if let built { return built }
            let examples = make()
            built = examples
            return examples
        }
    }
}
