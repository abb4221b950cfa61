/// Finds secret values in the raw text of an input file by name, without
/// parsing it: the file may be invalid JSON, single-quoted, unquoted or cut
/// short, and its secrets must still be masked in the syntax error's code
/// frame, message and fix.
///
/// One linear pass reads keys and values as JSON or YAML would write them
/// (double-quoted, single-quoted, plain, block scalars) and finds
/// - `KEY: value` and `KEY = value` where `KEY` is a secret's name
///   (``SecretName``): `"DB_PASSWORD": "…"`, `API_TOKEN: …`;
/// - `name`/`key` + `value` pairs whose name is a secret's name, in either
///   order (ECS `environment`, tags, CloudFormation `Name`/`Value`);
/// - `KEY=value` inside any text (`sh -c "DB_PASSWORD=… ./run"`,
///   `Server=db;Password=…;`, `--password=…`).
///
/// Values that only refer to a secret (``SecretValue/isBenign(_:)``) are
/// left alone. Secrets recognised by shape are ``SecretShape``'s job.
struct SecretScanner {
    /// A secret value found in the text.
    struct Found {
        /// The bytes of the value (without quotes).
        var range: Range<Int>
        /// The value as a reader sees it (quotes and escapes removed).
        var text: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var found: [Found] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Every secret value found by name in `bytes`.
    static func scan(_ bytes: [UInt8]) -> [Found] {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = SecretScanner(bytes: buffer)
            scanner.readPairs()
            scanner.readAssignments()
            return scanner.found
        }
    }

    // MARK: - Keys and values

    /// A scalar read from the text.
    private struct Scalar {
        var range: Range<Int>
        var text: String
        /// The lines of a block scalar, each a range of its own.
        var lines: [Range<Int>] = []
        /// Where reading resumes after it (past a closing quote).
        var resume: Int? = nil
    }

    /// The keys that name the value beside them (compared, not hashed: every
    /// key of every file is asked).
    private static func isNameKey(_ key: String) -> Bool {
        switch key {
        case "name", "Name", "key", "Key", "ParameterKey", "NAME", "KEY": true
        default: false
        }
    }

    /// The keys that hold the value a name key names.
    private static func isValueKey(_ key: String) -> Bool {
        switch key {
        case "value", "Value", "ParameterValue", "VALUE": true
        default: false
        }
    }

    private mutating func readPairs() {
        var index = 0
        var depth = 0
        var pendingName = false
        var lastValue: Scalar?
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0x7B, 0x5B:  // { [
                depth += 1
                index += 1
            case 0x7D, 0x5D:  // } ]
                depth = max(0, depth - 1)
                if byte == 0x7D {
                    pendingName = false
                    lastValue = nil
                }
                index += 1
            case 0x23 where index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x0A:  // # comment
                index = lineEnd(from: index)
            case 0x22, 0x27:  // " '
                let key = quoted(at: index)
                index = max(index + 1, key.end)
                handleKey(key.scalar, after: &index, depth: depth, pendingName: &pendingName, lastValue: &lastValue)
            case _ where isPlainStart(byte):
                let end = plainKeyEnd(from: index)
                let key = Scalar(range: index..<end, text: text(index..<end))
                index = max(index + 1, end)
                handleKey(key, after: &index, depth: depth, pendingName: &pendingName, lastValue: &lastValue)
            default:
                index += 1
            }
        }
    }

    /// After a key: when `:` or `=` and a scalar value follow, judges the pair.
    private mutating func handleKey(
        _ key: Scalar, after index: inout Int, depth: Int, pendingName: inout Bool, lastValue: inout Scalar?
    ) {
        var cursor = skipSpaces(from: index)
        guard cursor < bytes.count, bytes[cursor] == 0x3A || bytes[cursor] == 0x3D else { return }
        let separator = bytes[cursor]
        if separator == 0x3A, cursor + 1 < bytes.count, !isBlank(bytes[cursor + 1]), bytes[cursor + 1] != 0x22,
            bytes[cursor + 1] != 0x27
        {
            return  // `a:b` inside a plain word is not a key
        }
        cursor = skipSpaces(from: cursor + 1)
        guard let value = value(at: cursor, depth: depth, separator: separator, keyStart: key.range.lowerBound)
        else {
            return
        }
        index = max(index, value.resume ?? value.range.upperBound)
        if SecretName.isSensitive(key.text) {
            record(value)
        } else if Self.isNameKey(key.text) {
            let sensitive = SecretName.isSensitive(value.text)
            if sensitive, let previous = lastValue { record(previous) }
            pendingName = sensitive
            lastValue = nil
        } else if Self.isValueKey(key.text) {
            if pendingName {
                record(value)
                pendingName = false
            } else {
                lastValue = value
            }
        }
    }

    private mutating func record(_ value: Scalar) {
        guard !SecretValue.isBenign(value.text) else { return }
        if value.lines.isEmpty {
            found.append(Found(range: value.range, text: value.text))
        } else {
            for line in value.lines { found.append(Found(range: line, text: text(line))) }
            found.append(Found(range: value.range, text: value.text))
        }
    }

    /// The scalar value starting at `start`, or nil for a collection or nothing.
    private func value(at start: Int, depth: Int, separator: UInt8, keyStart: Int) -> Scalar? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case 0x0A, 0x0D, 0x7B, 0x5B, 0x2C, 0x7D, 0x5D: return nil
        case 0x22, 0x27:
            var (scalar, end) = quoted(at: start)
            scalar.resume = end
            return scalar
        case 0x7C where separator == 0x3A, 0x3E where separator == 0x3A:
            return blockScalar(after: start, keyLine: lineStart(of: keyStart))
        default: break
        }
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            if byte == 0x0A || byte == 0x0D { break }
            if depth > 0 || separator == 0x3D, byte == 0x2C || byte == 0x7D || byte == 0x5D { break }
            if separator == 0x3D, isBlank(byte) || byte == 0x3B || byte == 0x26 { break }
            if byte == 0x23, end > start, bytes[end - 1] == 0x20 { break }
            end += 1
        }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        guard end > start else { return nil }
        return Scalar(range: start..<end, text: text(start..<end))
    }

    /// A `|` or `>` block scalar: the following lines indented deeper than the key's.
    private func blockScalar(after indicator: Int, keyLine: Int) -> Scalar? {
        let keyIndent = indent(ofLineAt: keyLine)
        var lineStart = lineEnd(from: indicator)
        lineStart = lineStart < bytes.count ? lineStart + 1 : lineStart
        var lines: [Range<Int>] = []
        while lineStart < bytes.count {
            let end = lineEnd(from: lineStart)
            let contentStart = skipSpaces(from: lineStart)
            if contentStart < end {
                guard contentStart - lineStart > keyIndent else { break }
                var contentEnd = end
                while contentEnd > contentStart, isBlank(bytes[contentEnd - 1]) { contentEnd -= 1 }
                lines.append(contentStart..<contentEnd)
            }
            lineStart = end < bytes.count ? end + 1 : end
        }
        guard let first = lines.first, let last = lines.last else { return nil }
        return Scalar(
            range: first.lowerBound..<last.upperBound, text: lines.map { text($0) }.joined(separator: "\n"),
            lines: lines)
    }

    /// A quoted scalar (double quotes with JSON/YAML escapes, or single quotes
    /// with `''`), ending at its closing quote or the end of the line.
    private func quoted(at start: Int) -> (scalar: Scalar, end: Int) {
        let quote = bytes[start]
        // Most scalars hold no escape: their text is their bytes, read
        // without a buffer of decoded bytes.
        var plainEnd = start + 1
        while plainEnd < bytes.count {
            let byte = bytes[plainEnd]
            if byte == quote || byte == 0x0A || byte == 0x0D || (byte == 0x5C && quote == 0x22) { break }
            plainEnd += 1
        }
        let closesHere =
            plainEnd < bytes.count && bytes[plainEnd] == quote
            && !(quote == 0x27 && plainEnd + 1 < bytes.count && bytes[plainEnd + 1] == 0x27)
        if closesHere {
            let range = (start + 1)..<plainEnd
            return (Scalar(range: range, text: text(range)), plainEnd + 1)
        }
        var cursor = start + 1
        var decoded: [UInt8] = []
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == 0x0A || byte == 0x0D { break }
            if byte == quote {
                if quote == 0x27, cursor + 1 < bytes.count, bytes[cursor + 1] == 0x27 {
                    decoded.append(0x27)
                    cursor += 2
                    continue
                }
                let scalar = Scalar(range: (start + 1)..<cursor, text: String(decoding: decoded, as: UTF8.self))
                return (scalar, cursor + 1)
            }
            if byte == 0x5C, quote == 0x22, cursor + 1 < bytes.count {
                cursor += 1
                switch bytes[cursor] {
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "u"): decoded.append(contentsOf: Array("\\u".utf8))
                default: decoded.append(bytes[cursor])
                }
                cursor += 1
                continue
            }
            decoded.append(byte)
            cursor += 1
        }
        return (Scalar(range: (start + 1)..<cursor, text: String(decoding: decoded, as: UTF8.self)), cursor)
    }

    // MARK: - KEY=value inside any text

    /// `NAME=value` anywhere (shell assignments, connection strings, flags).
    private mutating func readAssignments() {
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == 0x3D, index > 0, isNameByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            var nameStart = index
            while nameStart > 0, isNameByte(bytes[nameStart - 1]) {
                nameStart -= 1
            }
            let name = text(nameStart..<index)
            var end = index + 1
            while end < count {
                let byte = bytes[end]
                if isBlank(byte) || byte == 0x0A || byte == 0x0D || byte == 0x3B || byte == 0x26 || byte == 0x2C
                    || byte == 0x22 || byte == 0x27 || byte == 0x5C || byte == 0x29 || byte == 0x7D || byte == 0x5D
                {
                    break
                }
                end += 1
            }
            if end > index + 1, SecretName.isSensitive(name) {
                let value = text((index + 1)..<end)
                if !SecretValue.isBenign(value) { found.append(Found(range: (index + 1)..<end, text: value)) }
            }
            index = end
        }
    }

    // MARK: - Bytes

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private func isNameByte(_ byte: UInt8) -> Bool {
        ASCIIClass.isAlphanumeric(byte) || byte == 0x5F || byte == 0x2D || byte == 0x2E
    }

    private func isPlainStart(_ byte: UInt8) -> Bool {
        ASCIIClass.isAlphanumeric(byte) || byte == 0x5F
    }

    /// The end of a plain key: name bytes (a YAML key may hold spaces, ECS keys do not).
    private func plainKeyEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        return end
    }

    private func skipSpaces(from start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count, isBlank(bytes[cursor]) { cursor += 1 }
        return cursor
    }

    private func lineEnd(from start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count, bytes[cursor] != 0x0A, bytes[cursor] != 0x0D { cursor += 1 }
        return cursor
    }

    /// The start of the line holding `offset`, looking back at most 1 KiB
    /// (an indentation deeper than that reads the same).
    private func lineStart(of offset: Int) -> Int {
        var cursor = offset
        let limit = max(0, offset - 1024)
        while cursor > limit, bytes[cursor - 1] != 0x0A, bytes[cursor - 1] != 0x0D { cursor -= 1 }
        return cursor
    }

    private func indent(ofLineAt start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x2D { cursor += 1 }
        return cursor - start
    }
}
