/// Lookup tables over the generated shapes, built once on first use: member
/// positions by key, by lowercased key and by key with separators removed, so
/// the checker never scans a member list.
struct SchemaIndex: Sendable {
    /// For each shape (by raw identity): member position by exact key.
    private var exact: [[String: Int]]
    /// For each shape: member position by lowercased key.
    private var folded: [[String: Int]]
    /// For each shape: member position by lowercased key without `_`, `-`, `.` and spaces.
    private var squashed: [[String: Int]]

    /// The index of the generated ECS API table.
    static let ecs = SchemaIndex(shapes: ECSAPIShapes.shapes)

    /// Builds the index.
    init(shapes: [SchemaShape]) {
        exact = []
        folded = []
        squashed = []
        for shape in shapes {
            var byKey: [String: Int] = [:]
            var byFolded: [String: Int] = [:]
            var bySquashed: [String: Int] = [:]
            for (position, member) in shape.members.enumerated() {
                byKey[member.name] = position
                byFolded[member.name.lowercased()] = byFolded[member.name.lowercased()] ?? position
                let squashedName = Self.squash(member.name)
                bySquashed[squashedName] = bySquashed[squashedName] ?? position
            }
            exact.append(byKey)
            folded.append(byFolded)
            squashed.append(bySquashed)
        }
    }

    /// The member of a structure shape with exactly this key.
    func member(_ key: String, of shape: SchemaShape) -> SchemaMember? {
        guard let position = exact[shape.id.rawValue][key] else { return nil }
        return shape.members[position]
    }

    /// The member whose key equals `key` ignoring case, or ignoring case and
    /// the separators `_`, `-`, `.` and spaces (`host_port` → `hostPort`).
    func caseInsensitiveMember(_ key: String, of shape: SchemaShape) -> SchemaMember? {
        if let position = folded[shape.id.rawValue][key.lowercased()] {
            return shape.members[position]
        }
        if let position = squashed[shape.id.rawValue][Self.squash(key)] {
            return shape.members[position]
        }
        return nil
    }

    /// A key lowercased with separators removed.
    static func squash(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter { !"_-. ".unicodeScalars.contains($0) }.map(Character.init))
    }

    /// The shape of the value a pointer names in a task definition, following
    /// structure members, list items and map values; nil where the pointer
    /// leaves the model.
    func shape(at pointer: JSONPointer, from root: SchemaShape = ECSAPIShapes.rootShape) -> SchemaShape? {
        var shape = root
        for token in pointer.tokens {
            switch shape.kind {
            case .structure:
                guard let member = member(token, of: shape) else { return nil }
                shape = member.shape
            case .list:
                guard Int(token) != nil, let item = shape.listMember else { return nil }
                shape = ECSAPIShapes.shape(item)
            case .map:
                guard let value = shape.mapValue else { return nil }
                shape = ECSAPIShapes.shape(value)
            default:
                return nil
            }
        }
        return shape
    }

    /// The structure member a pointer names (its last token is a member key),
    /// for documentation and messages.
    func member(at pointer: JSONPointer, from root: SchemaShape = ECSAPIShapes.rootShape) -> SchemaMember? {
        guard let parentPointer = pointer.parent, let key = pointer.lastToken,
            let parent = shape(at: parentPointer, from: root), parent.kind == .structure
        else { return nil }
        return member(key, of: parent)
    }
}
