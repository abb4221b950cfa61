/// The one explicit list of everything ecslint checks, sorted by code.
///
/// Each family folder under `Rules/Catalog/` lists its rules in one place
/// (`RuleRegistry.<family>`); this type joins them. A test checks that codes
/// and slugs are unique and that the list is sorted.
public enum RuleRegistry {
    /// Checks the engine itself performs while reading and schema-checking a file.
    static let engineChecks: [any RuleDescribing.Type] = [
        InvalidSyntax.self,
        DuplicateKey.self,
        AmbiguousYAMLScalar.self,
        UnknownKey.self,
        MissingRequiredKey.self,
        WrongType.self,
        NullValue.self,
        InvalidEnumValue.self,
        ValueOutOfRange.self,
        BooleanForInteger.self,
        NotATaskDefinition.self,
        ReadOnlyDescribeFields.self,
        DescribeOutputWrapper.self,
        TemplatePlaceholders.self,
        ContainerDefinitionsArray.self,
        CloudFormationWithoutTaskDefinition.self,
        ServiceTaskDefinitionNotFound.self,
        UnusedSuppression.self,
    ]

    /// Every rule that runs over the typed model, in code order.
    public static let rules: [any Rule.Type] =
        task + fargate + network + container + dependencies + security + image + logging + storage

    /// Every rule over service and run-task requests, in code order.
    public static let serviceRules: [any ServiceRule.Type] = service

    /// Every descriptor, engine checks and rules, in code order.
    public static let descriptors: [RuleDescriptor] = allDescribing.map { $0.descriptor }.sorted { $0.code < $1.code }

    /// Instances of every rule.
    public static func makeRules() -> [any Rule] {
        rules.map { $0.init() }
    }

    /// Instances of every service rule.
    public static func makeServiceRules() -> [any ServiceRule] {
        serviceRules.map { $0.init() }
    }

    /// Every engine check, rule and service rule, in registry order.
    public static var allDescribing: [any RuleDescribing.Type] {
        engineChecks + rules.map { $0 } + serviceRules.map { $0 }
    }

    /// The codes of the rules that run without being asked for, from the
    /// rules' cards: every run asks this before its first file, and building
    /// every descriptor for it was about a twentieth of linting a small file.
    public static let enabledByDefault: Set<String> = {
        var codes = Set<String>(minimumCapacity: 256)
        for describing in allDescribing where describing.card.isEnabledByDefault { codes.insert(describing.card.code) }
        return codes
    }()

    /// The descriptor with a code (`ECS301`, any case) or slug.
    public static func descriptor(named name: String) -> RuleDescriptor? {
        let upper = name.uppercased()
        return descriptors.first { $0.code == upper || $0.slug == name.lowercased() }
    }
}
