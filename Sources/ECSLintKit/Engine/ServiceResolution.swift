/// A task definition read in a run, which service requests may name.
struct RunTaskDefinition: Sendable {
    /// Where it was found, in API form.
    var target: LintTarget
    /// The model the rules saw.
    var task: TaskDefinition
    /// Its launch types, network mode and platform.
    var context: RuleContext
    /// The index of its document in its file.
    var document: Int
    /// The file it is in; set by `ServiceResolution`.
    var path = ""

    /// What a reference can name it by.
    var name: TaskDefinitionName {
        TaskDefinitionName(family: task.family, revision: target.root["revision"]?.intValue)
    }

    /// Whether a reference (`family`, `family:revision` or an ARN) names
    /// this task definition (see `TaskDefinitionName.matches`).
    func matches(_ reference: TaskDefinitionReference) -> Bool { name.matches(reference) }
}

/// What a service's `taskDefinition` can name a task definition by: its
/// family and, for describe-task-definition output, its revision.
struct TaskDefinitionName: Sendable, Equatable {
    /// `family`, when it is a plain string.
    var family: String?
    /// `revision` of describe-task-definition output, when there is one.
    var revision: Int?

    /// Whether a reference names this task definition. A task definition to
    /// be registered has no revision yet, so `family:revision` matches it by
    /// family; describe output must have that revision.
    func matches(_ reference: TaskDefinitionReference) -> Bool {
        guard let family, !family.isEmpty, family == reference.family else { return false }
        guard let wanted = reference.revision, let revision else { return true }
        return wanted == revision
    }
}

/// A service or run-task request waiting for the run's task definitions.
struct PendingService: Sendable {
    /// Where it was found, in API form.
    var target: LintTarget
    /// The model the rules see.
    var request: ServiceRequest
    /// The index of its document in its file.
    var document: Int
    /// The settings of its file (rule options).
    var options: LintOptions
}

/// What a service's `taskDefinition` names: `family`, `family:revision` or
/// `arn:…:ecs:region:account:task-definition/family:revision`.
struct TaskDefinitionReference: Sendable, Equatable {
    /// The family.
    var family: String
    /// The revision, when one is given.
    var revision: Int?

    /// Reads a reference; nil when it is empty or a placeholder.
    init?(_ text: String) {
        var rest = Substring(text)
        if text.hasPrefix("arn:") {
            guard let slash = text.firstIndex(of: "/") else { return nil }
            rest = text[text.index(after: slash)...]
        }
        if let colon = rest.lastIndex(of: ":") {
            guard let number = Int(rest[rest.index(after: colon)...]) else { return nil }
            revision = number
            rest = rest[..<colon]
        }
        guard !rest.isEmpty, !Placeholder.contains(String(rest)) else { return nil }
        family = String(rest)
    }
}

/// The run-level pass that checks service and run-task requests against the
/// task definitions they name.
///
/// A request finds its task definition, in this order: the
/// `AWS::ECS::TaskDefinition` its CloudFormation `TaskDefinition` names by
/// `Ref` or `Fn::GetAtt`; a task definition of the run whose family (and
/// revision, for describe output) the reference names, in the same file
/// first, then in the other files in order; one of the extra files
/// (`--task-definition`), matched the same way, or the only task definition
/// there when none matches. When none is found, ECS017 says so once and the
/// rules run without a task definition (those that need one stay silent).
///
/// The pass reads only what `Linter.lintDeferringServices` kept in each
/// report, so it is small and separate from per-file linting: a caller that
/// streams reports can lint every file first, then resolve the reports that
/// have pending requests (`FileReport.hasPendingServices`).
public struct ServiceResolution: Sendable {
    /// The linter whose service rules run.
    public var linter: Linter

    /// Creates the pass.
    public init(linter: Linter = Linter()) {
        self.linter = linter
    }

    /// The reports with their pending requests checked, in the same order.
    ///
    /// - Parameters:
    ///   - reports: every file of the run.
    ///   - taskDefinitionFiles: files given only for their task definitions
    ///     (`--task-definition FILE`), which are not reported themselves.
    public func resolve(_ reports: [FileReport], taskDefinitionFiles: [FileReport] = []) -> [FileReport] {
        guard reports.contains(where: \.hasPendingServices) else { return reports }
        let run = Self.taskDefinitions(of: reports)
        let extra = Self.taskDefinitions(of: taskDefinitionFiles)
        var resolved = reports
        for index in resolved.indices where resolved[index].hasPendingServices {
            var report = resolved[index]
            let path = report.source.path
            for pending in report.pendingServices {
                let found = find(for: pending, in: path, run: run, extra: extra)
                var findings = linter.serviceFindings(pending, task: found, path: path)
                if found == nil { findings.append(ServiceTaskDefinitionNotFound.finding(for: pending)) }
                report.findings += findings.map { Self.mapped($0, in: report, otherReports: reports) }
            }
            report.pendingServices = []
            report.findings.sort(by: Finding.reportOrder)
            resolved[index] = report
        }
        return resolved
    }

    private static func taskDefinitions(of reports: [FileReport]) -> [RunTaskDefinition] {
        reports.flatMap { report in
            report.taskDefinitions.map { task in
                var located = task
                located.path = report.source.path
                return located
            }
        }
    }

    /// Whether every pending request of `report` finds its task definition
    /// (or is known to find none) without looking at other files: a
    /// CloudFormation `Ref`, or a reference that a task definition of the same
    /// file matches. Such a report can be resolved as soon as it is read.
    func resolvesWithinFile(_ report: FileReport) -> Bool {
        report.pendingServices.allSatisfy { pending in
            if pending.target.taskDefinitionResource != nil { return true }
            let reference = pending.request.taskDefinition.flatMap(TaskDefinitionReference.init)
            if let reference { return report.taskDefinitions.contains { $0.matches(reference) } }
            return pending.target.shape == .cloudFormation && pending.request.$taskDefinition.isSet
        }
    }

    /// The references of `report`'s pending requests that another file may
    /// have to answer.
    static func references(of report: FileReport) -> [TaskDefinitionReference] {
        report.pendingServices.compactMap { pending in
            pending.target.taskDefinitionResource == nil
                ? pending.request.taskDefinition.flatMap(TaskDefinitionReference.init) : nil
        }
    }

    private func find(
        for pending: PendingService, in path: String, run: [RunTaskDefinition], extra: [RunTaskDefinition]
    ) -> RunTaskDefinition? {
        if let resource = pending.target.taskDefinitionResource {
            return run.first {
                $0.path == path && $0.document == pending.document && $0.target.label == resource
            }
        }
        let reference = pending.request.taskDefinition.flatMap(TaskDefinitionReference.init)
        if let reference {
            let sameFile = run.filter { $0.path == path }
            if let found = (sameFile + run + extra).first(where: { $0.matches(reference) }) { return found }
        }
        if pending.target.shape == .cloudFormation && pending.request.$taskDefinition.isSet && reference == nil {
            return nil
        }
        return extra.count == 1 ? extra[0] : nil
    }

    /// A finding with its ranges mapped back to the files as written, when
    /// variables were substituted into them.
    private static func mapped(_ finding: Finding, in report: FileReport, otherReports: [FileReport]) -> Finding {
        var result = finding
        if let map = report.originalRange { result.range = map(result.range) }
        for index in result.notes.indices {
            guard let range = result.notes[index].range else { continue }
            let owner =
                result.notes[index].path.flatMap { path in otherReports.first { $0.source.path == path } } ?? report
            if let map = owner.originalRange { result.notes[index].range = map(range) }
        }
        return result
    }
}
