extension ECSAPIShapes {
    /// The shape of the value a pointer names in a task definition, following
    /// structure members, list items and map values; nil where the pointer
    /// leaves the model.
    static func shape(at pointer: JSONPointer, from root: SchemaShape = rootShape) -> SchemaShape? {
        var shape = root
        for token in pointer.tokens {
            switch shape.kind {
            case .structure:
                guard let member = shape.member(token) else { return nil }
                shape = member.shape
            case .list:
                guard Int(token) != nil, let item = shape.listMember else { return nil }
                shape = self.shape(item)
            case .map:
                guard let value = shape.mapValue else { return nil }
                shape = self.shape(value)
            default:
                return nil
            }
        }
        return shape
    }

    /// The structure member a pointer names (its last token is a member key),
    /// for documentation and messages.
    static func member(at pointer: JSONPointer, from root: SchemaShape = rootShape) -> SchemaMember? {
        guard let parentPointer = pointer.parent, let key = pointer.lastToken,
            let parent = shape(at: parentPointer, from: root), parent.kind == .structure
        else { return nil }
        return parent.member(key)
    }
}
