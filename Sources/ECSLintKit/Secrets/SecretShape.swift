/// Secrets recognised by their shape, wherever they appear: in a value under
/// a neutral name, in a message, in a line of a syntax error's code frame.
///
/// | kind | shape | masked part |
/// |---|---|---|
/// | AWS access key ID | `AKIA`, `ASIA`, … + 16 upper-case letters or digits | all but the prefix |
/// | AWS secret access key | 40 characters of base64 with upper, lower and digits | all but 4 |
/// | GitHub token | `ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` + 30 or more, `github_pat_…` | all but the prefix |
/// | GitLab, npm, Stripe, Google, SendGrid keys | `glpat-`, `npm_`, `sk_live_`/`sk_test_`/`rk_live_`, `AIza`, `SG.` | all but the prefix |
/// | Slack token | `xoxb-`, `xoxp-`, `xoxa-`, `xoxr-`, `xoxs-`, `xoxe-` + 10 or more | all but the prefix |
/// | Slack webhook URL | `hooks.slack.com/services/…` | the path after `services/` |
/// | JSON Web Token | `eyJ….eyJ….…` | all but `eyJ…` |
/// | private key | `-----BEGIN … PRIVATE KEY-----` … `-----END` | the body |
/// | URL with a password | `scheme://user:password@host` | the password |
/// | bearer token | `Bearer ` + 16 or more token characters | the token |
///
/// The scan is one pass over the bytes, linear in their number.
public enum SecretShape {
    /// A secret found by its shape.
    public struct Match: Sendable, Hashable {
        /// The bytes to mask.
        public var range: Range<Int>
        /// What it looks like, for messages: "GitHub token".
        public var kind: String
    }

    /// The kind of secret `value` is as a whole (for `ECS615`), or nil.
    public static func kind(ofWholeValue value: String) -> String? {
        let bytes = Array(value.utf8)
        return matches(in: bytes).first(where: { !$0.range.isEmpty })?.kind
    }

    /// Every secret found in `bytes`, in order, not overlapping.
    public static func matches(in bytes: [UInt8]) -> [Match] {
        bytes.withUnsafeBufferPointer { matches(in: $0) }
    }

    /// Every secret found in `bytes`, in order, not overlapping.
    public static func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var found: [Match] = []
        /// Bytes before this offset are inside a match already.
        var covered = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func run() -> [Match] {
            var index = 0
            let count = bytes.count
            // Whether the byte before `index` is a letter or digit, carried
            // along instead of classified again at every byte.
            var afterToken = false
            while index < count {
                let byte = bytes[index]
                let isToken = isTokenByte(byte)
                if index >= covered, mayStartMatch(byte, afterToken: afterToken),
                    let match = match(at: index, atBoundary: !afterToken)
                {
                    if !match.range.isEmpty { found.append(match) }
                    covered = max(covered, match.range.upperBound, index + 1)
                    index = max(index + 1, match.range.upperBound)
                    afterToken = isTokenByte(bytes[index - 1])
                    continue
                }
                afterToken = isToken
                index += 1
            }
            return found
        }

        /// Whether `match(at:)` can find anything at a `byte`: inside a word
        /// (`afterToken`) only `h`, `-` and `:` start a shape, and at a word's
        /// start only a base64 character (letters, digits, `+`, `/`), `-` or
        /// `:` does. The spaces, quotes and punctuation of a report are passed
        /// over here.
        private func mayStartMatch(_ byte: UInt8, afterToken: Bool) -> Bool {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") { return true }
            if afterToken { return byte == UInt8(ascii: "h") }
            return isBase64(byte)
        }

        private func byte(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

        private func has(_ text: StaticString, at index: Int) -> Bool {
            let length = text.utf8CodeUnitCount
            guard index + length <= bytes.count else { return false }
            let pointer = text.utf8Start
            for offset in 0..<length where bytes[index + offset] != pointer[offset] { return false }
            return true
        }

        private func isTokenByte(_ byte: UInt8) -> Bool { ASCIIClass.isAlphanumeric(byte) }

        private func isBase64(_ byte: UInt8) -> Bool {
            ASCIIClass.isAlphanumeric(byte) || byte == 0x2B || byte == 0x2F
        }

        private func isURLTokenByte(_ byte: UInt8) -> Bool {
            ASCIIClass.isAlphanumeric(byte) || byte == 0x5F || byte == 0x2D
        }

        /// The end of a run of bytes satisfying `accepts` from `start`.
        private func run(from start: Int, _ accepts: (UInt8) -> Bool) -> Int {
            var end = start
            while end < bytes.count, accepts(bytes[end]) { end += 1 }
            return end
        }

        /// The shape starting at `index`, if any; `atBoundary`: the byte
        /// before is no letter or digit (or there is none).
        private func match(at index: Int, atBoundary: Bool) -> Match? {
            let first = bytes[index]
            // `run` calls this only where `mayStartMatch` says a shape can start.
            switch first {
            case UInt8(ascii: "A") where atBoundary:
                if let match = accessKeyID(at: index)
                    ?? prefixed(at: index, "AIza", minimum: 30, kind: "Google API key")
                {
                    return match
                }
            case UInt8(ascii: "g") where atBoundary:
                // `ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` (checked without a list of prefixes:
                // most words of a report start with an ordinary letter).
                if byte(index + 1) == UInt8(ascii: "h"), byte(index + 3) == UInt8(ascii: "_"),
                    Self.isGitHubTokenKind(byte(index + 2)),
                    let match = tokenAfterPrefix(at: index, length: 4, minimum: 30, kind: "GitHub token")
                {
                    return match
                }
                if let match = prefixed(at: index, "github_pat_", minimum: 20, kind: "GitHub token") { return match }
                if let match = prefixed(at: index, "glpat-", minimum: 20, kind: "GitLab token") { return match }
            case UInt8(ascii: "x") where atBoundary:
                if has("xox", at: index), Self.isSlackTokenKind(byte(index + 3)),
                    byte(index + 4) == UInt8(ascii: "-")
                {
                    let end = run(from: index + 5, isURLTokenByte)
                    if end - index - 5 >= 10 { return Match(range: index..<end, kind: "Slack token") }
                }
            case UInt8(ascii: "s") where atBoundary, UInt8(ascii: "r") where atBoundary:
                // `sk_live_`, `sk_test_`, `rk_live_`, `rk_test_`.
                if byte(index + 1) == UInt8(ascii: "k"), byte(index + 2) == UInt8(ascii: "_"),
                    has("live_", at: index + 3) || has("test_", at: index + 3),
                    let match = tokenAfterPrefix(at: index, length: 8, minimum: 16, kind: "Stripe key")
                {
                    return match
                }
            case UInt8(ascii: "n") where atBoundary:
                if let match = prefixed(at: index, "npm_", minimum: 30, kind: "npm token") { return match }
            case UInt8(ascii: "S") where atBoundary:
                if has("SG.", at: index) {
                    let end = run(from: index + 3, { isURLTokenByte($0) || $0 == 0x2E })
                    if end - index >= 40 { return Match(range: index..<end, kind: "SendGrid key") }
                }
            case UInt8(ascii: "e") where atBoundary:
                if let match = jsonWebToken(at: index) { return match }
            case UInt8(ascii: "h"):
                if has("hooks.slack.com/services/", at: index) {
                    let start = index + 25
                    let end = run(from: start, { isURLTokenByte($0) || $0 == 0x2F })
                    if end - start >= 8 { return Match(range: start..<end, kind: "Slack webhook URL") }
                }
            case UInt8(ascii: "B") where atBoundary:
                if has("Bearer ", at: index) {
                    let start = index + 7
                    let end = run(from: start, { isURLTokenByte($0) || $0 == 0x2E || $0 == 0x2F || $0 == 0x2B })
                    if end - start >= 16 { return Match(range: start..<end, kind: "bearer token") }
                }
            case UInt8(ascii: "-"):
                if let match = privateKey(at: index) { return match }
            case UInt8(ascii: ":"):
                if let match = urlPassword(at: index) { return match }
            default:
                break
            }
            if atBoundary, (index == 0 || !isBase64(bytes[index - 1])), isBase64(first) {
                return secretAccessKey(at: index)
            }
            return nil
        }

        /// `prefix` + at least `minimum` token bytes; the prefix stays readable
        /// (the mask keeps four characters of a long value).
        private func prefixed(at index: Int, _ prefix: StaticString, minimum: Int, kind: String) -> Match? {
            guard has(prefix, at: index) else { return nil }
            return tokenAfterPrefix(at: index, length: prefix.utf8CodeUnitCount, minimum: minimum, kind: kind)
        }

        /// A prefix of `length` bytes at `index` (already checked) + at least
        /// `minimum` token bytes.
        private func tokenAfterPrefix(at index: Int, length: Int, minimum: Int, kind: String) -> Match? {
            let start = index + length
            let end = run(from: start, isURLTokenByte)
            guard end - start >= minimum else { return nil }
            return Match(range: index..<end, kind: kind)
        }

        /// The letter after `gh` of a GitHub token: `p`, `o`, `u`, `s`, `r`.
        private static func isGitHubTokenKind(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "p"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "s"), UInt8(ascii: "r"): true
            default: false
            }
        }

        /// The letter after `xox` of a Slack token: `a`, `b`, `p`, `r`, `s`, `e`.
        private static func isSlackTokenKind(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "s"),
                UInt8(ascii: "e"):
                true
            default: false
            }
        }

        /// The four bytes at `index` as one number (the caller checks the bounds).
        private func prefixKey(at index: Int) -> UInt32 {
            UInt32(bytes[index]) << 24 | UInt32(bytes[index + 1]) << 16 | UInt32(bytes[index + 2]) << 8
                | UInt32(bytes[index + 3])
        }

        /// The prefixes of AWS access key IDs, as `prefixKey` reads them
        /// (built once, not for every `A` that starts a word).
        private static let accessKeyPrefixes: Set<UInt32> = Set(
            ["AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "APKA"].map { prefix in
                prefix.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            })

        private func accessKeyID(at index: Int) -> Match? {
            guard index + 4 <= bytes.count, Self.accessKeyPrefixes.contains(prefixKey(at: index)) else { return nil }
            let end = run(from: index + 4, { ASCIIClass.isUpper($0) || ASCIIClass.isDigit($0) })
            guard end - index == 20, !isTokenByte(byte(end)) else { return nil }
            return Match(range: index..<end, kind: "AWS access key ID")
        }

        /// 40 base64 characters with upper, lower and digits, alone.
        private func secretAccessKey(at index: Int) -> Match? {
            let end = run(from: index, isBase64)
            // A long run is skipped whole: no secret key starts inside it.
            guard end - index == 40, byte(end) != UInt8(ascii: "=") else {
                return Match(range: index..<index, kind: "")
            }
            var upper = false
            var lower = false
            var digit = false
            var slashes = 0
            for offset in index..<end {
                let byte = bytes[offset]
                upper = upper || ASCIIClass.isUpper(byte)
                lower = lower || ASCIIClass.isLower(byte)
                digit = digit || ASCIIClass.isDigit(byte)
                if byte == UInt8(ascii: "/") { slashes += 1 }
            }
            // A path or JSON Pointer (`/containerDefinitions/1/logConfiguration`
            // is 40 base64 characters) is no key: a key starts with a letter,
            // digit or `+`, and three slashes in 40 random characters are rare.
            guard upper, lower, digit, bytes[index] != UInt8(ascii: "/"), slashes < 3 else {
                return Match(range: index..<index, kind: "")
            }
            return Match(range: index..<end, kind: "AWS secret access key")
        }

        private func jsonWebToken(at index: Int) -> Match? {
            guard has("eyJ", at: index) else { return nil }
            let headerEnd = run(from: index, isURLTokenByte)
            guard headerEnd - index >= 10, byte(headerEnd) == UInt8(ascii: ".") else { return nil }
            let payloadEnd = run(from: headerEnd + 1, isURLTokenByte)
            guard payloadEnd - headerEnd > 8, byte(payloadEnd) == UInt8(ascii: ".") else { return nil }
            let signatureEnd = run(from: payloadEnd + 1, isURLTokenByte)
            return Match(range: index..<signatureEnd, kind: "JSON Web Token")
        }

        /// The body of a PEM private key, up to `-----END`, a quote, or the end.
        private func privateKey(at index: Int) -> Match? {
            guard has("-----BEGIN ", at: index) else { return nil }
            var cursor = index + 11
            let labelEnd = run(from: cursor, { ASCIIClass.isUpper($0) || $0 == 0x20 })
            guard labelEnd - cursor >= 11, labelEnd - cursor <= 40, has("-----", at: labelEnd) else { return nil }
            let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<labelEnd]), as: UTF8.self)
            guard label.hasSuffix("PRIVATE KEY") else { return nil }
            cursor = labelEnd
            let start = cursor + 5
            var end = start
            while end < bytes.count, !has("-----END", at: end), bytes[end] != 0x22, bytes[end] != 0x27 { end += 1 }
            return Match(range: start..<end, kind: "private key")
        }

        /// The password of `scheme://user:password@host`.
        private func urlPassword(at index: Int) -> Match? {
            guard has("://", at: index), index > 0, ASCIIClass.isAlphanumeric(bytes[index - 1]) else { return nil }
            let start = index + 3
            var end = start
            var at: Int?
            var colon: Int?
            while end < bytes.count {
                let byte = bytes[end]
                if byte == 0x2F || byte == 0x3F || byte == 0x23 || byte <= 0x20 || byte == 0x22 || byte == 0x27
                    || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x2C
                {
                    break
                }
                if byte == 0x40 { at = end }
                if byte == 0x3A, at == nil, colon == nil { colon = end }
                end += 1
            }
            guard let at, let colon, colon < at else { return nil }
            let password = String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)..<at]), as: UTF8.self)
            guard !password.isEmpty, !password.allSatisfy({ $0 == "*" }), !SecretValue.isPlaceholderOnly(password)
            else { return nil }
            return Match(range: (colon + 1)..<at, kind: "URL with a password")
        }
    }
}
