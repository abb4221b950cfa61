/// Finds keys written twice in one object. The AWS CLI (Python's `json`)
/// silently keeps the last value, so every earlier occurrence is ignored.
struct DuplicateKeyCheck {
    func check(_ root: Node, document: Int) -> [Finding] {
        var findings: [Finding] = []
        // Every object and array visited, with the one it hangs from and its
        // token there: a pointer is spelled out only for a duplicate, not
        // built for every value of every file.
        var frames: [(parent: Int, token: String)] = []
        var stack: [(node: Node, frame: Int)] = [(root, -1)]
        while let (node, frame) = stack.popLast() {
            switch node.value {
            case .object(let members):
                for member in members where member.value.isContainer {
                    frames.append((frame, member.key))
                    stack.append((member.value, frames.count - 1))
                }
                for (index, winner) in members.overridden() {
                    let member = members[index]
                    findings.append(
                        finding(
                            member, winner: members[winner], pointer: Self.pointer(to: frame, in: frames) / member.key,
                            document: document))
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() where element.isContainer {
                    frames.append((frame, String(index)))
                    stack.append((element, frames.count - 1))
                }
            default:
                break
            }
        }
        return findings
    }

    /// The pointer to the container visited as `frame` (-1: the root).
    private static func pointer(to frame: Int, in frames: [(parent: Int, token: String)]) -> JSONPointer {
        var tokens: [String] = []
        var current = frame
        while current >= 0 {
            tokens.append(frames[current].token)
            current = frames[current].parent
        }
        return JSONPointer(tokens.reversed())
    }

    private func finding(_ member: Member, winner: Member, pointer: JSONPointer, document: Int) -> Finding {
        let violation = Violation.duplicateKey(member.key, at: pointer, usedValue: winner.keyRange)
        return Finding(
            FindingRole.duplicateKey.template, violation: violation, document: document, range: member.keyRange)
    }
}
