import Foundation
import Testing

/// `ecslint lint` run in-process: exit statuses, inputs, outputs and
/// messages (ported from the subprocess tests of Tests/cli, which keep the
/// cases that need the real binary).
@Suite struct LintCommandTests {
    static let summary = "0 errors, 2 warnings, 0 infos in 1 file."
    static let badCPU = Files.text("samples/hello-world.json").replacingOccurrences(
        of: "\"cpu\": \"256\"", with: "\"cpu\": 256")

    @Test func aCleanFileExitsZeroWithItsSummary() {
        let run = ecslint("lint", Files.hello)
        #expect(run.status == 0)
        #expect(!run.stdout.contains(": error:"))
        #expect(run.stdout.hasSuffix(Self.summary + "\n"))
        #expect(run.stderr == "")
    }

    @Test func lintIsTheDefaultSubcommand() {
        let run = ecslint(Files.hello)
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix(Self.summary + "\n"))
    }

    @Test func anErrorExitsOneAndPointsAtItsLineAndColumn() {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        Files.write("{\n  \"family\": \"web\",\n  \"cpu\": 256\n}\n", to: folder + "/bad.json")
        let run = ecslint("lint", folder + "/bad.json")
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(folder)/bad.json:3:10: error:"))
    }

    @Test func theJSONReportHasItsShape() throws {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        Files.write("{\"family\": \"web\",}", to: folder + "/bad.json")
        let run = ecslint("lint", "--format", "json", folder + "/bad.json")
        #expect(run.status == 1)
        let report = run.json
        #expect(report["version"] as? Int == 1)
        let files = try #require(report["files"] as? [[String: Any]])
        let finding = try #require((files.first?["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "ECS001")
        #expect(finding["stage"] as? String == "syntax")
        #expect(finding["line"] as? Int == 1 && finding["column"] as? Int == 17)
        for key in ["name", "severity", "message", "fix", "pointer", "endLine", "endColumn"] {
            #expect(finding[key] != nil, "missing \(key)")
        }
        #expect(report["summary"] as? [String: Int] == ["files": 1, "errors": 1, "warnings": 0, "infos": 0])
    }

    @Test func anUnreadablePathExitsTwoAndPrintsNoReport() {
        let run = ecslint("lint", "/nonexistent/task.json")
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot read /nonexistent/task.json"))
        #expect(run.stdout == "")
    }

    @Test func anUnreadableFileAmongGoodOnesStillReportsThemAndExitsTwo() {
        let run = ecslint("lint", Files.hello, "/nonexistent.json")
        #expect(run.status == 2)
        #expect(run.stdout.contains(Self.summary))
    }

    @Test func anArgumentErrorExitsTwoWithUsage() {
        let run = ecslint("lint", "--fail-on", "sometimes", Files.hello)
        #expect(run.status == 2)
        #expect(run.stderr.contains("sometimes"))
        #expect(run.stderr.contains("Run 'ecslint help' for usage."))
        #expect(run.stdout == "")
    }

    @Test func standardInputIsReadFromTheRunnersStream() {
        let json = ecslint("lint", "-", stdin: Array(Files.text("samples/hello-world.json").utf8))
        #expect(json.status == 0)
        #expect(json.stdout.hasPrefix("-:"))
        let yaml = ecslint("lint", "-", stdin: Array(Files.text("samples/hello-world.yaml").utf8))
        #expect(yaml.status == 0, "\(yaml.stdout)")
        let broken = ecslint("lint", "--format", "json", "-", stdin: Array(Self.badCPU.utf8))
        #expect(broken.status == 1)
        #expect(broken.rules.contains("ECS006") || broken.rules.contains("ECS005"))
    }

    @Test func folderSearchSkipsHiddenAndBuildFoldersInNameOrder() throws {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        Files.write(Files.text("samples/hello-world.json"), to: folder + "/a/task.json")
        Files.write(Files.text("samples/hello-world.yaml"), to: folder + "/b.yml")
        Files.write("not linted", to: folder + "/notes.txt")
        for skipped in [".git", "node_modules", ".build"] { Files.write("{", to: "\(folder)/\(skipped)/broken.json") }
        let run = ecslint("lint", "--format", "json", folder)
        let files = try #require(run.json["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["path"] as? String } == [folder + "/a/task.json", folder + "/b.yml"])
        #expect(run.status == 0)
    }

    @Test func failOnSetsTheSeverityThatFails() {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        let duplicate = Files.text("samples/hello-world.json").replacingOccurrences(
            of: "\"memory\": \"512\",", with: "\"memory\": \"512\",\n  \"memory\": \"512\",")
        Files.write(duplicate, to: folder + "/dup.json")
        let report = ecslint("lint", "--format", "json", folder + "/dup.json")
        #expect(report.rules.contains("ECS002"))
        #expect(report.status == 0)
        #expect(ecslint("lint", "--fail-on", "warning", folder + "/dup.json").status == 1)
        #expect(ecslint("lint", "--fail-on", "never", folder + "/dup.json").status == 0)
    }

    @Test func eachOutputGoesWithTheFormatBeforeIt() throws {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        let run = ecslint("lint", "--format", "text", "--format", "json", "--output", folder + "/r.json", Files.hello)
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix(Self.summary + "\n"))
        let written = try #require(FileManager.default.contents(atPath: folder + "/r.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        #expect((report["summary"] as? [String: Int])?["files"] == 1)
        let twice = ecslint("lint", "--format", "text", "--format", "json", Files.hello)
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("only one report can go to standard output"))
    }

    @Test func filesInFoldersThatAreNoTaskDefinitionsAreSkippedWithANote() {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        Files.write("{\"name\": \"web\", \"version\": \"1.0.0\"}", to: folder + "/package.json")
        Files.write("apiVersion: apps/v1\nkind: Deployment\n", to: folder + "/deployment.yaml")
        Files.write(Files.text("samples/hello-world.json"), to: folder + "/task.json")
        let run = ecslint("lint", "--format", "json", folder)
        #expect(run.status == 0)
        #expect(run.stderr.contains("skipped 2 JSON/YAML files in folders that are not task definitions"))
        let named = ecslint("lint", "--format", "json", folder + "/package.json")
        #expect(named.status == 1)
        #expect(named.rules.first == "ECS005", "a named file is always linted")
        Files.remove(folder + "/task.json")
        let none = ecslint("lint", folder)
        #expect(none.status == 2)
        #expect(none.stderr.contains("no task definition files found"))
    }

    @Test func quietShowsErrorsOnly() {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        Files.write(Self.badCPU, to: folder + "/task.json")
        let run = ecslint("lint", "--quiet", folder + "/task.json")
        #expect(run.status == 1)
        #expect(run.stdout.contains(": error:"))
        #expect(!run.stdout.contains(": warning:"))
    }

    @Test func theNearestConfigurationAboveTheFileAppliesAndABrokenOneIsAUsageError() {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        Files.write("fail-on: warning\n", to: folder + "/.ecslint.yml")
        Files.write(Files.text("samples/hello-world.json"), to: folder + "/deploy/prod/task.json")
        #expect(ecslint("lint", folder + "/deploy/prod/task.json").status == 1)
        Files.write("fail-on: error\nlaunch_type: FARGATE\n", to: folder + "/.ecslint.yml")
        let broken = ecslint("lint", folder + "/deploy/prod/task.json")
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("\(folder)/.ecslint.yml:2:1: error: unknown key \"launch_type\""))
    }

    @Test(arguments: [
        ([:], false), (["FORCE_COLOR": "1"], true), (["CLICOLOR_FORCE": "1"], true), (["FORCE_COLOR": "0"], false),
        (["FORCE_COLOR": "1", "NO_COLOR": "1"], false), (["FORCE_COLOR": "1", "TERM": "dumb"], true),
    ])
    func colourFollowsTheRunnersEnvironment(_ environment: [String: String], _ colored: Bool) {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        Files.write(Self.badCPU, to: folder + "/task.json")
        let run = ecslint("lint", folder + "/task.json", environment: environment)
        #expect(run.stdout.contains("\u{1B}[") == colored)
        let off = ecslint("lint", "--no-color", folder + "/task.json", environment: environment)
        #expect(!off.stdout.contains("\u{1B}["))
    }

    @Test func variablesFromTheEnvironmentComeFromTheRunner() {
        let template = Files.text("samples/hello-world.json").replacingOccurrences(
            of: "\"cpu\": \"256\"", with: "\"cpu\": \"${TASK_CPU}\"")
        func lint(cpu: String) -> RunResult {
            ecslint(
                "lint", "--format", "json", "--vars-from-env", "-", stdin: Array(template.utf8),
                environment: ["TASK_CPU": cpu])
        }
        let valid = lint(cpu: "256")
        #expect(valid.status == 0, "\(valid.stdout)")
        let invalid = lint(cpu: "3")
        #expect(invalid.status == 1)
        #expect(invalid.rules.count > valid.rules.count)
    }

    @Test func fixOnStandardInputWritesTheFixedTextToTheRunnersOutput() {
        let run = ecslint("lint", "--fix", "-", stdin: Array(Self.badCPU.utf8))
        #expect(run.stdout.contains("\"cpu\": \"256\""))
        #expect(run.stderr.contains("ecslint: fixed"))
    }

    @Test func aSecretIsMaskedInMessagesAboutTheInput() {
        let secret = "AKIAIOSFODNN7EXAMPLE"
        let run = ecslint("lint", "/nonexistent/\(secret).json")
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot read /nonexistent/"))
        #expect(!run.stderr.contains(secret))
    }
}
