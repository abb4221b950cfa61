/// CloudFormation property names of `AWS::ECS::TaskDefinition` and
/// `AWS::ECS::Service` and the ECS API member names they stand for.
///
/// The mapping is derived from the generated API shapes: a property is the
/// member whose name matches it ignoring case (`ContainerDefinitions` →
/// `containerDefinitions`, `FilesystemId` → `fileSystemId`, `IAM` → `iam`,
/// `EFSVolumeConfiguration` → `efsVolumeConfiguration`, tags' `Key`/`Value`),
/// as long as it starts with an upper-case letter like every CloudFormation
/// property. One name is irregular: `ProxyConfigurationProperties` is the
/// API's `proxyConfiguration.properties`, and a service's `PlacementStrategies`
/// is the API's `placementStrategy`. Map members (`dockerLabels`,
/// `options`, `driverOpts`, `labels`) keep their keys.
enum CloudFormationNames {
    /// Properties whose name is not the API member's name in another case.
    static let irregular: [String: String] = [
        "ProxyConfigurationProperties": "properties", "PlacementStrategies": "placementStrategy",
    ]

    /// API members whose CloudFormation name is not the member name with an
    /// upper-case first letter, keyed by structure shape, then member. Used
    /// only to spell pointers to absent members and suggestions.
    static let irregularReverse: [String: [String: String]] = [
        "ProxyConfiguration": ["properties": "ProxyConfigurationProperties"],
        "Volume": [
            "efsVolumeConfiguration": "EFSVolumeConfiguration",
            "fsxWindowsFileServerVolumeConfiguration": "FSxWindowsFileServerVolumeConfiguration",
        ],
        "EFSVolumeConfiguration": ["fileSystemId": "FilesystemId"],
        "EFSAuthorizationConfig": ["iam": "IAM"],
        "CreateServiceRequest": ["placementStrategy": "PlacementStrategies"],
    ]

    /// The API member a CloudFormation property of a structure stands for.
    static func member(forProperty key: String, in shape: SchemaShape) -> SchemaMember? {
        if let name = irregular[key], let member = shape.member(name) { return member }
        guard let first = key.unicodeScalars.first, ("A"..."Z").contains(first) else { return nil }
        let folded = key.lowercased()
        return shape.members.first { $0.name.lowercased() == folded }
    }

    /// The CloudFormation property name of an API member of a structure.
    static func property(for member: String, in shape: SchemaShape) -> String {
        if let name = irregularReverse[shape.name]?[member] { return name }
        guard let first = member.first else { return member }
        return first.uppercased() + member.dropFirst()
    }
}
