import Testing

@testable import ECSLintKit

/// Runs every rule's examples: each bad example must produce exactly the
/// marked findings of its rule, with the messages it states and ranges that
/// end where it says, each good example none. JSON examples that parse run
/// again as YAML, where the same findings must appear at the positions the
/// YAML emitter recorded.
@Suite struct RuleExampleTests {
    static let cases: [ExampleCase] = RuleRegistry.descriptors.flatMap { descriptor in
        descriptor.examples.enumerated().map { ExampleCase(descriptor: descriptor, index: $0.offset) }
    }

    @Test(arguments: cases)
    func exampleProducesMarkedFindings(_ example: ExampleCase) {
        let (text, markers) = example.example.unmarked
        let own = example.run.ownReport().findings
        let starts = own.map(\.range.start.offset)
        #expect(starts == markers.sorted(), "\(example): findings \(own.map { "\($0.range.start): \($0.message)" })")
        for finding in own {
            #expect(!finding.message.isEmpty)
            #expect(finding.fix?.isEmpty == false, "\(example): finding without a fix")
        }
        guard example.example.kind == .bad else { return }
        #expect(
            example.example.statesMessages(own.map(\.message)),
            "\(example): states \(example.example.expected ?? []), got \(own.map(\.message))")
        let ends = example.example.marks.ends
        for finding in own {
            let start = finding.range.start.offset
            let expectedEnd =
                ends[start] ?? (example.example.format == .json ? JSONTokenEnd.end(in: text, at: start) : nil)
            guard let expectedEnd else { continue }
            #expect(
                finding.range.end.offset == expectedEnd,
                "\(example): the range at \(finding.range.start) ends at byte \(finding.range.end.offset), expected \(expectedEnd) (mark the end with ↑)"
            )
        }
    }

    @Test(arguments: cases.filter { $0.example.format == .json })
    func exampleAgreesWhenWrittenAsYAML(_ example: ExampleCase) throws {
        let (text, _) = example.example.unmarked
        guard let root = try? JSONScanner.parse(Array(text.utf8)) else { return }
        let jsonFindings = example.lint(text, path: "example.json").findings
            .filter { $0.code == example.descriptor.code }
        let emitted = YAMLEmitter.emit(root)
        let yamlFindings = example.lint(emitted.text, path: "example.yaml").findings
            .filter { $0.code == example.descriptor.code }
        let jsonKeys = jsonFindings.map { "\($0.pointer) \($0.target) \($0.message)" }.sorted()
        let yamlKeys = yamlFindings.map { "\($0.pointer) \($0.target) \($0.message)" }.sorted()
        #expect(jsonKeys == yamlKeys, "\(example): YAML:\n\(emitted.text)")
        for finding in yamlFindings {
            let expected = emitted.expectedStart(of: finding.pointer, target: finding.target)
            #expect(
                finding.range.start == expected,
                "\(example): \(finding.pointer) at \(finding.range.start), expected \(String(describing: expected)) in\n\(emitted.text)"
            )
        }
    }
}

/// One example of one rule, named for test output.
struct ExampleCase: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    let descriptor: RuleDescriptor
    let index: Int

    var example: RuleExample { descriptor.examples[index] }
    var run: RuleExampleRun { RuleExampleRun(descriptor: descriptor, example: example) }
    var linter: Linter { run.linter }
    /// Lints `text` as the example's file: alone, or in one run with the
    /// example's task definition (`task-definition.json`) for service rules.
    func lint(_ text: String, path: String) -> FileReport { run.lint(text, path: path) }

    var description: String { "\(descriptor.code) example \(index + 1) (\(example.kind.rawValue))" }
    var testDescription: String { description }
}
