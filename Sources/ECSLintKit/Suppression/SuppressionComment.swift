/// A comment that silences findings in a YAML file:
/// `# ecslint-disable-next-line ECS201 -- reason` silences the next line that
/// holds content, `image: nginx:latest  # ecslint-disable-line ECS713` its own
/// line, `# ecslint-disable-file ECS201, ECS305 -- reason` the whole
/// file. Codes or rule names are separated by commas or spaces; none means
/// every rule. JSON has no comments; use `ignore` in `.ecslint.yml` or a baseline.
public struct SuppressionComment: Sendable, Hashable {
    /// What the comment covers.
    public enum Scope: Sendable, Hashable {
        /// One line (1-based).
        case line(Int)
        /// The whole file.
        case file
    }

    /// What the comment covers.
    public var scope: Scope
    /// The rule codes named; empty means every rule.
    public var codes: Set<String>
    /// Names in the comment that are not rules.
    public var unknownNames: [String]
    /// The reason after `--`, if given.
    public var reason: String?
    /// Where the comment is.
    public var range: SourceRange

    /// Whether it covers a finding.
    public func covers(_ finding: Finding) -> Bool {
        guard codes.isEmpty || codes.contains(finding.code) else { return false }
        switch scope {
        case .file: return true
        case .line(let line): return finding.range.start.line == line
        }
    }

    static let marker = "ecslint-disable-"

    /// Every suppression comment in a YAML source.
    public static func scan(_ source: SourceText) -> [SuppressionComment] {
        var comments: [SuppressionComment] = []
        for number in 1...max(1, source.lineCount) {
            let line = source.line(number)
            guard let hash = commentStart(in: line) else { continue }
            let comment = line[line.index(after: hash)...].drop(while: { $0 == " " || $0 == "\t" })
            guard comment.hasPrefix(marker) else { continue }
            let directive = comment.dropFirst(marker.count)
            let scope: Scope
            let rest: Substring
            if directive.hasPrefix("next-line") {
                scope = .line(nextContentLine(after: number, in: source))
                rest = directive.dropFirst("next-line".count)
            } else if directive.hasPrefix("line") {
                scope = .line(number)
                rest = directive.dropFirst("line".count)
            } else if directive.hasPrefix("file") {
                scope = .file
                rest = directive.dropFirst("file".count)
            } else {
                continue
            }
            let parts = rest.split(separator: "--", maxSplits: 1, omittingEmptySubsequences: false)
            let names = (parts.first ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
            var codes: Set<String> = []
            var unknown: [String] = []
            for name in names {
                if let descriptor = RuleRegistry.descriptor(named: String(name)) {
                    codes.insert(descriptor.code)
                } else {
                    unknown.append(String(name))
                }
            }
            let reason = parts.count > 1 ? parts[1].trimmingSpaces : nil
            let column = line.distance(from: line.startIndex, to: hash)
            let offset = source.lineStarts[number - 1] + line[..<hash].utf8.count
            let start = SourcePosition(
                line: number, column: line.unicodeScalars.prefix(column).count + 1, offset: offset)
            let end = SourcePosition(
                line: number, column: line.unicodeScalars.count + 1,
                offset: source.lineStarts[number - 1] + line.utf8.count)
            comments.append(
                SuppressionComment(
                    scope: scope, codes: codes, unknownNames: unknown, reason: reason?.isEmpty == true ? nil : reason,
                    range: SourceRange(start: start, end: end)))
        }
        return comments
    }

    /// The index of a `#` that starts a comment: at the line start or after
    /// white space, outside quotes.
    private static func commentStart(in line: String) -> String.Index? {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous == " " || previous == "\t" {
                return index
            }
            previous = character
        }
        return nil
    }

    private static func nextContentLine(after number: Int, in source: SourceText) -> Int {
        var candidate = number + 1
        while candidate <= source.lineCount {
            let text = source.line(candidate).trimmingSpaces
            if !text.isEmpty && !text.hasPrefix("#") { return candidate }
            candidate += 1
        }
        return number + 1
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let text = String(self)
        guard let first = text.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = text.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(text[first...last])
    }
}
