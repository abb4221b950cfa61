/// Translates a pointer into a mapped task definition (API names) back into
/// the template's names.
enum CloudFormationPointer {
    /// The tokens below `Properties` for `pointer`, a pointer into `mapped`,
    /// the tree `CloudFormationMapper` made from `original`.
    ///
    /// Existing members are found by position (the mapper keeps the order of
    /// the members it keeps, and removes only unknown properties, so a
    /// member is matched by key among the mapped members and taken at the
    /// same place among the original ones that were kept). Tokens past the
    /// last existing node (a missing member) are spelled as CloudFormation
    /// spells that member.
    static func original(
        _ pointer: JSONPointer, mapped: Node, original: Node, shape root: SchemaShape = ECSAPIShapes.rootShape
    ) -> [String] {
        var mappedNode: Node? = mapped
        var originalNode: Node? = original
        var shape: SchemaShape? = root
        var tokens: [String] = []
        for token in pointer.tokens {
            var spelled = token
            if let current = mappedNode, let source = originalNode {
                (mappedNode, originalNode, spelled) = step(token, mapped: current, original: source, shape: shape)
            }
            if mappedNode == nil, let shape, shape.kind == .structure {
                spelled = CloudFormationNames.property(for: token, in: shape)
            }
            tokens.append(spelled)
            shape = shape.flatMap { child(of: $0, token: token) }
        }
        return tokens
    }

    /// One step down both trees; nil nodes once the pointer leaves them.
    private static func step(_ token: String, mapped: Node, original: Node, shape: SchemaShape?) -> (
        Node?, Node?, String
    ) {
        switch (mapped.value, original.value) {
        case (.object(let mappedMembers), .object(let originalMembers)):
            guard let index = mappedMembers.lastIndex(where: { $0.key == token }) else { return (nil, nil, token) }
            let kept = originalMembers.filter { member in
                guard let shape, shape.kind == .structure else { return true }
                return CloudFormationNames.member(forProperty: member.key, in: shape) != nil
            }
            guard kept.indices.contains(index) else { return (nil, nil, token) }
            return (mappedMembers[index].value, kept[index].value, kept[index].key)
        case (.array(let mappedElements), .array(let originalElements)):
            guard let index = Int(token), mappedElements.indices.contains(index),
                originalElements.indices.contains(index)
            else { return (nil, nil, token) }
            return (mappedElements[index], originalElements[index], token)
        default:
            return (nil, nil, token)
        }
    }

    /// The shape one token below `shape`.
    private static func child(of shape: SchemaShape, token: String) -> SchemaShape? {
        switch shape.kind {
        case .structure: shape.member(token)?.shape
        case .list: shape.listMember.map(ECSAPIShapes.shape)
        case .map: shape.mapValue.map(ECSAPIShapes.shape)
        default: nil
        }
    }
}
