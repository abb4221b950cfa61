import ArgumentParser
import Testing

@testable import ECSLintCLI

/// The command lines `LintRequest.quick` reads without swift-argument-parser
/// must mean exactly what the parser makes of them, and every other command
/// line must go to the parser.
@Suite struct LintRequestTests {
    static let quickLines: [[String]] = [
        [], ["lint"], ["lint", "task.json"], ["a.json", "b.yaml", "dir/"],
        ["lint", "--skip-unrecognized", "ecs/task.json", "ecs/service.yaml"],
        ["-q", "a.json"], ["--quiet", "--strict", "--no-color", "a.json"],
        ["--format", "json", "a.json"], ["-f", "junit", "a.json"],
        ["a.json", "--format", "text", "b.json", "--strict"], ["lint", "--no-color", "-f", "github", "."],
        ["weird name with spaces.json", "ünïcode.yaml"],
    ]

    @Test(arguments: quickLines)
    func theQuickReadingIsTheParsersReading(_ line: [String]) throws {
        let quick = try #require(LintRequest.quick(line))
        let parsed = try ECSLintCommand.Lint.parse(line.first == "lint" ? Array(line.dropFirst()) : line)
        #expect(quick == parsed.request)
    }

    static let parserLines: [[String]] = [
        ["-"], ["--", "a.json"], ["--format=json", "a.json"], ["--format", "bogus", "a.json"], ["a.json", "--format"],
        ["-f", "-q", "a.json"], ["-f", "junit", "-f", "sarif", "a.json"], ["-f", "json", "-f", "json", "a.json"],
        ["--launch-type", "EC2", "a.json"], ["a.json", "-o", "report.xml"],
        ["--ignore", "ECS301", "a.json"], ["-q", "-q", "a.json"], ["--quiet", "-q", "a.json"], ["-x", "a.json"],
        ["-qs", "a.json"], ["rules"], ["lint", "--help"], ["a.json", "-h"], ["--version"], ["help", "lint"],
        ["lint", "schema"], ["render", "a.json"], ["--fix", "a.json"],
    ]

    @Test(arguments: parserLines)
    func otherCommandLinesGoToTheParser(_ line: [String]) {
        #expect(LintRequest.quick(line) == nil)
    }

    @Test func theLintShortcutsKnowEverySubcommandName() {
        let names = ECSLintCommand.configuration.subcommands.map { $0._commandName }
        #expect(names.first == "lint")
        #expect(ECSLintCommand.otherSubcommandNames == Array(names.dropFirst()))
    }

    @Test func aQuickCommandLineLintsLikeTheParsedOne() {
        let quick = ecslint("lint", "--no-color", "--format", "json", Files.hello)
        let parsed = ecslint("lint", "--color", "never", "--format", "json", Files.hello)
        #expect(quick.status == parsed.status)
        #expect(quick.stdout == parsed.stdout)
        #expect(!quick.rules.isEmpty)
    }
}
