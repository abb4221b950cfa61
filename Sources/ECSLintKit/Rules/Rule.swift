/// Anything with a rule descriptor: rules, and the checks the engine itself
/// performs (syntax, duplicate keys, the API schema).
public protocol RuleDescribing: Sendable {
    /// The rule's code, name, documentation and examples.
    static var descriptor: RuleDescriptor { get }
    /// What the engine reads of the rule at start (generated from the
    /// descriptor into `RuleCards.generated.swift`).
    static var card: RuleCard { get }
}

extension RuleDescribing {
    /// The rule's stable code (`ECS301`), so code and tests name a rule by
    /// its type (`HostPortMismatch.code`) rather than by a literal.
    public static var code: String { descriptor.code }
}

/// A rule: a descriptor (its documentation and examples) and a check over the
/// typed model.
///
/// Rules are small value types listed once in `RuleRegistry`. A rule reports
/// `Violation`s at JSON Pointers; the engine turns them into positioned
/// findings, so rules never see the source format or compute positions.
public protocol Rule: RuleDescribing {
    /// Creates the rule.
    init()

    /// Checks one task definition.
    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation]

    /// Whether the rule judges templated values itself (`ReadsLiteralParts`),
    /// so the engine keeps its findings on values holding a placeholder.
    /// Answered statically: a `rule is any ReadsLiteralParts` cast makes the
    /// Swift runtime scan every protocol conformance in the binary once per
    /// rule type, which cost more than linting a small file.
    static var readsLiteralParts: Bool { get }
}

extension Rule {
    /// False: the engine drops findings on values holding a placeholder.
    public static var readsLiteralParts: Bool { false }
}

/// A problem a rule found, before the engine positions it.
public struct Violation: Sendable {
    /// What is wrong, naming the actual value and what is accepted.
    public var message: String
    /// The AWS error the engine appends to the message, when the rule names one.
    public var aws: AWSErrorQuote?
    /// How to fix it; the descriptor's fix is used when nil.
    public var fix: String?
    /// Where.
    public var pointer: JSONPointer
    /// The key or the value at the pointer.
    public var target: FindingTarget
    /// Secondary locations.
    public var notes: [FindingNote]
    /// Overrides the descriptor's severity for this one finding.
    public var severity: Severity?
    /// Overrides the descriptor's stage for this one finding.
    public var stage: Stage?
    /// Whether the value at the pointer is a secret that no report may print.
    public var isSensitive: Bool
    /// The change that fixes it, when the rule can say; the rule's descriptor
    /// must declare a fix of the same applicability.
    public var correction: ProposedFix?

    /// Creates a violation.
    public init(
        _ message: String, aws: AWSErrorQuote? = nil, fix: String? = nil, at pointer: JSONPointer,
        target: FindingTarget = .value,
        notes: [FindingNote] = [], severity: Severity? = nil, stage: Stage? = nil, isSensitive: Bool = false,
        correction: ProposedFix? = nil
    ) {
        self.message = message
        self.aws = aws
        self.fix = fix
        self.pointer = pointer
        self.target = target
        self.notes = notes
        self.severity = severity
        self.stage = stage
        self.isSensitive = isSensitive
        self.correction = correction
    }
}

/// What a rule knows besides the task definition: the effective launch types,
/// network mode and platform, with ECS's defaults applied.
public struct RuleContext: Sendable {
    /// The effective launch types: `requiresCompatibilities` when it names
    /// any, else the `--launch-type` option, else EC2 (what the API validates
    /// against when the file is silent).
    public var launchTypes: Set<LaunchType>
    /// Whether `launchTypes` came from the file or option rather than the default.
    public var launchTypesAreDeclared: Bool
    /// The effective network mode: `networkMode`, else `awsvpc` for a task
    /// only for Managed Instances, else `bridge` (the Linux EC2 default).
    public var networkMode: NetworkMode
    /// The operating system family (Linux unless `runtimePlatform` says otherwise).
    public var operatingSystem: OperatingSystem
    /// The CPU architecture (X86_64 unless `runtimePlatform` says otherwise).
    public var architecture: CPUArchitecture
    /// The region the task logs to (the first `awslogs-region`), if any.
    public var logRegion: String?
    /// Whether the file is only a list of container definitions (Terraform's
    /// `container_definitions`): the task's network mode, size, volumes and
    /// roles are defined elsewhere, so rules must not report them missing.
    /// The engine already skips the rules whose descriptors declare `needs`
    /// the list cannot meet.
    public var isContainerFragment: Bool = false

    /// Rule options from the configuration, by rule code, then option name.
    public var ruleOptions: [String: [String: [String]]] = [:]

    /// The configured values of a rule's option, or nil when it is not set.
    public func option(_ name: String, of rule: RuleDescriptor) -> [String]? {
        ruleOptions[rule.code]?[name]
    }

    /// Derives the context of a task definition.
    public init(task: TaskDefinition, launchTypeOption: LaunchType? = nil) {
        let declared = task.declaredLaunchTypes
        if !declared.isEmpty {
            launchTypes = declared
            launchTypesAreDeclared = true
        } else if let option = launchTypeOption {
            launchTypes = [option]
            launchTypesAreDeclared = true
        } else {
            launchTypes = [.ec2]
            launchTypesAreDeclared = false
        }
        if let mode = task.declaredNetworkMode {
            networkMode = mode
        } else if launchTypes == [.managedInstances] {
            networkMode = .awsvpc
        } else {
            networkMode = .bridge
        }
        operatingSystem = task.runtimePlatform?.operatingSystemFamily.flatMap(OperatingSystem.init(apiValue:)) ?? .linux
        architecture = task.runtimePlatform?.cpuArchitecture.flatMap(CPUArchitecture.init(rawValue:)) ?? .x86_64
        logRegion = task.containers.lazy.compactMap { $0.logConfiguration?.options["awslogs-region"] }.first
    }

    /// Whether the task must run on Fargate.
    public var isFargate: Bool { launchTypes.contains(.fargate) }
    /// Whether the task may run on EC2 instances.
    public var isEC2: Bool { launchTypes.contains(.ec2) }
    /// Whether the task runs Windows containers.
    public var isWindows: Bool { operatingSystem.isWindows }
}
