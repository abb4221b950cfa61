/// Turns the `Properties` of an `AWS::ECS::TaskDefinition` resource into a
/// task definition in API form: property names renamed to API member names
/// (`CloudFormationNames`), intrinsic functions replaced by placeholder
/// strings (`CloudFormationIntrinsic`), and scalars converted to the type the
/// API expects where CloudFormation converts them too (`Cpu: 256` is the
/// string `"256"`, `Memory: "512"` the integer 512, `Essential: "true"` true).
///
/// Every node and key keeps its original range, so findings are positioned
/// in the template. Properties the resource type does not have are removed
/// from the tree and reported here, with the CloudFormation names.
struct CloudFormationMapper {
    /// A property that `AWS::ECS::TaskDefinition` does not have.
    struct UnknownProperty: Sendable {
        /// The property's path below `Properties`, in template names.
        var path: [String]
        /// The key's range.
        var keyRange: SourceRange
        /// What is wrong, naming the property and the structure.
        var message: String
        /// How to fix it.
        var fix: String
    }

    /// The resource type, for messages.
    var resourceType = CloudFormationTemplate.taskDefinitionType
    /// Top-level properties the resource type has but the API request does
    /// not (CloudFormation-only settings): dropped without a finding.
    var ignoredProperties: Set<String> = []
    /// Start offsets of the values that were intrinsic function calls.
    private(set) var intrinsicOffsets: Set<Int> = []
    /// Properties the resource type does not have.
    private(set) var unknownProperties: [UnknownProperty] = []
    private var path: [String] = []

    /// Maps `node`, which should match `shape`.
    mutating func map(_ node: Node, shape: SchemaShape) -> Node {
        if let text = CloudFormationIntrinsic.text(for: node) {
            intrinsicOffsets.insert(node.range.start.offset)
            return Node(.string(text), range: node.range)
        }
        switch (shape.kind, node.value) {
        case (.structure, .object(let members)):
            return Node(.object(mapStructure(members, shape: shape)), range: node.range)
        case (.map, .object(let members)):
            guard let valueShape = shape.mapValue.map(ECSAPIShapes.shape) else { return node }
            let mapped = members.map { member in
                descend(member.key) {
                    Member(key: member.key, keyRange: member.keyRange, value: $0.map(member.value, shape: valueShape))
                }
            }
            return Node(.object(mapped), range: node.range)
        case (.list, .array(let elements)):
            guard let itemShape = shape.listMember.map(ECSAPIShapes.shape) else { return node }
            let mapped = elements.enumerated().map { index, element in
                descend(String(index)) { $0.map(element, shape: itemShape) }
            }
            return Node(.array(mapped), range: node.range)
        default:
            return Node(Self.coerced(node.value, to: shape.kind), range: node.range)
        }
    }

    private mutating func mapStructure(_ members: [Member], shape: SchemaShape) -> [Member] {
        var mapped: [Member] = []
        for member in members {
            if path.isEmpty && ignoredProperties.contains(member.key) { continue }
            guard let apiMember = CloudFormationNames.member(forProperty: member.key, in: shape) else {
                reportUnknown(member, shape: shape)
                continue
            }
            let value = descend(member.key) { $0.map(member.value, shape: apiMember.shape) }
            mapped.append(Member(key: apiMember.name, keyRange: member.keyRange, value: value))
        }
        return mapped
    }

    private mutating func descend<T>(_ token: String, _ body: (inout CloudFormationMapper) -> T) -> T {
        path.append(token)
        defer { path.removeLast() }
        return body(&self)
    }

    private mutating func reportUnknown(_ member: Member, shape: SchemaShape) {
        let place = path.isEmpty ? resourceType : JSONPointer(path).dottedPath
        var message = "unknown property \"\(member.key)\" in \(place)"
        var fix = "remove \"\(member.key)\""
        if let suggestion = KeySuggestion.member(for: member.key, in: shape) {
            let name = CloudFormationNames.property(for: suggestion.name, in: shape)
            message += "; did you mean \"\(name)\"?"
            fix = "rename \"\(member.key)\" to \"\(name)\""
        } else {
            let names = shape.members.map { CloudFormationNames.property(for: $0.name, in: shape) }
            message += "; accepted properties: " + names.joined(separator: ", ")
        }
        unknownProperties.append(
            UnknownProperty(path: path + [member.key], keyRange: member.keyRange, message: message, fix: fix))
    }

    /// A scalar converted the way CloudFormation converts property values,
    /// or unchanged when it does not fit.
    static func coerced(_ value: Node.Value, to kind: SchemaKind) -> Node.Value {
        switch (kind, value) {
        case (.string, .number(let number)):
            return .string(number.lexeme)
        case (.string, .bool(let flag)):
            return .string(flag ? "true" : "false")
        case (.integer, .string(let text)), (.long, .string(let text)):
            let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return value }
            return .number(NumberLiteral(jsonLexeme: text))
        case (.double, .string(let text)), (.float, .string(let text)):
            guard let number = Double(text), number.isFinite else { return value }
            return .number(NumberLiteral(lexeme: text, isInteger: false, intValue: nil, doubleValue: number))
        case (.boolean, .string(let text)):
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return value
            }
        default:
            return value
        }
    }
}
