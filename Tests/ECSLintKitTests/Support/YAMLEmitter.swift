@testable import ECSLintKit

/// Writes a tree as block-style YAML and records where each key and value
/// starts, so tests can check the YAML loader's positions independently.
struct YAMLEmitter {
    struct Anchor: Hashable {
        let pointer: JSONPointer
        let target: FindingTarget
    }

    private(set) var text = ""
    private(set) var positions: [Anchor: SourcePosition] = [:]
    private var line = 1
    private var column = 1
    private var offset = 0

    static func emit(_ node: Node) -> YAMLEmitter {
        var emitter = YAMLEmitter()
        emitter.emitTopLevel(node)
        return emitter
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column, offset: offset) }

    private mutating func write(_ fragment: String) {
        for scalar in fragment.unicodeScalars {
            offset += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        text += fragment
    }

    private mutating func emitTopLevel(_ node: Node) {
        if isBlockCollection(node) {
            emitBlock(node, pointer: .root, indent: 0)
        } else {
            positions[Anchor(pointer: .root, target: .value)] = position
            write(scalarText(node))
            write("\n")
        }
    }

    private func isBlockCollection(_ node: Node) -> Bool {
        if let members = node.members { return !members.isEmpty }
        if let elements = node.elements { return !elements.isEmpty }
        return false
    }

    private mutating func emitBlock(_ node: Node, pointer: JSONPointer, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        if let members = node.members {
            for (index, member) in members.enumerated() {
                if index > 0 { write(pad) }
                if index == 0 { positions[Anchor(pointer: pointer, target: .value)] = position }
                let child = pointer / member.key
                if positions[Anchor(pointer: child, target: .key)] == nil {
                    positions[Anchor(pointer: child, target: .key)] = position
                }
                write(JSONString.quoted(member.key) + ":")
                emitValue(member.value, pointer: child, indent: indent + 2)
            }
        } else if let elements = node.elements {
            for (index, element) in elements.enumerated() {
                if index > 0 { write(pad) }
                if index == 0 { positions[Anchor(pointer: pointer, target: .value)] = position }
                write("- ")
                let child = pointer / index
                if isBlockCollection(element) {
                    emitBlock(element, pointer: child, indent: indent + 2)
                } else {
                    positions[Anchor(pointer: child, target: .value)] = position
                    write(scalarText(element) + "\n")
                }
            }
        }
    }

    private mutating func emitValue(_ node: Node, pointer: JSONPointer, indent: Int) {
        if isBlockCollection(node) {
            write("\n" + String(repeating: " ", count: indent))
            emitBlock(node, pointer: pointer, indent: indent)
        } else {
            write(" ")
            positions[Anchor(pointer: pointer, target: .value)] = position
            write(scalarText(node) + "\n")
        }
    }

    private func scalarText(_ node: Node) -> String {
        switch node.value {
        case .object: "{}"
        case .array: "[]"
        case .string(let text): JSONString.quoted(text)
        case .number(let number): number.lexeme
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        }
    }

    /// Where a finding at (pointer, target) must start in the emitted YAML,
    /// following the engine's rule for missing members.
    func expectedStart(of pointer: JSONPointer, target: FindingTarget) -> SourcePosition? {
        if let exact = positions[Anchor(pointer: pointer, target: target)] { return exact }
        if target == .key, let value = positions[Anchor(pointer: pointer, target: .value)] { return value }
        var current = pointer
        while let parent = current.parent {
            if positions[Anchor(pointer: parent, target: .value)] != nil {
                if let key = positions[Anchor(pointer: parent, target: .key)] { return key }
                return positions[Anchor(pointer: parent, target: .value)]
            }
            current = parent
        }
        return positions[Anchor(pointer: .root, target: .value)]
    }
}
