// The stored members of `ContainerDefinition` and of its settings, and their readers, are
// generated into ContainerDefinition.generated.swift by scripts/generate_schema.py. What follows
// is what rules need beyond the members as written: defaults, names for messages and pointers.

extension ContainerDefinition {
    /// The Secrets Manager or SSM secret with the private registry's credentials.
    public var repositoryCredentialsParameter: String? { repositoryCredentials?.credentialsParameter }

    /// Whether `repositoryCredentials` is written (with any non-null value).
    public var hasRepositoryCredentials: Bool { $repositoryCredentials.isSet }

    /// Whether the container is essential: `essential` defaults to true.
    public var isEssential: Bool { essentialValue ?? true }

    /// The name for messages: the name, or `#index` when it has none.
    public var displayName: String { name.map { "'\($0)'" } ?? "#\(index)" }
}

extension PortMapping {
    /// The effective protocol (`tcp` by default).
    public var effectiveProtocol: String { protocolValue ?? "tcp" }
}

extension LogConfiguration {
    /// The pointer of one option.
    public func optionPointer(_ key: String) -> JSONPointer {
        pointer / "options" / key
    }
}
