import Testing

@testable import ECSLintKit

@Suite struct GitHubReporterTests {
    @Test func matchesGoldenFile() throws {
        try ReporterGolden.check(GitHubReporter().render(ReporterFixtures.run), matches: "github.txt")
    }

    @Test func writesOneCommandLinePerFinding() {
        let output = GitHubReporter().render(ReporterFixtures.run)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 7)
        #expect(lines.last == "")
        #expect(
            lines.contains(
                "::error file=samples/bad/web.json,line=13,col=23,endLine=13,endColumn=27,title=ECS301 host-port-mismatch::"
                    + "hostPort 8081 must equal containerPort 8080 when networkMode is awsvpc (fix: remove hostPort, or set it to 8080)"
                    + "%0Anote: containerPort is 8080 here at samples/bad/web.json:12:28"
                    + "%0Anote: networkMode defaults to awsvpc on Fargate"))
        #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 1)
    }

    @Test(arguments: [
        ("plain", "plain", "plain"),
        ("100% done", "100%25 done", "100%25 done"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("x:y,z", "x:y,z", "x%3Ay%2Cz"),
        ("%0A", "%250A", "%250A"),
        (":: not the end", ":: not the end", "%3A%3A not the end"),
    ])
    func escapesDataAndProperties(_ raw: String, _ data: String, _ property: String) {
        #expect(GitHubReporter.escapedData(raw) == data)
        #expect(GitHubReporter.escapedProperty(raw) == property)
    }

    @Test func writesColumnsOnlyForSingleLineRanges() {
        let output = GitHubReporter().render(LintRun(files: [ReporterFixtures.escapes]))
        #expect(
            output.contains(
                "::warning file=deploy/a%2Cb%3Ac%2520 & <d>.yaml,line=7,endLine=9,title=ECS999 experimental-check::"))
        #expect(output.contains(",line=9,col=12,endLine=9,endColumn=17,title=ECS210 memory-too-small::"))
        let empty = Finding(
            code: InvalidSyntax.code, slug: "invalid-syntax", severity: .error, stage: .syntax,
            message: "unexpected end",
            fix: nil,
            pointer: .root, range: SourceRange(at: SourcePosition(line: 3, column: 5, offset: 20)))
        let file = FileReport(source: SourceText(path: "x.json", text: "{\n\n    "), format: .json, findings: [empty])
        #expect(
            GitHubReporter().render(LintRun(files: [file]))
                == "::error file=x.json,line=3,col=5,endLine=3,title=ECS001 invalid-syntax::unexpected end\n")
    }
}

@Suite struct ReporterSecretTests {
    static let reporters: [(String, any Reporter)] = [
        ("junit", JUnitReporter(failureThreshold: .info)), ("sarif", SARIFReporter(rules: ReporterFixtures.rules)),
        ("github", GitHubReporter()),
    ]

    @Test(arguments: 0..<reporters.count)
    func neverPrintsASensitiveRange(_ index: Int) {
        let (name, reporter) = Self.reporters[index]
        let output = reporter.render(ReporterFixtures.run)
        #expect(!output.contains(ReporterFixtures.secret), "\(name) printed the secret")
        #expect(output.contains(Secrets.masked(ReporterFixtures.secret)), "\(name) dropped the masked message")
    }
}
