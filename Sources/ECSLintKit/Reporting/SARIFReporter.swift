/// The SARIF 2.1.0 report (`--format sarif`), for GitHub code scanning and
/// other SARIF viewers.
///
/// One run whose `tool.driver.rules` is the whole rule catalog (code as `id`,
/// slug as `name`, title, summary, fix as help, a link to the rule's page, the
/// default level and the stage), and one result per finding with its level
/// (`error`, `warning`, or `note` for info), message and fix, location, notes
/// as `relatedLocations`, and a `partialFingerprints` entry built from the
/// path, code, document and JSON Pointer, so it survives edits elsewhere in
/// the file.
///
/// Regions give lines and columns only. Columns count Unicode scalars, which
/// the run declares with `columnKind: "unicodeCodePoints"`. `charOffset` and
/// `byteOffset` are left out: findings keep byte offsets counted after a
/// dropped byte-order mark, which are neither SARIF character offsets nor
/// reliable byte offsets. Paths become URI references: relative paths stay
/// relative, absolute ones become `file://` URIs, and every byte outside
/// `A–Z a–z 0–9 - . _ ~ /` is percent-encoded. Like every reporter, it prints
/// no source line, so no range from `FileReport.sensitiveRanges`.
public struct SARIFReporter: Reporter {
    /// The rules listed in `tool.driver.rules`; results point into it by index.
    public var rules: [RuleDescriptor]
    /// The URL that `rules/ECS301.md` is relative to in each rule's `helpUri`.
    public var documentationBaseURL: String
    /// The project's home page, written as the driver's `informationUri`.
    public var informationURI: String

    /// The project's home page.
    public static let defaultInformationURI = "https://github.com/ecslint/ecslint"
    /// Where the rule pages are published: the repository's main branch.
    public static let defaultDocumentationBaseURL = "https://github.com/ecslint/ecslint/blob/main/"
    /// The `$schema` written at the top: the OASIS schema, errata 01.
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// Creates the reporter.
    public init(
        rules: [RuleDescriptor] = RuleRegistry.descriptors,
        documentationBaseURL: String = SARIFReporter.defaultDocumentationBaseURL,
        informationURI: String = SARIFReporter.defaultInformationURI
    ) {
        self.rules = rules
        self.documentationBaseURL = documentationBaseURL
        self.informationURI = informationURI
    }

    public func render(_ run: LintRun) -> String {
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() where ruleIndex[rule.code] == nil {
            ruleIndex[rule.code] = index
        }
        var json = JSONWriter()
        json.beginObject()
        json.field("$schema", Self.schemaURI)
        json.field("version", "2.1.0")
        json.key("runs")
        json.beginArray()
        json.beginObject()
        writeTool(run, into: &json)
        json.key("results")
        json.beginArray()
        for file in run.files {
            for finding in file.findings {
                write(finding, path: file.source.path, ruleIndex: ruleIndex[finding.code], into: &json)
            }
        }
        json.endArray()
        json.field("columnKind", "unicodeCodePoints")
        json.endObject()
        json.endArray()
        json.endObject()
        return json.output + "\n"
    }

    /// The `helpUri` of a rule: its page under `rules/`.
    func helpURI(for rule: RuleDescriptor) -> String {
        let base = documentationBaseURL.hasSuffix("/") ? documentationBaseURL : documentationBaseURL + "/"
        return base + "rules/" + RulePage.fileName(for: rule)
    }

    private func writeTool(_ run: LintRun, into json: inout JSONWriter) {
        json.key("tool")
        json.beginObject()
        json.key("driver")
        json.beginObject()
        json.field("name", "ecslint")
        json.field("version", run.toolVersion)
        json.field("informationUri", informationURI)
        json.key("rules")
        json.beginArray()
        for rule in rules {
            json.beginObject()
            json.field("id", rule.code)
            json.field("name", rule.slug)
            json.key("shortDescription")
            Self.writeText(rule.title, into: &json)
            json.key("fullDescription")
            Self.writeText(rule.summary, into: &json)
            json.key("help")
            Self.writeText(rule.fix, into: &json)
            json.field("helpUri", helpURI(for: rule))
            json.key("defaultConfiguration")
            json.beginObject()
            json.field("level", Self.level(rule.severity))
            json.endObject()
            json.key("properties")
            json.beginObject()
            json.field("stage", rule.stage.rawValue)
            json.key("tags")
            json.beginArray()
            json.string(rule.stage.rawValue)
            json.endArray()
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
    }

    private func write(_ finding: Finding, path: String, ruleIndex: Int?, into json: inout JSONWriter) {
        json.beginObject()
        json.field("ruleId", finding.code)
        if let ruleIndex {
            json.field("ruleIndex", ruleIndex)
        }
        json.field("level", Self.level(finding.severity))
        json.key("message")
        Self.writeText(
            finding.fix.map { "\(finding.labeledMessage) (fix: \($0))" } ?? finding.labeledMessage, into: &json)
        json.key("locations")
        json.beginArray()
        json.beginObject()
        writePhysicalLocation(path: path, range: finding.range, into: &json)
        json.endObject()
        json.endArray()
        if !finding.notes.isEmpty {
            json.key("relatedLocations")
            json.beginArray()
            for (index, note) in finding.notes.enumerated() {
                json.beginObject()
                json.field("id", index)
                if let range = note.range {
                    writePhysicalLocation(path: note.path ?? path, range: range, into: &json)
                }
                json.key("message")
                Self.writeText(note.message, into: &json)
                json.endObject()
            }
            json.endArray()
        }
        json.key("partialFingerprints")
        json.beginObject()
        json.field("ecslint/v1", Self.fingerprint(path: path, finding: finding))
        json.endObject()
        json.endObject()
    }

    private func writePhysicalLocation(path: String, range: SourceRange, into json: inout JSONWriter) {
        json.key("physicalLocation")
        json.beginObject()
        json.key("artifactLocation")
        json.beginObject()
        json.field("uri", Self.uri(forPath: path))
        json.endObject()
        json.key("region")
        json.beginObject()
        let startLine = max(1, range.start.line)
        let startColumn = max(1, range.start.column)
        let endsBefore = range.end.line < startLine || (range.end.line == startLine && range.end.column < startColumn)
        json.field("startLine", startLine)
        json.field("startColumn", startColumn)
        json.field("endLine", endsBefore ? startLine : range.end.line)
        json.field("endColumn", endsBefore ? startColumn : max(1, range.end.column))
        json.endObject()
        json.endObject()
    }

    private static func writeText(_ text: String, into json: inout JSONWriter) {
        json.beginObject()
        json.field("text", text)
        json.endObject()
    }

    /// The SARIF level of a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A path as a URI reference: percent-encoded, `file://` when absolute.
    static func uri(forPath path: String) -> String {
        var result = path.hasPrefix("/") ? "file://" : ""
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return result
    }

    /// A stable identity for a finding that does not move with line numbers:
    /// FNV-1a (64 bits, hexadecimal) of the path, code, document and pointer.
    static func fingerprint(path: String, finding: Finding) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let key = "\(path)\u{0}\(finding.code)\u{0}\(finding.document)\u{0}\(finding.pointer)"
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
