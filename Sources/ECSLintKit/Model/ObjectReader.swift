/// Reads members of an object node leniently: a value of the wrong type reads
/// as absent, so semantic rules still run on the rest (the schema check has
/// already reported the type error).
struct ObjectReader {
    /// The object node (or any node; non-objects read as empty).
    let node: Node
    /// Where the node is.
    let pointer: JSONPointer

    init(_ node: Node, at pointer: JSONPointer) {
        self.node = node
        self.pointer = pointer
    }

    func has(_ key: String) -> Bool {
        node.member(key) != nil
    }

    func string(_ key: String) -> String? {
        node[key]?.stringValue
    }

    func int(_ key: String) -> Int? {
        guard let number = node[key]?.numberValue, number.isInteger else { return nil }
        return number.intValue
    }

    func bool(_ key: String) -> Bool? {
        node[key]?.boolValue
    }

    func strings(_ key: String) -> [String]? {
        node[key]?.elements?.compactMap(\.stringValue)
    }

    func ints(_ key: String) -> [Int]? {
        node[key]?.elements?.compactMap(\.intValue)
    }

    func stringMap(_ key: String) -> [String: String]? {
        guard let members = node[key]?.members else { return nil }
        var map: [String: String] = [:]
        for member in members {
            if let text = member.value.stringValue { map[member.key] = text }
        }
        return map
    }

    func object<T>(_ key: String, _ make: (Node, JSONPointer) -> T) -> T? {
        guard let child = node[key], child.members != nil else { return nil }
        return make(child, pointer / key)
    }

    func list<T>(_ key: String, _ make: (Node, JSONPointer) -> T) -> [T] {
        guard let elements = node[key]?.elements else { return [] }
        var items: [T] = []
        items.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() where element.members != nil {
            items.append(make(element, pointer / key / index))
        }
        return items
    }
}
