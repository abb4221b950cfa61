/// Validates a task definition document (a RegisterTaskDefinitionRequest
/// object) against the ECS API shapes generated from botocore's model, and
/// reports every problem at once: unknown keys (with "did you mean"), missing
/// required members, wrong JSON types (with the fix), `null` values, invalid
/// enum values, and lengths, item counts and numbers out of range.
///
/// What botocore (the AWS CLI) rejects has stage `.cli`, and agrees exactly
/// with botocore's client-side validation; what only the ECS API rejects has
/// stage `.register` (see `SchemaViolation`). With duplicate keys only the
/// last occurrence is checked, as the AWS CLI keeps only that one.
public struct SchemaChecker: Sendable {
    /// Creates a checker over the generated ECS API table.
    public init() {}

    /// Checks one document.
    ///
    /// - Parameters:
    ///   - root: the document's root node.
    ///   - ignoredTopLevelKeys: top-level keys to skip silently, such as the
    ///     read-only members of `describe-task-definition` output
    ///     (`ECSAPIShapes.readOnlyTaskDefinitionMembers`) that another check
    ///     reports.
    /// - Returns: the violations in document order (parents before children).
    public func check(_ root: Node, ignoredTopLevelKeys: Set<String> = []) -> [SchemaViolation] {
        check(root, shape: ECSAPIShapes.rootShape, ignoredTopLevelKeys: ignoredTopLevelKeys)
    }

    /// Checks one document against the request shape `shape` (a
    /// CreateService, UpdateService or RunTask request, or a task
    /// definition); `rootName` names the document in messages.
    func check(
        _ root: Node, shape: SchemaShape, rootName: String = "the task definition",
        ignoredTopLevelKeys: Set<String> = []
    ) -> [SchemaViolation] {
        var walk = SchemaWalk(ignoredTopLevelKeys: ignoredTopLevelKeys)
        walk.rootName = rootName
        walk.visit(root, shape: shape)
        return walk.violations
    }
}

/// One token of the path being walked; turned into a `JSONPointer` only when
/// something is reported, so a clean document allocates no pointers.
enum PathToken: Sendable {
    /// An object key.
    case key(String)
    /// An array index.
    case index(Int)
}

/// The state of one walk over a document.
struct SchemaWalk {
    /// Top-level keys skipped silently.
    let ignoredTopLevelKeys: Set<String>
    /// How messages name the document root.
    var rootName = "the task definition"
    /// The path from the root to the value being visited.
    var path: [PathToken] = []
    /// What has been found so far.
    var violations: [SchemaViolation] = []

    init(ignoredTopLevelKeys: Set<String>) {
        self.ignoredTopLevelKeys = ignoredTopLevelKeys
        path.reserveCapacity(8)
    }

    /// The pointer to the value being visited.
    var pointer: JSONPointer {
        JSONPointer(
            path.map { token in
                switch token {
                case .key(let key): key
                case .index(let index): String(index)
                }
            }
        )
    }

    /// Records a violation at the current path (or at a key below it).
    mutating func report(
        _ kind: SchemaViolation.Kind, _ stage: Stage, _ message: String, fix: String?,
        key: String? = nil, target: FindingTarget = .value, correction: ProposedFix? = nil
    ) {
        var at = pointer
        if let key { at = at.appending(key) }
        violations.append(
            SchemaViolation(
                kind: kind, pointer: at, target: target, message: message, fix: fix, stage: stage,
                correction: correction)
        )
    }

    /// Checks one value against one shape.
    mutating func visit(_ node: Node, shape: SchemaShape) {
        if node.isNull {
            reportNull()
            return
        }
        switch shape.kind {
        case .structure: visitStructure(node, shape: shape)
        case .list: visitList(node, shape: shape)
        case .map: visitMap(node, shape: shape)
        default: checkScalar(node, shape: shape)
        }
    }

    private mutating func reportNull() {
        let at = pointer
        let fix: String =
            switch path.last {
            case .index: "remove the null item"
            case .key, nil: "remove the key"
            }
        report(
            .nullValue, .cli, "\"\(SchemaText.place(at))\" is null; the AWS CLI rejects null values", fix: fix)
    }

    private mutating func visitStructure(_ node: Node, shape: SchemaShape) {
        guard let members = node.members else {
            reportWrongType(node, expected: shape)
            return
        }
        let skipsIgnored = path.isEmpty && !ignoredTopLevelKeys.isEmpty
        let shadow = ShadowFilter(members)
        var presentKeys: Set<String>?
        for member in shape.requiredMembers where !members.contains(where: { $0.key == member.name }) {
            reportMissing(member, in: members, shape: shape)
        }
        for position in members.indices {
            let key = members[position].key
            if skipsIgnored, ignoredTopLevelKeys.contains(key) { continue }
            if shadow.isShadowed(position) { continue }
            guard let target = shape.memberTarget(key) else {
                reportUnknown(key, in: members, presentKeys: &presentKeys, shape: shape)
                continue
            }
            path.append(.key(key))
            visit(members[position].value, shape: target)
            path.removeLast()
        }
    }

    private mutating func visitList(_ node: Node, shape: SchemaShape) {
        guard let elements = node.elements else {
            reportWrongType(node, expected: shape)
            return
        }
        checkCount(elements.count, shape: shape)
        guard let itemID = shape.listMember else { return }
        let item = ECSAPIShapes.shape(itemID)
        for position in elements.indices {
            path.append(.index(position))
            visit(elements[position], shape: item)
            path.removeLast()
        }
    }

    private mutating func visitMap(_ node: Node, shape: SchemaShape) {
        guard let members = node.members else {
            reportWrongType(node, expected: shape)
            return
        }
        checkCount(members.count, shape: shape)
        guard let valueID = shape.mapValue else { return }
        let value = ECSAPIShapes.shape(valueID)
        let key = shape.mapKey.map(ECSAPIShapes.shape)
        let shadow = ShadowFilter(members)
        for position in members.indices where !shadow.isShadowed(position) {
            path.append(.key(members[position].key))
            if let key { checkMapKey(members[position].key, shape: key) }
            visit(members[position].value, shape: value)
            path.removeLast()
        }
    }

    private mutating func reportMissing(_ member: SchemaMember, in members: [Member], shape: SchemaShape) {
        let parent = pointer
        let place = parent.tokens.isEmpty ? "" : " in \(SchemaText.place(parent))"
        var fix = "add \"\(member.name)\" (\(SchemaText.expected(member.shape)))"
        let present = members.map(\.key).filter { shape.member($0) == nil }
        if let typo = KeySuggestion.misspelling(of: member.name, among: present) {
            fix = "rename \"\(typo)\" to \"\(member.name)\""
        }
        report(.missingRequired, .cli, "missing required key \"\(member.name)\"\(place)", fix: fix, key: member.name)
    }

    /// Reports an unknown key; `presentKeys` is built on first use, so many
    /// unknown keys in one huge object stay linear.
    private mutating func reportUnknown(
        _ key: String, in members: [Member], presentKeys: inout Set<String>?, shape: SchemaShape
    ) {
        let parent = pointer
        let place = parent.tokens.isEmpty ? rootName : SchemaText.place(parent)
        var message = "unknown key \"\(key)\" in \(place)"
        let fix: String
        var correction: ProposedFix?
        if let level = Self.misplacedLevel(of: key, in: shape) {
            message += "; \(key) \(level.message)"
            fix = level.fix
        } else if let suggestion = KeySuggestion.member(for: key, in: shape) {
            message += "; did you mean \"\(suggestion.name)\"?"
            let present = presentKeys ?? Set(members.map(\.key))
            presentKeys = present
            if present.contains(suggestion.name) {
                fix = "remove \"\(key)\"; \"\(suggestion.name)\" is already set"
            } else {
                fix = "rename \"\(key)\" to \"\(suggestion.name)\""
                correction = ProposedFix(
                    "rename \"\(key)\" to \"\(suggestion.name)\"",
                    key.lowercased() == suggestion.name.lowercased() ? .safe : .unsafe,
                    .renameKey(parent.appending(key), suggestion.name))
            }
        } else {
            message += "; accepted keys: " + shape.members.map(\.name).joined(separator: ", ")
            fix = "remove \"\(key)\""
        }
        report(.unknownKey, .cli, message, fix: fix, key: key, target: .key, correction: correction)
    }

    /// A task-level key written inside a container (`ipcMode`, `pidMode`,
    /// `networkMode` …) or a container key at task level (`image`,
    /// `portMappings`): what to say instead of listing the accepted keys.
    static func misplacedLevel(of key: String, in shape: SchemaShape) -> (message: String, fix: String)? {
        let task = ECSAPIShapes.shape(.registerTaskDefinitionRequest)
        let container = ECSAPIShapes.shape(.containerDefinition)
        if shape.id == .containerDefinition, task.member(key) != nil {
            return (
                "belongs at task level, beside containerDefinitions, not inside a container",
                "move \"\(key)\" out of the container to the top level of the task definition"
            )
        }
        if shape.id == .registerTaskDefinitionRequest, container.member(key) != nil {
            return (
                "belongs inside a container definition, not at task level",
                "move \"\(key)\" into the container in containerDefinitions that needs it"
            )
        }
        return nil
    }
}

/// Tells which members of an object a later member with the same key hides
/// (the AWS CLI keeps the last one): a scan for small objects, a dictionary
/// for large ones, so huge objects stay linear.
struct ShadowFilter {
    private let members: [Member]
    private let lastPosition: [String: Int]?

    init(_ members: [Member]) {
        self.members = members
        if members.count > 16 {
            var last: [String: Int] = [:]
            last.reserveCapacity(members.count)
            for (position, member) in members.enumerated() { last[member.key] = position }
            lastPosition = last
        } else {
            lastPosition = nil
        }
    }

    /// Whether a later member has the same key as the one at `position`.
    func isShadowed(_ position: Int) -> Bool {
        let key = members[position].key
        if let lastPosition { return lastPosition[key] != position }
        var later = position + 1
        while later < members.count {
            if members[later].key == key { return true }
            later += 1
        }
        return false
    }
}
