/// Finds keys written twice in one object. The AWS CLI (Python's `json`)
/// silently keeps the last value, so every earlier occurrence is ignored.
struct DuplicateKeyCheck {
    func check(_ root: Node, document: Int) -> [Finding] {
        var findings: [Finding] = []
        var stack: [(Node, JSONPointer)] = [(root, .root)]
        while let (node, pointer) = stack.popLast() {
            switch node.value {
            case .object(let members):
                var lastIndex: [String: Int] = [:]
                for (index, member) in members.enumerated() { lastIndex[member.key] = index }
                for (index, member) in members.enumerated() {
                    stack.append((member.value, pointer / member.key))
                    guard let winner = lastIndex[member.key], winner != index else { continue }
                    findings.append(
                        finding(member, winner: members[winner], pointer: pointer / member.key, document: document))
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() { stack.append((element, pointer / index)) }
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
