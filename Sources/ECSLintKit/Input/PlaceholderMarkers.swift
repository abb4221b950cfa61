/// The placeholders that are words rather than template syntax: filler
/// words (`IMAGE_PLACEHOLDER`, `REPLACED_BY_CI`, `CHANGEME_REGION`,
/// `YOUR_ACCOUNT_ID`, `XXXXXXXXXXXX`), prose in angle brackets
/// (`<your image URL here>`), and account fillers (`ACCOUNT_ID` in an ARN's
/// account field or before `.dkr.ecr`). It also knows which `<name>` is an
/// HTML or XML tag, not a placeholder. See `Placeholder` for the reasoning.
enum PlaceholderMarkers {
    /// HTML element names (and `powershell`, the EC2 user-data tag), which
    /// `<name>` never stands for as a placeholder.
    static let htmlElements: Set<String> = [
        "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button", "center", "code", "div", "em",
        "footer", "font", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe",
        "img", "input", "label", "li", "link", "main", "meta", "nav", "noscript", "ol", "option", "p", "powershell",
        "pre", "script", "section", "select", "small", "span", "strong", "style", "sub", "sup", "svg", "table",
        "tbody", "td", "textarea", "th", "thead", "title", "tr", "u", "ul", "xml",
    ]

    /// Whether `<name>` is markup: an HTML element, or an XML element closed
    /// later in the same text (`<persist>true</persist>`).
    static func isMarkupTag(_ name: String, in bytes: [UInt8]) -> Bool {
        if htmlElements.contains(name.lowercased()) { return true }
        return contains(bytes, Array("</\(name)>".utf8))
    }

    /// The filler words of `bytes` (letters, digits, `_` and `-` runs).
    static func fillerWords(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            if mayBeFillerWord(bytes[index..<end]), isFillerWord(String(decoding: bytes[index..<end], as: UTF8.self)) {
                found.append(index..<end)
            }
            index = end
        }
        return found
    }

    /// Whether an ASCII word can be a filler at all: every filler starts
    /// with one of `pl re to ch yo xx` (placeholder, replace, to be
    /// replaced, change me, your, xxxx) or ends in `placeholder`, in any
    /// case. Most words of a file are rejected here without building a string.
    static func mayBeFillerWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count >= 4 else { return false }
        let first = word[word.startIndex] | 0x20
        let second = word[word.startIndex + 1] | 0x20
        switch (first, second) {
        case (UInt8(ascii: "p"), UInt8(ascii: "l")), (UInt8(ascii: "r"), UInt8(ascii: "e")),
            (UInt8(ascii: "t"), UInt8(ascii: "o")), (UInt8(ascii: "c"), UInt8(ascii: "h")),
            (UInt8(ascii: "y"), UInt8(ascii: "o")), (UInt8(ascii: "x"), UInt8(ascii: "x")):
            return true
        default:
            return endsInPlaceholder(word)
        }
    }

    /// Whether `word` ends in `placeholder`, in any case (compared byte by
    /// byte: no generic sequence is instantiated for it at start-up).
    private static func endsInPlaceholder(_ word: ArraySlice<UInt8>) -> Bool {
        let suffix: StaticString = "placeholder"
        let length = suffix.utf8CodeUnitCount
        guard word.count >= length else { return false }
        let start = word.endIndex - length
        for offset in 0..<length where word[start + offset] | 0x20 != suffix.utf8Start[offset] { return false }
        return true
    }

    /// Whether one word is a filler (see `Placeholder`).
    static func isFillerWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        if lower == "placeholder" || lower.hasSuffix("_placeholder") || lower.hasSuffix("-placeholder")
            || lower.hasPrefix("placeholder_") || lower.hasPrefix("placeholder-")
        {
            return true
        }
        if ["replace_me", "replace-me", "replaceme", "to_be_replaced", "tobereplaced"].contains(lower)
            || ["replace_me_", "replace_with_", "replace-with-", "replaced_by_", "replaced-by-"].contains(where: {
                lower.hasPrefix($0)
            })
        {
            return true
        }
        if ["changeme", "change_me", "change-me"].contains(lower)
            || ["changeme_", "changeme-", "change_me_"].contains(where: { lower.hasPrefix($0) })
        {
            return true
        }
        if (lower.hasPrefix("your_") || lower.hasPrefix("your-")) && lower.count > 5 { return true }
        return lower.count >= 4 && lower.allSatisfy { $0 == "x" }
    }

    /// A whole value that is prose in angle brackets (`<your image URL
    /// here>`, `<image of an app that writes logs`), as its range.
    static func proseInAngles(_ bytes: [UInt8]) -> Range<Int>? {
        guard let start = bytes.firstIndex(where: { $0 != 0x20 }), bytes[start] == UInt8(ascii: "<"),
            let last = bytes.lastIndex(where: { $0 != 0x20 })
        else { return nil }
        let closed = bytes[last] == UInt8(ascii: ">")
        let content = bytes[(start + 1)..<(closed ? last : last + 1)]
        guard content.contains(0x20), let first = content.first, ASCIIClass.isAlphanumeric(first) else { return nil }
        let prose = content.allSatisfy { ASCIIClass.isWord($0) || " -.,'/:".utf8.contains($0) }
        let firstWord = String(decoding: content.prefix(while: ASCIIClass.isAlphanumeric), as: UTF8.self)
        guard prose, !htmlElements.contains(firstWord.lowercased()) else { return nil }
        return start..<(last + 1)
    }

    /// The account and region fields of an ARN, or the account and region
    /// labels of an ECR host at the start of an image, when they hold fillers
    /// (`ACCOUNT_ID`, `REGION`: real regions are lower case).
    static func structuredFillers(_ bytes: [UInt8]) -> [Range<Int>] {
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        // `arn:` in any case, read as bytes: asked for every string of every file.
        if bytes.count > 4, bytes[0] | 0x20 == UInt8(ascii: "a"), bytes[1] | 0x20 == UInt8(ascii: "r"),
            bytes[2] | 0x20 == UInt8(ascii: "n"), bytes[3] == UInt8(ascii: ":")
        {
            let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
            guard colons.count >= 5 else { return [] }
            let region = (colons[2] + 1)..<colons[3]
            let account = (colons[3] + 1)..<colons[4]
            return (isRegionFiller(text(region)) ? [region] : []) + (isAccountFiller(text(account)) ? [account] : [])
        }
        for (marker, regionIndex) in ecrHostMarkers {
            guard let dkr = firstIndex(of: marker, in: bytes), dkr > 0 else { continue }
            let hostEnd = bytes[dkr...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
            guard !bytes[..<dkr].contains(UInt8(ascii: "/")) else { return [] }
            var found = isAccountFiller(text(0..<dkr)) ? [0..<dkr] : []
            let labels = bytes[dkr..<hostEnd].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            if labels.count > regionIndex {
                let label = labels[labels.index(labels.startIndex, offsetBy: regionIndex)]
                let range = label.startIndex..<label.endIndex
                if isRegionFiller(text(range)) { found.append(range) }
            }
            return found
        }
        return []
    }

    /// Whether a region field holds a filler: an upper-case name (`REGION`,
    /// `AWS_REGION`), since every region name is lower case.
    static func isRegionFiller(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.count >= 4 && bytes.allSatisfy { ASCIIClass.isUpper($0) || $0 == 0x5F || ASCIIClass.isDigit($0) }
            && bytes.contains(where: ASCIIClass.isUpper)
    }

    /// Whether an account field holds a filler: four or more `x` (or `*`,
    /// `#`, `?`), a name mentioning the account (`ACCOUNT_ID`,
    /// `aws-account`, `ACCT`), or an upper-case name with `_` (`AWS_ID`).
    static func isAccountFiller(_ text: some StringProtocol) -> Bool {
        guard !text.isEmpty, !ASCIIClass.isDigits(text, count: 12) else { return false }
        let lower = text.lowercased()
        if text.count >= 4, lower.allSatisfy({ $0 == "x" || $0 == "*" || $0 == "#" || $0 == "?" }) { return true }
        if lower.includes("account") || lower.includes("acct") { return true }
        let isUpperWord = text.utf8.allSatisfy { ASCIIClass.isUpper($0) || $0 == 0x5F || ASCIIClass.isDigit($0) }
        return isUpperWord && text.utf8.contains(where: ASCIIClass.isUpper) && text.utf8.contains(0x5F)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool { ASCIIClass.isWord(byte) || byte == 0x2D }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: bytes) != nil
    }

    /// `.dkr.ecr` and `.dkr-ecr`, the markers of an ECR private registry host,
    /// each with the index of the region among the host's labels from there.
    private static let ecrHostMarkers: [(marker: [UInt8], regionIndex: Int)] = [
        (Array(".dkr.ecr".utf8), 3), (Array(".dkr-ecr".utf8), 2),
    ]

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        for index in 0...(bytes.count - needle.count) where bytes[index..<(index + needle.count)].elementsEqual(needle)
        {
            return index
        }
        return nil
    }
}
