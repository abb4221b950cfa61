import ECSLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the configuration for each linted file: `--config` when given,
/// otherwise the nearest `.ecslint.yml` (or `.ecslint.yaml`) in the file's
/// folder or above it; a folder with both is an error. Each folder is looked
/// up once.
final class ConfigurationResolver {
    private let explicit: Configuration?
    private var byDirectory: [String: Configuration] = [:]
    private let workingDirectory: String

    /// Loads `--config` if given; throws its error for the command to report.
    init(explicitPath: String?) throws(ConfigurationError) {
        workingDirectory = Self.currentDirectory()
        if let explicitPath {
            explicit = try Self.load(Self.absolute(explicitPath, in: workingDirectory))
        } else {
            explicit = nil
        }
    }

    /// The configuration for a file (or standard input, with nil).
    func configuration(forFileAt path: String?) throws(ConfigurationError) -> Configuration {
        if let explicit { return explicit }
        let absolutePath = path.map { Self.absolute($0, in: workingDirectory) }
        var directory = absolutePath.map(Self.parent) ?? workingDirectory
        var visited: [String] = []
        while true {
            if let known = byDirectory[directory] {
                for folder in visited { byDirectory[folder] = known }
                return known
            }
            visited.append(directory)
            if let candidate = try Self.configurationFile(in: directory) {
                let found = try Self.load(candidate)
                for folder in visited { byDirectory[folder] = found }
                return found
            }
            if directory == "/" { break }
            directory = Self.parent(directory)
        }
        for folder in visited { byDirectory[folder] = .defaults }
        return .defaults
    }

    /// The absolute form of a path, for ignore globs.
    func absolutePath(_ path: String) -> String {
        Self.absolute(path, in: workingDirectory)
    }

    /// The configuration file of a folder: `.ecslint.yml` or `.ecslint.yaml`, not both.
    private static func configurationFile(in directory: String) throws(ConfigurationError) -> String? {
        let candidates: [String] = ConfigurationLoader.fileNames.map { name in
            directory == "/" ? "/" + name : directory + "/" + name
        }
        let present = candidates.filter { access($0, F_OK) == 0 }
        guard present.count < 2 else {
            throw ConfigurationError(
                path: present[1], position: .start,
                message: "both \(ConfigurationLoader.fileNames.joined(separator: " and ")) are in \(directory); "
                    + "ecslint reads one configuration per folder: merge them into .ecslint.yml and delete the other")
        }
        return present.first
    }

    private static func load(_ path: String) throws(ConfigurationError) -> Configuration {
        switch FileReader.contents(ofFile: path) {
        case .success(let file):
            return try ConfigurationLoader.parseReportingAll(file.bytes, path: path, baseDirectory: parent(path))
        case .failure(let failure):
            throw ConfigurationError(path: path, position: .start, message: failure.description)
        }
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func absolute(_ path: String, in directory: String) -> String {
        if path.hasPrefix("/") { return path }
        var components = directory.split(separator: "/").map(String.init)
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !components.isEmpty { components.removeLast() }
            } else {
                components.append(String(part))
            }
        }
        return "/" + components.joined(separator: "/")
    }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        let bytes = buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
