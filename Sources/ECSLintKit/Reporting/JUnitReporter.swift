/// The JUnit XML report (`--format junit`) for the test views of CI systems
/// (Jenkins, GitLab, Azure DevOps, CircleCI, …).
///
/// - `<testsuites>` holds one `<testsuite>` per file linted, in run order:
///   `name` and `package` are the path, `id` its 0-based position, `time` is
///   `0` (files are not timed), `errors` and `skipped` are always `0`.
/// - Every finding whose severity is at or above ``failureThreshold`` is one
///   `<testcase>` (`classname` = the path, `name` = the rule and the JSON
///   Pointer: `ECS301 host-port-mismatch /containerDefinitions/0/portMappings/0/hostPort`,
///   with `(document 2)` in a later YAML document and `#2` for a second
///   finding of the rule at the same place) holding one
///   `<failure type="ECS301" message="12:21: …">`. The name holds no line
///   or column, so a finding that moves by a line is the same test in CI's
///   test history; the position is in the message and the failure text,
///   which gives the severity, stage, message, `path:line:column`, pointer,
///   fix and notes. Syntax errors are findings like any other, so they are
///   failures too, never `<error>`: the failure counts equal the counts of
///   failing findings in the JSON report.
/// - A file with no failing finding gets one passing `<testcase name="ecslint">`,
///   so the CI lists every file that was linted.
/// - Findings below the threshold (all of them when it is nil) are not test
///   cases: a run that passes CI shows no red test. They are listed one per
///   line, `path:line:column: severity: message [code] (fix: …)`, in the
///   suite's `<system-out>`.
///
/// The output validates against both Jenkins' xunit schema and the strict Ant
/// JUnitReport schema, which is why `<testsuites>` has no attributes and each
/// suite always has `timestamp`, `hostname`, `<properties>` (the ecslint
/// version, the file's format and the threshold), `<system-out>` and
/// `<system-err>`. Like every reporter, it prints no source line, so no range
/// from `FileReport.sensitiveRanges`.
public struct JUnitReporter: StreamingReporter {
    /// The lowest severity that makes a finding a failed test case; nil makes
    /// none fail. The command line sets its `--fail-on` level here.
    public var failureThreshold: Severity?
    /// When the run happened, written as every suite's `timestamp`.
    public var timestamp: Timestamp
    /// The machine the run happened on, written as every suite's `hostname`
    /// (`localhost` when empty).
    public var hostname: String

    /// Creates the reporter. The defaults give reproducible output; the command
    /// line should pass the current time.
    public init(failureThreshold: Severity? = .error, timestamp: Timestamp = .unixEpoch, hostname: String = "localhost")
    {
        self.failureThreshold = failureThreshold
        self.timestamp = timestamp
        self.hostname = hostname
    }

    /// A UTC date and time, written `YYYY-MM-DDTHH:MM:SS` (the form both JUnit
    /// schemas accept: no fraction, no zone).
    public struct Timestamp: Sendable, Hashable, CustomStringConvertible {
        /// Seconds since 1970-01-01T00:00:00 UTC, clamped to years 1970…9999.
        public let secondsSince1970: Int

        /// The latest time that has a four-digit year.
        private static let maximum = 253_402_300_799

        /// Creates a timestamp from Unix time (for example `time(nil)`).
        public init(secondsSince1970: Int) {
            self.secondsSince1970 = min(max(secondsSince1970, 0), Self.maximum)
        }

        /// 1970-01-01T00:00:00.
        public static let unixEpoch = Timestamp(secondsSince1970: 0)

        public var description: String {
            let days = secondsSince1970 / 86_400
            let seconds = secondsSince1970 % 86_400
            let date = CivilDate(daysSince1970: days)
            return "\(Self.digits(date.year, 4))-\(Self.digits(date.month, 2))-\(Self.digits(date.day, 2))T"
                + "\(Self.digits(seconds / 3600, 2)):\(Self.digits(seconds / 60 % 60, 2)):\(Self.digits(seconds % 60, 2))"
        }

        private static func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
    }

    public func render(_ run: LintRun) -> String {
        do {
            return try document(for: run)
        } catch {
            return fallbackDocument(error)
        }
    }

    public func header(toolVersion: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
    }

    /// One `<testsuite>`, written inside a document of its own so that
    /// libxml2 indents and escapes it as in the whole document, then cut out.
    public func part(for file: FileReport, after written: RunSummary) -> String {
        do {
            // The document is started as in `render` (with its UTF-8
            // declaration, else libxml2 escapes every non-ASCII character).
            let xml = try XMLTextWriter()
            try xml.startDocument()
            try xml.startElement("testsuites")
            try write(file, id: written.files, toolVersion: written.toolVersion, into: xml)
            try xml.endElement()
            try xml.endDocument()
            let whole = try xml.output().utf8
            let opening = header(toolVersion: written.toolVersion).utf8.count
            let closing = footer(written).utf8.count
            guard whole.count > opening + closing else { return "" }
            return String(decoding: whole.dropFirst(opening).dropLast(closing), as: UTF8.self)
        } catch {
            return "  <!-- ecslint could not write the suite of \(file.source.path) (\(error)) -->\n"
        }
    }

    public func footer(_ summary: RunSummary) -> String {
        "</testsuites>\n"
    }

    /// Whether a finding is a failed test case.
    func fails(_ finding: Finding) -> Bool {
        guard let failureThreshold else { return false }
        return finding.severity >= failureThreshold
    }

    private var hostnameToken: String {
        hostname.allSatisfy(\.isWhitespace) ? "localhost" : hostname
    }

    private func document(for run: LintRun) throws(XMLWriterError) -> String {
        let xml = try XMLTextWriter()
        try xml.startDocument()
        try xml.startElement("testsuites")
        for (index, file) in run.files.enumerated() {
            try write(file, id: index, toolVersion: run.toolVersion, into: xml)
        }
        try xml.endElement()
        try xml.endDocument()
        return try xml.output()
    }

    private func write(_ file: FileReport, id: Int, toolVersion: String, into xml: XMLTextWriter) throws(XMLWriterError)
    {
        let path = file.source.path.allSatisfy(\.isWhitespace) ? "(unnamed)" : file.source.path
        let failing = file.findings.filter(fails)
        let passing = file.findings.filter { !fails($0) }

        try xml.startElement("testsuite")
        try xml.attribute("name", path)
        try xml.attribute("tests", max(failing.count, 1))
        try xml.attribute("failures", failing.count)
        try xml.attribute("errors", 0)
        try xml.attribute("skipped", 0)
        try xml.attribute("time", "0")
        try xml.attribute("timestamp", timestamp.description)
        try xml.attribute("hostname", hostnameToken)
        try xml.attribute("id", id)
        try xml.attribute("package", path)

        try xml.startElement("properties")
        for (name, value) in [
            ("ecslint.version", toolVersion),
            ("ecslint.format", file.format.rawValue),
            ("ecslint.failOn", failureThreshold?.rawValue ?? "never"),
        ] {
            try xml.startElement("property")
            try xml.attribute("name", name)
            try xml.attribute("value", value)
            try xml.endElement()
        }
        try xml.endElement()

        if failing.isEmpty {
            try xml.startElement("testcase")
            try xml.attribute("name", "ecslint")
            try xml.attribute("classname", path)
            try xml.attribute("time", "0")
            try xml.endElement()
        }
        for (finding, name) in zip(failing, Self.testCaseNames(failing)) {
            let position = finding.range.start
            try xml.startElement("testcase")
            try xml.attribute("name", name)
            try xml.attribute("classname", path)
            try xml.attribute("time", "0")
            try xml.startElement("failure")
            try xml.attribute("message", "\(position.line):\(position.column): \(finding.labeledMessage)")
            try xml.attribute("type", finding.code)
            try xml.text(failureText(finding, path: path))
            try xml.endElement()
            try xml.endElement()
        }

        try xml.startElement("system-out")
        try xml.text(passing.map { summaryLine($0, path: path) }.joined())
        try xml.endElement()
        try xml.startElement("system-err")
        try xml.endElement()
        try xml.endElement()
    }

    /// The test case names of failing findings: rule code, slug and JSON
    /// Pointer (`(root)` for the whole document), the document number after the
    /// first, and `#2`, `#3`, … for repeats, so names are unique in a suite.
    static func testCaseNames(_ findings: [Finding]) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let pointer = finding.pointer.tokens.isEmpty ? "(root)" : finding.pointer.description
            var name = "\(finding.code) \(finding.slug) \(pointer)"
            if finding.document > 0 { name += " (document \(finding.document + 1))" }
            if let label = finding.label { name += " (resource \(label))" }
            let count = seen[name, default: 0] + 1
            seen[name] = count
            return count == 1 ? name : "\(name) #\(count)"
        }
    }

    /// The text of a `<failure>`: everything a reader needs without the source.
    func failureText(_ finding: Finding, path: String) -> String {
        let position = finding.range.start
        var text = "\(finding.severity.rawValue) (\(finding.stage.rawValue) stage: \(finding.stage.explanation))\n"
        text += "\(finding.labeledMessage)\n"
        text += "at \(path):\(position.line):\(position.column)"
        text += finding.document > 0 ? " (document \(finding.document + 1))\n" : "\n"
        if !finding.pointer.tokens.isEmpty {
            text += "pointer: \(finding.pointer)\n"
        }
        if let fix = finding.fix {
            text += "fix: \(fix)\n"
        }
        for note in finding.notes {
            if let range = note.range {
                text += "note: \(note.message) at \(note.path ?? path):\(range.start.line):\(range.start.column)\n"
            } else {
                text += "note: \(note.message)\n"
            }
        }
        return text
    }

    /// One line of a suite's `<system-out>` for a finding below the threshold.
    func summaryLine(_ finding: Finding, path: String) -> String {
        let position = finding.range.start
        let fix = finding.fix.map { " (fix: \($0))" } ?? ""
        return
            "\(path):\(position.line):\(position.column): \(finding.severity.rawValue): \(finding.labeledMessage) [\(finding.code)]\(fix)\n"
    }

    /// A valid report with one errored test case, for when libxml2 itself fails
    /// (it only does when memory runs out): CI then shows that the report is
    /// incomplete instead of reading a broken file.
    private func fallbackDocument(_ error: XMLWriterError) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites>
          <testsuite name="ecslint" tests="1" failures="0" errors="1" skipped="0" time="0" \
        timestamp="\(timestamp)" hostname="localhost" id="0" package="ecslint">
            <properties/>
            <testcase name="ecslint" classname="ecslint" time="0">
              <error message="ecslint could not write the JUnit report (\(error))" type="ecslint"/>
            </testcase>
            <system-out/>
            <system-err/>
          </testsuite>
        </testsuites>

        """
    }
}

extension JUnitReporter: RegisteredReporter {
    public static let identifier = "junit"
    public static let summary = "CI test reports (GitLab, Jenkins, …)"

    public static func make(_ settings: ReportSettings) -> any StreamingReporter {
        JUnitReporter(failureThreshold: settings.failureThreshold, timestamp: settings.timestamp)
    }
}
