import Testing

@testable import ECSLintKit

/// Every rule fix is declared in its descriptor and shown by an example:
/// applying the fixes of a bad example's findings (safe and unsafe) must
/// give exactly the example's `fixed` text, in JSON and, written as YAML,
/// the same document.
@Suite struct RuleFixExampleTests {
    static let fixedCases = RuleExampleTests.cases.filter { $0.example.fixed != nil }

    @Test(arguments: fixedCases)
    func fixesGiveTheExpectedText(_ example: ExampleCase) throws {
        let (text, _) = example.example.unmarked
        let name = example.example.format == .json ? "example.json" : "example.yaml"
        let fixed = Self.applyOwnFixes(example, to: text, path: name)
        #expect(fixed == example.example.fixed, "\(example): got\n\(fixed)")
        let again = Self.applyOwnFixes(example, to: fixed, path: name)
        #expect(again == fixed, "\(example): fixing the fixed text changed it again")
    }

    @Test(arguments: fixedCases.filter { $0.example.format == .json })
    func fixesAgreeWhenWrittenAsYAML(_ example: ExampleCase) throws {
        let (text, _) = example.example.unmarked
        let root = try JSONScanner.parse(Array(text.utf8))
        let yaml = YAMLEmitter.emit(root).text
        let fixedYAML = Self.applyOwnFixes(example, to: yaml, path: "example.yaml")
        let expected = try JSONScanner.parse(Array((example.example.fixed ?? "").utf8))
        let loaded = YAMLLoader.load(Array(fixedYAML.utf8))
        #expect(loaded.syntaxError == nil, "\(example): the fixed YAML does not parse:\n\(fixedYAML)")
        let actual = try #require(loaded.documents.first?.root, "\(example): no document in\n\(fixedYAML)")
        if example.descriptor.code == DescribeOutputWrapper.descriptor.code {
            #expect(fixedYAML == yaml, "the wrapper is unwrapped in JSON only")
            return
        }
        #expect(JSONValue(actual) == JSONValue(expected), "\(example): YAML fixed to\n\(fixedYAML)\nfrom\n\(yaml)")
    }

    @Test func everyDeclaredFixHasAnExampleAndEveryFixIsDeclared() {
        for descriptor in RuleRegistry.descriptors {
            let fixedExamples = descriptor.examples.filter { $0.fixed != nil }
            if descriptor.fixes.isEmpty {
                #expect(fixedExamples.isEmpty, "\(descriptor.code) shows a fixed text but declares no fix")
            } else {
                #expect(!fixedExamples.isEmpty, "\(descriptor.code) declares a fix but no example shows it")
            }
        }
        for example in RuleExampleTests.cases {
            let (text, _) = example.example.unmarked
            let name = example.example.format == .json ? "example.json" : "example.yaml"
            let report = example.linter.lint(SourceText(path: name, text: text))
            for finding in report.findings {
                guard let fix = finding.autofix, let descriptor = RuleRegistry.descriptor(named: finding.code) else {
                    continue
                }
                #expect(
                    descriptor.fixes.contains { $0.applicability == fix.applicability },
                    "\(example): \(finding.code) carries a \(fix.applicability) fix its descriptor does not declare")
            }
        }
    }

    /// The example's text with the fixes of its rule's findings applied, in passes.
    static func applyOwnFixes(_ example: ExampleCase, to text: String, path: String) -> String {
        var current = text
        for _ in 0..<4 {
            let report = example.linter.lint(SourceText(path: path, text: current))
            let own = report.findings.filter { $0.code == example.descriptor.code && $0.autofix != nil }
            let chosen = Fixer.nonOverlapping(own)
            guard !chosen.isEmpty else { break }
            current = String(
                decoding: Fixer.apply(chosen, to: SourceText(path: path, text: current)).bytes, as: UTF8.self)
        }
        return current
    }
}
