/// Masks secrets in any text that leaves the process: the secret values
/// found in the inputs (by name, ``SecretScanner``) wherever they are
/// repeated, and every secret recognised by its shape (``SecretShape``).
///
/// The search is one pass over the text: known values are indexed by their
/// first four bytes, then by length and content, so each position costs a
/// hash lookup per distinct length of the values sharing its first four
/// bytes, not a comparison with every known value.
public struct SecretMasker: Sendable {
    /// Values shorter than this are masked where they stand in the source
    /// (code frames), but not searched for in other text, where they would
    /// mask ordinary words.
    static let minimumSearchedLength = 4

    /// The known values, each at least ``minimumSearchedLength`` bytes.
    private var values: [[UInt8]] = []
    /// The values by their first four bytes, then by length (longest first).
    private var index: [UInt32: [(length: Int, values: Set<[UInt8]>)]] = [:]
    /// One bit per pair of first two bytes of a value: most positions of a
    /// text are rejected here, without hashing.
    private var firstPairs = [UInt64](repeating: 0, count: 1024)

    /// A masker for shapes only.
    public init() {}

    /// A masker for `values` and for shapes.
    public init(values: some Sequence<String>) {
        add(values)
    }

    /// Whether no value is known (shapes are masked all the same).
    public var knowsNoValue: Bool { values.isEmpty }

    /// Adds values to search for (with their JSON-escaped forms).
    public mutating func add(_ more: some Sequence<String>) {
        var seen = Set(values)
        for value in more {
            for form in Self.forms(of: value) where form.count >= Self.minimumSearchedLength && !seen.contains(form) {
                seen.insert(form)
                values.append(form)
                let pair = Int(form[0]) << 8 | Int(form[1])
                firstPairs[pair >> 6] |= 1 << UInt64(pair & 63)
                var buckets = index[Self.key(form, at: 0)] ?? []
                if let bucket = buckets.firstIndex(where: { $0.length == form.count }) {
                    buckets[bucket].values.insert(form)
                } else {
                    buckets.append((form.count, [form]))
                    buckets.sort { $0.length > $1.length }
                }
                index[Self.key(form, at: 0)] = buckets
            }
        }
    }

    /// Adds every value `other` knows.
    public mutating func merge(_ other: SecretMasker) {
        add(other.values.map { String(decoding: $0, as: UTF8.self) })
    }

    /// `text` with every secret in it masked.
    public func mask(_ text: String) -> String {
        var bytes = Array(text.utf8)
        let ranges = secretRanges(in: bytes)
        guard !ranges.isEmpty else { return text }
        bytes = SecretMask.apply(ranges.map { ($0, true) }, to: bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The byte ranges of `bytes` that hold a secret, sorted, merged.
    func secretRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges = SecretShape.matches(in: bytes).map(\.range)
        if !values.isEmpty, bytes.count >= Self.minimumSearchedLength {
            var offset = 0
            while offset + Self.minimumSearchedLength <= bytes.count {
                let pair = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
                if firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0,
                    let buckets = index[Self.key(bytes, at: offset)]
                {
                    var longest = 0
                    for bucket in buckets where offset + bucket.length <= bytes.count {
                        if bucket.values.contains(Array(bytes[offset..<(offset + bucket.length)])) {
                            longest = bucket.length
                            break
                        }
                    }
                    if longest > 0 {
                        ranges.append(offset..<(offset + longest))
                        offset += longest
                        continue
                    }
                }
                offset += 1
            }
        }
        return SecretMask.merged(ranges)
    }

    private static func key(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8
            | UInt32(bytes[offset + 3])
    }

    /// The value as written in text and as escaped in JSON (XML reports are
    /// written from masked messages, so the escaped forms never hold a secret).
    private static func forms(of value: String) -> [[UInt8]] {
        var forms = [Array(value.utf8)]
        let json = JSONString.quoted(value).dropFirst().dropLast()
        if json.utf8.count != value.utf8.count { forms.append(Array(json.utf8)) }
        return forms
    }
}

/// How a secret is shown: never in full.
enum SecretMask {
    /// `bytes` with each range masked: every character becomes `*`, except
    /// the first four of a range of 12 or more characters whose start is
    /// shown (`keepsPrefix`), so a reader can tell which secret it was.
    static func apply(_ ranges: [(Range<Int>, keepsPrefix: Bool)], to bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var cursor = 0
        for (range, keepsPrefix) in ranges {
            let lower = max(range.lowerBound, cursor)
            let upper = min(range.upperBound, bytes.count)
            guard lower < upper else { continue }
            output.append(contentsOf: bytes[cursor..<lower])
            let scalars = bytes[lower..<upper].count(where: { $0 & 0xC0 != 0x80 })
            var kept = keepsPrefix && scalars >= 12 ? 4 : 0
            for offset in lower..<upper {
                let byte = bytes[offset]
                let starts = byte & 0xC0 != 0x80
                if kept > 0 {
                    output.append(byte)
                    if offset + 1 == upper || bytes[offset + 1] & 0xC0 != 0x80 { kept -= 1 }
                } else if starts {
                    output.append(UInt8(ascii: "*"))
                }
            }
            cursor = upper
        }
        output.append(contentsOf: bytes[min(cursor, bytes.count)...])
        return output
    }

    /// `ranges` sorted, overlapping and touching ones joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var result: [Range<Int>] = []
        for range in sorted {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
