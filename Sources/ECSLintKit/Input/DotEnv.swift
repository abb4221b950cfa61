/// Reads variables from a dotenv file (`--var-file`): `NAME=value` lines,
/// optionally prefixed by `export`, with `#` comments, blank lines, and
/// values in single quotes (literal) or double quotes (with `\n`, `\t`,
/// `\"` and `\\` escapes). An unquoted value ends at ` #` and is trimmed.
public enum DotEnv {
    /// A line that is not `NAME=value`.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// The 1-based line number.
        public var line: Int
        /// What is wrong.
        public var message: String

        public var description: String { "line \(line): \(message)" }
    }

    /// The variables of a dotenv text, later lines winning.
    public static func parse(_ text: String) throws(Problem) -> [String: String] {
        var variables: [String: String] = [:]
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            line = line.drop(while: { $0 == " " || $0 == "\t" })
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = line.dropFirst("export ".count).drop(while: { $0 == " " }) }
            guard let equals = line.firstIndex(of: "=") else {
                throw Problem(line: number, message: "expected NAME=value")
            }
            let name = line[..<equals].trimmingSpaces
            guard let first = name.utf8.first, !(0x30...0x39).contains(first), name.utf8.allSatisfy(isNameByte) else {
                throw Problem(line: number, message: "\"\(name)\" is not a variable name")
            }
            variables[String(name)] = try value(line[line.index(after: equals)...], line: number)
        }
        return variables
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F
    }

    private static func value(_ raw: Substring, line: Int) throws(Problem) -> String {
        let text = raw.drop(while: { $0 == " " || $0 == "\t" })
        guard let quote = text.first, quote == "\"" || quote == "'" else {
            let uncommented = text.firstRange(of: " #").map { text[..<$0.lowerBound] } ?? text
            return String(uncommented.trimmingSpaces)
        }
        var result = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if character == quote { return result }
            if quote == "\"", character == "\\", text.index(after: index) < text.endIndex {
                index = text.index(after: index)
                switch text[index] {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                default: result.append(text[index])
                }
            } else {
                result.append(character)
            }
            index = text.index(after: index)
        }
        throw Problem(line: line, message: "unterminated \(quote == "\"" ? "double" : "single")-quoted value")
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: Substring {
        let start = drop(while: { $0 == " " || $0 == "\t" })
        var end = start.endIndex
        while end > start.startIndex, start[start.index(before: end)] == " " || start[start.index(before: end)] == "\t"
        {
            end = start.index(before: end)
        }
        return start[..<end]
    }
}
