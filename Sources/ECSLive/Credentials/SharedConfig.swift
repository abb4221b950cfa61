#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One profile: the settings of `[profile NAME]` (or `[default]`) in the
/// config file merged with `[NAME]` in the credentials file, which wins.
public struct ConfigProfile: Sendable {
    /// The profile name.
    public var name: String
    /// Settings by lower-case key.
    public var values: [String: String]

    /// Creates a profile.
    public init(name: String, values: [String: String]) {
        self.name = name
        self.values = values
    }

    /// A setting, trimmed; nil when absent or empty.
    public subscript(_ key: String) -> String? {
        guard let value = values[key]?.trimmingWhitespace(), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Whether a boolean setting is `true` (case-insensitive).
    public func flag(_ key: String) -> Bool {
        self[key]?.lowercased() == "true"
    }
}

/// The shared config and credentials files (`~/.aws/config`,
/// `~/.aws/credentials`, or `AWS_CONFIG_FILE` / `AWS_SHARED_CREDENTIALS_FILE`).
public struct SharedConfig: Sendable {
    /// The config file's path.
    public var configPath: String
    /// The credentials file's path.
    public var credentialsPath: String
    /// Sections of the config file by name as written (`profile dev`, `default`, `services x`).
    var configSections: [String: [String: String]]
    /// Sections of the credentials file by profile name.
    var credentialSections: [String: [String: String]]

    /// Creates a configuration from parsed sections.
    public init(
        configPath: String, credentialsPath: String, configSections: [String: [String: String]],
        credentialSections: [String: [String: String]]
    ) {
        self.configPath = configPath
        self.credentialsPath = credentialsPath
        self.configSections = configSections
        self.credentialSections = credentialSections
    }

    /// Reads both files; a missing file is an empty one.
    public static func load(environment: [String: String]) -> SharedConfig {
        let home = environment["HOME"] ?? homeDirectory()
        let configPath = expand(environment["AWS_CONFIG_FILE"] ?? "~/.aws/config", home: home)
        let credentialsPath = expand(environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials", home: home)
        return SharedConfig(
            configPath: configPath, credentialsPath: credentialsPath,
            configSections: read(configPath), credentialSections: read(credentialsPath))
    }

    /// The merged profile, or nil when neither file has it.
    public func profile(named name: String) -> ConfigProfile? {
        let fromConfig =
            configSections[name == "default" ? "default" : "profile \(name)"]
            ?? (name == "default" ? configSections["profile default"] : nil)
        let fromCredentials = credentialSections[name]
        guard fromConfig != nil || fromCredentials != nil else { return nil }
        var values = fromConfig ?? [:]
        for (key, value) in fromCredentials ?? [:] { values[key] = value }
        return ConfigProfile(name: name, values: values)
    }

    /// The settings of one service in a `[services NAME]` section (`ecs = …` with indented sub-settings).
    public func serviceSettings(section: String, service: String) -> [String: String] {
        guard let nested = configSections["services \(section)"]?[service] else { return [:] }
        return INIFile.nested(nested)
    }

    private static func read(_ path: String) -> [String: [String: String]] {
        guard let data = LocalFile.contents(atPath: path) else { return [:] }
        return INIFile.parse(String(decoding: data, as: UTF8.self))
    }

    /// The user's home folder from the password database, when `HOME` is unset.
    private static func homeDirectory() -> String {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return "/" }
        return String(cString: directory)
    }

    /// `~/x` with the home folder.
    static func expand(_ path: String, home: String) -> String {
        path.hasPrefix("~/") ? home + path.dropFirst(1) : path
    }
}

/// The INI dialect of the AWS files, as Python's `configparser` reads it:
/// `[section]`, `key = value` or `key: value` (keys lower-cased), whole-line
/// comments with `#` or `;`, and indented continuation lines, which make a
/// nested value (`ecs =` then `  endpoint_url = …`).
enum INIFile {
    static func parse(_ text: String) -> [String: [String: String]] {
        var sections: [String: [String: String]] = [:]
        var section: String?
        var key: String?
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if let first = line.first, first == " " || first == "\t", let section, let key {
                sections[section, default: [:]][key, default: ""] += "\n" + trimmed
                continue
            }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                let name = trimmed.dropFirst().dropLast().trimmingSpaces()
                section = name
                key = nil
                if sections[name] == nil { sections[name] = [:] }
                continue
            }
            guard let section, let separator = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let name = trimmed[..<separator].trimmingSpaces().lowercased()
            sections[section, default: [:]][name] = trimmed[trimmed.index(after: separator)...]
                .trimmingSpaces()
            key = name
        }
        return sections
    }

    /// The sub-settings of a nested value.
    static func nested(_ value: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in value.split(separator: "\n") {
            guard let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let name = line[..<separator].trimmingSpaces().lowercased()
            result[name] = line[line.index(after: separator)...].trimmingSpaces()
        }
        return result
    }
}
