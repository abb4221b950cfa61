/// CloudFormation intrinsic functions (`{"Ref": …}`, `{"Fn::Sub": …}`, and
/// the YAML short forms the loader turns into them) as unknown values.
///
/// A property set by a function has no value until the stack is deployed,
/// so the linter reads it as a template placeholder: `Ref` and `Fn::GetAtt`
/// read as `${Name}` and `${Resource.Attribute}` (the syntax `Fn::Sub`
/// uses), `Fn::Sub` as its template, `Fn::Join` as its parts joined, and
/// any other function as `${Fn::Name}`. Every such text contains a
/// placeholder, so no format rule fires on it, while literal parts (the
/// `arn:aws:iam::` of a `Fn::Sub`) stay visible to the rules. A `Fn::Sub` or
/// `Fn::Join` without any function or variable inside is a known value.
enum CloudFormationIntrinsic {
    /// Whether `node` is an intrinsic function call: an object with one
    /// member named `Ref` or `Fn::…`.
    static func isCall(_ node: Node) -> Bool {
        guard let members = node.members, members.count == 1 else { return false }
        return members[0].key == "Ref" || members[0].key.hasPrefix("Fn::")
    }

    /// The placeholder text that stands for an intrinsic function call, or nil.
    static func text(for node: Node) -> String? {
        guard isCall(node), let member = node.members?.first else { return nil }
        let argument = member.value
        switch member.key {
        case "Ref":
            return argument.stringValue.map { "${\($0)}" } ?? "${Ref}"
        case "Fn::GetAtt":
            if let text = argument.stringValue { return "${\(text)}" }
            let parts = argument.elements?.compactMap(\.stringValue) ?? []
            return parts.count == 2 ? "${\(parts[0]).\(parts[1])}" : "${Fn::GetAtt}"
        case "Fn::Sub":
            if let template = argument.stringValue ?? argument[0]?.stringValue {
                return template
            }
            return "${Fn::Sub}"
        case "Fn::Join":
            return join(argument) ?? "${Fn::Join}"
        default:
            return "${\(member.key)}"
        }
    }

    /// `Fn::Join`'s parts joined, when each is a string or a function.
    private static func join(_ argument: Node) -> String? {
        guard let delimiter = argument[0]?.stringValue, let parts = argument[1]?.elements else { return nil }
        var texts: [String] = []
        for part in parts {
            if let text = part.stringValue ?? text(for: part) {
                texts.append(text)
            } else if let number = part.numberValue {
                texts.append(number.lexeme)
            } else {
                return nil
            }
        }
        return texts.joined(separator: delimiter)
    }
}
