/// CloudFormation's YAML short forms (`!Ref`, `!Sub`, `!GetAtt`, ...), turned
/// into the long JSON forms (`{"Ref": ...}`, `{"Fn::Sub": ...}`) when
/// `YAMLLoader.Options.cloudFormationTags` is on.
enum YAMLCloudFormation {
    private static let functionNames: Set<String> = [
        "Sub", "Join", "Select", "Split", "FindInMap", "If", "Equals", "Not", "And", "Or", "Base64", "Cidr", "GetAZs",
        "ImportValue", "Transform", "ToJsonString", "Length", "GetAtt",
    ]

    /// The long-form key for a short-form tag (`!Ref` → `Ref`, `!Sub` → `Fn::Sub`), or nil.
    static func longKey(forTag tag: String) -> String? {
        guard tag.hasPrefix("!"), !tag.hasPrefix("!!") else { return nil }
        let name = String(tag.dropFirst())
        if name == "Ref" || name == "Condition" { return name }
        return functionNames.contains(name) ? "Fn::" + name : nil
    }

    /// Wraps `value` as `{key: value}`. The wrapper and its key take `taggedRange`
    /// (the tag and the value); the value keeps its own range. A scalar
    /// `!GetAtt a.b.c` becomes `["a", "b.c"]` (split at the first dot), both
    /// parts with the scalar's range.
    static func wrap(_ value: Node, key: String, taggedRange: SourceRange) -> (
        node: Node, addedNodes: Int, addedDepth: Int
    ) {
        var inner = value
        var added = 1
        var depth = 1
        if key == "Fn::GetAtt", case .string(let text) = value.value {
            var parts = [Node(.string(text), range: value.range)]
            if let dot = text.firstIndex(of: ".") {
                parts = [
                    Node(.string(String(text[..<dot])), range: value.range),
                    Node(.string(String(text[text.index(after: dot)...])), range: value.range),
                ]
            }
            inner = Node(.array(parts), range: value.range)
            added += parts.count
            depth += 1
        }
        let member = Member(key: key, keyRange: taggedRange, value: inner)
        return (Node(.object([member]), range: taggedRange), added, depth)
    }
}
