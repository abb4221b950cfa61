import Testing

@testable import ECSLintKit

/// A `null` is reported by the null rule (ECS007) only. For every rule's JSON
/// examples and every member in them, the example is rewritten twice: with
/// the member's value replaced by `null`, and with the member removed. The
/// rule may treat the null like the absent member (the API's default), but
/// it must never report something the absent member would not cause, and
/// never report anything at the null member itself ("missing" included).
@Suite struct NullVariantTests {
    /// Rules exempt by their subject: the null rule itself; unknown keys and
    /// read-only describe fields, whose key is the problem whatever its value;
    /// and the size limit, which counts the bytes of `null`.
    static let exempt: Set<String> = [
        NullValue.descriptor.code, UnknownKey.descriptor.code, ReadOnlyDescribeFields.descriptor.code,
        TaskDefinitionTooLarge.descriptor.code,
    ]

    static let cases: [ExampleCase] = RuleExampleTests.cases.filter { example in
        example.example.format == .json && !exempt.contains(example.descriptor.code)
    }

    @Test(arguments: cases)
    func aNullNeverMakesTheRuleFire(_ example: ExampleCase) throws {
        let (text, _) = example.example.unmarked
        guard let root = try? JSONScanner.parse(Array(text.utf8)) else { return }
        let code = example.descriptor.code
        for pointer in Self.memberPointers(root) {
            let nulled = try PrettyJSON.serialize(Self.rewrite(root, at: pointer.tokens[...], removing: false))
            let removed = try PrettyJSON.serialize(Self.rewrite(root, at: pointer.tokens[...], removing: true))
            let withNull = Self.findings(of: code, example, nulled)
            let withoutMember = Set(Self.findings(of: code, example, removed))
            for finding in withNull {
                #expect(
                    withoutMember.contains(finding),
                    "\(example): null at \(pointer) causes \(finding), which the absent member does not")
                #expect(
                    !finding.hasPrefix("\(pointer) ") && !finding.hasPrefix("\(pointer)/"),
                    "\(example): null at \(pointer) is reported by \(code): \(finding)")
            }
        }
    }

    private static func findings(of code: String, _ example: ExampleCase, _ text: String) -> [String] {
        example.lint(text, path: "variant.json").findings
            .filter { $0.code == code }
            .map { "\($0.pointer) \($0.message)" }
    }

    /// Every member of every object, depth first.
    static func memberPointers(_ root: Node) -> [JSONPointer] {
        var pointers: [JSONPointer] = []
        var stack: [(Node, JSONPointer)] = [(root, .root)]
        while let (node, pointer) = stack.popLast() {
            switch node.value {
            case .object(let members):
                for member in members {
                    pointers.append(pointer / member.key)
                    stack.append((member.value, pointer / member.key))
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() { stack.append((element, pointer / index)) }
            default:
                break
            }
        }
        return pointers
    }

    /// The tree with the member at `tokens` set to null, or removed.
    static func rewrite(_ node: Node, at tokens: ArraySlice<String>, removing: Bool) -> Node {
        guard let token = tokens.first else { return removing ? node : Node(.null, range: node.range) }
        var copy = node
        switch node.value {
        case .object(let members):
            var rewritten: [Member] = []
            for member in members {
                guard member.key == token else {
                    rewritten.append(member)
                    continue
                }
                if tokens.count == 1 && removing { continue }
                var changed = member
                changed.value = rewrite(member.value, at: tokens.dropFirst(), removing: removing)
                rewritten.append(changed)
            }
            copy.value = .object(rewritten)
        case .array(var elements):
            if let index = Int(token), elements.indices.contains(index) {
                elements[index] = rewrite(elements[index], at: tokens.dropFirst(), removing: removing)
            }
            copy.value = .array(elements)
        default:
            break
        }
        return copy
    }
}
