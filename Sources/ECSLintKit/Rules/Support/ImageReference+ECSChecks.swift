/// What ECS checks in an image when the task definition is registered.
extension ImageReference {
    /// ECS's limit on the part before `@`.
    static let maxECSLength = 255

    /// Whether ECS accepts the character in an image.
    static func isECSImageByte(_ byte: UInt8) -> Bool {
        if ASCIIClass.isAlphanumeric(byte) { return true }
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "/"),
            UInt8(ascii: "#"), UInt8(ascii: "@"):
            return true
        default:
            return false
        }
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
}
