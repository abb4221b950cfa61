/// The folder that report paths are relative to: the repository a CI job
/// checked out (the command line takes the nearest folder above the working
/// directory that holds `.git`, else the working directory).
///
/// GitLab Code Quality wants `location.path` relative to the repository and
/// GitHub code scanning resolves SARIF `uri`s against `%SRCROOT%`, so the
/// paths given on the command line (`deploy/td.json`, `./deploy/td.json`,
/// an absolute path, or a path from a sub-folder) are all turned into the same
/// repository-relative path. No file system access: paths are resolved as
/// text (`.` and `..` removed), which is what a CI checkout needs.
public struct SourceRoot: Sendable, Hashable {
    /// The root folder, absolute, without a trailing slash (`/` for the file system root).
    public var path: String
    /// The folder relative paths are relative to, absolute.
    public var workingDirectory: String

    /// Creates a root; both paths should be absolute.
    public init(path: String, workingDirectory: String) {
        self.path = Self.resolved(path, in: "/")
        self.workingDirectory = Self.resolved(workingDirectory, in: "/")
    }

    /// `path` relative to the root (`deploy/td.json`), or nil when it lies outside it.
    public func relativePath(of path: String) -> String? {
        let absolute = Self.resolved(path, in: workingDirectory)
        if self.path == "/" { return absolute == "/" ? nil : String(absolute.dropFirst()) }
        guard absolute.hasPrefix(self.path + "/") else { return nil }
        return String(absolute.dropFirst(self.path.count + 1))
    }

    /// The root as a `file://` URI ending with `/`, percent-encoded.
    public var uri: String {
        "file://" + PathURI.encoded(path == "/" ? "/" : path + "/")
    }

    /// An absolute path for `path` taken relative to `directory`, with `.`, `..`
    /// and repeated slashes removed.
    public static func resolved(_ path: String, in directory: String) -> String {
        var components: [Substring] = []
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !components.isEmpty { components.removeLast() }
            } else {
                components.append(part)
            }
        }
        // A plain loop: the generic `joined` costs a run-time type look-up
        // the first time a process uses it, and every run resolves a path.
        var resolved = ""
        for part in components {
            resolved += "/"
            resolved.append(contentsOf: part)
        }
        return resolved.isEmpty ? "/" : resolved
    }
}

extension LintRun {
    /// A file's path as reports for repositories write it: relative to the
    /// source root when it lies inside it, otherwise as given without a
    /// leading `./`.
    public func repositoryPath(of path: String) -> String {
        if let relative = sourceRoot?.relativePath(of: path) { return relative }
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        return text
    }
}

/// Paths written as URI references: every byte outside
/// `A–Z a–z 0–9 - . _ ~ /` percent-encoded.
enum PathURI {
    static func encoded(_ path: String) -> String {
        var result = ""
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return result
    }
}
