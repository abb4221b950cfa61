import ECSLintKit

/// `lint --fix` and `lint --diff`: runs the library's `Fixer` on each file,
/// then writes the fixed files (atomically) or prints their diffs.
struct FixRun {
    /// Whether to print diffs instead of writing.
    let showsDiff: Bool
    /// Whether unsafe fixes apply too.
    let includesUnsafe: Bool
    /// The format of standard input, when given.
    let stdinFormat: SourceFormat?

    /// What the run did, for the summary and the exit status.
    struct Result {
        var reports: [FileReport] = []
        var problems: [String] = []
        var skipped = 0
        var changedFiles = 0
        var applied: [AppliedFix] = []
        var unsafeAvailable = 0
    }

    func run(_ plans: [LintPlan]) -> Result {
        var result = Result()
        for plan in plans {
            switch FileReader.contents(of: plan.input) {
            case .failure(let failure):
                result.problems.append(failure.description)
            case .success(let file):
                fix(file, plan: plan, into: &result)
            }
        }
        return result
    }

    private func fix(_ file: (path: String, bytes: [UInt8]), plan: LintPlan, into result: inout Result) {
        let source = SourceText(path: file.path, bytes: file.bytes)
        let fixer = Fixer(linter: plan.linter, filter: plan.filter, includesUnsafe: includesUnsafe)
        let outcome = fixer.fix(source, format: plan.input == .standardInput ? stdinFormat : nil)
        if plan.skipsNonTaskDefinitions && !outcome.report.isTaskDefinitionCandidate {
            result.skipped += 1
            return
        }
        result.unsafeAvailable += outcome.report.findings.count(where: { $0.autofix?.applicability == .unsafe })
        for rejected in outcome.rejected {
            result.problems.append(
                "\(file.path): not applying \(rejected.code) (\(rejected.title)): the result would not parse")
        }
        guard outcome.changed else {
            result.reports.append(outcome.report)
            return
        }
        let bom: [UInt8] = file.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? [0xEF, 0xBB, 0xBF] : []
        let text = String(decoding: bom + outcome.bytes, as: UTF8.self)
        if showsDiff {
            // a/ and b/ before relative paths, as git prints them (`git apply` takes the diff).
            let label = file.path == "-" ? "<stdin>" : file.path
            let relative = !label.hasPrefix("/") && label != "<stdin>"
            print(
                UnifiedDiff.render(
                    old: source.bytes, new: outcome.bytes, oldLabel: relative ? "a/\(label)" : label,
                    newLabel: relative ? "b/\(label)" : label),
                terminator: "")
        } else if plan.input == .standardInput {
            print(text, terminator: "")
        } else {
            do {
                try AtomicFile.write(text, to: file.path)
            } catch {
                result.problems.append("cannot write \(file.path): \(error)")
                result.reports.append(fixer.fix(source, format: nil).report)
                return
            }
        }
        result.changedFiles += 1
        result.applied += outcome.applied
        result.reports.append(outcome.report)
    }

    /// One line for standard error: what was (or would be) fixed, by rule.
    static func summary(_ result: Result, showsDiff: Bool) -> String {
        let remaining = result.reports.reduce(0) { $0 + $1.findings.count }
        var counts: [String: Int] = [:]
        for fix in result.applied { counts[fix.code, default: 0] += 1 }
        let byRule = counts.keys.sorted().map { counts[$0] == 1 ? $0 : "\($0) ×\(counts[$0] ?? 0)" }
        let verb = showsDiff ? "would fix" : "fixed"
        let files = result.changedFiles == 1 ? "1 file" : "\(result.changedFiles) files"
        var line =
            result.applied.isEmpty
            ? "ecslint: nothing to fix"
            : "ecslint: \(verb) \(result.applied.count) \(result.applied.count == 1 ? "problem" : "problems") in \(files) (\(byRule.joined(separator: ", ")))"
        line += showsDiff ? "" : "; \(remaining) \(remaining == 1 ? "finding remains" : "findings remain")"
        if result.unsafeAvailable > 0 {
            line += "; \(result.unsafeAvailable) more with --unsafe-fixes"
        }
        return line
    }
}
