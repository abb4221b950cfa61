/// A rule example linted the way the example tests and the rule pages see
/// it: the unmarked text as `example.json` or `example.yaml`, with the
/// example's launch type and options, in one run with its task definition
/// for a service rule, every rule on (`--strict`).
struct RuleExampleRun {
    /// The rule the example belongs to.
    let descriptor: RuleDescriptor
    /// The example.
    let example: RuleExample

    /// The file name the example is linted as.
    var path: String { example.format == .json ? "example.json" : "example.yaml" }

    /// The linter with the example's launch type and rule options.
    var linter: Linter {
        Linter(
            options: LintOptions(
                launchType: example.launchType,
                ruleOptions: example.options.isEmpty ? [:] : [descriptor.code: example.options]))
    }

    /// Lints `text` as the example's file: alone, or in one run with the
    /// example's task definition (`task-definition.json`) for service rules.
    func lint(_ text: String, path: String) -> FileReport {
        let linter = self.linter
        let report = linter.lintDeferringServices(SourceText(path: path, text: text))
        let others = example.taskDefinition.map {
            [linter.lintDeferringServices(SourceText(path: "task-definition.json", text: $0))]
        }
        return ServiceResolution(linter: linter).resolve([report] + (others ?? []))[0]
    }

    /// The report of the unmarked example with every rule on, keeping only
    /// the findings of the example's rule, in marker order (by start, then
    /// message, as `RuleExample.expected` lists them).
    func ownReport() -> FileReport {
        var report = FindingFilter(configuration: .strict).apply(to: lint(example.unmarked.text, path: path))
        report.findings = report.findings.filter { $0.code == descriptor.code }.sorted {
            ($0.range.start.offset, $0.message) < ($1.range.start.offset, $1.message)
        }
        return report
    }

    /// The findings of the example as `ecslint lint` prints them (the text
    /// format without colour or summary).
    func renderedFindings() -> String {
        TextReporter(showsSummary: false).part(for: ownReport(), after: RunSummary(toolVersion: ""))
    }
}

extension RuleExample {
    /// Where the markers stand in the unmarked text: the byte offset of each
    /// `↓`, and for those followed by a `↑`, the byte offset where the range
    /// ends (a `↑` closes the last `↓` not yet closed).
    public var marks: (starts: [Int], ends: [Int: Int]) {
        var starts: [Int] = []
        var ends: [Int: Int] = [:]
        var open: [Int] = []
        var offset = 0
        for character in source {
            if character == Self.marker {
                starts.append(offset)
                open.append(offset)
            } else if character == Self.endMarker {
                if let start = open.popLast() { ends[start] = offset }
            } else {
                offset += character.utf8.count
            }
        }
        return (starts, ends)
    }

    /// Whether `messages` (in marker order) are the ones the example states:
    /// equal, or starting with an expected text that ends in `…`.
    public func statesMessages(_ messages: [String]) -> Bool {
        guard let expected, expected.count == messages.count else { return false }
        return zip(expected, messages).allSatisfy { expected, actual in
            expected.hasSuffix("…") ? actual.hasPrefix(expected.dropLast()) : actual == expected
        }
    }
}
