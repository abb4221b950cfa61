/// Tells whether a file is a task definition at all, so that a directory
/// scan skips `package.json`, Kubernetes manifests and other JSON and YAML
/// files instead of drowning them in "missing family" errors.
///
/// It asks the shapes of `InputShapes.all`: a parsed document counts when
/// one of them takes it as a candidate (`isCandidate`: a task definition's
/// keys, the describe wrapper, a service or run-task request, a list whose
/// items look like containers, a template with an ECS resource); a file that
/// cannot be parsed counts when its text has one of their `markers`, or when
/// a shape claims it anyway (a container list that stops at an unquoted
/// Terraform placeholder).
enum TaskDefinitionDetector {
    /// The words of every shape that make a file that does not parse a candidate.
    static let markers: [[UInt8]] = InputShapes.all.flatMap { $0.markers }.map { Array($0.utf8) }

    static func isCandidate(_ loaded: LoadedSource, source: SourceText) -> Bool {
        if loaded.documents.contains(where: { isCandidate($0.root) }) { return true }
        guard let error = loaded.syntaxError else { return false }
        if markers.contains(where: { contains(source.bytes, $0) }) { return true }
        return InputShapes.all.contains { $0.isCandidate(unparsed: source.bytes, error: error) }
    }

    /// Whether a parsed document is a candidate for one of the shapes.
    static func isCandidate(_ root: Node) -> Bool {
        InputShapes.all.contains { $0.isCandidate(root) }
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

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
