import Foundation

/// Paths and file access relative to the repository, for golden-file tests.
enum RepositoryFiles {
    /// The repository root (three levels above this file).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Whether golden files should be rewritten instead of compared.
    static var updatesGoldenFiles: Bool {
        ProcessInfo.processInfo.environment["ECSLINT_UPDATE_GOLDEN"] == "1"
    }

    static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    static func read(_ relativePath: String) -> String? {
        try? String(contentsOf: url(relativePath), encoding: .utf8)
    }

    static func bytes(_ relativePath: String) -> [UInt8]? {
        (try? Data(contentsOf: url(relativePath))).map { [UInt8]($0) }
    }

    static func write(_ text: String, to relativePath: String) throws {
        try text.write(to: url(relativePath), atomically: true, encoding: .utf8)
    }

    /// The files in a folder (not recursive), sorted, as repository-relative
    /// paths; hidden files (`.ecslint.yml`) are not samples.
    static func files(in folder: String, extensions: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && extensions.contains(($0 as NSString).pathExtension) }.sorted()
            .map { "\(folder)/\($0)" }
    }
}
