/// The lint engine: reads a file, checks its syntax, the API schema and every
/// rule, and returns positioned findings in report order.
///
/// Every stage is a plain function of its input; a `Linter` holds no mutable
/// state, so one instance can lint many files on many threads.
///
/// Service and run-task requests are checked against the task definition
/// they name, which may be in another file: `lintDeferringServices` lints
/// one file and leaves its requests pending, and `ServiceResolution` checks
/// them once every file of the run is read. `lint` does both for one file.
public struct Linter: Sendable {
    /// The settings in force.
    public var options: LintOptions
    /// The enabled rules, each with the descriptor fields findings copy, read
    /// once: rules that `options.isRuleEnabled` turns off never run.
    private let rules: [EnabledRule<any Rule>]
    /// The enabled service rules, the same way.
    let serviceRules: [EnabledRule<any ServiceRule>]

    /// Creates a linter with every registered rule that `options` enables.
    /// Enablement is decided here, once; changing `options` later does not
    /// change which rules run.
    public init(
        options: LintOptions = LintOptions(), rules: [any Rule] = RuleRegistry.makeRules(),
        serviceRules: [any ServiceRule] = RuleRegistry.makeServiceRules()
    ) {
        self.options = options
        self.rules = rules.compactMap { rule in
            let card = type(of: rule).card
            guard options.isRuleEnabled(card.code) else { return nil }
            return EnabledRule(
                rule, card: card, describedBy: type(of: rule), readsLiteralParts: type(of: rule).readsLiteralParts)
        }
        self.serviceRules = serviceRules.compactMap { rule in
            let card = type(of: rule).card
            guard options.isRuleEnabled(card.code) else { return nil }
            return EnabledRule(rule, card: card, describedBy: type(of: rule), readsLiteralParts: false)
        }
    }

    /// The codes of the rules this linter runs, in registry order.
    public var enabledRuleCodes: [String] { rules.map(\.code) + serviceRules.map(\.code) }

    /// Lints one file; its service requests are checked against the task
    /// definitions of the same file only. With `onlyTaskDefinitions`, a file
    /// that does not look like a task definition or a service request
    /// (`TaskDefinitionDetector`) is not checked at all: its report has no
    /// findings and `isTaskDefinitionCandidate` false, which is what a folder
    /// scan needs to skip it.
    public func lint(_ source: SourceText, format: SourceFormat? = nil, onlyTaskDefinitions: Bool = false) -> FileReport
    {
        ServiceResolution(linter: self).resolve([
            lintDeferringServices(source, format: format, onlyTaskDefinitions: onlyTaskDefinitions)
        ])[0]
    }

    /// Lints one file, leaving its service and run-task requests pending
    /// until `ServiceResolution.resolve` sees every file of the run.
    public func lintDeferringServices(
        _ source: SourceText, format: SourceFormat? = nil, onlyTaskDefinitions: Bool = false
    ) -> FileReport {
        if let variables = options.variables {
            return lintSubstituting(
                source, format: format, variables: variables, onlyTaskDefinitions: onlyTaskDefinitions)
        }
        let loaded = InputLoader.load(source, format: format)
        let isCandidate = TaskDefinitionDetector.isCandidate(loaded, source: source)
        if onlyTaskDefinitions && !isCandidate {
            var skipped = FileReport(source: source, format: loaded.format, findings: [])
            skipped.isTaskDefinitionCandidate = false
            return skipped
        }
        var file = FileLint()
        if let error = loaded.syntaxError {
            file.findings.append(InvalidSyntax.finding(for: error))
        }
        let editor = FixEditBuilder(source: source, format: loaded.format)
        for document in loaded.documents {
            lint(document, notices: loaded.notices, editor: editor, into: &file)
        }
        file.findings.sort(by: Finding.reportOrder)
        var report = FileReport(
            source: source, format: loaded.format, findings: file.findings, sensitiveRanges: file.sensitive)
        report.kinds = file.kinds
        report.taskDefinitions = file.taskDefinitions
        report.pendingServices = file.pendingServices
        report.isTaskDefinitionCandidate = isCandidate
        report.maskSecrets()
        return report
    }

    /// Lints one document; YAML 1.1 notices count only inside its task
    /// definitions (not on a CloudFormation template's `AWSTemplateFormatVersion`
    /// or an IAM policy's `Version`), and not where the value has the wrong
    /// type anyway (`essential: yes` is one ECS006 that says to write `true`).
    private func lint(
        _ document: SourceDocument, notices: [YAMLNotice], editor: FixEditBuilder, into file: inout FileLint
    ) {
        let root = document.root
        file.findings += DuplicateKeyCheck().check(root, document: document.index)
        let input = InputClassifier.classify(root, launchType: options.launchType, consumer: options.consumer)
        let shapeFindings = input.notices.compactMap { $0.finding(document: document.index) }
        file.findings += documentFixes(shapeFindings, root: root, editor: editor)
        let start = file.findings.count
        defer {
            let mistyped = Set(
                file.findings[start...].filter {
                    $0.plays(.wrongType) && $0.document == document.index
                }
                .map(\.pointer))
            for notice in notices
            where notice.document == document.index && !mistyped.contains(notice.pointer)
                && input.targets.contains(where: { $0.encloses(notice.pointer) })
            {
                file.findings.append(AmbiguousYAMLScalar.finding(for: notice))
            }
        }
        if input.targets.isEmpty && input.notices.isEmpty {
            file.findings.append(NotATaskDefinition.finding(for: root, document: document.index))
        }
        for target in input.targets {
            if !file.kinds.contains(target.shape) { file.kinds.append(target.shape) }
            if target.service != nil {
                lintService(target, document: document.index, editor: editor, into: &file)
            } else {
                lint(target, document: document.index, editor: editor, into: &file)
            }
        }
    }

    /// Lints one task definition found in a document: the schema check and
    /// every rule, with pointers and ranges in the document.
    private func lint(_ target: LintTarget, document: Int, editor: FixEditBuilder, into file: inout FileLint) {
        let positioner = FindingPositioner(root: target.root)
        let unknown = UnknownValues(target: target)
        let editor = editor.protecting(unknown)
        let schema = schemaFindings(
            target, positioner: positioner, unknown: unknown, document: document, editor: editor)
        file.findings += schema
        let task = TaskDefinition(target.root)
        var context = RuleContext(task: task, launchTypeOption: options.launchType)
        context.ruleOptions = options.ruleOptions
        target.adjust(&context)
        for entry in rules where target.runs(needing: entry.needs, in: context) {
            for violation in entry.rule.check(task, in: context)
            where entry.readsLiteralParts || !unknown.hides(violation.pointer, target: violation.target) {
                let range = positioner.range(of: violation.pointer, target: violation.target)
                if violation.isSensitive { file.sensitive.append(range) }
                var notes = violation.notes
                for index in notes.indices {
                    if notes[index].range == nil {
                        notes[index].range = positioner.range(of: notes[index].pointer, target: notes[index].target)
                    }
                    notes[index].pointer = target.documentPointer(for: notes[index].pointer)
                }
                file.findings.append(
                    Self.finding(
                        violation, of: entry, in: target, document: document, range: range, notes: notes,
                        autofix: target.fix(violation.correction, editor: editor)))
            }
        }
        let mistyped = Set(schema.filter { $0.plays(.wrongType) }.map(\.pointer))
        file.findings += target.placeholderFindings(unknown, document: document, reportedAs: mistyped)
        if !target.isContainerFragment {
            file.taskDefinitions.append(
                RunTaskDefinition(target: target, task: task, context: context, document: document))
        }
    }

    /// Checks a service request's schema now and leaves its rules pending.
    private func lintService(
        _ target: LintTarget, document: Int, editor: FixEditBuilder, into file: inout FileLint
    ) {
        guard let kind = target.service else { return }
        let positioner = FindingPositioner(root: target.root)
        let unknown = UnknownValues(target: target)
        let schema = schemaFindings(
            target, positioner: positioner, unknown: unknown, document: document, editor: editor.protecting(unknown))
        file.findings += schema
        let mistyped = Set(schema.filter { $0.plays(.wrongType) }.map(\.pointer))
        file.findings += target.placeholderFindings(unknown, document: document, reportedAs: mistyped)
        file.pendingServices.append(
            PendingService(
                target: target, request: ServiceRequest(kind: kind, target.root), document: document,
                options: options))
    }

    /// Runs the service rules on one request, with the task definition it
    /// names when there is one; notes into the task definition are
    /// positioned there (`path` is set when it is another file).
    func serviceFindings(_ pending: PendingService, task: RunTaskDefinition?, path: String) -> [Finding] {
        let target = pending.target
        let positioner = FindingPositioner(root: target.root)
        let unknown = UnknownValues(target: target)
        var context = ServiceContext(
            kind: pending.request.kind, task: task?.context, isCloudFormation: target.shape == .cloudFormation)
        context.ruleOptions = pending.options.ruleOptions
        var findings: [Finding] = []
        for entry in serviceRules {
            for violation in entry.rule.check(pending.request, task: task?.task, in: context)
            where !unknown.hides(violation.pointer, target: violation.target) {
                var notes: [FindingNote] = []
                for var note in violation.notes {
                    if note.isInTaskDefinition {
                        guard let task else { continue }
                        note.range = FindingPositioner(root: task.target.root).range(
                            of: note.pointer, target: note.target)
                        note.pointer = task.target.documentPointer(for: note.pointer)
                        if task.path != path { note.path = task.path }
                    } else {
                        if note.range == nil { note.range = positioner.range(of: note.pointer, target: note.target) }
                        note.pointer = target.documentPointer(for: note.pointer)
                    }
                    notes.append(note)
                }
                let range = positioner.range(of: violation.pointer, target: violation.target)
                findings.append(
                    Self.finding(
                        violation, of: entry, in: target, document: pending.document, range: range, notes: notes))
            }
        }
        return findings
    }
}

extension Linter {
    /// The finding for a rule's violation on a target, positioned.
    static func finding<R>(
        _ violation: Violation, of entry: EnabledRule<R>, in target: LintTarget, document: Int,
        range: SourceRange, notes: [FindingNote], autofix: Fix? = nil
    ) -> Finding {
        Finding(
            entry.template, violation: violation, pointer: target.documentPointer(for: violation.pointer),
            document: document, range: range, notes: notes, label: target.label, autofix: autofix)
    }
}

/// What the engine collects while linting one file.
private struct FileLint {
    var findings: [Finding] = []
    var sensitive: [SourceRange] = []
    var kinds: [InputShape] = []
    var taskDefinitions: [RunTaskDefinition] = []
    var pendingServices: [PendingService] = []
}

/// The one lock of every `EnabledRule.template` (a generic class has no
/// static stored properties).
private let templateLock = PosixLock()

/// A rule the linter runs: its card, read at start, and the descriptor
/// fields its findings copy (`template`), read from its descriptor at its
/// first finding. A class, so the hot loop retains one reference.
final class EnabledRule<R>: @unchecked Sendable {
    let rule: R
    let code: String
    /// What the rule reads beyond the containers (`RuleDescriptor.needs`).
    let needs: Set<RuleNeed>
    /// Whether the rule judges templated values itself (`ReadsLiteralParts`).
    let readsLiteralParts: Bool
    private let describing: any RuleDescribing.Type
    private var builtTemplate: FindingTemplate?

    init(_ rule: R, card: RuleCard, describedBy describing: any RuleDescribing.Type, readsLiteralParts: Bool) {
        self.rule = rule
        self.readsLiteralParts = readsLiteralParts
        self.describing = describing
        code = card.code
        needs = card.needs
    }

    /// The fields of the rule's descriptor that every finding copies, built
    /// at the first finding. One lock serves every rule (findings are few
    /// next to the values a file holds), where a lazy value with a lock of its
    /// own per rule would add three allocations per rule to every start.
    var template: FindingTemplate {
        templateLock.withLock {
            if let builtTemplate { return builtTemplate }
            let template = FindingTemplate(describing.descriptor)
            builtTemplate = template
            return template
        }
    }
}
