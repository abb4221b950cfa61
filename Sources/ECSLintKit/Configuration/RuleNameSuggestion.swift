/// "Did you mean" for rule names written in `--ignore`, `ecslint explain`,
/// `.ecslint.yml` and suppression comments.
///
/// First the nearest code or name by spelling (`ECS31` → `ECS301`,
/// `image-latst-tag` → `image-latest-tag`, `host_port_mismatch` →
/// `host-port-mismatch`); then a name that contains the words given, in order
/// (`latest-tag` → `image-latest-tag`), preferring the shortest such name.
public enum RuleNameSuggestion {
    /// The rule code or name `name` most likely meant, or nil.
    public static func suggestion(for name: String, in rules: [RuleDescriptor] = RuleRegistry.descriptors) -> String? {
        let slugs = rules.map(\.slug)
        if let spelled = KeySuggestion.value(for: name, among: slugs) { return spelled }
        if let code = KeySuggestion.value(for: name.uppercased(), among: rules.map(\.code)) { return code }
        let words = name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).map(String.init)
        guard !words.isEmpty, words.joined().count >= 3 else { return nil }
        let containing = slugs.filter { slug in
            let parts = slug.split(separator: "-").map(String.init)
            guard parts.count > words.count else { return false }
            return (0...(parts.count - words.count)).contains { start in
                Array(parts[start..<(start + words.count)]) == words
            }
        }
        return containing.min { $0.count < $1.count }
    }

    /// `no rule named "x"; did you mean "y"?`, or the hint to list the rules.
    public static func unknownRuleMessage(_ name: String, in rules: [RuleDescriptor] = RuleRegistry.descriptors)
        -> String
    {
        var message = "no rule named \"\(name)\""
        if let suggestion = suggestion(for: name, in: rules) {
            message += "; did you mean \"\(suggestion)\"?"
        } else {
            message += "; run 'ecslint rules' for the list"
        }
        return message
    }
}
