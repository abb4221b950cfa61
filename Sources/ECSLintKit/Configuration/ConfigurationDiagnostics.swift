extension ConfigurationLoader {
    /// Parses a configuration file and reports every problem in it at once,
    /// not only the first: after each problem, the setting that holds it (the
    /// innermost mapping entry, or the whole item of a list) is set aside and
    /// the rest is read again. The error thrown is the first problem, with the
    /// others in `ConfigurationError.others`, in file order.
    public static func parseReportingAll(_ bytes: [UInt8], path: String, baseDirectory: String)
        throws(ConfigurationError) -> Configuration
    {
        do {
            return try parse(bytes, path: path, baseDirectory: baseDirectory)
        } catch let first {
            let loaded = SourceLoader.load(SourceText(path: path, bytes: bytes), format: .yaml)
            guard loaded.syntaxError == nil, var root = loaded.documents.first?.root else { throw first }
            var problems = [first]
            var error = first
            for _ in 0..<200 {
                guard let smaller = ConfigurationTree.removing(at: error.position.offset, from: root) else { break }
                root = smaller
                do {
                    _ = try parse(root: root, path: path, baseDirectory: baseDirectory)
                    break
                } catch let next {
                    if !problems.contains(where: { $0.position == next.position && $0.message == next.message }) {
                        problems.append(next)
                    }
                    error = next
                }
            }
            problems.sort { $0.position.offset < $1.position.offset }
            var combined = problems[0]
            combined.others = Array(problems.dropFirst())
            throw combined
        }
    }
}

/// Edits of a configuration tree for `parseReportingAll`.
enum ConfigurationTree {
    /// The tree without the innermost mapping entry, or the outermost list
    /// item, that holds the byte `offset`; nil when nothing holds it.
    static func removing(at offset: Int, from node: Node) -> Node? {
        switch node.value {
        case .object(var members):
            guard
                let index = members.firstIndex(where: {
                    $0.keyRange.start.offset <= offset
                        && offset <= max($0.keyRange.end.offset, $0.value.range.end.offset)
                })
            else { return nil }
            if let inner = removing(at: offset, from: members[index].value) {
                members[index].value = inner
            } else {
                members.remove(at: index)
            }
            return Node(.object(members), range: node.range)
        case .array(var elements):
            guard
                let index = elements.firstIndex(where: {
                    $0.range.start.offset <= offset && offset <= $0.range.end.offset
                })
            else { return nil }
            elements.remove(at: index)
            return Node(.array(elements), range: node.range)
        default:
            return nil
        }
    }
}

extension ConfigurationReader {
    /// The `pointers` of an ignore entry: RFC 6901 JSON Pointers (`""` is the
    /// whole document, otherwise each starts with `/`).
    func jsonPointers(_ node: Node) throws(ConfigurationError) -> [JSONPointer] {
        let texts = try strings(node, name: "pointers")
        var pointers: [JSONPointer] = []
        for text in texts {
            guard let pointer = JSONPointer(parsing: text) else {
                throw error(
                    at: node,
                    "\"\(text)\" is not a JSON Pointer; write it as in the JSON report, "
                        + "for example \"/containerDefinitions/0/image\"")
            }
            pointers.append(pointer)
        }
        return pointers
    }
}
