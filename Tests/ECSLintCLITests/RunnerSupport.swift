import ECSLintCLI
import Foundation

/// What one in-process run of `ecslint` gave.
struct RunResult {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The standard output parsed as a JSON object (the `--format json` report).
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any] ?? [:]
    }

    /// The rule codes of every finding of a JSON report, in report order.
    var rules: [String] {
        let files = json["files"] as? [[String: Any]] ?? []
        return files.flatMap { ($0["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } }
    }
}

/// Runs `ecslint` with `arguments` in this process, standard input and the
/// environment given, output kept in memory.
func ecslint(
    _ arguments: String..., stdin: [UInt8] = [], environment: [String: String] = ["NO_COLOR": "1"]
) -> RunResult {
    let output = CommandOutput.memory()
    let error = CommandOutput.memory()
    let status = Runner(stdin: .bytes(stdin), stdout: output, stderr: error, environment: Environment(environment))
        .run(arguments)
    return RunResult(status: status, stdout: output.text, stderr: error.text)
}

/// Files of the repository and scratch folders for the tests.
enum Files {
    /// The repository root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// `samples/hello-world.json`: clean but for two warnings.
    static let hello = root + "/samples/hello-world.json"

    /// The text of a repository file.
    static func text(_ relativePath: String) -> String {
        (try? String(contentsOfFile: root + "/" + relativePath, encoding: .utf8)) ?? ""
    }

    /// A new empty folder, removed by the caller with `remove`.
    static func scratch() -> String {
        let path = NSTemporaryDirectory() + "ecslint-cli-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `text` to `path`, creating its folders.
    static func write(_ text: String, to path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
