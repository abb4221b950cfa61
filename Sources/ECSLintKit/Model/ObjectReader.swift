/// Reads members of an object node leniently into `Field`s: a value of the
/// wrong type reads as `.wrongType` with no usable value, so semantic rules
/// still run on the rest (the schema check has already reported the type
/// error), and a `null` reads as `.null`.
struct ObjectReader {
    /// The object node (or any node; non-objects read as empty).
    let node: Node
    /// Where the node is.
    let pointer: JSONPointer

    init(_ node: Node, at pointer: JSONPointer) {
        self.node = node
        self.pointer = pointer
    }

    /// Reads `key` with `convert`, which returns nil for a value of the wrong type.
    func field<T>(_ key: String, _ convert: (Node) -> T?) -> Field<T?> {
        guard let child = node[key] else { return Field(.absent, nil) }
        if child.isNull { return Field(.null, nil) }
        guard let value = convert(child) else { return Field(.wrongType, nil) }
        return Field(.value, value)
    }

    /// A reader over the object at `key`; empty when it is absent, null or not an object.
    func child(_ key: String) -> ObjectReader {
        if let child = node[key], child.members != nil { return ObjectReader(child, at: pointer / key) }
        return ObjectReader(Node(.object([]), range: node.range), at: pointer / key)
    }

    func string(_ key: String) -> Field<String?> {
        field(key, \.stringValue)
    }

    func int(_ key: String) -> Field<Int?> {
        field(key) { child in
            guard let number = child.numberValue, number.isInteger else { return nil }
            return number.intValue
        }
    }

    func bool(_ key: String) -> Field<Bool?> {
        field(key, \.boolValue)
    }

    /// A list of strings. A list with an element of another type reads as
    /// `.wrongType` with no value, so that rules never see an index that
    /// differs from the file's (the schema check reports the element).
    func strings(_ key: String) -> Field<[String]?> {
        field(key) { child in
            guard let elements = child.elements else { return nil }
            var strings: [String] = []
            strings.reserveCapacity(elements.count)
            for element in elements {
                guard let text = element.stringValue else { return nil }
                strings.append(text)
            }
            return strings
        }
    }

    /// A list of integers, read like `strings`.
    func ints(_ key: String) -> Field<[Int]?> {
        field(key) { child in
            guard let elements = child.elements else { return nil }
            var numbers: [Int] = []
            for element in elements {
                guard let number = element.intValue else { return nil }
                numbers.append(number)
            }
            return numbers
        }
    }

    /// A list of strings where an element of another type reads as "" (which
    /// matches no enum value), so that indexes stay those of the file.
    func stringsKeepingIndexes(_ key: String) -> Field<[String]?> {
        field(key) { $0.elements?.map { $0.stringValue ?? "" } }
    }

    /// The keys of the object at `key` whose values are not null, in order.
    func writtenKeys(_ key: String) -> [String] {
        guard let members = node[key]?.members else { return [] }
        return members.compactMap { $0.value.isNull ? nil : $0.key }
    }

    /// A map of strings; members of another type are skipped.
    func stringMap(_ key: String) -> Field<[String: String]?> {
        field(key) { child in
            guard let members = child.members else { return nil }
            var map: [String: String] = [:]
            for member in members {
                if let text = member.value.stringValue { map[member.key] = text }
            }
            return map
        }
    }

    /// A map of strings, empty when there is no usable one.
    func stringMapOrEmpty(_ key: String) -> Field<[String: String]> {
        let map = stringMap(key)
        return Field(map.presence, map.wrappedValue ?? [:])
    }

    func object<T>(_ key: String, _ make: (Node, JSONPointer) -> T) -> Field<T?> {
        field(key) { child in child.members == nil ? nil : make(child, pointer / key) }
    }

    /// A list of objects. Elements that are not objects are skipped (the
    /// schema check reports them) and make the field `.wrongType`; the
    /// objects are still read, each with its own pointer.
    func list<T>(_ key: String, _ make: (Node, JSONPointer) -> T) -> Field<[T]> {
        guard let child = node[key] else { return Field(.absent, []) }
        if child.isNull { return Field(.null, []) }
        guard let elements = child.elements else { return Field(.wrongType, []) }
        var items: [T] = []
        items.reserveCapacity(elements.count)
        var presence = Presence.value
        for (index, element) in elements.enumerated() {
            guard element.members != nil else {
                presence = .wrongType
                continue
            }
            items.append(make(element, pointer / key / index))
        }
        return Field(presence, items)
    }
}
