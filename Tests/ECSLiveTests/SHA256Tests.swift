import Testing

@testable import ECSLive

/// The plain-Swift SHA-256 and HMAC-SHA256 against published vectors: FIPS
/// 180-4's examples, RFC 4231's HMAC cases, and digests Python's `hashlib`
/// computed for messages at every padding boundary.
@Suite("SHA-256 and HMAC-SHA256")
struct SHA256Tests {
    private static func hex(_ text: String) -> String {
        Hex.encode(SHA256Digest.hash(Array(text.utf8)))
    }

    @Test("FIPS 180-4 examples")
    func fipsExamples() {
        #expect(Self.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            Self.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            Self.hex(
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
            ) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test(
        "messages around the padding boundaries",
        arguments: [
            (55, "576a1bf8d4478657e6dc4af9398544765c2a92cde28478b019235cfed315fc09"),
            (56, "9b20501dfd1d99161c257950f3444f3e49230c351c5c8e0943ef369f85f5205d"),
            (63, "30b345906b493f06f69444b6521113511c242f30e29840462950035043682f1e"),
            (64, "d8bc63b4fc1156e5e7d95a418b9bf54cd3174bedbc2db40f74895349b229b3c0"),
            (65, "1ee23b0fbcaecc1aff4a9e8f1645f35ab2c8e13609cd73b68df8b5e3f63ce073"),
            (119, "7a6589821178918ca8d9edaba5abfc1e9b2669564f4469b66885379c1530b2c8"),
            (120, "655250427d56b1b0eeb8497d21428704273458a01772d6881b65c0abac0f8a98"),
        ])
    func boundaries(length: Int, expected: String) {
        let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7) }
        #expect(Hex.encode(SHA256Digest.hash(message)) == expected)
    }

    @Test("RFC 4231 HMAC cases, with short, block-sized and longer-than-block keys")
    func hmacVectors() {
        func mac(_ key: [UInt8], _ message: String) -> String {
            Hex.encode(SHA256Digest.hmac(key: key, message: Array(message.utf8)))
        }
        #expect(
            mac([UInt8](repeating: 0x0b, count: 20), "Hi There")
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(
            mac(Array("Jefe".utf8), "what do ya want for nothing?")
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(
            mac([UInt8](repeating: 0xaa, count: 131), "Test Using Larger Than Block-Size Key - Hash Key First")
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
        #expect(
            mac([UInt8](repeating: UInt8(ascii: "k"), count: 64), "exactly a block")
                == "da2e6441314f55fc43fd28ce5c5d362f9a03f721c9fbb5b88657c80c8f0dbb76")
    }
}
