// The stored members of `TaskDefinition` and of the types it holds, and their readers, are
// generated into TaskDefinition.generated.swift by scripts/generate_schema.py. What follows is
// what rules need beyond the members as written: effective values and lookups.

extension TaskDefinition {
    /// `taskRoleArn` and `executionRoleArn` read as IAM role references, in that order.
    static func readRoles(
        taskRoleArn: String?,
        executionRoleArn: String?
    ) -> [(key: String, value: String?, reading: IAMRoleARN.Reading?)] {
        [
            ("taskRoleArn", taskRoleArn, taskRoleArn.map(IAMRoleARN.read)),
            ("executionRoleArn", executionRoleArn, executionRoleArn.map(IAMRoleARN.read)),
        ]
    }

    /// `taskRoleArn` read as an IAM role reference.
    var taskRoleReading: IAMRoleARN.Reading? { roleFields[0].reading }

    /// `executionRoleArn` read as an IAM role reference.
    var executionRoleReading: IAMRoleARN.Reading? { roleFields[1].reading }

    /// `ephemeralStorage.sizeInGiB`, when it is an integer.
    public var ephemeralStorageGiB: Int? { ephemeralStorage?.sizeInGiB }

    /// Whether `executionRoleArn` is given: a non-empty string, or a value of
    /// the wrong type (the schema check reports that one). A `null` is no role.
    public var hasExecutionRole: Bool {
        $executionRoleArn.isWrongType || !(executionRoleArn ?? "").isEmpty
    }

    /// The launch types named in `requiresCompatibilities` (unknown values skipped).
    public var declaredLaunchTypes: Set<LaunchType> {
        Set((requiresCompatibilities ?? []).compactMap(LaunchType.init(rawValue:)))
    }

    /// `networkMode` when it is one of the API's values.
    public var declaredNetworkMode: NetworkMode? {
        networkModeValue.flatMap(NetworkMode.init(rawValue:))
    }

    /// The container with a given name (the first, if names repeat).
    public func container(named name: String) -> ContainerDefinition? {
        containers.first(where: { $0.name == name })
    }

    /// The volume with a given name.
    public func volume(named name: String) -> Volume? {
        volumes.first(where: { $0.name == name })
    }
}
