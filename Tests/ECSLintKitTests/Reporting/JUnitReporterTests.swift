import Testing

@testable import ECSLintKit

@Suite struct JUnitReporterTests {
    static let thresholds: [(name: String, threshold: Severity?)] = [
        ("junit.xml", .error), ("junit-fail-on-warning.xml", .warning), ("junit-never.xml", nil),
    ]

    @Test(arguments: 0..<thresholds.count)
    func matchesGoldenFile(_ index: Int) throws {
        let (name, threshold) = Self.thresholds[index]
        let output = JUnitReporter(failureThreshold: threshold).render(ReporterFixtures.run)
        try ReporterGolden.check(output, matches: name)
    }

    @Test(
        .enabled(
            if: XMLSchemaValidator.schemasAvailable, "../shared/schemas/ (JUnit XSDs) is not beside the repository"),
        arguments: XMLSchemaValidator.junitSchemas)
    func validatesAgainstSchema(_ schema: String) {
        let reports: [(String, String)] =
            Self.thresholds.map { name, threshold in
                (name, JUnitReporter(failureThreshold: threshold).render(ReporterFixtures.run))
            } + [
                ("empty run", JUnitReporter().render(LintRun(files: []))),
                (
                    "timestamp, hostname and blank path",
                    JUnitReporter(
                        failureThreshold: .info, timestamp: JUnitReporter.Timestamp(secondsSince1970: 1_709_208_000),
                        hostname: "ci runner 7"
                    ).render(
                        LintRun(files: [
                            FileReport(
                                source: SourceText(path: " ", text: ""), format: .json,
                                findings: ReporterFixtures.web.findings)
                        ]))
                ),
                ("blank hostname", JUnitReporter(hostname: " ").render(LintRun(files: [ReporterFixtures.clean]))),
            ]
        for (name, xml) in reports {
            let errors = XMLSchemaValidator.errors(validating: xml, against: schema)
            #expect(
                errors.isEmpty, "\(name) is not valid against \(schema):\n\(errors.joined(separator: "\n"))\n\(xml)")
        }
    }

    @Test(
        .enabled(
            if: XMLSchemaValidator.schemasAvailable, "../shared/schemas/ (JUnit XSDs) is not beside the repository"),
        arguments: XMLSchemaValidator.junitSchemas)
    func validatorRejectsAnInvalidReport(_ schema: String) {
        let invalid = #"<?xml version="1.0"?><testsuites><testsuite name="x"><testcase/></testsuite></testsuites>"#
        #expect(!XMLSchemaValidator.errors(validating: invalid, against: schema).isEmpty)
    }

    @Test func countsFailuresAtOrAboveTheThreshold() {
        let run = ReporterFixtures.run
        let counts = { (threshold: Severity?) -> [Int] in
            run.files.map { file in file.findings.count { JUnitReporter(failureThreshold: threshold).fails($0) } }
        }
        #expect(counts(.error) == [1, 0, 1])
        #expect(counts(.warning) == [2, 0, 3])
        #expect(counts(.info) == [3, 0, 3])
        #expect(counts(nil) == [0, 0, 0])
    }

    @Test func listsEveryFileAndNamesTestCasesByRuleAndPointer() {
        let output = JUnitReporter().render(ReporterFixtures.run)
        #expect(output.contains(#"<testsuite name="samples/bad/web.json" tests="1" failures="1" errors="0""#))
        #expect(
            output.contains(
                #"<testcase name="ECS301 host-port-mismatch /containerDefinitions/0/portMappings/0/hostPort" classname="samples/bad/web.json" time="0">"#
            ))
        #expect(output.contains(#"<testcase name="ecslint" classname="samples/good/clean task.yaml" time="0"/>"#))
        #expect(
            output.contains(
                #"<failure message="13:23: hostPort 8081 must equal containerPort 8080 when networkMode is awsvpc" type="ECS301">"#
            ))
        #expect(
            output.contains(
                "samples/bad/web.json:7:16: warning: image &quot;nginx:latest&quot; uses the mutable tag latest [ECS501]"
            ))
    }

    @Test func aFindingThatMovesByALineKeepsItsTestCaseName() {
        var moved = ReporterFixtures.web
        moved.findings[2].range = SourceRange(at: SourcePosition(line: 14, column: 23, offset: 300))
        let before = JUnitReporter.testCaseNames(ReporterFixtures.web.findings)
        let after = JUnitReporter.testCaseNames(moved.findings)
        #expect(before == after)
        #expect(!JUnitReporter().render(LintRun(files: [moved])).contains("13:23"))
        #expect(JUnitReporter().render(LintRun(files: [moved])).contains("14:23: hostPort"))
    }

    @Test func repeatsAndLaterDocumentsGetDistinctNames() {
        let finding = ReporterFixtures.web.findings[2]
        var later = finding
        later.document = 1
        var whole = finding
        whole.pointer = .root
        let names = JUnitReporter.testCaseNames([finding, finding, later, whole])
        #expect(
            names == [
                "ECS301 host-port-mismatch /containerDefinitions/0/portMappings/0/hostPort",
                "ECS301 host-port-mismatch /containerDefinitions/0/portMappings/0/hostPort #2",
                "ECS301 host-port-mismatch /containerDefinitions/0/portMappings/0/hostPort (document 2)",
                "ECS301 host-port-mismatch (root)",
            ])
    }

    @Test func escapesMarkupAndReplacesCharactersXMLCannotHold() {
        let output = JUnitReporter().render(ReporterFixtures.run)
        #expect(output.contains("name=\"deploy/a,b:c%20 &amp; &lt;d&gt;.yaml\""))
        #expect(output.contains("&#10;with 100% &lt;valid&gt; &amp; &quot;quoted&quot;\u{FFFD}\" type=\"ECS212\""))
        #expect(!output.contains("\u{1}"))
    }

    @Test(arguments: [
        (0, "1970-01-01T00:00:00"), (951_782_400, "2000-02-29T00:00:00"), (1_700_000_000, "2023-11-14T22:13:20"),
        (1_709_208_000, "2024-02-29T12:00:00"), (4_102_444_799, "2099-12-31T23:59:59"),
        (-5, "1970-01-01T00:00:00"), (Int.max, "9999-12-31T23:59:59"),
    ])
    func formatsTimestamps(_ seconds: Int, _ expected: String) {
        #expect(JUnitReporter.Timestamp(secondsSince1970: seconds).description == expected)
    }
}
