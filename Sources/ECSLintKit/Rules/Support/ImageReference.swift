/// A container `image`, read the way ECS checks it at registration and the
/// way Docker/containerd parse it at pull time. Every image rule uses this one
/// reading; it never fails, and each check says what it found.
///
/// ECS at registration (botocore `ContainerDefinition.image`):
/// - at most 255 characters before the first `@`;
/// - only letters, digits and `-_:./#@`;
/// - after `@`, only `sha256:` and exactly 64 hex digits.
///
/// Docker at pull time (`distribution/reference`):
///
/// ```
/// reference        := name [ ":" tag ] [ "@" digest ]
/// name             := [ domain "/" ] remote-name
/// domain           := domain-component ( "." domain-component )* [ ":" port-number ]
/// domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
/// port-number      := [0-9]+
/// remote-name      := path-component ( "/" path-component )*
/// path-component   := [a-z0-9]+ ( separator [a-z0-9]+ )*
/// separator        := "." | "_" | "__" | "-"+
/// tag              := [\w][\w.-]{0,127}
/// digest           := algorithm ":" hex    ; sha256 hex must be lower case (go-digest)
/// ```
///
/// The first `/`-separated component is the registry host only when it
/// contains `.` or `:` or is `localhost`; otherwise the name is on Docker Hub
/// (`nginx` is `docker.io/library/nginx`). No tag means `latest`.
///
/// Placeholders (`Placeholder`) are read as opaque parts: a separator inside
/// `${…}` or `{{ … }}` splits nothing, and every check reads only the literal
/// parts, so `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/app` is a private
/// ECR image with a valid shape and `${REPO}:latest` uses the tag latest,
/// while `${IMAGE}` has an unknown registry, tag and digest
/// (`Registry.templated`, `isTagKnown`).
///
/// Registries: ECR private `<12-digit account>.dkr.ecr[-fips].<region>.<dns
/// suffix of the region's partition>/<repository>`; ECR Public
/// `public.ecr.aws/<alias>/<repository>`; Docker Hub; anything else is a
/// private or third-party registry.
struct ImageReference {
    /// Where an image is pulled from.
    enum Registry: Equatable {
        case dockerHub
        case ecrPrivate
        case ecrPublic
        /// Another registry (the host as written).
        case other(String)
        /// Not known: the part that decides it is a placeholder.
        case templated
    }

    /// The image as written.
    let text: String
    /// Everything before the first `@`: what ECS's 255-character limit measures.
    let nameAndTag: Substring
    /// Everything after the first `@`, when there is one.
    let digest: Substring?
    /// The registry host (and port) as written, nil when the name has none.
    let domain: Substring?
    /// The repository path after the domain.
    let path: Substring
    /// The tag after `:`, when there is one.
    let tag: Substring?
    /// The registry host in lower case without a port (computed once).
    private(set) var host: String?
    /// Where the image is pulled from (computed once).
    private(set) var registry: Registry = .dockerHub
    /// The parsed ECR private registry host, when the image is in one (computed once).
    private(set) var ecrHost: ECRHost?
    /// Whether every check passes: the image can be registered and pulled (computed once).
    private(set) var isWellFormed = false
    /// The first violation of Docker's reference grammar other than upper
    /// case and digest-only references (which have their own rules), as a
    /// sentence fragment; nil when there is none.
    private(set) var grammarProblem: String?
    /// The placeholders in the text, as UTF-8 offsets.
    let placeholders: [Range<Int>]
    /// Whether the text is ASCII: then each byte is a character, and the
    /// searches below read bytes instead of characters.
    let isASCII: Bool

    /// Reads an image reference.
    init(_ text: String) {
        self.text = text
        placeholders = Placeholder.matches(in: text).map(\.range)
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        self.isASCII = isASCII
        let whole = Substring(text)
        if let at = Self.literalIndex(of: "@", in: whole, placeholders, isASCII: isASCII) {
            nameAndTag = whole[..<at]
            digest = whole[whole.index(after: at)...]
        } else {
            nameAndTag = whole
            digest = nil
        }
        var remainder = nameAndTag
        if let slash = Self.literalIndex(of: "/", in: nameAndTag, placeholders, isASCII: isASCII) {
            let first = nameAndTag[..<slash]
            let isHost =
                Self.literalIndex(of: ".", in: first, placeholders, isASCII: isASCII) != nil
                || Self.literalIndex(of: ":", in: first, placeholders, isASCII: isASCII) != nil
                || first == "localhost"
            if isHost || Self.overlaps(first, placeholders) {
                domain = first
                remainder = nameAndTag[nameAndTag.index(after: slash)...]
            } else {
                domain = nil
            }
        } else {
            domain = nil
        }
        if let colon = Self.literalIndex(of: ":", in: remainder, placeholders, isASCII: isASCII) {
            path = remainder[..<colon]
            tag = remainder[remainder.index(after: colon)...]
        } else {
            path = remainder
            tag = nil
        }
        host = domain.map { String($0.prefix(while: { $0 != ":" })).lowercased() }
        registry = computeRegistry()
        ecrHost = computeECRHost()
        grammarProblem = firstGrammarProblem()
        isWellFormed = passesECSChecks && !isDigestOnly && uppercaseRepository == nil && grammarProblem == nil
    }

    // MARK: Registry

    private func computeRegistry() -> Registry {
        guard let host else {
            let undecided =
                isTemplated(path) && Self.literalIndex(of: "/", in: path, placeholders, isASCII: isASCII) == nil
            return undecided ? .templated : .dockerHub
        }
        if Self.dockerHubHosts.contains(host) { return .dockerHub }
        if ECRHost.looksLikeECR(host) { return .ecrPrivate }
        if host == "public.ecr.aws" { return .ecrPublic }
        if let domain, isTemplated(domain) { return .templated }
        return .other(host)
    }

    // MARK: Placeholders

    /// Whether the image holds a placeholder.
    var isTemplated: Bool { !placeholders.isEmpty }

    /// Whether a part of the image (a substring of `text`) overlaps a placeholder.
    func isTemplated(_ part: Substring) -> Bool { Self.overlaps(part, placeholders) }

    /// Whether the tag is known: written literally, or absent while the
    /// repository's last component is literal (so the image is pulled as `latest`).
    var isTagKnown: Bool {
        if let tag { return !isTemplated(tag) }
        let last = path.split(separator: "/", omittingEmptySubsequences: false).last ?? path
        return !isTemplated(last)
    }

    private static func overlaps(_ part: Substring, _ placeholders: [Range<Int>]) -> Bool {
        guard !placeholders.isEmpty else { return false }
        let base = part.base.utf8
        let lower = base.distance(from: base.startIndex, to: part.startIndex)
        let range = lower..<(lower + part.utf8.count)
        return placeholders.contains { $0.overlaps(range) }
    }

    /// The first `character` of `part` outside the placeholders. In ASCII
    /// text without placeholders it is the first such byte (`character` is
    /// one of `@ / . :`, never half of a CR-LF pair).
    private static func literalIndex(
        of character: Character, in part: Substring, _ placeholders: [Range<Int>], isASCII: Bool
    ) -> Substring.Index? {
        if isASCII, placeholders.isEmpty, let byte = character.asciiValue {
            return part.utf8.firstIndex(of: byte)
        }
        var index = part.startIndex
        while let found = part[index...].firstIndex(of: character) {
            let offset = part.base.utf8.distance(from: part.base.utf8.startIndex, to: found)
            guard let inside = placeholders.first(where: { $0.contains(offset) }) else { return found }
            let next = part.base.utf8.index(part.base.utf8.startIndex, offsetBy: inside.upperBound)
            guard next < part.endIndex else { return nil }
            index = next
        }
        return nil
    }

    /// The characters of `part` outside the placeholders.
    func literalCharacters(of part: Substring) -> [Character] {
        guard isTemplated else { return Array(part) }
        var characters: [Character] = []
        var index = part.startIndex
        while index < part.endIndex {
            let offset = text.utf8.distance(from: text.utf8.startIndex, to: index)
            if let inside = placeholders.first(where: { $0.contains(offset) }) {
                index = text.utf8.index(text.utf8.startIndex, offsetBy: min(inside.upperBound, text.utf8.count))
                continue
            }
            characters.append(part[index])
            index = part.index(after: index)
        }
        return characters
    }

    private func computeECRHost() -> ECRHost? {
        guard let host, ECRHost.looksLikeECR(host) else { return nil }
        return ECRHost(host)
    }

    private static let dockerHubHosts: Set<String> = [
        "docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com",
    ]
}
