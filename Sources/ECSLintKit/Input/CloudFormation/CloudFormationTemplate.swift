/// Finds the `AWS::ECS::TaskDefinition` and `AWS::ECS::Service` resources of
/// a CloudFormation template and turns each into a lint target labelled with
/// its logical id, its properties mapped to API names; pointers map back to
/// the resource's `Properties` with their CloudFormation names.
enum CloudFormationTemplate: InputShapeReader {
    static let shape = InputShape.cloudFormation
    static let markers = ["ContainerDefinitions", taskDefinitionType, serviceType]

    static func recognizes(_ root: Node) -> Bool { isTemplate(root) }

    /// A folder scan lints a template only when it has an ECS resource.
    static func isCandidate(_ root: Node) -> Bool {
        isTemplate(root)
            && (root["Resources"]?.members ?? []).contains {
                [taskDefinitionType, serviceType].contains($0.value["Type"]?.stringValue ?? "")
            }
    }

    /// The targets, the unknown properties, and one notice when the
    /// template has no ECS resource.
    static func read(_ root: Node, _ input: InputContext) -> InputClassification {
        let found = targets(in: root)
        var result = InputClassification(targets: found.targets, notices: found.notices)
        if found.targets.isEmpty, let resources = root.member("Resources") {
            result.notices.append(
                .templateWithoutTaskDefinition(
                    keyRange: resources.keyRange,
                    resourceCount: resources.value.members?.count(where: { !$0.value.isNull }) ?? 0))
        }
        return result
    }

    /// The task definition resource type.
    static let taskDefinitionType = "AWS::ECS::TaskDefinition"
    /// The service resource type, read as a CreateService request.
    static let serviceType = "AWS::ECS::Service"
    /// Service properties CloudFormation has and CreateService does not:
    /// dropped without a finding (`ForceNewDeployment` is an UpdateService flag).
    static let serviceOnlyProperties: Set<String> = ["ForceNewDeployment"]

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
    static func targets(in root: Node) -> (targets: [LintTarget], notices: [ShapeNotice]) {
        var targets: [LintTarget] = []
        var notices: [ShapeNotice] = []
        let resources = root["Resources"]?.members ?? []
        for resource in resources {
            let type = resource.value["Type"]?.stringValue
            guard type == taskDefinitionType || type == serviceType else { continue }
            let isService = type == serviceType
            let prefix = JSONPointer.root / "Resources" / resource.key / "Properties"
            let properties =
                resource.value["Properties"].flatMap { $0.isNull ? nil : $0 }
                ?? Node(.object([]), range: resource.value.range)
            guard properties.members != nil else { continue }
            var mapper = CloudFormationMapper()
            var target = LintTarget(shape: shape, root: properties, label: resource.key)
            if isService {
                target.service = .createService
                target.taskDefinitionResource = taskDefinitionResource(
                    named: properties["TaskDefinition"], in: resources)
                mapper.resourceType = serviceType
                mapper.ignoredProperties = serviceOnlyProperties
            }
            let mapped = mapper.map(properties, shape: target.schemaRoot)
            for unknown in mapper.unknownProperties {
                notices.append(
                    .unknownKey(
                        SchemaViolation(
                            kind: .unknownKey, pointer: JSONPointer(prefix.tokens + unknown.path), target: .key,
                            message: unknown.message, fix: unknown.fix, stage: .register),
                        keyRange: unknown.keyRange, label: resource.key))
            }
            target.root = mapped
            target.pointers = .cloudFormation(prefix, original: properties)
            target.intrinsicOffsets = mapper.intrinsicOffsets
            targets.append(target)
        }
        return (targets, notices)
    }

    /// The logical id of the task definition resource that a service's
    /// `TaskDefinition` names with `Ref` or `Fn::GetAtt`, if it is one.
    static func taskDefinitionResource(named value: Node?, in resources: [Member]) -> String? {
        guard let value, CloudFormationIntrinsic.isCall(value), let call = value.members?.first else { return nil }
        let name: String?
        switch call.key {
        case "Ref": name = call.value.stringValue
        case "Fn::GetAtt":
            name =
                call.value.stringValue.map { String($0.split(separator: ".").first ?? "") }
                ?? call.value[0]?.stringValue
        default: name = nil
        }
        guard let name,
            resources.contains(where: { $0.key == name && $0.value["Type"]?.stringValue == taskDefinitionType })
        else { return nil }
        return name
    }
}

extension InputShape {
    /// A CloudFormation template: one target per `AWS::ECS::TaskDefinition`
    /// and `AWS::ECS::Service` resource.
    public static let cloudFormation = InputShape(reportName: "cloudformation")
}
