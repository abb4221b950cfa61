/// Merge keys (`<<: *base`, `<<: [*a, *b]`), as in the YAML merge-key spec:
/// keys written in the mapping itself win over merged ones, and earlier merged
/// mappings win over later ones. Merged members keep their source ranges and
/// are placed where the `<<` key was written.
extension YAMLTreeBuilder {
    /// Records the value of a `<<` key in the mapping at `frameIndex`.
    mutating func addMerge(_ value: Node, to frameIndex: Int) -> Bool {
        var sources: [[Member]] = []
        switch value.value {
        case .object(let members):
            sources = [members]
        case .array(let elements):
            for element in elements {
                guard let members = element.members else { return mergeError(element) }
                sources.append(members)
            }
        default:
            return mergeError(value)
        }
        stack[frameIndex].merges.append((position: stack[frameIndex].members.count, sources: sources))
        return true
    }

    private mutating func mergeError(_ value: Node) -> Bool {
        let article =
            value.typeName == "null"
            ? ""
            : (value.typeName == "integer" || value.typeName == "array" || value.typeName == "object" ? "an " : "a ")
        return fail(
            "the merge key << needs a mapping or a list of mappings, not \(article)\(value.typeName)", at: value.range,
            fix: "merge an anchored mapping (<<: *base) or a list of them (<<: [*a, *b])")
    }

    /// The members of a closed mapping with its merge-key values merged in.
    static func membersAfterMerging(_ frame: YAMLFrame) -> [Member] {
        guard !frame.merges.isEmpty else { return frame.members }
        var taken = Set(frame.members.map(\.key))
        var mergedAt: [Int: [Member]] = [:]
        for merge in frame.merges {
            for source in merge.sources {
                for member in effectiveMembers(source) where !taken.contains(member.key) {
                    taken.insert(member.key)
                    mergedAt[merge.position, default: []].append(member)
                }
            }
        }
        var result: [Member] = []
        for (index, member) in frame.members.enumerated() {
            result += mergedAt[index] ?? []
            result.append(member)
        }
        result += mergedAt[frame.members.count] ?? []
        return result
    }

    /// The members of one merged mapping, one per key: the last one written
    /// (as the mapping reads), in the order the keys first appear.
    private static func effectiveMembers(_ members: [Member]) -> [Member] {
        var lastIndex: [String: Int] = [:]
        for (index, member) in members.enumerated() { lastIndex[member.key] = index }
        guard lastIndex.count < members.count else { return members }
        var seen = Set<String>()
        var result: [Member] = []
        for member in members where seen.insert(member.key).inserted {
            if let index = lastIndex[member.key] { result.append(members[index]) }
        }
        return result
    }
}
