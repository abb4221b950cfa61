/// A record of accepted findings, so a team can adopt ecslint on existing
/// files and fail only on new ones (`--write-baseline FILE`, `--baseline FILE`).
///
/// A finding is identified by its path, rule, document, JSON Pointer and
/// message, not by its line, so edits elsewhere in a file do not revive it.
/// Each entry accepts one finding: two identical findings need two entries.
///
/// Paths are stored relative to the baseline file's folder (with `/`, no
/// `./`, `..` where the file lies outside it) and compared after the same
/// normalisation, so `deploy/td.json`, `./deploy/td.json`, an absolute path
/// and a run from another folder all name the same file. Without a
/// ``Location`` (library use) paths are only normalised as text.
public struct Baseline: Sendable {
    /// Where the baseline file is, for relative paths.
    public struct Location: Sendable, Hashable {
        /// The absolute folder of the baseline file.
        public var directory: String
        /// The absolute folder the linted paths are relative to (the working directory).
        public var workingDirectory: String

        /// Creates a location.
        public init(directory: String, workingDirectory: String) {
            self.directory = SourceRoot.resolved(directory, in: "/")
            self.workingDirectory = SourceRoot.resolved(workingDirectory, in: "/")
        }

        /// A linted path as the baseline stores it: relative to `directory`.
        public func storedPath(for path: String) -> String {
            Baseline.relativePath(from: directory, to: SourceRoot.resolved(path, in: workingDirectory))
        }
    }

    /// One accepted finding.
    public struct Entry: Sendable, Hashable, Comparable {
        public var path: String
        public var rule: String
        public var document: Int
        public var pointer: String
        public var message: String

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.path, lhs.rule, lhs.document, lhs.pointer, lhs.message)
                < (rhs.path, rhs.rule, rhs.document, rhs.pointer, rhs.message)
        }
    }

    /// The accepted findings.
    public private(set) var entries: [Entry] {
        didSet { countsByPath = Self.counts(entries) }
    }
    /// How many times each entry is accepted, by path: a file looks up its
    /// own entries instead of scanning every entry of the baseline.
    private var countsByPath: [String: [Entry: Int]] = [:]

    private static func counts(_ entries: [Entry]) -> [String: [Entry: Int]] {
        var counts: [String: [Entry: Int]] = [:]
        for entry in entries { counts[entry.path, default: [:]][entry, default: 0] += 1 }
        return counts
    }
    /// Where the baseline file is; paths are relative to its folder.
    public var location: Location?

    /// A baseline accepting every finding of the given reports.
    public init(accepting reports: [FileReport], location: Location? = nil) {
        self.location = location
        entries = reports.flatMap { report in
            let path = Self.key(for: report.source.path, location: location)
            return report.findings.map {
                Entry(
                    path: path, rule: $0.code, document: $0.document, pointer: $0.pointer.description,
                    message: $0.message)
            }
        }.sorted()
        countsByPath = Self.counts(entries)
    }

    /// The stored form of a path: relative to the baseline's folder, or
    /// normalised text without a location.
    static func key(for path: String, location: Location?) -> String {
        if let location { return location.storedPath(for: path) }
        return normalised(path)
    }

    /// A relative path with `.`, empty parts and inner `..` removed.
    static func normalised(_ path: String) -> String {
        if path.hasPrefix("/") { return SourceRoot.resolved(path, in: "/") }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The path of absolute `target` relative to absolute folder `base`, with `..` as needed.
    static func relativePath(from base: String, to target: String) -> String {
        let baseParts = base.split(separator: "/")
        let targetParts = target.split(separator: "/")
        var common = 0
        while common < baseParts.count, common < targetParts.count, baseParts[common] == targetParts[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: baseParts.count - common)
        let rest = targetParts[common...].map(String.init)
        let parts = ups + rest
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The baseline file's content.
    public func serialized() -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("version", 1)
        json.field("tool", "ecslint")
        json.key("findings")
        json.beginArray()
        for entry in entries {
            json.beginObject()
            json.field("path", entry.path)
            json.field("rule", entry.rule)
            json.field("document", entry.document)
            json.field("pointer", entry.pointer)
            json.field("message", entry.message)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output + "\n"
    }

    /// Reads a baseline file written by `serialized()`; stored paths are
    /// normalised (`./deploy/td.json` is `deploy/td.json`).
    public init(parsing bytes: [UInt8], path: String, location: Location? = nil) throws(ConfigurationError) {
        self.location = location
        let root: Node
        do {
            root = try JSONScanner.parse(bytes)
        } catch {
            throw ConfigurationError(
                path: path, position: error.range.start, message: "not a baseline file: \(error.message)")
        }
        guard root["version"]?.intValue == 1, let findings = root["findings"]?.elements else {
            throw ConfigurationError(
                path: path, position: root.range.start,
                message: "not an ecslint baseline file (expected {\"version\": 1, \"findings\": [...]})")
        }
        var entries: [Entry] = []
        for item in findings {
            guard let path = item["path"]?.stringValue, let rule = item["rule"]?.stringValue,
                let pointer = item["pointer"]?.stringValue, let message = item["message"]?.stringValue
            else {
                throw ConfigurationError(
                    path: path, position: item.range.start,
                    message: "a baseline entry needs path, rule, pointer and message")
            }
            entries.append(
                Entry(
                    path: Self.normalised(path), rule: rule, document: item["document"]?.intValue ?? 0,
                    pointer: pointer, message: message))
        }
        self.entries = entries
        countsByPath = Self.counts(entries)
    }

    /// The findings of a report that the baseline does not accept.
    public func newFindings(in report: FileReport) -> [Finding] {
        let path = Self.key(for: report.source.path, location: location)
        guard var remaining = countsByPath[path] else { return report.findings }
        return report.findings.filter { finding in
            let entry = Entry(
                path: path, rule: finding.code, document: finding.document,
                pointer: finding.pointer.description, message: finding.message)
            guard let count = remaining[entry], count > 0 else { return true }
            remaining[entry] = count - 1
            return false
        }
    }
}
