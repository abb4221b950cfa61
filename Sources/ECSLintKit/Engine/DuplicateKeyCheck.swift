/// Finds keys written twice in one object. The AWS CLI (Python's `json`)
/// silently keeps the last value, so every earlier occurrence is ignored.
struct DuplicateKeyCheck {
    func check(_ root: Node, document: Int) -> [Finding] {
        var findings: [Finding] = []
        // Only objects and arrays are entered; a pointer is spelled out only
        // for a duplicate, not built for every value of every file.
        var trail = PointerTrail()
        var stack: [(node: Node, step: Int)] = [(root, PointerTrail.root)]
        while let (node, step) = stack.popLast() {
            switch node.value {
            case .object(let members):
                for member in members where member.value.isContainer {
                    stack.append((member.value, trail.enter(member.key, from: step)))
                }
                for (index, winner) in members.overridden() {
                    let member = members[index]
                    findings.append(
                        finding(
                            member, winner: members[winner], pointer: trail.pointer(to: step) / member.key,
                            document: document))
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() where element.isContainer {
                    stack.append((element, trail.enter(String(index), from: step)))
                }
            default:
                break
            }
        }
        return findings
    }

    private func finding(_ member: Member, winner: Member, pointer: JSONPointer, document: Int) -> Finding {
        let violation = Violation.duplicateKey(member.key, at: pointer, usedValue: winner.keyRange)
        return Finding(
            FindingRole.duplicateKey.template, violation: violation, document: document, range: member.keyRange)
    }
}
