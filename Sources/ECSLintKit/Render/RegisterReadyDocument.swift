/// The RegisterTaskDefinition request a task definition file stands for, and
/// the list of what was changed to get it.
///
/// - YAML is converted to JSON (numbers keep their lexemes where JSON has
///   them; see `CompactJSON`).
/// - `describe-task-definition` output, `{"taskDefinition": {…}, "tags": […]}`,
///   is unwrapped and its `tags` kept as the request's tags.
/// - The read-only members ECS adds to a registered definition
///   (`taskDefinitionArn`, `revision`, `status`, `requiresAttributes`,
///   `compatibilities`, `registeredAt`, `registeredBy`, `deregisteredAt`,
///   `deleteRequestedAt`) are dropped, wrapped or not.
/// - Keys written twice keep their last value, as the AWS CLI reads them.
///
/// Nothing else is changed: unknown keys, wrong types and `null`s are sent
/// as written (the lint gate is where they are refused). Nodes keep their
/// source ranges, so a position in `request` is a position in the file.
///
/// ```swift
/// let ready = try RegisterReadyDocument(loading: SourceText(path: path, bytes: bytes))
/// for change in ready.changes { print("note: \(change)") }
/// send(ready.json)
/// ```
public struct RegisterReadyDocument: Sendable {
    /// The request, an object node (duplicate keys resolved).
    public var request: Node
    /// What was changed, in the order it was done.
    public var changes: [RegisterReadyChange]
    /// The request as compact JSON, the body to send.
    public var json: String

    /// The read-only members of a registered task definition.
    public static var readOnlyMembers: [String] { ECSAPIShapes.readOnlyTaskDefinitionMembers }

    /// Reads a file (choosing JSON or YAML as the linter does) and builds its request.
    public init(loading source: SourceText, format: SourceFormat? = nil) throws(RegisterReadyError) {
        try self.init(loaded: SourceLoader.load(source, format: format))
    }

    /// Builds the request of a loaded file, which must hold exactly one document.
    public init(loaded: LoadedSource) throws(RegisterReadyError) {
        if let error = loaded.syntaxError { throw .syntax(error) }
        guard let document = loaded.documents.first else { throw .empty }
        guard loaded.documents.count == 1 else { throw .severalDocuments(loaded.documents.count) }
        try self.init(root: document.root, format: loaded.format)
    }

    /// Builds the request from a document's root.
    public init(root: Node, format: SourceFormat) throws(RegisterReadyError) {
        var changes: [RegisterReadyChange] = format == .yaml ? [.convertedFromYAML] : []
        guard var members = root.members else { throw .notAnObject(found: root.typeName) }
        var definitionRange = root.range
        if let inner = Self.describeWrapper(members) {
            changes.append(.unwrappedDescribeOutput)
            let outer = CompactJSON.uniqueMembers(members)
            definitionRange = inner.range
            members = inner.members ?? []
            for member in outer where member.key != "taskDefinition" {
                if member.key == "tags", let tags = member.value.elements {
                    if !members.contains(where: { $0.key == "tags" }) {
                        members.append(member)
                        changes.append(.keptDescribeTags(count: tags.count))
                    }
                } else {
                    changes.append(.droppedDescribeMember(member.key))
                }
            }
        }
        let readOnly = Set(Self.readOnlyMembers)
        var kept: [Member] = []
        var dropped = Set<String>()
        for member in members {
            if readOnly.contains(member.key) {
                if dropped.insert(member.key).inserted { changes.append(.droppedReadOnlyMember(member.key)) }
            } else {
                kept.append(member)
            }
        }
        let request = Self.normalised(Node(.object(kept), range: definitionRange), at: .root, changes: &changes)
        do {
            self.json = try CompactJSON.serialize(request)
        } catch {
            throw .unrepresentable(error)
        }
        self.request = request
        self.changes = changes
    }

    /// Whether sending `request` instead of the file resolves `finding`: the
    /// describe-output wrapper (ECS013) once unwrapped, and the read-only
    /// fields (ECS012) once dropped. `ecslint register` does not refuse a
    /// file for what it removes itself.
    public func resolves(_ finding: Finding) -> Bool {
        if finding.plays(.describeOutputWrapper) { return changes.contains(.unwrappedDescribeOutput) }
        if finding.plays(.readOnlyDescribeFields) {
            return changes.contains { if case .droppedReadOnlyMember = $0 { true } else { false } }
        }
        return false
    }

    /// The inner `taskDefinition` object when `members` are describe output:
    /// a `taskDefinition` object and no `family` or `containerDefinitions` beside it.
    static func describeWrapper(_ members: [Member]) -> Node? {
        guard !members.contains(where: { $0.key == "family" || $0.key == "containerDefinitions" }),
            let inner = members.last(where: { $0.key == "taskDefinition" })?.value, inner.members != nil
        else { return nil }
        return inner
    }

    /// Resolves duplicate keys and rewrites numbers that JSON lacks, recording both.
    static func normalised(_ node: Node, at pointer: JSONPointer, changes: inout [RegisterReadyChange]) -> Node {
        var node = node
        switch node.value {
        case .object(let members):
            let unique = CompactJSON.uniqueMembers(members)
            if unique.count != members.count {
                var counts: [String: Int] = [:]
                for member in members { counts[member.key, default: 0] += 1 }
                for member in unique where counts[member.key, default: 0] > 1 {
                    changes.append(.mergedDuplicateKey(pointer / member.key))
                }
            }
            node.value = .object(
                unique.map { member in
                    var member = member
                    member.value = normalised(member.value, at: pointer / member.key, changes: &changes)
                    return member
                })
        case .array(let elements):
            node.value = .array(
                elements.enumerated().map { normalised($0.element, at: pointer / $0.offset, changes: &changes) })
        case .number(let number):
            if !CompactJSON.isJSONNumber(number.lexeme), let lexeme = CompactJSON.jsonLexeme(for: number) {
                changes.append(.rewroteNumber(pointer, from: number.lexeme, to: lexeme))
                var rewritten = number
                rewritten.lexeme = lexeme
                node.value = .number(rewritten)
            }
        default:
            break
        }
        return node
    }
}
