/// Resolves service and run-task requests while the reports of a run stream
/// past in input order, keeping memory flat however many files there are.
///
/// A report without requests, or whose requests all find their task
/// definition in the same file (`ServiceResolution.resolvesWithinFile`),
/// comes back from `admit` at once, resolved. A report whose requests name a
/// task definition that may be in another file is held, and comes back from
/// `finish` once every file has been read: such files are reported after the
/// others, in input order (the order is stable; it is input order whenever
/// no request crosses files).
///
/// Only the family and revision of each task definition are kept; `finish`
/// asks the caller to lint again the few files whose task definitions a held
/// request names, so no parsed tree outlives its file.
public struct ServiceStream {
    /// A task definition of the run, by name and input.
    private struct Known {
        var input: Int
        var name: TaskDefinitionName
    }

    /// A report waiting for the run's task definitions.
    private struct Held {
        var input: Int
        var report: FileReport
        var linter: Linter
    }

    private var known: [Known] = []
    private var held: [Held] = []
    /// Reports that cannot be read again (standard input), kept for their
    /// task definitions only.
    private var kept: [Int: FileReport] = [:]
    private let taskDefinitionFiles: [FileReport]

    /// Creates the stream; `taskDefinitionFiles` are the files given only for
    /// their task definitions (`--task-definition FILE`).
    public init(taskDefinitionFiles: [FileReport] = []) {
        self.taskDefinitionFiles = taskDefinitionFiles
    }

    /// Whether reports are held for `finish`.
    public var isHolding: Bool { !held.isEmpty }

    /// Takes the report of input `input` (inputs come in increasing order),
    /// linted by `linter` with `Linter.lintDeferringServices`. Returns it
    /// resolved, or nil when it is held until `finish`. `canReadAgain` is
    /// false for standard input, whose task definitions are then kept.
    public mutating func admit(
        _ report: FileReport, input: Int, linter: Linter, canReadAgain: Bool = true
    ) -> FileReport? {
        for task in report.taskDefinitions where task.name.family != nil {
            known.append(Known(input: input, name: task.name))
        }
        if !canReadAgain && !report.taskDefinitions.isEmpty {
            var taskDefinitionsOnly = report
            taskDefinitionsOnly.findings = []
            taskDefinitionsOnly.pendingServices = []
            kept[input] = taskDefinitionsOnly
        }
        let resolution = ServiceResolution(linter: linter)
        guard report.hasPendingServices else { return Self.released(report) }
        if resolution.resolvesWithinFile(report) {
            return Self.released(resolution.resolve([report], taskDefinitionFiles: taskDefinitionFiles)[0])
        }
        held.append(Held(input: input, report: report, linter: linter))
        return nil
    }

    /// Resolves the held reports against the task definitions of the whole
    /// run and returns them in input order. `lintAgain(input)` lints input
    /// `input` again with `Linter.lintDeferringServices` (nil when it can no
    /// longer be read: its task definitions then count as not found).
    public func finish(
        lintAgain: (Int) -> FileReport?
    ) -> [(input: Int, report: FileReport)] {
        guard !held.isEmpty else { return [] }
        var needed = Set<Int>()
        for entry in held {
            for reference in ServiceResolution.references(of: entry.report) {
                if let first = known.first(where: { $0.name.matches(reference) }) { needed.insert(first.input) }
            }
        }
        let heldInputs = Dictionary(held.map { ($0.input, $0.report) }, uniquingKeysWith: { first, _ in first })
        var context: [(input: Int, report: FileReport)] = []
        for input in needed.sorted() {
            guard let report = heldInputs[input] ?? kept[input] ?? lintAgain(input) else { continue }
            var taskDefinitionsOnly = report
            taskDefinitionsOnly.pendingServices = []
            context.append((input, taskDefinitionsOnly))
        }
        return held.map { entry in
            var run = context.filter { $0.input != entry.input }
            run.append((entry.input, entry.report))
            run.sort { $0.input < $1.input }
            let resolved = ServiceResolution(linter: entry.linter).resolve(
                run.map(\.report), taskDefinitionFiles: taskDefinitionFiles)
            let position = run.firstIndex { $0.input == entry.input } ?? 0
            return (entry.input, Self.released(resolved[position]))
        }
    }

    /// The report without what only resolution needed.
    private static func released(_ report: FileReport) -> FileReport {
        var result = report
        result.taskDefinitions = []
        result.pendingServices = []
        return result
    }
}
