/// The SARIF 2.1.0 report (`--format sarif`), for GitHub code scanning and
/// other SARIF viewers.
///
/// One run whose `tool.driver.rules` is the whole rule catalog (code as `id`,
/// slug as `name`, title, summary, the rule's page as `help.text` and
/// `help.markdown` (GitHub shows these, not `helpUri`), a link to the page of
/// this version as `helpUri`, the default level, and `properties.tags` with
/// the stage, plus `security` and a `security-severity` score for the rules
/// in `SecurityClassification`), and one result per finding with its level
/// (`error`, `warning`, or `note` for info), message and fix, location, notes
/// as `relatedLocations`, and a `partialFingerprints` entry
/// (`FindingFingerprint`) built from the path, code, document and JSON
/// Pointer, so it survives edits elsewhere in the file.
///
/// Locations are relative to the repository: `originalUriBaseIds` defines
/// `%SRCROOT%` (the run's `SourceRoot`, when known) and every location inside
/// it has a relative `uri` with `uriBaseId: "%SRCROOT%"`, which is how GitHub
/// matches results to files of the checkout. A file outside the root gets an
/// absolute `file://` URI. Every byte outside `A–Z a–z 0–9 - . _ ~ /` is
/// percent-encoded.
///
/// Regions give lines and columns only. Columns count Unicode scalars, which
/// the run declares with `columnKind: "unicodeCodePoints"`. `charOffset` and
/// `byteOffset` are left out: findings keep byte offsets counted after a
/// dropped byte-order mark, which are neither SARIF character offsets nor
/// reliable byte offsets. Like every reporter, it prints no source line, so
/// no range from `FileReport.sensitiveRanges`.
public struct SARIFReporter: Reporter {
    /// The rules listed in `tool.driver.rules`; results point into it by index.
    public var rules: [RuleDescriptor]
    /// The URL that `rules/ECS301.md` is relative to in each rule's `helpUri`;
    /// `{version}` stands for the tool version.
    public var documentationBaseURL: String
    /// The project's home page, written as the driver's `informationUri`.
    public var informationURI: String

    /// The project's home page.
    public static let defaultInformationURI = "https://github.com/ecslint/ecslint"
    /// Where the rule pages are published: the release tag of the version.
    public static let defaultDocumentationBaseURL = RulePage.publishedBaseURL
    /// The name of the base URI that locations are relative to.
    public static let sourceRootID = "%SRCROOT%"
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
        if let root = run.sourceRoot {
            json.key("originalUriBaseIds")
            json.beginObject()
            json.key(Self.sourceRootID)
            json.beginObject()
            json.field("uri", root.uri)
            json.endObject()
            json.endObject()
        }
        json.key("results")
        json.beginArray()
        for file in run.files {
            let path = run.repositoryPath(of: file.source.path)
            let location = Self.artifactLocation(path)
            let fingerprints = FindingFingerprint.fingerprints(of: file.findings, path: path)
            for (finding, fingerprint) in zip(file.findings, fingerprints) {
                write(
                    finding, location: location, fingerprint: fingerprint, ruleIndex: ruleIndex[finding.code],
                    into: &json)
            }
        }
        json.endArray()
        json.field("columnKind", "unicodeCodePoints")
        json.endObject()
        json.endArray()
        json.endObject()
        return json.output + "\n"
    }

    /// The `helpUri` of a rule: its page under `rules/` for the tool version.
    func helpURI(for rule: RuleDescriptor, version: String = ECSLintVersion.current) -> String {
        RulePage.url(for: rule, version: version, baseURL: documentationBaseURL)
    }

    /// Where a report path is: relative to `%SRCROOT%`, or an absolute `file://` URI.
    static func artifactLocation(_ path: String) -> (uri: String, baseID: String?) {
        path.hasPrefix("/") ? (uri(forPath: path), nil) : (uri(forPath: path), sourceRootID)
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
            json.beginObject()
            json.field("text", RulePage.plainText(for: rule, showingFindings: false))
            json.field("markdown", RulePage.markdown(for: rule, showingFindings: false))
            json.endObject()
            json.field("helpUri", helpURI(for: rule, version: run.toolVersion))
            json.key("defaultConfiguration")
            json.beginObject()
            json.field("level", Self.level(rule.severity))
            json.endObject()
            json.key("properties")
            json.beginObject()
            json.field("stage", rule.stage.rawValue)
            json.key("tags")
            json.beginArray()
            let securitySeverity = SecurityClassification.securitySeverity(of: rule.code)
            if securitySeverity != nil { json.string("security") }
            json.string(rule.stage.rawValue)
            json.endArray()
            if let securitySeverity {
                json.field("security-severity", securitySeverity)
            }
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
    }

    private func write(
        _ finding: Finding, location: (uri: String, baseID: String?), fingerprint: String, ruleIndex: Int?,
        into json: inout JSONWriter
    ) {
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
        writePhysicalLocation(location, range: finding.range, into: &json)
        json.endObject()
        json.endArray()
        if !finding.notes.isEmpty {
            json.key("relatedLocations")
            json.beginArray()
            for (index, note) in finding.notes.enumerated() {
                json.beginObject()
                json.field("id", index)
                if let range = note.range {
                    writePhysicalLocation(
                        note.path.map { Self.artifactLocation($0) } ?? location, range: range, into: &json)
                }
                json.key("message")
                Self.writeText(note.message, into: &json)
                json.endObject()
            }
            json.endArray()
        }
        json.key("partialFingerprints")
        json.beginObject()
        json.field("ecslint/v1", fingerprint)
        json.endObject()
        json.endObject()
    }

    private func writePhysicalLocation(
        _ location: (uri: String, baseID: String?), range: SourceRange, into json: inout JSONWriter
    ) {
        json.key("physicalLocation")
        json.beginObject()
        json.key("artifactLocation")
        json.beginObject()
        json.field("uri", location.uri)
        if let baseID = location.baseID { json.field("uriBaseId", baseID) }
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
        (path.hasPrefix("/") ? "file://" : "") + PathURI.encoded(path)
    }

    /// The fingerprint of a finding's first occurrence (see `FindingFingerprint`).
    static func fingerprint(path: String, finding: Finding) -> String {
        FindingFingerprint.fingerprint(path: path, finding: finding)
    }
}

extension SARIFReporter: RegisteredReporter {
    public static let identifier = "sarif"
    public static let summary = "GitHub code scanning and SARIF viewers"

    public static func make(_ settings: ReportSettings) -> any StreamingReporter {
        BufferedReporter(SARIFReporter(), sourceRoot: settings.sourceRoot)
    }
}
