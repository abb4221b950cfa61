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
    /// The placeholders in the text, as UTF-8 offsets.
    let placeholders: [Range<Int>]
    /// Whether the text is ASCII: then each byte is a character, and the
    /// searches below read bytes instead of characters.
    private let isASCII: Bool

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
    private func literalCharacters(of part: Substring) -> [Character] {
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

    // MARK: ECS registration checks

    /// ECS's limit on the part before `@`.
    static let maxECSLength = 255

    /// Whether ECS accepts the character in an image.
    static func isECSImageByte(_ byte: UInt8) -> Bool {
        ASCIIClass.isAlphanumeric(byte) || "-_:./#@".utf8.contains(byte)
    }

    /// The first character ECS rejects, if any.
    var firstInvalidECSCharacter: Character? {
        guard isTemplated else { return ASCIIClass.firstDisallowed(in: text, allowed: Self.isECSImageByte) }
        return ASCIIClass.firstDisallowed(in: String(literalCharacters(of: text[...])), allowed: Self.isECSImageByte)
    }

    /// The length ECS measures, when it exceeds 255.
    var excessiveLength: Int? {
        let count = isTemplated ? String(literalCharacters(of: nameAndTag)).utf8.count : nameAndTag.utf8.count
        return count > Self.maxECSLength ? count : nil
    }

    /// What is wrong with the digest for ECS (only `sha256:` + 64 hex digits).
    var digestProblem: String? {
        guard let digest, !isTemplated(digest) else { return nil }
        guard let colon = digest.firstIndex(of: ":") else {
            return "digest '\(digest)' has no algorithm; write @sha256:<64 hex digits>"
        }
        let algorithm = digest[..<colon]
        let hex = digest[digest.index(after: colon)...]
        if algorithm != "sha256" {
            return "digest algorithm '\(algorithm)' is not supported; ECS accepts only sha256"
        }
        if let bad = ASCIIClass.firstDisallowed(in: hex, allowed: ASCIIClass.isHex) {
            return "digest contains \(ASCIIClass.describe(bad)), which is not a hex digit"
        }
        if hex.utf8.count != 64 {
            return "digest has \(hex.utf8.count) hex digits; a sha256 digest has exactly 64"
        }
        return nil
    }

    /// Whether ECS's register-time checks pass (non-empty, length, characters, digest).
    var passesECSChecks: Bool {
        !text.isEmpty && excessiveLength == nil && firstInvalidECSCharacter == nil && digestProblem == nil
    }

    // MARK: Docker pull-time checks

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
    /// sentence fragment.
    var grammarProblem: String? {
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

    private static func domainProblem(_ domain: Substring) -> String? {
        let parts = domain.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count > 2 { return "has more than one ':' in registry host '\(domain)'" }
        if parts.count == 2 {
            let port = parts[1]
            if port.isEmpty || !port.utf8.allSatisfy(ASCIIClass.isDigit) {
                return "has port '\(port)' in registry host '\(domain)'; a port is digits only"
            }
        }
        for component in parts[0].split(separator: ".", omittingEmptySubsequences: false) {
            let bytes = component.utf8
            guard let first = bytes.first, let last = bytes.last else {
                return "has an empty component in registry host '\(domain)'"
            }
            let valid =
                ASCIIClass.isAlphanumeric(first) && ASCIIClass.isAlphanumeric(last)
                && bytes.allSatisfy { ASCIIClass.isAlphanumeric($0) || $0 == 0x2D }
            if !valid {
                return "has an invalid registry host '\(domain)' (letters, digits and inner hyphens between dots)"
            }
        }
        return nil
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

/// An ECR private registry host:
/// `<12-digit account>.dkr.ecr[-fips].<region>.<dns suffix>` or the
/// dual-stack form `<account>.dkr-ecr.<region>.on.aws`.
struct ECRHost {
    /// The host, lower case, without a port.
    let host: String
    /// The labels before `dkr` (exactly one, the account, when well formed).
    let account: String
    let isFIPS: Bool
    let isDualStack: Bool
    /// The region label ("" when missing).
    let region: String
    /// The labels after the region.
    let suffix: String
    /// The label after `dkr` (`ecr`, `ecr-fips`), when there is one.
    let service: String?
    /// What `problem()` answers, found once: several image rules ask.
    private var knownProblem: String? = nil

    /// Whether a lower-case host is meant as an ECR private registry.
    static func looksLikeECR(_ host: String) -> Bool {
        host.includes(".dkr.ecr") || host.hasPrefix("dkr.ecr") || host.includes("dkr-ecr.")
            || (host.includes(".dkr.") && host.includes(".amazonaws."))
    }

    /// Whether the region label is written literally (not a placeholder).
    var isRegionKnown: Bool { !Placeholder.contains(region) }

    init(_ host: String) {
        self.host = host
        let labels = Self.labels(of: host)
        let dkr = labels.firstIndex(where: { $0 == "dkr" || $0 == "dkr-ecr" }) ?? 0
        account = labels[..<dkr].joined(separator: ".")
        isDualStack = labels.indices.contains(dkr) && labels[dkr] == "dkr-ecr"
        let regionIndex = isDualStack ? dkr + 1 : dkr + 2
        service = !isDualStack && labels.indices.contains(dkr + 1) ? labels[dkr + 1] : nil
        isFIPS = service == "ecr-fips"
        region = labels.indices.contains(regionIndex) ? labels[regionIndex] : ""
        suffix = regionIndex + 1 < labels.count ? labels[(regionIndex + 1)...].joined(separator: ".") : ""
        knownProblem = findProblem()
    }

    /// The partition of the host's region.
    var partition: AWSPartition? { AWSRegion.partition(of: region) }

    /// What is wrong with the host, as a sentence fragment; a placeholder
    /// account is not a problem here.
    func problem() -> String? { knownProblem }

    private func findProblem() -> String? {
        if account.isEmpty {
            return "registry host '\(host)' has no account ID before '.dkr'"
        }
        if AccountID.kind(account) == .invalid {
            return "registry host '\(host)' has account '\(account)'; an ECR registry ID is 12 digits"
        }
        if !isDualStack {
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            let service = labels.firstIndex(of: "dkr").flatMap {
                labels.indices.contains($0 + 1) ? labels[$0 + 1] : nil
            }
            if service != "ecr", service != "ecr-fips" {
                return "registry host '\(host)' must have 'dkr.ecr' (or 'dkr.ecr-fips') after the account"
            }
        }
        guard isRegionKnown else { return nil }
        guard let partition else {
            return region.isEmpty
                ? "registry host '\(host)' has no region"
                : "registry host '\(host)' has '\(region)', which is not an AWS region name (like us-east-1)"
        }
        if !isDualStack, suffix != partition.dnsSuffix, !Placeholder.contains(suffix) {
            return
                "registry host '\(host)' ends in '\(suffix)', but ECR hosts in \(region) (partition \(partition.rawValue)) end in '\(partition.dnsSuffix)'"
        }
        return nil
    }

    /// The dot-separated labels of a host; a dot inside a placeholder
    /// (`{{ .Values.account }}`) separates nothing.
    private static func labels(of host: String) -> [String] {
        let placeholders = Placeholder.matches(in: host).map(\.range)
        if placeholders.isEmpty {
            // The same labels as the loop below: a `.` byte never splits a character's bytes.
            return host.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
        var labels: [String] = []
        var current: [UInt8] = []
        for (offset, byte) in host.utf8.enumerated() {
            if byte == UInt8(ascii: "."), !placeholders.contains(where: { $0.contains(offset) }) {
                labels.append(String(decoding: current, as: UTF8.self))
                current = []
            } else {
                current.append(byte)
            }
        }
        labels.append(String(decoding: current, as: UTF8.self))
        return labels
    }
}
