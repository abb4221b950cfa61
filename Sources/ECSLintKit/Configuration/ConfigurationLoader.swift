/// Reads `.ecslint.yml` into a `Configuration`, rejecting anything it does
/// not understand with the position and a "did you mean" suggestion.
public enum ConfigurationLoader {
    /// The file name searched for.
    public static let fileName = ".ecslint.yml"
    /// Every file name searched for in a folder, in order: `.ecslint.yml`, then `.ecslint.yaml`.
    public static let fileNames = [".ecslint.yml", ".ecslint.yaml"]

    static let topLevelKeys = ["fail-on", "launch-type", "consumer", "preset", "min-severity", "rules", "ignore"]
    static let ruleKeys = ["enabled", "severity", "options"]
    static let ignoreKeys = ["paths", "rules", "pointers"]

    /// Parses a configuration file's bytes.
    public static func parse(_ bytes: [UInt8], path: String, baseDirectory: String) throws(ConfigurationError)
        -> Configuration
    {
        let source = SourceText(path: path, bytes: bytes)
        let loaded = SourceLoader.load(source, format: .yaml)
        let onlyComments = (1...max(1, source.lineCount)).allSatisfy {
            let line = source.line($0).trimmingSpaces
            return line.isEmpty || line.hasPrefix("#")
        }
        if onlyComments { return Configuration(path: path, baseDirectory: baseDirectory) }
        if let error = loaded.syntaxError {
            throw ConfigurationError(path: path, position: error.range.start, message: error.message)
        }
        guard let root = loaded.documents.first?.root, !root.isNull else {
            return Configuration(path: path, baseDirectory: baseDirectory)
        }
        return try parse(root: root, path: path, baseDirectory: baseDirectory)
    }

    /// Reads a configuration tree; throws at its first problem.
    static func parse(root: Node, path: String, baseDirectory: String) throws(ConfigurationError) -> Configuration {
        var configuration = Configuration(path: path, baseDirectory: baseDirectory)
        let reader = ConfigurationReader(path: path)
        let members = try reader.object(root, context: "the configuration")
        for member in members {
            try reader.checkKey(member, among: topLevelKeys, context: "the configuration")
            if member.value.isNull { continue }
            switch member.key {
            case "fail-on":
                configuration.failOn = try reader.choice(member.value, FailureThreshold.allCases, name: "fail-on")
            case "launch-type":
                let text = try reader.string(member.value, name: "launch-type")
                guard let launchType = LaunchType(caseInsensitive: text) else {
                    throw reader.error(
                        at: member.value,
                        "launch-type \"\(text)\" is not one of \(LaunchType.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                configuration.launchType = launchType
            case "consumer":
                configuration.consumer = try reader.choice(member.value, Consumer.allCases, name: "consumer")
            case "preset":
                configuration.preset = try reader.choice(member.value, Preset.allCases, name: "preset")
            case "min-severity":
                configuration.minSeverity = try reader.choice(member.value, Severity.allCases, name: "min-severity")
            case "rules":
                configuration.rules = try reader.rules(member.value)
            default:
                configuration.ignores = try reader.ignores(member.value)
            }
        }
        return configuration
    }
}

/// The walk over one configuration tree, with error construction.
struct ConfigurationReader {
    let path: String

    func error(at node: Node, _ message: String) -> ConfigurationError {
        ConfigurationError(path: path, position: node.range.start, message: message)
    }

    func object(_ node: Node, context: String) throws(ConfigurationError) -> [Member] {
        guard let members = node.members else {
            throw error(at: node, "\(context) must be a mapping, not a \(node.typeName)")
        }
        return members
    }

    func checkKey(_ member: Member, among keys: [String], context: String) throws(ConfigurationError) {
        guard !keys.contains(member.key) else { return }
        var message = "unknown key \"\(member.key)\" in \(context)"
        if let suggestion = KeySuggestion.value(for: member.key, among: keys) {
            message += "; did you mean \"\(suggestion)\"?"
        } else {
            message += "; accepted keys: \(keys.joined(separator: ", "))"
        }
        throw ConfigurationError(path: path, position: member.keyRange.start, message: message)
    }

    func string(_ node: Node, name: String) throws(ConfigurationError) -> String {
        if let text = node.stringValue { return text }
        if let number = node.numberValue { return number.lexeme }
        throw error(at: node, "\(name) must be a string, not a \(node.typeName)")
    }

    func strings(_ node: Node, name: String) throws(ConfigurationError) -> [String] {
        if let elements = node.elements {
            var values: [String] = []
            for element in elements { values.append(try string(element, name: "each item of \(name)")) }
            return values
        }
        return [try string(node, name: name)]
    }

    func choice<T: RawRepresentable>(_ node: Node, _ options: [T], name: String) throws(ConfigurationError) -> T
    where T.RawValue == String {
        let text = try string(node, name: name)
        if let match = options.first(where: { $0.rawValue == text.lowercased() }) { return match }
        throw error(at: node, "\(name) \"\(text)\" is not one of \(options.map(\.rawValue).joined(separator: ", "))")
    }

    func ruleDescriptor(named member: Member) throws(ConfigurationError) -> RuleDescriptor {
        if let descriptor = RuleRegistry.descriptor(named: member.key) { return descriptor }
        throw ConfigurationError(
            path: path, position: member.keyRange.start, message: RuleNameSuggestion.unknownRuleMessage(member.key))
    }

    func rules(_ node: Node) throws(ConfigurationError) -> [String: RuleSetting] {
        var settings: [String: RuleSetting] = [:]
        for member in try object(node, context: "rules") {
            let descriptor = try ruleDescriptor(named: member)
            settings[descriptor.code] = try setting(member.value, for: descriptor)
        }
        return settings
    }

    private func setting(_ node: Node, for descriptor: RuleDescriptor) throws(ConfigurationError) -> RuleSetting {
        if let flag = node.boolValue { return RuleSetting(isEnabled: flag) }
        if let text = node.stringValue {
            switch text.lowercased() {
            case "off", "disabled": return RuleSetting(isEnabled: false)
            case "on", "enabled": return RuleSetting()
            default:
                let severity = try choice(node, Severity.allCases, name: "the setting of \(descriptor.code)")
                return RuleSetting(severity: severity)
            }
        }
        var setting = RuleSetting()
        for member in try object(node, context: "the setting of \(descriptor.code)") {
            try checkKey(member, among: ConfigurationLoader.ruleKeys, context: "the setting of \(descriptor.code)")
            switch member.key {
            case "enabled":
                guard let flag = member.value.boolValue else {
                    throw error(at: member.value, "enabled must be true or false")
                }
                setting.isEnabled = flag
            case "severity":
                setting.severity = try choice(member.value, Severity.allCases, name: "severity")
            default:
                setting.options = try options(member.value, for: descriptor)
            }
        }
        return setting
    }

    private func options(_ node: Node, for descriptor: RuleDescriptor) throws(ConfigurationError) -> [String: [String]]
    {
        let names = descriptor.options.map(\.name)
        var values: [String: [String]] = [:]
        for member in try object(node, context: "the options of \(descriptor.code)") {
            guard names.contains(member.key) else {
                let accepted =
                    names.isEmpty ? "it has no options" : "accepted options: \(names.joined(separator: ", "))"
                throw ConfigurationError(
                    path: path, position: member.keyRange.start,
                    message: "\(descriptor.code) has no option \"\(member.key)\"; \(accepted)")
            }
            values[member.key] = try strings(member.value, name: member.key)
        }
        return values
    }

    func ignores(_ node: Node) throws(ConfigurationError) -> [PathIgnore] {
        guard let elements = node.elements else {
            throw error(at: node, "ignore must be a list of {paths, rules} entries, not a \(node.typeName)")
        }
        var entries: [PathIgnore] = []
        for element in elements {
            var patterns: [String] = []
            var codes: Set<String>?
            var pointers: [JSONPointer]?
            for member in try object(element, context: "an ignore entry") {
                try checkKey(member, among: ConfigurationLoader.ignoreKeys, context: "an ignore entry")
                if member.key == "paths" {
                    patterns = try strings(member.value, name: "paths")
                } else if member.key == "pointers" {
                    pointers = try jsonPointers(member.value)
                } else {
                    var found: Set<String> = []
                    for name in try strings(member.value, name: "rules") {
                        guard let descriptor = RuleRegistry.descriptor(named: name) else {
                            throw error(at: member.value, RuleNameSuggestion.unknownRuleMessage(name))
                        }
                        found.insert(descriptor.code)
                    }
                    codes = found
                }
            }
            guard !patterns.isEmpty else { throw error(at: element, "an ignore entry needs paths") }
            entries.append(PathIgnore(patterns: patterns, codes: codes, pointers: pointers))
        }
        return entries
    }
}
