import Testing

@testable import ECSLintKit

/// Runs every rule's examples: each bad example must produce exactly the
/// marked findings of its rule, each good example none. JSON examples that
/// parse run again as YAML, where the same findings must appear at the
/// positions the YAML emitter recorded.
@Suite struct RuleExampleTests {
    static let cases: [ExampleCase] = RuleRegistry.descriptors.flatMap { descriptor in
        descriptor.examples.enumerated().map { ExampleCase(descriptor: descriptor, index: $0.offset) }
    }

    @Test(arguments: cases)
    func exampleProducesMarkedFindings(_ example: ExampleCase) {
        let (text, markers) = example.example.unmarked
        let name = example.example.format == .json ? "example.json" : "example.yaml"
        let report = FindingFilter(configuration: .strict).apply(to: example.lint(text, path: name))
        let own = report.findings.filter { $0.code == example.descriptor.code }
        let starts = own.map(\.range.start.offset).sorted()
        #expect(starts == markers.sorted(), "\(example): findings \(own.map { "\($0.range.start): \($0.message)" })")
        for finding in own {
            #expect(!finding.message.isEmpty)
            #expect(finding.fix?.isEmpty == false, "\(example): finding without a fix")
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

    var description: String { "\(descriptor.code) example \(index + 1) (\(example.kind.rawValue))" }
    var testDescription: String { description }
}
