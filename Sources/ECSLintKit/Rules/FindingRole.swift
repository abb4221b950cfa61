/// A part some findings play for the layers outside `Rules/`.
///
/// The engine, the fixer, the renderer and the command line act on a few
/// findings because of what they mean, not because of which rule reports
/// them: a syntax error stops fixing, `render` resolves the read-only
/// describe fields, `register` refuses unfilled placeholders. Those layers
/// name the role (`finding.plays(.syntaxError)`, `FindingRole.duplicateKey.template`);
/// this file, the one place outside a rule's own file that names a rule for
/// other layers, says which rule plays each role. So no rule code or
/// descriptor appears outside `Rules/`, and giving a role to another rule
/// changes one line here.
public enum FindingRole: Sendable, CaseIterable {
    /// The file does not parse: nothing else is checked, and fixing stops.
    case syntaxError
    /// A key written twice in one object, found by the engine's walk of the tree.
    case duplicateKey
    /// A value of the wrong JSON type: a YAML 1.1 notice on the same value is not repeated,
    /// and the placeholder list leaves out the values it reports.
    case wrongType
    /// A `null` value, which rendering drops.
    case nullValue
    /// describe-task-definition's read-only fields, which rendering drops.
    case readOnlyDescribeFields
    /// describe-task-definition's `taskDefinition` wrapper, which rendering unwraps.
    case describeOutputWrapper
    /// The template placeholders of a task definition: an info while linting,
    /// what stops `render` and `register` while any is left.
    case templatePlaceholders

    /// The rule that plays the role.
    var rule: any RuleDescribing.Type {
        switch self {
        case .syntaxError: InvalidSyntax.self
        case .duplicateKey: DuplicateKey.self
        case .wrongType: WrongType.self
        case .nullValue: NullValue.self
        case .readOnlyDescribeFields: ReadOnlyDescribeFields.self
        case .describeOutputWrapper: DescribeOutputWrapper.self
        case .templatePlaceholders: TemplatePlaceholders.self
        }
    }

    /// The code of the findings that play the role.
    public var code: String { rule.descriptor.code }

    /// What every finding in the role copies from its rule.
    var template: FindingTemplate { FindingTemplate(rule.descriptor) }

    /// The findings `ecslint render` (and so `register`) resolves by writing
    /// the request: `null`s and read-only fields dropped, the wrapper removed.
    public static let resolvedByRendering: Set<FindingRole> = [
        .nullValue, .readOnlyDescribeFields, .describeOutputWrapper,
    ]
}

extension Finding {
    /// Whether the finding plays `role`.
    public func plays(_ role: FindingRole) -> Bool { code == role.code }

    /// The template-placeholders finding's message with its lint ending
    /// ("values holding them are unknown and not checked") replaced by
    /// `ending`, for the commands that refuse the placeholders.
    public func placeholdersMessage(ending: String) -> String {
        message.replacing(TemplatePlaceholders.uncheckedSuffix, with: ending)
    }
}
