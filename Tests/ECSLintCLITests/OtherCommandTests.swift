import ECSLintKit
import Foundation
import Testing

/// The other subcommands, help and version, run in-process.
@Suite struct OtherCommandTests {
    @Test func helpAndVersionGoToStandardOutputAndExitZero() {
        let help = ecslint("lint", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("--launch-type"))
        #expect(help.stdout.contains("--fail-on"))
        #expect(help.stderr == "")
        let version = ecslint("--version")
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }

    /// `lint --help` lists every format of `Reporters.all`, in order, each
    /// with its summary: a registered format cannot be left out of the help.
    @Test func lintHelpListsEveryFormatWithItsSummary() {
        let help = ecslint("lint", "--help").stdout
        // Wrapped lines joined again: the help wraps long summaries at spaces.
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var lastOffset = flat.startIndex
        for reporter in Reporters.all {
            let line = "\(reporter.identifier) - for \(reporter.summary)"
            let found = flat.range(of: line)
            #expect(found != nil, "lint --help does not list \(line)")
            if let found {
                #expect(found.lowerBound > lastOffset, "\(reporter.identifier) is out of order")
                lastOffset = found.lowerBound
            }
        }
        #expect(Reporters.all.count > 1)
    }

    @Test func anUnknownSubcommandOptionIsAUsageError() {
        let run = ecslint("rules", "--no-such-option")
        #expect(run.status == 2)
        #expect(run.stderr.contains("--no-such-option"))
    }

    @Test func rulesListsAndExplainPrintsAPage() throws {
        let list = ecslint("rules")
        #expect(list.status == 0)
        #expect(list.stdout.contains("ECS001"))
        let catalog = try #require(
            try JSONSerialization.jsonObject(with: Data(ecslint("rules", "--format", "json").stdout.utf8))
                as? [String: Any])
        let codes = (catalog["rules"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("ECS301"))
        #expect(ecslint("explain", "ECS301").stdout.hasPrefix("# ECS301"))
        #expect(ecslint("explain", "host-port-mismatch").stdout.hasPrefix("# ECS301"))
        let unknown = ecslint("explain", "ECS999999")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no rule named"))
    }

    @Test func renderWritesRegisterReadyJSONFromStandardInput() throws {
        let run = ecslint("render", "-", stdin: Array(Files.text("samples/hello-world.yaml").utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let rendered = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(rendered["family"] as? String == "hello-world-task")
    }

    @Test func renderRefusesAFileWithErrorsAndWritesNothing() {
        let bad = Files.text("samples/hello-world.json").replacingOccurrences(
            of: "\"cpu\": \"256\"", with: "\"cpu\": \"3\"")
        let run = ecslint("render", "-", stdin: Array(bad.utf8))
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("nothing was written"))
    }

    @Test func initWritesAStarterAndRefusesToOverwrite() {
        let folder = Files.scratch()
        defer { Files.remove(folder) }
        let path = folder + "/.ecslint.yml"
        let first = ecslint("init", path)
        #expect(first.status == 0)
        #expect(first.stdout == "wrote \(path)\n")
        #expect(FileManager.default.fileExists(atPath: path))
        let again = ecslint("init", path)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        #expect(ecslint("init", "--force", path).status == 0)
    }

    @Test func theLanguageServerAnswersOnTheRunnersStreams() {
        func frame(_ body: String) -> String { "Content-Length: \(body.utf8.count)\r\n\r\n" + body }
        let input =
            frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#)
            + frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#) + frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let run = ecslint("lsp", stdin: Array(input.utf8))
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"capabilities\""))
        #expect(run.stdout.hasPrefix("Content-Length: "))
    }
}
