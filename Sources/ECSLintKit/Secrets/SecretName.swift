/// Whether a name (an environment variable, a map key, a `KEY=value` word)
/// says that its value is a secret: `DB_PASSWORD`, `apiKey`, `GITHUB_TOKEN`,
/// but not `PASSWORD_FILE`, `TOKEN_TTL` or `PASSWORD_HASH_ALGO`.
///
/// Names are split into upper-case words at non-alphanumerics and camelCase
/// humps. A name is sensitive when a word is always sensitive (`PASSWORD`,
/// `SECRET`, `TOKEN`, …), when it ends in `PASS`/`PWD` after another word, or
/// when `KEY` follows a qualifier (`API_KEY`, `PRIVATE_KEY`, `SIGNING_KEY`);
/// and its last word does not make it a reference or a setting (`FILE`, `ARN`,
/// `URL`, `TTL`, `ALGO`, …).
public enum SecretName {
    /// Whether `name` is the name of a secret value.
    public static func isSensitive(_ name: String) -> Bool {
        guard mentionsASensitiveWord(name) else { return false }
        let tokens = tokens(name)
        guard let last = tokens.last, !benignLastTokens.contains(last) else { return false }
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if alwaysSensitive.contains(token) { return true }
            if token == "PASS" || token == "PWD", next == nil, tokens.count > 1 { return true }
            if token == "KEY", index > 0, keyQualifiers.contains(tokens[index - 1]) { return true }
        }
        return false
    }

    /// Whether `name` holds, in any case, a part of every word that can make
    /// it sensitive: `pass` (PASSWORD, PASSWD, PASSPHRASE, PASS), `pwd`,
    /// `secret`, `token`, `key` (APIKEY, ACCESSKEY, …, and KEY after a
    /// qualifier), `credential`, `webhook`. Words are runs of the name's
    /// characters, so a name without any of these is never sensitive; most
    /// keys of a file (`family`, `image`, `containerPort`) are answered here,
    /// without splitting the name into words.
    static func mentionsASensitiveWord(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            /// Whether `word` (lower case) stands at `index`, in any case.
            func has(_ word: StaticString, at index: Int) -> Bool {
                let length = word.utf8CodeUnitCount
                guard index + length <= bytes.count else { return false }
                for offset in 0..<length where bytes[index + offset] | 0x20 != word.utf8Start[offset] { return false }
                return true
            }
            for index in bytes.indices {
                let found: Bool
                switch bytes[index] | 0x20 {
                case UInt8(ascii: "p"): found = has("pass", at: index) || has("pwd", at: index)
                case UInt8(ascii: "s"): found = has("secret", at: index)
                case UInt8(ascii: "t"): found = has("token", at: index)
                case UInt8(ascii: "k"): found = has("key", at: index)
                case UInt8(ascii: "c"): found = has("credential", at: index)
                case UInt8(ascii: "w"): found = has("webhook", at: index)
                default: found = false
                }
                if found { return true }
            }
            return false
        }
    }

    static let alwaysSensitive: Set<String> = [
        "PASSWORD", "PASSWD", "PASSWORDS", "SECRET", "SECRETKEY", "TOKEN", "APIKEY", "PASSPHRASE", "CREDENTIAL",
        "CREDENTIALS", "PRIVATEKEY", "ACCESSKEY", "AUTHTOKEN", "CLIENTSECRET", "WEBHOOK",
    ]
    private static let keyQualifiers: Set<String> = [
        "API", "PRIVATE", "ACCESS", "SECRET", "SIGNING", "ENCRYPTION", "MASTER", "AUTH", "HMAC", "CLIENT", "APP",
        "LICENSE", "ACCOUNT", "STORAGE",
    ]
    private static let benignLastTokens: Set<String> = [
        "FILE", "PATH", "ARN", "URL", "URI", "ENDPOINT", "HOST", "NAME", "ID", "IDS", "LENGTH", "LEN", "TTL", "EXPIRY",
        "EXPIRES", "EXPIRATION", "TIMEOUT", "ENABLED", "ENABLE", "DISABLED", "DISABLE", "REQUIRED", "HEADER", "TYPE",
        "PARAM", "PARAMETER", "REF", "LOCATION", "DIR", "DIRECTORY", "REGION", "PREFIX", "SUFFIX", "FORMAT", "SECONDS",
        "MINUTES", "HOURS", "DAYS", "AGE", "LIFETIME", "POLICY", "ROTATION", "MODE", "FIELD", "KIND", "VERSION",
        "PROVIDER", "STORE", "BACKEND", "ISSUER", "AUDIENCE", "SCOPE", "SCOPES", "LIMIT", "COUNT", "SIZE", "MAX", "MIN",
        "ALGORITHM", "ALG", "ALGO", "METHOD", "STRATEGY", "USER", "USERNAME", "PORT", "TABLE", "BUCKET", "QUEUE",
        "TOPIC", "ROLE", "ACCOUNT", "SOURCE", "SERVICE", "KEYS", "LOOKUP", "CACHE", "REFRESH", "INTERVAL", "URLS",
        "KEYID", "ROUNDS", "ITERATIONS", "COST", "COMPLEXITY", "STRENGTH", "RULES", "CHARSET", "ENCODING", "OPTIONS",
        "FROM", "ALGORITHMS", "ALGOS", "CIPHER", "SCHEME", "PATTERN",
    ]

    /// Upper-case words of a name, split at non-alphanumerics and camelCase humps.
    public static func tokens(_ name: String) -> [String] {
        var name = name
        return name.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 }
                ? asciiTokens(bytes) : characterTokens(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// `tokens` of an all-ASCII name, byte by byte: the same words as
    /// `characterTokens` (each ASCII byte is one character, and a CR-LF pair
    /// separates like its two bytes), without Unicode property look-ups.
    private static func asciiTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var tokens: [String] = []
        var start = 0
        var previousWasLower = false
        func flush(_ end: Int) {
            guard end > start else { return }
            tokens.append(
                String(unsafeUninitializedCapacity: end - start) { buffer in
                    for offset in start..<end {
                        let byte = bytes[offset]
                        buffer[offset - start] = ASCIIClass.isLower(byte) ? byte - 0x20 : byte
                    }
                    return end - start
                })
        }
        for (offset, byte) in bytes.enumerated() {
            guard ASCIIClass.isAlphanumeric(byte) else {
                flush(offset)
                start = offset + 1
                previousWasLower = false
                continue
            }
            if ASCIIClass.isUpper(byte), previousWasLower {
                flush(offset)
                start = offset
            }
            previousWasLower = ASCIIClass.isLower(byte)
        }
        flush(bytes.count)
        return tokens
    }

    /// `tokens` of any name, character by character.
    static func characterTokens(_ name: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            guard character.isASCII, character.isLetter || character.isNumber else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if character.isUppercase, previousWasLower, !current.isEmpty {
                tokens.append(current)
                current = ""
            }
            current.append(Character(character.uppercased()))
            previousWasLower = character.isLowercase
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
