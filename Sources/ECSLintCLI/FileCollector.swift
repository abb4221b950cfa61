import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One thing to lint: a file path or standard input.
enum LintInput: Sendable, Hashable {
    case file(String)
    case standardInput
}

/// Expands the paths given on the command line into files to lint.
///
/// Directories are searched recursively, in name order, for `*.json`,
/// `*.yaml` and `*.yml`, and for the Terraform `templatefile` inputs people
/// commit (`*.tpl`, `*.tmpl`, so `*.json.tpl` and `*.json.tmpl`), skipping
/// hidden files (`.ecslint.yml`, `.gitlab-ci.yml`) and hidden folders (`.git`, `.build`, …),
/// symbolic links to folders, and build or dependency output
/// (`node_modules`, `build`, `dist`, `target`, `vendor`, `cdk.out`).
/// Files named explicitly are linted whatever their extension; files found
/// in folders are reported only when they look like task definitions
/// (`FileReport.isTaskDefinitionCandidate`).
struct FileCollector {
    static let skippedFolders: Set<String> = ["node_modules", "build", "dist", "target", "vendor", "cdk.out"]
    static let extensions = [".json", ".yaml", ".yml", ".tpl", ".tmpl"]

    struct Result {
        var inputs: [LintInput] = []
        /// Files found by searching folders (not named on the command line).
        var discovered: Set<String> = []
        var problems: [String] = []
    }

    func collect(_ paths: [String]) -> Result {
        var result = Result()
        var seen = Set<LintInput>()
        for path in paths {
            if path == "-" {
                if seen.insert(.standardInput).inserted { result.inputs.append(.standardInput) }
                continue
            }
            var info = stat()
            guard RawPath.withCString(path, { stat($0, &info) }) == 0 else {
                result.problems.append("cannot read \(path): \(String(cString: strerror(errno)))")
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, into: &result, seen: &seen)
            } else if seen.insert(.file(path)).inserted {
                result.inputs.append(.file(path))
            }
        }
        return result
    }

    private func walk(_ directory: String, into result: inout Result, seen: inout Set<LintInput>) {
        guard let handle = RawPath.withCString(directory, { opendir($0) }) else {
            result.problems.append("cannot read \(directory): \(String(cString: strerror(errno)))")
            return
        }
        // Names are read as bytes: one that is not UTF-8 is kept, shown escaped (RawPath).
        var entries: [(name: String, path: String)] = []
        while let entry = readdir(handle) {
            let raw = withUnsafePointer(to: entry.pointee.d_name) { tuple -> [UInt8] in
                let base = UnsafeRawPointer(tuple)
                return Array(
                    UnsafeRawBufferPointer(start: base, count: strlen(base.assumingMemoryBound(to: CChar.self))))
            }
            if raw != [0x2E] && raw != [0x2E, 0x2E] {
                entries.append((RawPath.display(raw), RawPath.child(of: directory, name: raw)))
            }
        }
        closedir(handle)
        for (name, path) in entries.sorted(by: { $0.name < $1.name }) {
            var info = stat()
            guard RawPath.withCString(path, { lstat($0, &info) }) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                if name.hasPrefix(".") || Self.skippedFolders.contains(name) { continue }
                walk(path, into: &result, seen: &seen)
            } else if kind == S_IFREG || kind == S_IFLNK {
                let lower = name.lowercased()
                guard !name.hasPrefix("."), Self.extensions.contains(where: { lower.hasSuffix($0) }) else { continue }
                if kind == S_IFLNK {
                    var target = stat()
                    guard RawPath.withCString(path, { stat($0, &target) }) == 0, (target.st_mode & S_IFMT) == S_IFREG
                    else { continue }
                }
                if seen.insert(.file(path)).inserted {
                    result.inputs.append(.file(path))
                    result.discovered.insert(path)
                }
            }
        }
    }
}
