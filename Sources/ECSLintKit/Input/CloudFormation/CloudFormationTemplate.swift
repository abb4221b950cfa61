/// Finds the `AWS::ECS::TaskDefinition` resources of a CloudFormation
/// template and turns each into a lint target labelled with its logical id.
enum CloudFormationTemplate {
    /// The resource type linted.
    static let taskDefinitionType = "AWS::ECS::TaskDefinition"

    /// Whether `root` is a CloudFormation template: a `Resources` object
    /// beside `AWSTemplateFormatVersion`, or whose resources have AWS types.
    static func isTemplate(_ root: Node) -> Bool {
        guard let resources = root["Resources"]?.members else { return false }
        if root.member("AWSTemplateFormatVersion") != nil { return true }
        return resources.contains { member in
            guard let type = member.value["Type"]?.stringValue else { return false }
            return type.hasPrefix("AWS::") || type.hasPrefix("Custom::")
        }
    }

    /// One target per task definition resource, in template order, and the
    /// unknown properties found while mapping them.
    static func targets(in root: Node, document: Int) -> (targets: [LintTarget], findings: [Finding]) {
        var targets: [LintTarget] = []
        var findings: [Finding] = []
        for resource in root["Resources"]?.members ?? [] {
            guard resource.value["Type"]?.stringValue == taskDefinitionType else { continue }
            let prefix = JSONPointer.root / "Resources" / resource.key / "Properties"
            let properties =
                resource.value["Properties"].flatMap { $0.isNull ? nil : $0 }
                ?? Node(.object([]), range: resource.value.range)
            guard properties.members != nil else { continue }
            var mapper = CloudFormationMapper()
            let mapped = mapper.map(properties, shape: ECSAPIShapes.rootShape)
            for unknown in mapper.unknownProperties {
                let descriptor = UnknownKey.descriptor
                findings.append(
                    Finding(
                        code: descriptor.code, slug: descriptor.slug, severity: descriptor.severity,
                        stage: .register, message: unknown.message, fix: unknown.fix,
                        pointer: JSONPointer(prefix.tokens + unknown.path), target: .key, document: document,
                        range: unknown.keyRange, label: resource.key))
            }
            targets.append(
                LintTarget(
                    shape: .cloudFormation, root: mapped, label: resource.key,
                    pointers: .cloudFormation(prefix, original: properties),
                    intrinsicOffsets: mapper.intrinsicOffsets))
        }
        return (targets, findings)
    }
}
