extension StringProtocol {
    /// Whether `needle` occurs in the text: the answer of `contains(_:)`,
    /// found by a byte search when the text is ASCII.
    ///
    /// `contains(_:)` (from `_StringProcessing`) compares characters through
    /// a generic searcher, which showed up in the per-file profile. In ASCII
    /// text every byte is a character, except that CR-LF is one: `needle`
    /// must be ASCII without CR or LF (every caller passes a literal), so a
    /// byte match never starts or ends inside a character. Other text takes
    /// the character search.
    func includes(_ needle: StaticString) -> Bool {
        let found: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            guard text.allSatisfy({ $0 < 0x80 }) else { return nil }
            return Self.byteSearch(needle, in: text)
        }
        if let found = found ?? nil { return found }
        return contains(needle.description)
    }

    private static func byteSearch(_ needle: StaticString, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        guard text.count >= count else { return false }
        let pattern = needle.utf8Start
        let first = pattern[0]
        for start in 0...(text.count - count) where text[start] == first {
            var offset = 1
            while offset < count, text[start + offset] == pattern[offset] { offset += 1 }
            if offset == count { return true }
        }
        return false
    }
}
