import ArgumentParser

/// One report of a run: its format and the file it goes to (standard output when nil).
struct ReportDestination: Equatable {
    var format: OutputFormat
    var path: String?
}

/// Pairs `--format` and `--output` as they were written: each `--output` goes
/// with the `--format` just before it (`-f junit -o r.xml -f text` and
/// `-f text -f junit -o r.xml` both put JUnit in `r.xml`).
///
/// - `--output` with no `--format` at all writes the text report there; one
///   `--output` before a single `--format` goes with it.
/// - An `--output` before the first of several `--format`s, two `--output`s
///   after one `--format`, two reports to one file, and more than one report
///   to standard output are usage errors that say how to write it.
///
/// ArgumentParser collects the two options into separate arrays and loses
/// their order, so the order is read from the command line's words; when they
/// disagree with the parsed arrays (the command was not parsed from this
/// process's arguments), outputs pair with formats by position.
enum ReportDestinations {
    static let formatNames: Set<String> = ["-f", "--format"]
    static let outputNames: Set<String> = ["-o", "--output"]

    /// The destinations of `formats` and `outputs` as parsed, ordered by `arguments`.
    static func resolve(formats: [OutputFormat], outputs: [String], arguments: [String]) throws(ValidationError)
        -> [ReportDestination]
    {
        let words = optionWords(arguments)
        let scannedFormats = words.compactMap { $0.isFormat ? OutputFormat(rawValue: $0.value) : nil }
        let scannedOutputs = words.filter { !$0.isFormat }.map(\.value)
        let ordered: [(isFormat: Bool, value: String)]
        if scannedFormats == formats && scannedOutputs == outputs {
            ordered = words
        } else {
            ordered =
                formats.enumerated().flatMap { index, format in
                    [(true, format.rawValue)] + (index < outputs.count ? [(false, outputs[index])] : [])
                } + outputs.dropFirst(formats.count).map { (false, $0) }
        }
        return try pair(ordered)
    }

    /// The `--format` and `--output` values in command-line order (up to `--`).
    static func optionWords(_ arguments: [String]) -> [(isFormat: Bool, value: String)] {
        var words: [(isFormat: Bool, value: String)] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" { break }
            if let equals = word.firstIndex(of: "="), word.hasPrefix("-") {
                let name = String(word[..<equals])
                let value = String(word[word.index(after: equals)...])
                if formatNames.contains(name) { words.append((true, value)) }
                if outputNames.contains(name) { words.append((false, value)) }
            } else if formatNames.contains(word) || outputNames.contains(word), index + 1 < arguments.count {
                words.append((formatNames.contains(word), arguments[index + 1]))
                index += 1
            }
            index += 1
        }
        return words
    }

    /// Pairs each output with the format before it.
    static func pair(_ words: [(isFormat: Bool, value: String)]) throws(ValidationError) -> [ReportDestination] {
        var destinations: [ReportDestination] = []
        var leading: [String] = []
        for word in words {
            if word.isFormat {
                guard let format = OutputFormat(rawValue: word.value) else { continue }
                destinations.append(ReportDestination(format: format, path: nil))
            } else if destinations.isEmpty {
                leading.append(word.value)
            } else if let taken = destinations[destinations.count - 1].path {
                let format = destinations[destinations.count - 1].format.rawValue
                throw ValidationError(
                    "--output \(word.value) follows --format \(format), which already writes to \(taken); "
                        + "each --output goes with the --format just before it: "
                        + "--format \(format) --output \(taken) --format FORMAT --output \(word.value)")
            } else {
                destinations[destinations.count - 1].path = word.value
            }
        }
        if let first = leading.first {
            if leading.count == 1 && destinations.isEmpty {
                destinations = [ReportDestination(format: .text, path: first)]
            } else if leading.count == 1 && destinations.count == 1 && destinations[0].path == nil {
                destinations[0].path = first
            } else {
                throw ValidationError(
                    "--output \(first) comes before the first of several --format options; each --output goes with "
                        + "the --format just before it, for example: " + example(destinations, leading: first))
            }
        }
        let toTerminal = destinations.filter { $0.path == nil }
        if toTerminal.count > 1 {
            throw ValidationError(
                "only one report can go to standard output, but "
                    + toTerminal.map { "--format \($0.format.rawValue)" }.joined(separator: " and ")
                    + " have no --output; put --output FILE right after each report that goes to a file")
        }
        var seen: Set<String> = []
        for destination in destinations {
            guard let path = destination.path else { continue }
            if !seen.insert(path).inserted {
                throw ValidationError("two reports would be written to \(path); give each --output its own file")
            }
        }
        return destinations.isEmpty ? [ReportDestination(format: .text, path: nil)] : destinations
    }

    /// The formats rewritten with a misplaced output after the last format
    /// that has none: `--format text --format junit --output r.xml`.
    private static func example(_ destinations: [ReportDestination], leading: String) -> String {
        let target = destinations.lastIndex { $0.path == nil }
        var parts: [String] = []
        for (index, destination) in destinations.enumerated() {
            parts.append("--format \(destination.format.rawValue)")
            if let path = destination.path {
                parts.append("--output \(path)")
            } else if index == target {
                parts.append("--output \(leading)")
            }
        }
        return "ecslint lint " + parts.joined(separator: " ") + " PATH"
    }
}
