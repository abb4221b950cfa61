/// How the text report shows many `null` values (ECS007) in one file:
/// console exports and describe output can carry dozens, each a finding of
/// its own (editors and SARIF viewers mark every one), but a person reading
/// the text report sees one block with their lines and the one command
/// that removes them all.
struct NullSummary {
    /// From this many nulls in a file on, they are summarised.
    static let threshold = 4
    /// The most line numbers listed.
    static let listedLines = 12

    /// The null findings of the file, in report order, when they are summarised.
    let findings: [Finding]

    init(_ all: [Finding]) {
        let nulls = all.filter { $0.code == NullValue.descriptor.code }
        findings = nulls.count >= Self.threshold ? nulls : []
    }

    /// Whether `finding` is shown by the summary block rather than on its own.
    func folds(_ finding: Finding) -> Bool {
        finding.code == NullValue.descriptor.code && !findings.isEmpty && finding != findings[0]
    }

    /// Whether the summary block goes where `finding` would be shown.
    func leads(with finding: Finding) -> Bool {
        findings.first == finding
    }

    /// The command that writes `path` without nulls.
    static func cleaningCommand(for path: String, format: SourceFormat) -> String {
        guard path != "-" else { return "ecslint render - > task-definition.json" }
        var output = path
        if format == .yaml || !path.lowercased().hasSuffix(".json") {
            let stem = path.split(separator: "/").last.map { name in
                name.contains(".") ? name.split(separator: ".").dropLast().joined(separator: ".") : String(name)
            }
            let folder =
                path.contains("/")
                ? path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/") + "/"
                : ""
            output = folder + (stem ?? "task-definition") + ".json"
        }
        return "ecslint render \(shellQuoted(path)) -o \(shellQuoted(output))"
    }

    /// A path quoted for a POSIX shell when it needs to be.
    static func shellQuoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "-_./+,@%=:".unicodeScalars.contains($0)
        }
        return plain && !text.isEmpty ? text : "'" + text.replacing("'", with: "'\\''") + "'"
    }
}

extension TextReporter {
    /// The one block that stands for all the nulls of a file.
    func renderNullSummary(_ nulls: NullSummary, path: String, format: SourceFormat, frame: CodeFrame) -> String {
        guard let first = nulls.findings.first else { return "" }
        let position = first.range.start
        var text = style.bold("\(path):\(position.line):\(position.column):")
        text += " \(style.severity(first.severity)): \(nulls.findings.count) null values: the AWS CLI rejects each one"
        text += " (the Deploy to Amazon ECS action drops them) [\(first.code)]\n"
        text += frame.render(first.range, style: style)
        var lines: [Int] = []
        for finding in nulls.findings where lines.last != finding.range.start.line {
            lines.append(finding.range.start.line)
        }
        var listed = lines.prefix(NullSummary.listedLines).map(String.init).joined(separator: ", ")
        if lines.count > NullSummary.listedLines { listed += ", …" }
        text += "  at lines \(listed) (\(nulls.findings.count) findings; other report formats list each one)\n"
        text += "  \(style.fix("fix:")) remove every null: "
        text += "\(NullSummary.cleaningCommand(for: path, format: format)) writes the file without them\n"
        return text + "\n"
    }
}
