import Testing

@testable import ECSLintKit

@Suite struct LinterTests {
    func lint(_ text: String, path: String = "t.json", launchType: LaunchType? = nil) -> FileReport {
        Linter(options: LintOptions(launchType: launchType)).lint(SourceText(path: path, text: text))
    }

    @Test func missingMemberPointsAtTheKeyOfItsObject() throws {
        let report = lint(
            """
            {"family": "web", "containerDefinitions": [
              {"name": "app", "image": "nginx:1.27", "memory": 256,
               "logConfiguration": {"options": {}}}]}
            """)
        let finding = try #require(report.findings.first { $0.code == MissingRequiredKey.code })
        #expect(finding.pointer.description == "/containerDefinitions/0/logConfiguration/logDriver")
        #expect(finding.range.start.line == 3)
        #expect(finding.range.start.column == 4)
    }

    @Test func missingTopLevelMemberPointsAtTheOpeningBrace() throws {
        let report = lint("\n  {\"family\": \"web\"}")
        let finding = try #require(report.findings.first { $0.code == MissingRequiredKey.code })
        #expect(finding.range.start == SourcePosition(line: 2, column: 3, offset: 3))
        #expect(finding.range.end.offset == 4)
    }

    @Test func duplicateKeysReportEveryIgnoredOccurrence() {
        let report = lint(#"{"family": "a", "family": "b", "family": "c", "containerDefinitions": []}"#)
        let duplicates = report.findings.filter { $0.code == DuplicateKey.code }
        #expect(duplicates.map(\.range.start.column) == [2, 17])
        #expect(duplicates.allSatisfy { $0.notes.first?.range?.start.column == 32 })
        #expect(duplicates.allSatisfy { $0.target == .key })
    }

    @Test func aNestedDuplicateKeyIsReportedAtItsPointer() {
        let report = lint(
            #"{"family": "a", "containerDefinitions": [{"name": "x"}, {"name": "app", "image": "nginx:1.27", "#
                + #""logConfiguration": {"options": {"k": "1", "k": "2"}}, "name": "app2"}]}"#)
        let duplicates = report.findings.filter { $0.code == DuplicateKey.code }
        #expect(
            duplicates.map(\.pointer.description).sorted() == [
                "/containerDefinitions/1/logConfiguration/options/k", "/containerDefinitions/1/name",
            ])
    }

    /// Objects of more than 16 members are checked through a hash table, smaller ones pair by pair.
    @Test func duplicateKeysOfALargeObjectAreEachReportedOnce() {
        let members = (0..<20).map { #""k\#($0)": \#($0)"# }.joined(separator: ", ")
        let overridden = try! JSONScanner.parse(Array("{\(members), \"k3\": 0, \"k7\": 1, \"k3\": 2}".utf8)).members!
            .overridden()
        #expect(overridden.map(\.index) == [3, 7, 20])
        #expect(overridden.map(\.winner) == [22, 21, 22])
        let small = try! JSONScanner.parse(Array(#"{"a": 1, "b": 2, "a": 3, "a": 4}"#.utf8)).members!.overridden()
        #expect(small.map(\.index) == [0, 2])
        #expect(small.map(\.winner) == [3, 3])
    }

    @Test func everyDocumentOfAYAMLStreamIsLinted() {
        let report = lint(
            """
            family: a
            containerDefinitions: [{name: app, image: "nginx:1.27", memory: 256}]
            ---
            family: b
            cpu: 256
            containerDefinitions: [{name: app, image: "nginx:1.27", memory: 256}]
            """, path: "t.yaml")
        let types = report.findings.filter { $0.code == WrongType.code }
        #expect(types.count == 1)
        #expect(types.first?.document == 1)
        #expect(types.first?.range.start.line == 5)
    }

    @Test func nonObjectDocumentIsReported() {
        let report = lint("42")
        #expect(report.findings.map(\.code) == [NotATaskDefinition.code])
    }

    @Test func syntaxErrorIsAFindingWithItsPosition() throws {
        let report = lint("{\n  \"family\": \"web\"\n  \"cpu\": \"256\"\n}")
        let finding = try #require(report.findings.first)
        #expect(finding.code == InvalidSyntax.code)
        #expect(finding.stage == .syntax)
        #expect(finding.range.start.line == 3)
        #expect(finding.message.contains("\"family\""))
    }

    @Test func findingsAreInSourceOrder() {
        let report = lint(#"{"cpu": 1, "memory": 2, "family": null, "containerDefinitions": []}"#)
        let offsets = report.findings.map(\.range.start.offset)
        #expect(offsets == offsets.sorted())
        #expect(report.findings.count >= 3)
    }

    @Test func contextAppliesECSDefaults() {
        let task = TaskDefinition(
            (try? JSONScanner.parse(Array(#"{"family": "a", "containerDefinitions": []}"#.utf8)))
                ?? Node(.null, range: SourceRange(at: .start)))
        let defaulted = RuleContext(task: task)
        #expect(defaulted.launchTypes == [.ec2])
        #expect(!defaulted.launchTypesAreDeclared)
        #expect(defaulted.networkMode == .bridge)
        #expect(defaulted.operatingSystem == .linux)
        let fargate = RuleContext(task: task, launchTypeOption: .fargate)
        #expect(fargate.isFargate && fargate.launchTypesAreDeclared)
        let managed = RuleContext(task: task, launchTypeOption: .managedInstances)
        #expect(managed.networkMode == .awsvpc)
    }
}
