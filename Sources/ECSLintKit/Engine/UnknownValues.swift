/// Values whose content is not known yet: strings holding a template
/// placeholder, and CloudFormation intrinsic functions (which the mapper
/// turns into such strings). A finding on one is dropped, because the value
/// is unknown, not wrong.
struct UnknownValues {
    /// The target whose tree pointers resolve in.
    let target: LintTarget

    /// Whether a finding at `pointer` is about an unknown value. Findings
    /// about keys are kept (the key is known), and so are findings whose
    /// notes point at unknown values: the model reads a placeholder where a
    /// number belongs as absent, so cross-field rules rarely see one.
    func hides(_ pointer: JSONPointer, target findingTarget: FindingTarget) -> Bool {
        findingTarget == .value && isUnknown(at: pointer)
    }

    /// Whether the value at `pointer` is a string holding a placeholder.
    func isUnknown(at pointer: JSONPointer) -> Bool {
        guard let text = target.root.node(at: pointer)?.stringValue else { return false }
        return Placeholder.contains(text, position: Placeholder.position(of: pointer, in: target.root))
    }

    /// Whether the value at `pointer` stands for a CloudFormation intrinsic
    /// function (`!Ref ContainerPort`), which resolves to the right type.
    func isIntrinsic(at pointer: JSONPointer) -> Bool {
        guard let node = target.root.node(at: pointer) else { return false }
        return target.intrinsicOffsets.contains(node.range.start.offset)
    }

    /// Every string value holding placeholders, in document order, without
    /// the CloudFormation functions (which are not template placeholders).
    func placeholderOccurrences() -> [(pointer: JSONPointer, range: SourceRange, placeholders: [String])] {
        var found: [(pointer: JSONPointer, range: SourceRange, placeholders: [String])] = []
        var trail = PointerTrail()
        var stack: [(node: Node, step: Int)] = [(target.root, PointerTrail.root)]
        while let (node, step) = stack.popLast() {
            switch node.value {
            case .object(let members):
                for member in members.reversed() { stack.append((member.value, trail.enter(member.key, from: step))) }
            case .array(let elements):
                for (index, element) in elements.enumerated().reversed() {
                    stack.append((element, trail.enter(String(index), from: step)))
                }
            case .string(let text):
                guard !target.intrinsicOffsets.contains(node.range.start.offset) else { continue }
                // Container text counts fewer forms than an ordinary value, so
                // a string with no placeholder as a value has none at all: most
                // strings are answered without their pointer or position.
                let asValue = Placeholder.all(in: text, position: .value)
                guard !asValue.isEmpty else { continue }
                let pointer = trail.pointer(to: step)
                let position = Placeholder.position(of: pointer, in: target.root)
                let placeholders = position == .value ? asValue : Placeholder.all(in: text, position: position)
                if !placeholders.isEmpty { found.append((pointer, node.range, placeholders)) }
            default:
                continue
            }
        }
        return found
    }
}

extension LintTarget {
    /// Whether a schema violation applies to this shape of input: a
    /// container list has no task-level members to miss, and CloudFormation
    /// generates a family when `Family` is absent.
    func keeps(_ violation: SchemaViolation) -> Bool {
        guard violation.kind == .missingRequired, violation.pointer.tokens.count == 1 else { return true }
        switch shape {
        case .containerArray: return false
        case .cloudFormation:
            // CloudFormation names the task family and the service itself when the template does not.
            return violation.pointer.lastToken != (service == nil ? "family" : "serviceName")
        default: return true
        }
    }
}
