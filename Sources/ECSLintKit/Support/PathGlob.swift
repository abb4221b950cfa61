/// The one wildcard matcher, for per-path ignores and allowed image
/// registries: `*` matches within one path segment, `**` across segments,
/// `?` one character; everything else literally.
enum PathGlob {
    /// Whether `path` (with `/` separators) matches `pattern`.
    static func matches(_ path: String, pattern: String) -> Bool {
        let pathScalars = Array(normalized(path).unicodeScalars)
        let patternScalars = Array(normalized(pattern).unicodeScalars)
        return match(pathScalars[...], patternScalars[...])
    }

    /// `path` relative to `base` when it lies below it; otherwise `path` without a leading `./`.
    static func relativePath(_ path: String, to base: String) -> String {
        let cleanPath = normalized(path)
        let cleanBase = normalized(base)
        if cleanBase.isEmpty || cleanBase == "." { return cleanPath }
        if cleanPath.hasPrefix(cleanBase + "/") { return String(cleanPath.dropFirst(cleanBase.count + 1)) }
        return cleanPath
    }

    static func normalized(_ path: String) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        return text
    }

    private static func match(_ path: ArraySlice<Unicode.Scalar>, _ pattern: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "*" {
            let rest = pattern.dropFirst()
            if rest.first == "*" {
                var afterStars = rest.dropFirst()
                if afterStars.first == "/" { afterStars = afterStars.dropFirst() }
                var candidate = path
                while true {
                    if match(candidate, afterStars) { return true }
                    guard !candidate.isEmpty else { return false }
                    candidate = candidate.dropFirst()
                }
            }
            var candidate = path
            while true {
                if match(candidate, rest) { return true }
                guard let next = candidate.first, next != "/" else { return false }
                candidate = candidate.dropFirst()
            }
        }
        guard let head = path.first else { return false }
        if first == "?" ? head != "/" : head == first {
            return match(path.dropFirst(), pattern.dropFirst())
        }
        return false
    }
}
