import Dispatch
import ECSLintKit

/// Lints many inputs on all cores and returns the reports in input order,
/// so output is stable however the work was scheduled.
struct ParallelLinter {
    /// The filtered reports of readable inputs, in input order, the problems
    /// of unreadable ones, and how many found files were not task definitions.
    /// Service and run-task requests are checked against the run's task
    /// definitions (and `taskDefinitionFiles`) after every file is read,
    /// before the configuration's filter applies (`ServiceResolution`).
    func lint(_ plans: [LintPlan], stdinFormat: SourceFormat?, taskDefinitionFiles: [FileReport] = []) -> (
        reports: [FileReport], problems: [String], skipped: Int
    ) {
        let results = ResultSlots(count: plans.count)
        DispatchQueue.concurrentPerform(iterations: plans.count) { index in
            let plan = plans[index]
            let outcome: Swift.Result<FileReport, FileReader.Failure> = FileReader.contents(of: plan.input).map {
                file in
                let format = plan.input == .standardInput ? stdinFormat : nil
                return plan.linter.lintDeferringServices(SourceText(path: file.path, bytes: file.bytes), format: format)
            }
            results.store(outcome, at: index)
        }
        var read: [(plan: LintPlan, report: FileReport)] = []
        var problems: [String] = []
        var skipped = 0
        for (plan, outcome) in zip(plans, results.values) {
            switch outcome {
            case .success(let report):
                if plan.skipsNonTaskDefinitions && !report.isTaskDefinitionCandidate {
                    skipped += 1
                } else {
                    read.append((plan, report))
                }
            case .failure(let failure): problems.append(failure.description)
            case nil: break
            }
        }
        let resolved = ServiceResolution().resolve(read.map(\.report), taskDefinitionFiles: taskDefinitionFiles)
        let reports = zip(read, resolved).map { entry, report in entry.plan.filter.apply(to: report) }
        return (reports, problems, skipped)
    }
}

/// Fixed slots written once each from concurrent iterations.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Swift.Result<FileReport, FileReader.Failure>?]
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Swift.Result<FileReport, FileReader.Failure>, at index: Int) {
        lock.wait()
        slots[index] = value
        lock.signal()
    }

    var values: [Swift.Result<FileReport, FileReader.Failure>?] {
        lock.wait()
        defer { lock.signal() }
        return slots
    }
}
