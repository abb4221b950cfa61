/// What Docker checks in an image when it is pulled (`distribution/reference`).
extension ImageReference {
    /// Whether the reference names only a digest, with no repository
    /// (`sha256:…`, `@sha256:…`, or 64 hex digits alone).
    var isDigestOnly: Bool {
        if nameAndTag.isEmpty, digest != nil { return true }
        guard !isTemplated(nameAndTag) else { return false }
        guard domain == nil else { return false }
        if let tag, Self.digestAlgorithms.contains(path.lowercased()),
            tag.utf8.count >= 32, tag.utf8.allSatisfy(ASCIIClass.isHex)
        {
            return true
        }
        return tag == nil && path.utf8.count == 64 && path.utf8.allSatisfy(ASCIIClass.isHex)
    }

    private static let digestAlgorithms: Set<String> = ["sha256", "sha384", "sha512"]

    /// The repository path when it has upper-case letters (Docker:
    /// "repository name must be lowercase").
    var uppercaseRepository: Substring? {
        if isASCII, !isTemplated { return path.utf8.contains(where: ASCIIClass.isUpper) ? path : nil }
        return literalCharacters(of: path).contains(where: \.isUppercase) ? path : nil
    }

    /// The first violation of Docker's reference grammar other than upper
    /// case and digest-only references (which have their own rules), as a
    /// sentence fragment (worked out once, by the initializer:
    /// `grammarProblem`).
    func firstGrammarProblem() -> String? {
        // The scheme check reads only the start: lower-casing a long image
        // for it showed up in the per-file profile.
        let head = text.utf8.prefix(6)
        let lower =
            head.allSatisfy({ $0 < 0x80 })
            ? String(decoding: head.map { ASCIIClass.isUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self) : text.lowercased()
        if lower.hasPrefix("http:") || lower.hasPrefix("https:") {
            return "starts with a URL scheme; an image reference has none (write host/repository:tag)"
        }
        if let domain, !isTemplated(domain), let problem = Self.domainProblem(domain) { return problem }
        if path.isEmpty { return "has no repository name" }
        if domain == nil, !path.contains("/"), ECRHost.looksLikeECR(path.lowercased()) {
            return "is an ECR registry host without a repository (write \(path)/<repository>:<tag>)"
        }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) where !isTemplated(component) {
            if let problem = Self.pathComponentProblem(component) { return problem }
        }
        if let tag, !isTemplated(tag), let problem = Self.tagProblem(tag) { return problem }
        if let digest, !isTemplated(digest), digest.utf8.contains(where: ASCIIClass.isUpper) {
            return
                "has upper-case hex digits in its digest; Docker accepts only lower-case (invalid checksum digest format)"
        }
        return nil
    }

    /// Whether the image floats: no digest, and no tag or the tag `latest`.
    var hasMutableDefaultTag: Bool {
        digest == nil && isTagKnown && (tag == nil || tag == "latest")
    }

    /// Checks `host[:port]`: dot-separated labels of letters, digits and
    /// inner hyphens, and a port of digits. One pass over the bytes (asked for
    /// every image of every file; splitting into arrays showed in the profile).
    private static func domainProblem(_ domain: Substring) -> String? {
        let bytes = domain.utf8
        let colon = bytes.firstIndex(of: UInt8(ascii: ":"))
        if let colon {
            let port = domain[bytes.index(after: colon)...]
            if port.utf8.contains(UInt8(ascii: ":")) { return "has more than one ':' in registry host '\(domain)'" }
            if port.isEmpty || !port.utf8.allSatisfy(ASCIIClass.isDigit) {
                return "has port '\(port)' in registry host '\(domain)'; a port is digits only"
            }
        }
        // Each label: not empty, starts and ends with a letter or digit, and
        // has only letters, digits and hyphens; the first bad label decides.
        var labelLength = 0
        var labelValid = true
        var previous: UInt8 = 0
        for byte in bytes[..<(colon ?? bytes.endIndex)] {
            if byte == UInt8(ascii: ".") {
                if labelLength == 0 { return "has an empty component in registry host '\(domain)'" }
                if !labelValid || !ASCIIClass.isAlphanumeric(previous) { return invalidHost(domain) }
                labelLength = 0
                labelValid = true
            } else {
                if labelLength == 0, !ASCIIClass.isAlphanumeric(byte) { labelValid = false }
                if !ASCIIClass.isAlphanumeric(byte) && byte != 0x2D { labelValid = false }
                labelLength += 1
            }
            previous = byte
        }
        if labelLength == 0 { return "has an empty component in registry host '\(domain)'" }
        if !labelValid || !ASCIIClass.isAlphanumeric(previous) { return invalidHost(domain) }
        return nil
    }

    private static func invalidHost(_ domain: Substring) -> String {
        "has an invalid registry host '\(domain)' (letters, digits and inner hyphens between dots)"
    }

    /// Checks `[a-z0-9]+ ( ("." | "_" | "__" | "-"+) [a-z0-9]+ )*`, ignoring case.
    private static func pathComponentProblem(_ component: Substring) -> String? {
        if component.isEmpty { return "has an empty path component ('//' or a trailing '/')" }
        if let bad = ASCIIClass.firstDisallowed(
            in: component, allowed: { ASCIIClass.isAlphanumeric($0) || "._-".utf8.contains($0) })
        {
            return "has \(ASCIIClass.describe(bad)) in repository path component '\(component)'"
        }
        let bytes = Array(component.utf8)
        guard let first = bytes.first, let last = bytes.last, ASCIIClass.isAlphanumeric(first),
            ASCIIClass.isAlphanumeric(last)
        else {
            return "has repository path component '\(component)', which must start and end with a letter or digit"
        }
        var index = 0
        while index < bytes.count {
            guard !ASCIIClass.isAlphanumeric(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, !ASCIIClass.isAlphanumeric(bytes[end]) { end += 1 }
            let separator = bytes[index..<end]
            let valid =
                separator.count == 1 || separator.allSatisfy { $0 == 0x2D }
                || (separator.count == 2 && separator.allSatisfy { $0 == 0x5F })
            if !valid {
                let text = String(decoding: separator, as: UTF8.self)
                return
                    "has separator '\(text)' in repository path component '\(component)' (use one '.', '_', '__' or hyphens)"
            }
            index = end
        }
        return nil
    }

    private static func tagProblem(_ tag: Substring) -> String? {
        guard let first = tag.utf8.first else { return "ends with ':' but has no tag" }
        if let bad = ASCIIClass.firstDisallowed(in: tag, allowed: { ASCIIClass.isWord($0) || $0 == 0x2E || $0 == 0x2D })
        {
            return "has \(ASCIIClass.describe(bad)) in tag '\(tag)' (tags allow letters, digits, '_', '.' and '-')"
        }
        if !ASCIIClass.isWord(first) {
            return "has tag '\(tag)', which must start with a letter, digit or '_'"
        }
        if tag.utf8.count > 128 {
            return "has a tag of \(tag.utf8.count) characters; Docker allows at most 128"
        }
        return nil
    }
}
