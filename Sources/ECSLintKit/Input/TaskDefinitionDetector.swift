/// Tells whether a file is a task definition at all, so that a directory
/// scan skips `package.json`, Kubernetes manifests and other JSON and YAML
/// files instead of drowning them in "missing family" errors.
///
/// A parsed document counts when it has a task definition's keys
/// (`containerDefinitions`, `family`, `requiresCompatibilities`, or the
/// describe wrapper `taskDefinition` holding an object), is a create-service,
/// update-service or run-task request (`ServiceInput`; a `taskDefinition`
/// string alone is a deployment file naming a task definition, not one), is a
/// list of containers whose items look like containers (`image` plus another
/// container key, so an Ansible playbook's `- name: …` / `hosts:` / `tasks:`
/// is not one), or is a CloudFormation template with an
/// `AWS::ECS::TaskDefinition` or `AWS::ECS::Service`. A file that cannot be
/// parsed counts when its text mentions one of those names, or when it stops
/// at an unquoted placeholder (a Terraform `templatefile` such as
/// `"cpu": ${cpu}`) and has a container's `"name"` and `"image"` keys: a
/// container list, reported with the placeholder hint.
enum TaskDefinitionDetector {
    static let keys: Set<String> = ["containerDefinitions", "family", "requiresCompatibilities"]
    static let markers = [
        "containerDefinitions", "ContainerDefinitions", "taskDefinition", "AWS::ECS::TaskDefinition", "serviceName",
        "AWS::ECS::Service",
    ]
    /// The keys every container of a container list has.
    static let containerMarkers = ["\"name\"", "\"image\""]

    static func isCandidate(_ loaded: LoadedSource, source: SourceText) -> Bool {
        if loaded.documents.contains(where: { isCandidate($0.root) }) { return true }
        guard let error = loaded.syntaxError else { return false }
        if markers.contains(where: { marker in contains(source.bytes, Array(marker.utf8)) }) { return true }
        return error.message.hasPrefix(JSONParser.unquotedPlaceholderMessage)
            && containerMarkers.allSatisfy { contains(source.bytes, Array($0.utf8)) }
    }

    static func isCandidate(_ root: Node) -> Bool {
        if let elements = root.elements { return elements.contains(where: looksLikeContainer) }
        guard let members = root.members else { return false }
        if members.contains(where: { keys.contains($0.key) }) { return true }
        if root["taskDefinition"]?.members != nil { return true }
        if ServiceInput.kind(of: root) != nil { return true }
        let types = [CloudFormationTemplate.taskDefinitionType, CloudFormationTemplate.serviceType]
        return CloudFormationTemplate.isTemplate(root)
            && (root["Resources"]?.members ?? []).contains {
                types.contains($0.value["Type"]?.stringValue ?? "")
            }
    }

    /// The shape of a container definition, for its member names.
    private static let containerShape = ECSAPIShapes.shape(at: .root / "containerDefinitions" / 0)

    /// Whether a list item is a container definition: an object with `image`
    /// and at least one other member of ContainerDefinition.
    static func looksLikeContainer(_ item: Node) -> Bool {
        guard let members = item.members, let shape = containerShape,
            members.contains(where: { $0.key == "image" })
        else { return false }
        return members.contains { $0.key != "image" && shape.member($0.key) != nil }
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
