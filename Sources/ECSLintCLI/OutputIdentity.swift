#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps `lint` from writing a report over a file it reads: an `--output`
/// (or `--write-baseline`) that is one of the files named on the command
/// line (the same file, by device and inode, through any link) is a usage
/// error, exit 2, before anything is read or written. A file found by a
/// folder walk that is an output (a report from the last run saved in the
/// linted folder) is left out of the inputs instead.
enum OutputIdentity {
    /// The file an existing path names (links followed).
    private struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private static func identity(_ path: String) -> FileID? {
        var info = stat()
        guard RawPath.withCString(path, { stat($0, &info) }) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The inputs without folder-walk files that are outputs; throws the
    /// message for an output that is a named input.
    static func separate(outputs: [String], from inputs: [LintInput], discovered: Set<String>) throws(Conflict)
        -> [LintInput]
    {
        var outputIDs: [FileID: String] = [:]
        for output in outputs {
            if let id = identity(output) { outputIDs[id] = output }
        }
        guard !outputIDs.isEmpty else { return inputs }
        var kept: [LintInput] = []
        for input in inputs {
            guard case .file(let path) = input, let id = identity(path), let output = outputIDs[id] else {
                kept.append(input)
                continue
            }
            if discovered.contains(path) { continue }
            throw Conflict(output: output, input: path)
        }
        return kept
    }

    /// An output that is an input file.
    struct Conflict: Error, CustomStringConvertible {
        let output: String
        let input: String

        var description: String {
            let same = output == input ? "" : " (\(input))"
            return "the report file \(output) is one of the input files\(same); writing it would replace the "
                + "task definition with the report: choose another --output"
        }
    }
}
