import Dispatch
import ECSLintKit

/// Lints many inputs on all cores and returns the reports in input order,
/// so output is stable however the work was scheduled.
struct ParallelLinter {
    let linter: Linter

    /// The reports of readable inputs, in input order, and the problems of unreadable ones.
    func lint(_ inputs: [LintInput], stdinFormat: SourceFormat?) -> (reports: [FileReport], problems: [String]) {
        let results = ResultSlots(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let outcome: Swift.Result<FileReport, FileReader.Failure> = FileReader.contents(of: inputs[index]).map { file in
                let format = inputs[index] == .standardInput ? stdinFormat : nil
                return linter.lint(SourceText(path: file.path, bytes: file.bytes), format: format)
            }
            results.store(outcome, at: index)
        }
        var reports: [FileReport] = []
        var problems: [String] = []
        for outcome in results.values {
            switch outcome {
            case .success(let report): reports.append(report)
            case .failure(let failure): problems.append(failure.description)
            case nil: break
            }
        }
        return (reports, problems)
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
