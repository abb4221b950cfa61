/// The lint engine: reads a file, checks its syntax, the API schema and every
/// rule, and returns positioned findings in report order.
///
/// Every stage is a plain function of its input; a `Linter` holds no mutable
/// state, so one instance can lint many files on many threads.
public struct Linter: Sendable {
    /// The settings in force.
    public var options: LintOptions
    private let rules: [any Rule]

    /// Creates a linter with every registered rule.
    public init(options: LintOptions = LintOptions(), rules: [any Rule] = RuleRegistry.makeRules()) {
        self.options = options
        self.rules = rules
    }

    /// Lints one file.
    public func lint(_ source: SourceText, format: SourceFormat? = nil) -> FileReport {
        let loaded = SourceLoader.load(source, format: format)
        var findings: [Finding] = []
        var sensitive: [SourceRange] = []
        if let error = loaded.syntaxError {
            findings.append(InvalidSyntax.finding(for: error))
        }
        for notice in loaded.notices {
            findings.append(AmbiguousYAMLScalar.finding(for: notice))
        }
        for document in loaded.documents {
            lint(document, into: &findings, sensitive: &sensitive)
        }
        findings.sort(by: Finding.reportOrder)
        return FileReport(source: source, format: loaded.format, findings: findings, sensitiveRanges: sensitive)
    }

    private func lint(_ document: SourceDocument, into findings: inout [Finding], sensitive: inout [SourceRange]) {
        let root = document.root
        let positioner = FindingPositioner(root: root)
        findings += DuplicateKeyCheck().check(root, document: document.index)
        guard root.members != nil else {
            findings.append(NotATaskDefinition.finding(for: root, document: document.index))
            return
        }
        findings += schemaFindings(root, positioner: positioner, document: document.index)
        let task = TaskDefinition(root)
        let context = RuleContext(task: task, launchTypeOption: options.launchType)
        for rule in rules {
            let descriptor = type(of: rule).descriptor
            for violation in rule.check(task, in: context) {
                let range = positioner.range(of: violation.pointer, target: violation.target)
                if violation.isSensitive { sensitive.append(range) }
                var notes = violation.notes
                for index in notes.indices where notes[index].range == nil {
                    notes[index].range = positioner.range(of: notes[index].pointer, target: notes[index].target)
                }
                findings.append(
                    Finding(
                        code: descriptor.code, slug: descriptor.slug,
                        severity: violation.severity ?? descriptor.severity,
                        stage: violation.stage ?? descriptor.stage,
                        message: violation.message, fix: violation.fix ?? descriptor.fix,
                        pointer: violation.pointer, target: violation.target, document: document.index,
                        range: range, notes: notes
                    )
                )
            }
        }
    }
}
