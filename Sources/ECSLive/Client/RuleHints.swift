import ECSLintKit

/// Finds the ecslint rules whose documented AWS error (`RuleDescriptor.awsErrors`)
/// matches an error message from the ECS API, to explain a rejection with the
/// rule's own words.
///
/// Messages are compared after replacing every quoted part (`'web'`), number
/// and `<placeholder>` with a wildcard, so the catalog's example texts match
/// the same error about other containers and values.
public enum RuleHints {
    /// The descriptors whose documented error matches `message`.
    public static func rules(matching message: String, in descriptors: [RuleDescriptor] = RuleRegistry.descriptors)
        -> [RuleDescriptor]
    {
        let normalisedMessage = normalise(message)
        guard !normalisedMessage.isEmpty else { return [] }
        return descriptors.filter { descriptor in
            descriptor.awsErrors.contains { template in
                let pattern = normalise(template)
                guard pattern.count >= 12 else { return false }
                if normalisedMessage.contains(pattern) { return true }
                let words = pattern.split(separator: " ")
                guard words.count >= 6 else { return false }
                return normalisedMessage.contains(words.dropLast().joined(separator: " "))
            }
        }
    }

    /// The explanation printed under an AWS error: one paragraph per matching rule.
    public static func explanation(for message: String) -> String? {
        let matches = rules(matching: message)
        guard !matches.isEmpty else { return nil }
        return matches.map { rule in
            "ecslint rule \(rule.code) (\(rule.slug)): \(rule.summary)\n  fix: \(rule.fix)\n  more: ecslint explain \(rule.code)"
        }.joined(separator: "\n")
    }

    /// Lower-cased text with quoted parts, numbers and placeholders as `*`,
    /// whitespace collapsed, and a final period dropped.
    static func normalise(_ text: String) -> String {
        var result = ""
        var characters = Array(text.lowercased())[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case "'", "\"", "<", "‘", "’", "“", "”":
                let closers: Set<Character> = character == "<" ? [">"] : ["'", "\"", "’", "”"]
                if let end = characters.firstIndex(where: { closers.contains($0) }), end - characters.startIndex <= 80 {
                    characters = characters[(end + 1)...]
                    result += "*"
                } else {
                    result.append(character)
                }
            case _ where character.isNumber:
                while characters.first?.isNumber == true { characters = characters.dropFirst() }
                result += "*"
            case _ where character.isWhitespace:
                if !result.hasSuffix(" ") { result += " " }
            default:
                result.append(character)
            }
        }
        var trimmed = result.trimmingCharacters(in: " ")
        while trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var text = self[...]
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
