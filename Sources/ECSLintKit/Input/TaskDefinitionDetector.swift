/// Tells whether a file is a task definition at all, so that a directory
/// scan skips `package.json`, Kubernetes manifests and other JSON and YAML
/// files instead of drowning them in "missing family" errors.
///
/// A parsed document counts when it has a task definition's keys
/// (`containerDefinitions`, `family`, `requiresCompatibilities`, the
/// describe wrapper `taskDefinition`), is a create-service, update-service or
/// run-task request, is a list of containers, or is a CloudFormation template
/// with an `AWS::ECS::TaskDefinition` or `AWS::ECS::Service`. A file that
/// cannot be parsed counts when its text mentions one of those names, or
/// when it stops at an unquoted placeholder (a Terraform `templatefile`
/// such as `"cpu": ${cpu}`) and has a container's `"name"` and `"image"`
/// keys: a container list, reported with the placeholder hint.
enum TaskDefinitionDetector {
    static let keys: Set<String> = ["containerDefinitions", "family", "requiresCompatibilities", "taskDefinition"]
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
        if ContainerFragment.isContainerList(root) { return true }
        guard let members = root.members else { return false }
        if members.contains(where: { keys.contains($0.key) }) { return true }
        if ServiceInput.kind(of: root) != nil { return true }
        let types = [CloudFormationTemplate.taskDefinitionType, CloudFormationTemplate.serviceType]
        return CloudFormationTemplate.isTemplate(root)
            && (root["Resources"]?.members ?? []).contains {
                types.contains($0.value["Type"]?.stringValue ?? "")
            }
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
