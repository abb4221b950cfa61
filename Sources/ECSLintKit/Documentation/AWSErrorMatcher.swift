/// A rule whose documented AWS error matches a pasted one.
public struct AWSErrorMatch: Sendable {
    /// The rule.
    public var descriptor: RuleDescriptor
    /// The rule's AWS error text that matched best.
    public var quoted: String
    /// How well it matched, from 0 to 1 (1: the same text up to quoted values and numbers).
    public var score: Double
}

/// Finds the rules that prevent an error AWS printed (`ecslint explain
/// "<error>"`), by comparing it with every rule's `awsErrors`.
///
/// Both texts are normalised: the AWS CLI's `An error occurred (…) when
/// calling the … operation:` prefix is dropped, quoted values (`"hostport"`,
/// `'web'`, `<class 'int'>`) and numbers become wildcards, case and
/// punctuation are folded, and what remains is a list of words. A rule
/// matches when most of its error's words appear, in order, in the pasted
/// text (the pasted text may say more, as a stopped reason does) or the
/// pasted text is mostly made of them (a fragment of a long error).
public enum AWSErrorMatcher {
    /// The share of a rule's error words that must appear in the pasted text.
    static let coverageThreshold = 0.7
    /// The share of pasted words that must belong to a rule's error, for a fragment.
    static let fragmentThreshold = 0.85

    /// The rules matching `text`, best first (ties by rule code).
    public static func matches(
        for text: String, in descriptors: [RuleDescriptor] = RuleRegistry.descriptors
    ) -> [AWSErrorMatch] {
        let pasted = words(of: text)
        guard pasted.contains(where: { !isWildcard($0) }) else { return [] }
        var found: [AWSErrorMatch] = []
        for descriptor in descriptors {
            var best: AWSErrorMatch?
            for quoted in descriptor.awsErrors {
                let expected = words(of: quoted)
                guard !expected.isEmpty else { continue }
                let common = Double(commonWords(pasted, expected))
                let coverage = common / Double(expected.count)
                let precision = common / Double(pasted.count)
                let isMatch =
                    (coverage >= coverageThreshold && expected.count(where: { !isWildcard($0) }) >= 2)
                    || (precision >= fragmentThreshold && pasted.count >= 4)
                guard isMatch else { continue }
                let score = (coverage + precision) / 2
                if score > best?.score ?? 0 {
                    best = AWSErrorMatch(descriptor: descriptor, quoted: quoted, score: score)
                }
            }
            if let best { found.append(best) }
        }
        return found.sorted {
            $0.score != $1.score ? $0.score > $1.score : $0.descriptor.code < $1.descriptor.code
        }
    }

    /// The text without the AWS CLI's `An error occurred (X) when calling the
    /// Y operation:` prefix (and a leading `Error:`).
    static func strippingCLIPrefix(_ text: String) -> String {
        var rest = Substring(text.drop(while: \.isWhitespace))
        if rest.lowercased().hasPrefix("error:") { rest = rest.dropFirst(6).drop(while: \.isWhitespace) }
        guard rest.lowercased().hasPrefix("an error occurred"),
            let operation = rest.firstRange(of: " operation")
        else { return String(rest) }
        var after = rest[operation.upperBound...]
        if after.hasPrefix(" (reached max retries: ") { after = after.drop(while: { $0 != ")" }).dropFirst() }
        if after.hasPrefix(":") { after = after.dropFirst() }
        return String(after.drop(while: \.isWhitespace))
    }

    /// The normalised words of an error text; quoted parts are `"…"` and
    /// numbers `#`.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        let scalars = Array(strippingCLIPrefix(text).lowercased().unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let closer = closingQuote(for: scalar),
                let end = scalars[(index + 1)...].prefix(120).firstIndex(where: { closer.contains($0) }),
                !(scalar == "'" && index > 0 && scalars[index - 1].properties.isAlphabetic)
            {
                flush()
                words.append("\"…\"")
                index = end + 1
                continue
            }
            if ("0"..."9").contains(scalar) {
                flush()
                while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." {
                    index += 1
                }
                words.append("#")
                continue
            }
            if scalar.properties.isAlphabetic || scalar == "_" {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return words
    }

    private static func closingQuote(for scalar: Unicode.Scalar) -> Set<Unicode.Scalar>? {
        switch scalar {
        case "\"", "“", "”": ["\"", "”", "“"]
        case "'", "‘", "’": ["'", "’"]
        case "<": [">"]
        default: nil
        }
    }

    private static func isWildcard(_ word: String) -> Bool {
        word == "#" || word == "\"…\""
    }

    /// The length of the longest common subsequence of two word lists.
    static func commonWords(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for word in a {
            for column in 1...b.count {
                current[column] =
                    word == b[column - 1] ? previous[column - 1] + 1 : max(previous[column], current[column - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
