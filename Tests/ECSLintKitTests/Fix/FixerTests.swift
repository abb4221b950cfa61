import Testing

@testable import ECSLintKit

/// The fixer on whole files: removals keep the rest as written, passes
/// resolve overlapping fixes, placeholders and templates are never touched,
/// and fixing twice changes nothing.
@Suite struct FixerTests {
    func fixed(_ text: String, path: String = "task.json", unsafe: Bool = false) -> FixOutcome {
        Fixer(linter: Linter(), includesUnsafe: unsafe).fix(SourceText(path: path, text: text))
    }

    func fixedText(_ text: String, path: String = "task.json", unsafe: Bool = false) -> String {
        String(decoding: fixed(text, path: path, unsafe: unsafe).bytes, as: UTF8.self)
    }

    @Test func removingTheLastMemberTakesTheCommaBefore() {
        let text = """
            {
              "family": "web",
              "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}],
              "pidMode": null
            }
            """
        #expect(
            fixedText(text) == """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]
                }
                """)
    }

    @Test func nullsAndReadOnlyFieldsInOneObjectAreRemovedInPasses() {
        let text = """
            {
              "taskDefinitionArn": "arn:aws:ecs:us-east-1:210987654321:task-definition/web:3",
              "family": "web",
              "ipcMode": null,
              "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256, "user": null}],
              "revision": 3,
              "pidMode": null
            }
            """
        let outcome = fixed(text)
        #expect(
            String(decoding: outcome.bytes, as: UTF8.self) == """
                {
                  "family": "web",
                  "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]
                }
                """)
        #expect(Set(outcome.applied.map(\.code)) == [NullValue.code, ReadOnlyDescribeFields.code])
        #expect(outcome.report.findings.allSatisfy { $0.autofix == nil })
    }

    @Test func yamlRemovalKeepsCommentsAndHandsTheDashOn() {
        let text = """
            # task for the web service
            family: web   # the family
            containerDefinitions:
              - user: null
                name: app   # main container
                image: nginx:1.27
                memory: 256
                links: [null, "db"]
            """
        #expect(
            fixedText(text, path: "task.yaml") == """
                # task for the web service
                family: web   # the family
                containerDefinitions:
                  - name: app   # main container
                    image: nginx:1.27
                    memory: 256
                    links: ["db"]
                """)
    }

    @Test func valuesKeepTheirQuotingStyleInYAML() {
        let text = """
            family: web
            cpu: 256
            networkMode: AWSVPC
            containerDefinitions:
              - name: app
                image: nginx:1.27
                memory: '512'
                essential: "true"
            """
        #expect(
            fixedText(text, path: "task.yaml") == """
                family: web
                cpu: "256"
                networkMode: awsvpc
                containerDefinitions:
                  - name: app
                    image: nginx:1.27
                    memory: 512
                    essential: true
                """)
    }

    @Test func unsafeFixesWaitForTheFlag() {
        let text = """
            {"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256, "portMapping": [], "readonlyRootFilesystem": "yes"}]}
            """
        let safe = fixed(text)
        #expect(!safe.changed)
        #expect(safe.report.findings.contains { $0.autofix?.applicability == .unsafe })
        #expect(
            fixedText(text, unsafe: true) == """
                {"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [], "readonlyRootFilesystem": true}]}
                """)
    }

    @Test func placeholdersAndTemplatesAreNeverTouched() {
        let templated = """
            {
              "family": "web",
              "taskDefinitionArn": "${TASK_ARN}",
              "revision": 3,
              "containerDefinitions": [{"name": "app", "image": "${IMAGE}", "memory": "${MEMORY}"}]
            }
            """
        let outcome = fixed(templated)
        #expect(!outcome.changed, "the read-only fields include a placeholder: \(outcome.applied)")
        let cloudFormation = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Task:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  NetworkMode: AWSVPC
                  ContainerDefinitions:
                    - Name: app
                      Image: nginx:1.27
                      Memory: 256
            """
        #expect(!fixed(cloudFormation, path: "template.yaml").changed)
    }

    @Test func aWrapperIsUnwrappedWithItsTagsAndTheFixIsIdempotent() {
        let text = """
            {
                "taskDefinition": {
                    "family": "web",
                    "revision": 4,
                    "containerDefinitions": [
                        {"name": "app", "image": "nginx:1.27", "memory": 256}
                    ]
                },
                "tags": [
                    {"key": "team", "value": "web"}
                ]
            }

            """
        let once = fixedText(text)
        #expect(
            once == """
                {
                    "family": "web",
                    "containerDefinitions": [
                        {"name": "app", "image": "nginx:1.27", "memory": 256}
                    ],
                    "tags": [
                        {"key": "team", "value": "web"}
                    ]
                }

                """)
        #expect(fixedText(once) == once)
    }

    @Test func aFileWithASyntaxErrorIsLeftAlone() {
        let outcome = fixed(#"{"family": "web", "cpu": 256,, "containerDefinitions": []}"#)
        #expect(!outcome.changed)
        #expect(outcome.report.findings.first?.code == InvalidSyntax.code)
    }

    @Test func editsThatWouldNotParseAreRejected() {
        let outcome = Fixer(linter: Linter(rules: [BreakingRule()]), filter: FindingFilter(configuration: .strict))
            .fix(SourceText(path: "task.json", text: #"{"family": "web", "containerDefinitions": []}"#))
        #expect(!outcome.changed)
        #expect(outcome.rejected.map(\.code) == ["ECS999"])
    }

    @Test func brokenSamplesKeepNoErrorASafeFixCouldRemove() throws {
        let files =
            RepositoryFiles.files(in: "samples/bad", extensions: ["json", "yaml", "yml"])
            + RepositoryFiles.files(in: "samples/corpus/bad", extensions: ["json", "yaml", "yml"])
        #expect(files.count >= 10)
        var fixedCount = 0
        for file in files {
            let bytes = try #require(RepositoryFiles.bytes(file))
            let outcome = Fixer(linter: Linter()).fix(SourceText(path: file, bytes: bytes))
            fixedCount += outcome.applied.count
            let remaining = outcome.report.findings.filter { $0.autofix?.applicability == .safe }
            #expect(remaining.isEmpty, "\(file): \(remaining.map { "\($0.code) \($0.message)" })")
            let again = Fixer(linter: Linter()).fix(SourceText(path: file, bytes: outcome.bytes))
            #expect(!again.changed, "\(file): a second --fix changed \(again.applied)")
        }
        #expect(fixedCount > 0)
    }
}

/// A rule whose fix writes text that is not JSON.
private struct BreakingRule: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS999", slug: "breaking", title: "Breaking", severity: .error, stage: .register,
        summary: "Test only.", rationale: "Test only.", fix: "None.", examples: [])

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        [
            Violation(
                "family", at: .root / "family",
                correction: ProposedFix("break", .safe, .replaceValue(.root / "family", .number("}{"))))
        ]
    }
}
