/// The AWS error text the engine appends to a violation's message, as
/// ` (AWS: "…")`, so rules name the AWS error without writing the quote.
public struct AWSErrorQuote: Sendable, Hashable {
    private enum Source: Sendable, Hashable {
        case documented(Int)
        case actual(String)
    }

    private let source: Source

    private init(_ source: Source) { self.source = source }

    /// The descriptor's first AWS error (`awsErrors[0]`), quoted as documented.
    public static let documented = AWSErrorQuote(.documented(0))

    /// The descriptor's AWS error at `index` in `awsErrors`.
    public static func documented(_ index: Int) -> AWSErrorQuote { AWSErrorQuote(.documented(index)) }

    /// The AWS error with this finding's values in it, as AWS prints it
    /// (`Unknown volume 'data'.`), for errors whose text names the values.
    public static func actual(_ text: String) -> AWSErrorQuote { AWSErrorQuote(.actual(text)) }

    /// The quoted text, or nil when the index names no error of the rule.
    func text(in awsErrors: [String]) -> String? {
        switch source {
        case .documented(let index): awsErrors.indices.contains(index) ? awsErrors[index] : nil
        case .actual(let text): text
        }
    }

    /// `message` with the AWS error appended, as every finding shows it.
    static func message(_ message: String, quoting quote: AWSErrorQuote?, from awsErrors: [String]) -> String {
        guard let text = quote?.text(in: awsErrors) else { return message }
        return "\(message) (AWS: \"\(text)\")"
    }
}

/// The fields of a rule's descriptor that every finding of the rule copies:
/// the engine keeps one per enabled rule instead of the whole descriptor,
/// and every finding is built from one (`Finding(_:violation:…)`).
public struct FindingTemplate: Sendable {
    /// The stable rule code.
    public let code: String
    /// The kebab-case name.
    public let slug: String
    /// The default severity.
    public let severity: Severity
    /// The default stage.
    public let stage: Stage
    /// The fix used when a violation names none.
    public let fix: String
    /// The AWS error texts a violation may quote by index.
    public let awsErrors: [String]

    /// The template of a rule's findings.
    public init(_ descriptor: RuleDescriptor) {
        code = descriptor.code
        slug = descriptor.slug
        severity = descriptor.severity
        stage = descriptor.stage
        fix = descriptor.fix
        awsErrors = descriptor.awsErrors
    }
}

extension Finding {
    /// The finding of a rule's violation: the code, name, severity, stage and
    /// fix come from the rule, the message (with its AWS error appended),
    /// notes and overrides from the violation.
    ///
    /// - Parameters:
    ///   - pointer: where the finding points in the document, when that is
    ///     not the violation's pointer (a task definition inside a template).
    ///   - range: the resolved source range of the pointer.
    public init(
        _ rule: FindingTemplate, violation: Violation, pointer: JSONPointer? = nil, document: Int = 0,
        range: SourceRange, notes: [FindingNote]? = nil, label: String? = nil, autofix: Fix? = nil
    ) {
        self.init(
            code: rule.code, slug: rule.slug, severity: violation.severity ?? rule.severity,
            stage: violation.stage ?? rule.stage,
            message: AWSErrorQuote.message(violation.message, quoting: violation.aws, from: rule.awsErrors),
            fix: violation.fix ?? rule.fix, pointer: pointer ?? violation.pointer, target: violation.target,
            document: document, range: range, notes: notes ?? violation.notes, label: label, autofix: autofix)
    }

    /// The finding of a violation of the rule `descriptor` describes.
    public init(
        descriptor: RuleDescriptor, violation: Violation, pointer: JSONPointer? = nil, document: Int = 0,
        range: SourceRange, notes: [FindingNote]? = nil, label: String? = nil, autofix: Fix? = nil
    ) {
        self.init(
            FindingTemplate(descriptor), violation: violation, pointer: pointer, document: document, range: range,
            notes: notes, label: label, autofix: autofix)
    }
}
