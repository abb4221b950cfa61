/// The lint engine: reads a file, checks its syntax, the API schema and every
/// rule, and returns positioned findings in report order.
///
/// Every stage is a plain function of its input; a `Linter` holds no mutable
/// state, so one instance can lint many files on many threads.
public struct Linter: Sendable {
    /// The settings in force.
    public var options: LintOptions
    /// The enabled rules, each with the descriptor fields findings copy, read
    /// once: rules that `options.isRuleEnabled` turns off never run.
    private let rules: [EnabledRule]

    /// Creates a linter with every registered rule that `options` enables.
    /// Enablement is decided here, once; changing `options` later does not
    /// change which rules run.
    public init(options: LintOptions = LintOptions(), rules: [any Rule] = RuleRegistry.makeRules()) {
        self.options = options
        self.rules = rules.compactMap { rule in
            let descriptor = type(of: rule).descriptor
            return options.isRuleEnabled(descriptor.code) ? EnabledRule(rule, descriptor: descriptor) : nil
        }
    }

    /// The codes of the rules this linter runs, in registry order.
    public var enabledRuleCodes: [String] { rules.map(\.code) }

    /// Lints one file. With `onlyTaskDefinitions`, a file that does not look
    /// like a task definition (`TaskDefinitionDetector`) is not checked at
    /// all: its report has no findings and `isTaskDefinitionCandidate` false,
    /// which is what a folder scan needs to skip it.
    public func lint(_ source: SourceText, format: SourceFormat? = nil, onlyTaskDefinitions: Bool = false) -> FileReport
    {
        if let variables = options.variables {
            return lintSubstituting(
                source, format: format, variables: variables, onlyTaskDefinitions: onlyTaskDefinitions)
        }
        let loaded = InputLoader.load(source, format: format)
        if onlyTaskDefinitions && !TaskDefinitionDetector.isCandidate(loaded, source: source) {
            var skipped = FileReport(source: source, format: loaded.format, findings: [])
            skipped.isTaskDefinitionCandidate = false
            return skipped
        }
        var findings: [Finding] = []
        var sensitive: [SourceRange] = []
        if let error = loaded.syntaxError {
            findings.append(InvalidSyntax.finding(for: error))
        }
        var kinds: [InputShape] = []
        for document in loaded.documents {
            lint(document, notices: loaded.notices, into: &findings, sensitive: &sensitive, kinds: &kinds)
        }
        findings.sort(by: Finding.reportOrder)
        var report = FileReport(source: source, format: loaded.format, findings: findings, sensitiveRanges: sensitive)
        report.kinds = kinds
        report.isTaskDefinitionCandidate = TaskDefinitionDetector.isCandidate(loaded, source: source)
        report.maskSecrets()
        return report
    }

    /// Lints one document; YAML 1.1 notices count only inside its task
    /// definitions (not on a CloudFormation template's `AWSTemplateFormatVersion`
    /// or an IAM policy's `Version`), and not where the value has the wrong
    /// type anyway (`essential: yes` is one ECS006 that says to write `true`).
    private func lint(
        _ document: SourceDocument, notices: [YAMLNotice], into findings: inout [Finding],
        sensitive: inout [SourceRange], kinds: inout [InputShape]
    ) {
        let root = document.root
        findings += DuplicateKeyCheck().check(root, document: document.index)
        let input = InputClassifier.classify(
            root, document: document.index, launchType: options.launchType, consumer: options.consumer)
        findings += input.findings
        let start = findings.count
        defer {
            let mistyped = Set(
                findings[start...].filter { $0.code == WrongType.descriptor.code && $0.document == document.index }
                    .map(\.pointer))
            for notice in notices
            where notice.document == document.index && !mistyped.contains(notice.pointer)
                && input.targets.contains(where: { $0.encloses(notice.pointer) })
            {
                findings.append(AmbiguousYAMLScalar.finding(for: notice))
            }
        }
        if input.targets.isEmpty && input.findings.isEmpty {
            findings.append(NotATaskDefinition.finding(for: root, document: document.index))
        }
        for target in input.targets {
            if !kinds.contains(target.shape) { kinds.append(target.shape) }
            lint(target, document: document.index, into: &findings, sensitive: &sensitive)
        }
    }

    /// Lints one task definition found in a document: the schema check and
    /// every rule, with pointers and ranges in the document.
    private func lint(
        _ target: LintTarget, document: Int, into findings: inout [Finding], sensitive: inout [SourceRange]
    ) {
        let positioner = FindingPositioner(root: target.root)
        let unknown = UnknownValues(target: target)
        let schema = schemaFindings(target, positioner: positioner, unknown: unknown, document: document)
        findings += schema
        let task = TaskDefinition(target.root)
        var context = RuleContext(task: task, launchTypeOption: options.launchType)
        context.ruleOptions = options.ruleOptions
        target.adjust(&context)
        for entry in rules where target.runs(entry.code, in: context) {
            for violation in entry.rule.check(task, in: context)
            where entry.readsLiteralParts || !unknown.hides(violation.pointer, target: violation.target) {
                let range = positioner.range(of: violation.pointer, target: violation.target)
                if violation.isSensitive { sensitive.append(range) }
                var notes = violation.notes
                for index in notes.indices {
                    if notes[index].range == nil {
                        notes[index].range = positioner.range(of: notes[index].pointer, target: notes[index].target)
                    }
                    notes[index].pointer = target.documentPointer(for: notes[index].pointer)
                }
                findings.append(
                    Finding(
                        code: entry.code, slug: entry.slug,
                        severity: violation.severity ?? entry.severity,
                        stage: violation.stage ?? entry.stage,
                        message: violation.message, fix: violation.fix ?? entry.fix,
                        pointer: target.documentPointer(for: violation.pointer), target: violation.target,
                        document: document, range: range, notes: notes, label: target.label
                    )
                )
            }
        }
        let mistyped = Set(schema.filter { $0.code == WrongType.descriptor.code }.map(\.pointer))
        findings += target.placeholderFindings(unknown, document: document, reportedAs: mistyped)
    }
}

/// A rule the linter runs, with the descriptor fields its findings copy (a
/// class, so the hot loop retains one reference instead of copying a whole
/// `RuleDescriptor` with its examples for every rule and file).
private final class EnabledRule: Sendable {
    let rule: any Rule
    let code: String
    let slug: String
    let severity: Severity
    let stage: Stage
    let fix: String
    /// Whether the rule judges templated values itself (`ReadsLiteralParts`).
    let readsLiteralParts: Bool

    init(_ rule: any Rule, descriptor: RuleDescriptor) {
        self.rule = rule
        readsLiteralParts = type(of: rule).readsLiteralParts
        code = descriptor.code
        slug = descriptor.slug
        severity = descriptor.severity
        stage = descriptor.stage
        fix = descriptor.fix
    }
}
