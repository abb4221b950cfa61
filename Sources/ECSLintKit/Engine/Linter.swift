/// The lint engine: reads a file, checks its syntax, the API schema and every
/// rule, and returns positioned findings in report order.
///
/// Every stage is a plain function of its input; a `Linter` holds no mutable
/// state, so one instance can lint many files on many threads.
public struct Linter: Sendable {
    /// The settings in force.
    public var options: LintOptions
    /// The rules with their descriptors, read once.
    private let rules: [(rule: any Rule, descriptor: RuleDescriptor)]

    /// Creates a linter with every registered rule.
    public init(options: LintOptions = LintOptions(), rules: [any Rule] = RuleRegistry.makeRules()) {
        self.options = options
        self.rules = rules.map { ($0, type(of: $0).descriptor) }
    }

    /// Lints one file.
    public func lint(_ source: SourceText, format: SourceFormat? = nil) -> FileReport {
        if let variables = options.variables { return lintSubstituting(source, format: format, variables: variables) }
        let loaded = InputLoader.load(source, format: format)
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
        let schema = schemaFindings(target, positioner: positioner, document: document)
        findings += schema
        let task = TaskDefinition(target.root)
        var context = RuleContext(task: task, launchTypeOption: options.launchType)
        context.ruleOptions = options.ruleOptions
        target.adjust(&context)
        for (rule, descriptor) in rules where target.runs(descriptor.code, in: context) {
            let readsLiteralParts = rule is any ReadsLiteralParts
            for violation in rule.check(task, in: context)
            where readsLiteralParts || !unknown.hides(violation.pointer, target: violation.target) {
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
                        code: descriptor.code, slug: descriptor.slug,
                        severity: violation.severity ?? descriptor.severity,
                        stage: violation.stage ?? descriptor.stage,
                        message: violation.message, fix: violation.fix ?? descriptor.fix,
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
