import Testing

@testable import ECSLintKit

@Suite struct NullSummaryTests {
    static let consoleExport = """
        {
          "family": "web",
          "taskRoleArn": null,
          "executionRoleArn": null,
          "networkMode": null,
          "containerDefinitions": [
            {"name": "web", "image": "nginx:1.27", "memory": 256,
             "user": null, "workingDirectory": null, "hostname": null, "linuxParameters": null}
          ],
          "pidMode": null,
          "ipcMode": null
        }
        """

    @Test func everyNullKeepsItsOwnFinding() {
        let report = lintInput(Self.consoleExport)
        let nulls = report.findings("ECS007")
        #expect(nulls.count == 9)
        #expect(Set(nulls.map(\.range.start)).count == 9)
        let json = JSONReporter().render(LintRun(files: [report]))
        #expect(json.ranges(of: "\"ECS007\"").count == 9)
    }

    @Test func textReportSummarisesThemInOneBlockWithTheCleaningCommand() {
        let report = lintInput(Self.consoleExport)
        let text = TextReporter().render(LintRun(files: [report]))
        #expect(text.ranges(of: "[ECS007]").count == 1, "\(text)")
        #expect(text.contains("task.json:3:18: error: 9 null values"))
        #expect(text.contains("at lines 3, 4, 5, 8, 10, 11 (9 findings"))
        #expect(text.contains("ecslint render task.json -o task.json"))
        #expect(text.contains("\(report.count(of: .error)) errors,"), "the summary line still counts each one")
    }

    @Test func aFewNullsAreShownOneByOne() {
        let report = lintInput(
            #"{"family": "web", "ipcMode": null, "containerDefinitions": [{"name": "a", "image": "nginx:1.27", "memory": 256}]}"#
        )
        let text = TextReporter().render(LintRun(files: [report]))
        #expect(text.contains("\"ipcMode\" is null"))
    }

    @Test func cleaningCommandForYAMLAndOddPaths() {
        #expect(
            NullSummary.cleaningCommand(for: "deploy/task.yaml", format: .yaml)
                == "ecslint render deploy/task.yaml -o deploy/task.json")
        #expect(
            NullSummary.cleaningCommand(for: "my task.json", format: .json)
                == "ecslint render 'my task.json' -o 'my task.json'")
    }
}
