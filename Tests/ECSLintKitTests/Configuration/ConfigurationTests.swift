import Testing

@testable import ECSLintKit

@Suite struct ConfigurationTests {
    func parse(_ text: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationLoader.parse(Array(text.utf8), path: "/repo/.ecslint.yml", baseDirectory: "/repo")
    }

    func error(_ text: String) -> ConfigurationError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func starterConfigurationParsesAndChangesNothing() throws {
        let configuration = try parse(StarterConfiguration.text)
        #expect(configuration.rules.isEmpty && configuration.ignores.isEmpty)
        #expect(configuration.failOn == nil && configuration.launchType == nil)
    }

    @Test func starterConfigurationNamesOnlyRealRules() {
        let text = StarterConfiguration.text
        let rulesBlock = text.split(separator: "\nrules:\n")[1].split(separator: "\nignore:")[0]
        let names = rulesBlock.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  # "), !line.hasPrefix("  #  "), let colon = line.firstIndex(of: ":") else {
                return nil
            }
            return String(line[line.index(line.startIndex, offsetBy: 4)..<colon])
        }
        #expect(names.count == 4)
        for name in names {
            #expect(RuleRegistry.descriptor(named: name) != nil, "the starter names no rule \(name)")
        }
    }

    @Test func everyProblemIsReportedAtOnceInFileOrder() {
        let text = "fail-on: sometimes\nrules:\n  latest-tag: off\n  ECS301: loud\nignore: 5\nlaunch_type: EC2\n"
        do {
            _ = try ConfigurationLoader.parseReportingAll(Array(text.utf8), path: "c.yml", baseDirectory: "/")
            Issue.record("the configuration is broken")
        } catch {
            let all = [error] + error.others
            #expect(all.map(\.position.line) == [1, 3, 4, 5, 6])
            #expect(all[1].message == #"no rule named "latest-tag"; did you mean "image-latest-tag"?"#)
            #expect(error.description.split(separator: "\n").count == 5)
        }
    }

    @Test func aValidFileParsesTheSameWithEveryProblemReported() throws {
        let text = "fail-on: warning\nrules:\n  ECS250: off\n"
        let configuration = try ConfigurationLoader.parseReportingAll(
            Array(text.utf8), path: "c.yml", baseDirectory: "/")
        #expect(configuration.failOn == .warning && configuration.rules[LaunchTypeNotDeclared.code]?.isEnabled == false)
    }

    @Test(arguments: [
        ("latest-tag", "image-latest-tag"), ("image-latst-tag", "image-latest-tag"), ("ecs-301", HostPortMismatch.code),
        ("host_port_mismatch", "host-port-mismatch"), ("privileged", "privileged-container"),
    ])
    func suggestsRuleNames(_ written: String, _ meant: String) {
        #expect(RuleNameSuggestion.suggestion(for: written) == meant)
    }

    @Test func pointerIgnoresCoverThePointerAndBelow() throws {
        let configuration = try parse(
            "ignore:\n  - paths: [web.json]\n    rules: [ECS713]\n    pointers: [/containerDefinitions/0]\n")
        func finding(_ pointer: JSONPointer, _ code: String = ImageLatestTag.code) -> Finding {
            Finding(
                code: code, slug: "x", severity: .warning, stage: .practice, message: "m", fix: nil, pointer: pointer)
        }
        let image = JSONPointer.root / "containerDefinitions" / 0 / "image"
        #expect(configuration.ignores(finding(image), inFileAt: "/repo/web.json"))
        #expect(
            !configuration.ignores(finding(.root / "containerDefinitions" / 1 / "image"), inFileAt: "/repo/web.json"))
        #expect(!configuration.ignores(finding(image, PrivilegedContainer.code), inFileAt: "/repo/web.json"))
        #expect(!configuration.ignores(finding(image), inFileAt: "/repo/api.json"))
        #expect(!configuration.ignores(code: ImageLatestTag.code, inFileAt: "/repo/web.json"))
    }

    @Test func baselinePathsAreRelativeToTheBaselineFile() {
        let location = Baseline.Location(directory: "/repo/ci", workingDirectory: "/repo/deploy")
        #expect(location.storedPath(for: "td.json") == "../deploy/td.json")
        #expect(location.storedPath(for: "./td.json") == "../deploy/td.json")
        #expect(location.storedPath(for: "/repo/deploy/td.json") == "../deploy/td.json")
        #expect(Baseline.normalised("./deploy//a/../td.json") == "deploy/td.json")
    }

    @Test func readsEverySetting() throws {
        let configuration = try parse(
            """
            fail-on: warning
            launch-type: fargate
            rules:
              ECS250: off
              duplicate-key: error
              ECS190:
                severity: error
                options:
                  required-tags: [team]
            ignore:
              - paths: ["legacy/**"]
                rules: [unknown-key]
              - paths: "generated/*.json"
            """)
        #expect(configuration.failOn == .warning)
        #expect(configuration.launchType == .fargate)
        #expect(configuration.setting(for: LaunchTypeNotDeclared.code).isEnabled == false)
        #expect(configuration.setting(for: DuplicateKey.code).severity == .error)
        #expect(configuration.setting(for: RequiredTags.code).options == ["required-tags": ["team"]])
        #expect(configuration.ignores(code: UnknownKey.code, inFileAt: "/repo/legacy/a/b.json"))
        #expect(!configuration.ignores(code: MissingRequiredKey.code, inFileAt: "/repo/legacy/a/b.json"))
        #expect(configuration.ignores(code: MissingRequiredKey.code, inFileAt: "/repo/generated/x.json"))
        #expect(!configuration.ignores(code: MissingRequiredKey.code, inFileAt: "/repo/generated/sub/x.json"))
    }

    @Test func unknownKeysAreErrorsWithASuggestion() throws {
        let failure = try #require(error("fail-on: error\nlaunch_type: EC2\n"))
        #expect(failure.message.contains("unknown key \"launch_type\""))
        #expect(failure.message.contains("did you mean \"launch-type\""))
        #expect(failure.position.line == 2 && failure.position.column == 1)
        #expect(failure.description.hasPrefix("/repo/.ecslint.yml:2:1: error:"))
    }

    @Test func unknownRulesAndOptionsAreErrors() throws {
        let rule = try #require(error("rules:\n  host-port-mismatsh: off\n"))
        #expect(rule.message.contains("did you mean \"host-port-mismatch\""))
        let option = try #require(error("rules:\n  ECS190:\n    options:\n      required-tag: [a]\n"))
        #expect(option.message.contains("accepted options: required-tags"))
        let severity = try #require(error("rules:\n  ECS190: loud\n"))
        #expect(severity.message.contains("is not one of info, warning, error"))
        let syntax = try #require(error("rules: [\n"))
        #expect(syntax.position.line >= 1)
    }

    @Test func globs() {
        #expect(PathGlob.matches("a/b/c.json", pattern: "**/*.json"))
        #expect(PathGlob.matches("c.json", pattern: "**/*.json"))
        #expect(PathGlob.matches("a/c.json", pattern: "a/*.json"))
        #expect(!PathGlob.matches("a/b/c.json", pattern: "a/*.json"))
        #expect(PathGlob.matches("a/b/c.json", pattern: "a/**"))
        #expect(PathGlob.matches("task-1.yaml", pattern: "task-?.yaml"))
        #expect(PathGlob.relativePath("/repo/x/y.json", to: "/repo") == "x/y.json")
        #expect(PathGlob.relativePath("./x/y.json", to: ".") == "x/y.json")
    }

    @Test func configuredRulesReachTheEngine() {
        let configuration = Configuration(rules: [RequiredTags.code: RuleSetting(options: ["required-tags": ["team"]])])
        let linter = Linter(options: LintOptions(configuration: configuration))
        let report = linter.lint(
            SourceText(
                path: "t.json",
                text: #"{"family": "a", "containerDefinitions": [{"name": "a", "image": "nginx:1.27", "memory": 64}]}"#)
        )
        #expect(report.findings.contains { $0.code == RequiredTags.code && $0.message.contains("\"team\"") })
    }
}

@Suite struct FindingFilterTests {
    let yaml = """
        family: web
        # ecslint-disable-next-line ECS004 -- used by our deploy tool
        x-owner: team-a
        # ecslint-disable-next-line ECS006
        containerDefinitions: [{name: app, image: "nginx:1.27", memory: 256}]
        # ecslint-disable-file ECS9999 -- typo
        """

    func report(_ text: String, path: String = "t.yaml") -> FileReport {
        Linter().lint(SourceText(path: path, text: text))
    }

    @Test func suppressionCommentsSilenceTheNextLineAndReportUnusedOnes() {
        let raw = report(yaml)
        #expect(raw.findings.contains { $0.code == UnknownKey.code })
        let filtered = FindingFilter().apply(to: raw)
        #expect(!filtered.findings.contains { $0.code == UnknownKey.code })
        let unused = filtered.findings.filter { $0.code == UnusedSuppression.code }
        #expect(unused.map(\.range.start.line) == [4, 6])
        #expect(unused.first?.message.contains(WrongType.code) == true)
        #expect(unused.last?.message.contains("\"ECS9999\"") == true)
    }

    @Test func fileWideSuppressionAndQuotedHashes() {
        let text = """
            # ecslint-disable-file unknown-key
            family: "web # ecslint-disable-file"
            a: 1
            b: 2
            containerDefinitions: [{name: app, image: "nginx:1.27", memory: 256}]
            """
        let filtered = FindingFilter().apply(to: report(text))
        #expect(!filtered.findings.contains { $0.code == UnknownKey.code })
        #expect(SuppressionComment.scan(SourceText(path: "t.yaml", text: text)).count == 1)
    }

    @Test func configurationTurnsRulesOffRegradesAndIgnoresPaths() {
        let raw = report(
            #"{"family": "a", "family": "b", "containerDefinitions": [], "cpu": 1}"#, path: "legacy/t.json")
        #expect(raw.findings.contains { $0.code == DuplicateKey.code })
        let regraded = FindingFilter(
            configuration: Configuration(rules: [DuplicateKey.code: RuleSetting(severity: .error)])
        )
        .apply(to: raw)
        #expect(regraded.findings.first { $0.code == DuplicateKey.code }?.severity == .error)
        let off = FindingFilter(configuration: Configuration(rules: [DuplicateKey.code: RuleSetting(isEnabled: false)]))
            .apply(to: raw)
        #expect(!off.findings.contains { $0.code == DuplicateKey.code })
        let ignored = FindingFilter(
            configuration: Configuration(ignores: [PathIgnore(patterns: ["legacy/**"], codes: nil)])
        ).apply(to: raw)
        #expect(ignored.findings.isEmpty)
    }

    @Test func baselineAcceptsRecordedFindingsOnly() throws {
        let old = report(#"{"family": "a", "cpu": 1, "containerDefinitions": []}"#, path: "t.json")
        let baseline = try Baseline(parsing: Array(Baseline(accepting: [old]).serialized().utf8), path: "b.json")
        #expect(baseline.entries.count == old.findings.count)
        #expect(FindingFilter(baseline: baseline).apply(to: old).findings.isEmpty)
        let moved = report(
            "\n\n" + #"{"family": "a", "cpu": 1, "memory": 2, "containerDefinitions": []}"#, path: "t.json")
        let fresh = FindingFilter(baseline: baseline).apply(to: moved).findings
        #expect(fresh.map(\.pointer.description) == ["/memory"])
    }

    @Test func brokenBaselineIsAClearError() {
        #expect(throws: ConfigurationError.self) { try Baseline(parsing: Array("{}".utf8), path: "b.json") }
        #expect(throws: ConfigurationError.self) { try Baseline(parsing: Array("nope".utf8), path: "b.json") }
    }
}

@Suite struct ConfigurationEdgeTests {
    @Test func commentOnlyAndEmptyFilesAreTheDefaults() throws {
        for text in ["", "# nothing yet\n", "\n  # indented comment\n\n"] {
            let configuration = try ConfigurationLoader.parse(Array(text.utf8), path: "c.yml", baseDirectory: ".")
            #expect(configuration.rules.isEmpty && configuration.failOn == nil)
        }
    }
}
