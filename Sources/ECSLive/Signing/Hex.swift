/// Lower-case hexadecimal and the SHA-256 / HMAC-SHA256 helpers SigV4 uses.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// `bytes` as lower-case hexadecimal.
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var characters: [UInt8] = []
        for byte in bytes {
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: characters, as: UTF8.self)
    }

    /// The SHA-256 digest of `bytes` in hexadecimal.
    static func sha256(_ bytes: [UInt8]) -> String {
        encode(SHA256Digest.hash(bytes))
    }

    /// HMAC-SHA256 of `message` under `key`.
    static func hmac(key: [UInt8], _ message: String) -> [UInt8] {
        SHA256Digest.hmac(key: key, message: Array(message.utf8))
    }
}
