/// The versioned JSON report (`--format json`), version 1.
///
/// Later versions may add fields but never rename or remove one. Lines and
/// columns are 1-based; columns count Unicode scalars; `endLine`/`endColumn`
/// point just after the last character of the range. `url` (added) is the
/// rule's published page for this version, for findings of a known rule.
public struct JSONReporter: StreamingReporter {
    /// Creates the reporter.
    public init() {}

    /// Every rule by code, for the `url` of a finding.
    private static let rulesByCode: [String: RuleDescriptor] = Dictionary(
        RuleRegistry.descriptors.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    public func header(toolVersion: String) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("version", 1)
        json.key("tool")
        json.beginObject()
        json.field("name", "ecslint")
        json.field("version", toolVersion)
        json.endObject()
        json.key("files")
        json.beginArray()
        return json.output
    }

    public func part(for file: FileReport, after written: RunSummary) -> String {
        var json = JSONWriter(continuingInside: [true, written.files > 0])
        write(file, version: written.toolVersion, into: &json)
        return json.output
    }

    public func footer(_ summary: RunSummary) -> String {
        var json = JSONWriter(continuingInside: [true, summary.files > 0])
        json.endArray()
        json.key("summary")
        json.beginObject()
        json.field("files", summary.files)
        json.field("errors", summary.errors)
        json.field("warnings", summary.warnings)
        json.field("infos", summary.infos)
        json.endObject()
        json.endObject()
        return json.output + "\n"
    }

    private func write(_ file: FileReport, version: String, into json: inout JSONWriter) {
        json.beginObject()
        json.field("path", file.source.path)
        json.field("format", file.format.rawValue)
        json.key("kinds")
        json.beginArray()
        for kind in file.kinds { json.string(kind.reportName) }
        json.endArray()
        json.key("findings")
        json.beginArray()
        for finding in file.findings {
            json.beginObject()
            json.field("rule", finding.code)
            json.field("name", finding.slug)
            json.field("severity", finding.severity.rawValue)
            json.field("stage", finding.stage.rawValue)
            json.field("message", finding.message)
            json.field("fix", finding.fix)
            json.field("pointer", finding.pointer.description)
            json.field("document", finding.document)
            json.field("line", finding.range.start.line)
            json.field("column", finding.range.start.column)
            json.field("endLine", finding.range.end.line)
            json.field("endColumn", finding.range.end.column)
            json.field("offset", finding.range.start.offset)
            json.field("endOffset", finding.range.end.offset)
            if let label = finding.label {
                json.field("resource", label)
            }
            if let rule = Self.rulesByCode[finding.code] {
                json.field("url", RulePage.url(for: rule, version: version))
            }
            if !finding.notes.isEmpty {
                json.key("notes")
                json.beginArray()
                for note in finding.notes {
                    json.beginObject()
                    json.field("message", note.message)
                    json.field("pointer", note.pointer.description)
                    if let path = note.path {
                        json.field("path", path)
                    }
                    if let range = note.range {
                        json.field("line", range.start.line)
                        json.field("column", range.start.column)
                    }
                    json.endObject()
                }
                json.endArray()
            }
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}

extension JSONReporter: RegisteredReporter {
    public static let identifier = "json"
    public static let summary = "tools"

    public static func make(_ settings: ReportSettings) -> any StreamingReporter { JSONReporter() }
}
