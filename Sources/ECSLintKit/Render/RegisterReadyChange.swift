/// One thing `RegisterReadyDocument` changed on the way from the file to the
/// RegisterTaskDefinition request, for a note on standard error.
public enum RegisterReadyChange: Sendable, Hashable, CustomStringConvertible {
    /// The file was YAML and is sent as JSON.
    case convertedFromYAML
    /// The file was `describe-task-definition` output; its `taskDefinition` is sent.
    case unwrappedDescribeOutput
    /// The `tags` beside the describe output's `taskDefinition` are sent as the request's tags.
    case keptDescribeTags(count: Int)
    /// A top-level member of the describe output other than `taskDefinition` and `tags` was left out.
    case droppedDescribeMember(String)
    /// A read-only member (`taskDefinitionArn`, `revision`, …) was left out.
    case droppedReadOnlyMember(String)
    /// A key written twice: only its last value is sent, as the AWS CLI does.
    case mergedDuplicateKey(JSONPointer)
    /// A YAML number written in a form JSON lacks (`+12`, `0x1F`) is sent in JSON form.
    case rewroteNumber(JSONPointer, from: String, to: String)

    /// The sentence shown to the user.
    public var description: String {
        switch self {
        case .convertedFromYAML:
            "converted YAML to JSON"
        case .unwrappedDescribeOutput:
            "unwrapped describe-task-definition output: sending its \"taskDefinition\""
        case .keptDescribeTags(let count):
            "kept the \(count) tag\(count == 1 ? "" : "s") of the describe-task-definition output as the request's tags"
        case .droppedDescribeMember(let key):
            "dropped \"\(key)\" beside \"taskDefinition\" (not part of a task definition)"
        case .droppedReadOnlyMember(let key):
            "dropped the read-only field \"\(key)\" (set by ECS; RegisterTaskDefinition does not accept it)"
        case .mergedDuplicateKey(let pointer):
            "\(pointer) is written more than once: sending the last value, as the AWS CLI does"
        case .rewroteNumber(let pointer, let from, let to):
            "\(pointer): sending the YAML number \(from) as \(to)"
        }
    }
}

extension RegisterReadyChange {
    /// The sentences for a list of changes, with the dropped read-only fields
    /// named together in one sentence (at the place of the first).
    public static func summarized(_ changes: [RegisterReadyChange]) -> [String] {
        var dropped: [String] = []
        for case .droppedReadOnlyMember(let key) in changes { dropped.append("\"\(key)\"") }
        var lines: [String] = []
        var named = false
        for change in changes {
            guard case .droppedReadOnlyMember = change, dropped.count > 1 else {
                lines.append(change.description)
                continue
            }
            if named { continue }
            named = true
            lines.append(
                "dropped the read-only fields \(dropped.joined(separator: ", ")) (set by ECS; RegisterTaskDefinition "
                    + "does not accept them)")
        }
        return lines
    }
}

/// Why a file cannot be turned into a RegisterTaskDefinition request.
public enum RegisterReadyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file is not valid JSON or YAML.
    case syntax(SyntaxError)
    /// The file holds no document.
    case empty
    /// A YAML stream holds several documents; one request takes one.
    case severalDocuments(Int)
    /// The document is not an object.
    case notAnObject(found: String)
    /// A value has no JSON form.
    case unrepresentable(CompactJSON.Failure)

    /// A sentence a person understands.
    public var description: String {
        switch self {
        case .syntax(let error):
            "line \(error.range.start.line), column \(error.range.start.column): \(error.message)"
        case .empty:
            "the file holds no task definition"
        case .severalDocuments(let count):
            "the file holds \(count) YAML documents; register one task definition per file"
        case .notAnObject(let found):
            "the document is \(found == "array" ? "an" : "a") \(found), not a task definition object"
        case .unrepresentable(let failure):
            failure.description
        }
    }
}
