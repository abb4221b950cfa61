/// "Did you mean": the nearest accepted key or enum value for a misspelled
/// one. First an exact match ignoring case (`Image` → `image`), then ignoring
/// case and separators (`host_port` → `hostPort`), then the smallest
/// Damerau–Levenshtein distance, allowed up to 1 for words of up to 5
/// characters and 2 for longer ones (`portMapping` → `portMappings`).
enum KeySuggestion {
    /// The member a misspelled key most likely meant, or nil.
    static func member(for key: String, in shape: SchemaShape) -> SchemaMember? {
        if let member = shape.caseInsensitiveMember(key) { return member }
        guard let position = nearest(to: key, among: shape.members.map(\.name)) else { return nil }
        return shape.members[position]
    }

    /// The enum value a wrong value most likely meant, or nil.
    static func value(for text: String, among values: [String]) -> String? {
        let folded = text.lowercased()
        if let match = values.first(where: { $0.lowercased() == folded }) { return match }
        let squashed = SchemaShape.squash(text)
        if !squashed.isEmpty, let match = values.first(where: { SchemaShape.squash($0) == squashed }) {
            return match
        }
        return nearest(to: text, among: values).map { values[$0] }
    }

    /// Among keys present in an object, the one that is most likely a
    /// misspelling of `name` (for "missing required key" fixes).
    static func misspelling(of name: String, among keys: [String]) -> String? {
        let folded = name.lowercased()
        if let match = keys.first(where: { $0.lowercased() == folded }) { return match }
        let squashed = SchemaShape.squash(name)
        if let match = keys.first(where: { SchemaShape.squash($0) == squashed }) { return match }
        let target = Array(folded.unicodeScalars)
        return keys.first { key in
            let limit = allowedDistance(forLength: Swift.max(key.unicodeScalars.count, target.count))
            return distance(Array(key.lowercased().unicodeScalars), target, limit: limit) <= limit
        }
    }

    /// The position of the candidate nearest to `word` within the allowed
    /// distance (ties go to the earlier candidate), or nil.
    static func nearest(to word: String, among candidates: [String]) -> Int? {
        let source = Array(word.lowercased().unicodeScalars)
        let limit = allowedDistance(forLength: source.count)
        guard limit > 0 else { return nil }
        var best: (position: Int, distance: Int)?
        for (position, candidate) in candidates.enumerated() {
            let target = Array(candidate.lowercased().unicodeScalars)
            let found = distance(source, target, limit: best.map { $0.distance - 1 } ?? limit)
            if found <= (best.map { $0.distance - 1 } ?? limit) {
                best = (position, found)
            }
        }
        return best?.position
    }

    /// How many edits a word of this length may be away from a suggestion.
    static func allowedDistance(forLength length: Int) -> Int {
        switch length {
        case ..<3: 0
        case ...5: 1
        default: 2
        }
    }

    /// The optimal-string-alignment (restricted Damerau–Levenshtein) distance:
    /// insertions, deletions, substitutions and transpositions of neighbours.
    /// Returns `limit + 1` as soon as the distance is known to exceed `limit`.
    static func distance(_ source: [Unicode.Scalar], _ target: [Unicode.Scalar], limit: Int) -> Int {
        if abs(source.count - target.count) > limit { return limit + 1 }
        if source.isEmpty || target.isEmpty { return Swift.max(source.count, target.count) }
        let width = target.count + 1
        var previousPrevious = [Int](repeating: 0, count: width)
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: width)
        for row in 1...source.count {
            current[0] = row
            var rowMinimum = row
            for column in 1...target.count {
                let cost = source[row - 1] == target[column - 1] ? 0 : 1
                var value = Swift.min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, source[row - 1] == target[column - 2], source[row - 2] == target[column - 1] {
                    value = Swift.min(value, previousPrevious[column - 2] + 1)
                }
                current[column] = value
                rowMinimum = Swift.min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previousPrevious, &previous)
            swap(&previous, &current)
        }
        return previous[target.count]
    }
}
