import Testing

@testable import ECSLintKit

@Suite struct DescribeOutputTests {
    static let unwrapped = """
        {
          "taskDefinitionArn": "arn:aws:ecs:us-east-1:210987654321:task-definition/web:7",
          "containerDefinitions": [
            {"name": "web", "image": "nginx:1.27", "cpu": 0, "memory": 256, "portMappings": [],
             "essential": true, "environment": [], "mountPoints": [], "volumesFrom": []}
          ],
          "family": "web",
          "revision": 7,
          "volumes": [],
          "status": "ACTIVE",
          "requiresAttributes": [{"name": "com.amazonaws.ecs.capability.docker-remote-api.1.18"}],
          "placementConstraints": [],
          "compatibilities": ["EC2"],
          "registeredAt": "2024-05-01T10:00:00.000Z",
          "registeredBy": "arn:aws:iam::210987654321:user/deploy"
        }
        """

    @Test func unwrappedOutputIsReportedOnceAtTheFirstReadOnlyField() throws {
        let report = lintInput(Self.unwrapped, consumer: .deployAction)
        let readOnly = report.findings(ReadOnlyDescribeFields.code)
        #expect(readOnly.count == 1)
        let finding = try #require(readOnly.first)
        #expect(report.place(of: finding) == "2:3")
        #expect(finding.target == .key)
        #expect(finding.severity == .warning)
        #expect(finding.pointer.description == "/taskDefinitionArn")
        #expect(finding.notes.count == 6)
        #expect(finding.notes.last?.range?.start.line == 15)
        #expect(finding.message.contains("Deploy to Amazon ECS action strips them"))
        #expect(finding.message.contains("consumer: deploy-action"))
        #expect(report.findings(UnknownKey.code).isEmpty, "read-only fields are not also unknown keys")
        #expect(report.findings(withSeverity: .error).isEmpty)
    }

    @Test func theAWSCLIRejectsReadOnlyFields() throws {
        let finding = try #require(lintInput(Self.unwrapped).findings(ReadOnlyDescribeFields.code).first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("(consumer: aws-cli)"))
        #expect(finding.fix?.contains("set consumer: deploy-action") == true)
    }

    @Test func nullsAreOneFindingWhoseSeverityFollowsTheConsumer() throws {
        let text = """
            {"family": "web", "ipcMode": null, "pidMode": null,
             "containerDefinitions": [{"name": "a", "image": "nginx:1.27", "memory": 256, "user": null}]}
            """
        let forCLI = lintInput(text).findings(NullValue.code)
        #expect(forCLI.count == 1)
        let finding = try #require(forCLI.first)
        #expect(finding.severity == .error)
        #expect(finding.pointer.description == "/ipcMode")
        #expect(
            finding.message.hasPrefix(#"3 members are null ("ipcMode", "pidMode" and "containerDefinitions[0].user")"#))
        #expect(finding.notes.map(\.pointer.description) == ["/pidMode", "/containerDefinitions/0/user"])
        #expect(finding.notes.map { $0.range?.start.column } == [47, 87])
        let forAction = try #require(lintInput(text, consumer: .deployAction).findings(NullValue.code).first)
        #expect(forAction.severity == .warning)
        #expect(forAction.message.contains("strips null values before registering (consumer: deploy-action)"))
    }

    @Test func deleteRequestedAtIsAnErrorBecauseTheDeployActionKeepsIt() throws {
        let text = Self.unwrapped.replacing(
            "\"status\": \"ACTIVE\",", with: "\"status\": \"DELETE_IN_PROGRESS\", \"deleteRequestedAt\": 1714557600,")
        let finding = try #require(lintInput(text, consumer: .deployAction).findings(ReadOnlyDescribeFields.code).first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("not \"deleteRequestedAt\""))
    }

    @Test func wrappedOutputIsUnwrappedWithPositionsInTheFile() throws {
        let report = lintInput(
            """
            {
              "taskDefinition": {
                "family": "web",
                "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": "256"}],
                "revision": 3
              },
              "tags": [{"key": "aws:team", "value": "web"}]
            }
            """)
        let wrapper = try #require(report.findings(DescribeOutputWrapper.code).first)
        #expect(report.place(of: wrapper) == "2:3")
        #expect(wrapper.fix?.contains("\"tags\" moved into it") == true)
        let readOnly = try #require(report.findings(ReadOnlyDescribeFields.code).first)
        #expect(readOnly.pointer.description == "/taskDefinition/revision")
        #expect(report.place(of: readOnly) == "5:5")
        let type = try #require(report.findings(WrongType.code).first)
        #expect(type.pointer.description == "/taskDefinition/containerDefinitions/0/memory")
        #expect(report.place(of: type) == "4:79")
        let tag = try #require(report.findings(ReservedTagPrefix.code).first)
        #expect(tag.pointer.description == "/tags/0/key")
        #expect(tag.range.start.line == 7)
        #expect(
            report.findings(MissingRequiredKey.code).isEmpty, "family and containerDefinitions are inside the wrapper")
        #expect(report.findings(UnknownKey.code).isEmpty)
    }

    @Test func plainTaskDefinitionHasNoShapeFindings() {
        let report = lintInput(
            #"{"family": "web", "containerDefinitions": [{"name": "a", "image": "nginx:1.27", "memory": 256}]}"#)
        #expect(
            report.findings.allSatisfy {
                ![
                    ReadOnlyDescribeFields.code, DescribeOutputWrapper.code, TemplatePlaceholders.code,
                    ContainerDefinitionsArray.code, CloudFormationWithoutTaskDefinition.code,
                ].contains($0.code)
            })
    }

    @Test func describeOutputInYAMLIsRecognisedToo() throws {
        let report = lintInput(
            """
            taskDefinition:
              family: web
              containerDefinitions:
                - name: web
                  image: nginx:1.27
                  memory: 256
              status: ACTIVE
            """, path: "task.yaml")
        #expect(
            report.findings(DescribeOutputWrapper.code).first?.range.start
                == SourcePosition(line: 1, column: 1, offset: 0))
        let readOnly = try #require(report.findings(ReadOnlyDescribeFields.code).first)
        #expect(report.place(of: readOnly) == "7:3")
    }
}

extension FileReport {
    /// The findings of one severity.
    func findings(withSeverity severity: Severity) -> [Finding] {
        findings.filter { $0.severity == severity }
    }
}
