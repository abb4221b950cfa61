extension ContainerDefinition {
    /// The string entries of `links` with their pointers (indices as written).
    var linkEntries: [(text: String, pointer: JSONPointer)] {
        guard let links else { return [] }
        return links.enumerated().map { index, link in
            (link, pointer / "links" / index)
        }
    }
}

/// A `links` entry, `name` or `name:alias`.
enum LinkEntry {
    /// The container name part of a link (before the first colon).
    static func targetName(_ text: String) -> String {
        String(text.prefix { $0 != ":" })
    }
}
