/// A rule over a CreateService, UpdateService or RunTask request (or an
/// `AWS::ECS::Service` resource), checked together with the task definition
/// the request launches when that one is found.
///
/// Like `Rule`, a service rule is a small value type with a descriptor,
/// listed once in `RuleRegistry.service`, that reports `Violation`s at
/// pointers into the request. A rule that needs the task definition returns
/// nothing when `task` is nil (the engine then says once, as ECS017, that the
/// task definition was not found). Notes made with
/// `FindingNote.inTaskDefinition(_:at:)` point into the task definition,
/// which may be another file: the engine positions them there.
public protocol ServiceRule: RuleDescribing {
    /// Creates the rule.
    init()

    /// Checks one request, with the task definition it names when it was found.
    func check(_ service: ServiceRequest, task: TaskDefinition?, in context: ServiceContext) -> [Violation]
}

/// What a service rule knows besides the request and the task definition.
public struct ServiceContext: Sendable {
    /// Which request it is.
    public var kind: ServiceRequestKind
    /// The context of the task definition (its launch types, network mode,
    /// platform), when the task definition was found.
    public var task: RuleContext?
    /// Whether the request is an `AWS::ECS::Service` resource of a template.
    public var isCloudFormation: Bool
    /// Rule options from the configuration, by rule code, then option name.
    public var ruleOptions: [String: [String: [String]]] = [:]

    /// Creates a context.
    public init(kind: ServiceRequestKind, task: RuleContext?, isCloudFormation: Bool = false) {
        self.kind = kind
        self.task = task
        self.isCloudFormation = isCloudFormation
    }

    /// The configured values of a rule's option, or nil when it is not set.
    public func option(_ name: String, of rule: RuleDescriptor) -> [String]? {
        ruleOptions[rule.code]?[name]
    }

    /// The name of a member as the user wrote it: the API name, or the
    /// CloudFormation property name for a template (`networkConfiguration`
    /// or `NetworkConfiguration`).
    public func name(_ member: String) -> String {
        guard isCloudFormation, let first = member.first else { return member }
        if member == "placementStrategy" { return "PlacementStrategies" }
        return first.uppercased() + member.dropFirst()
    }
}

extension FindingNote {
    /// A note at a pointer into the task definition the request names (which
    /// may be in another file); the engine positions it there.
    public static func inTaskDefinition(_ message: String, at pointer: JSONPointer) -> FindingNote {
        var note = FindingNote(message, at: pointer)
        note.isInTaskDefinition = true
        return note
    }
}
