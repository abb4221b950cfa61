import Testing

@testable import ECSLintKit

@Suite struct TemplateTests {
    static let template = """
        {
          "family": "${FAMILY}",
          "cpu": "${CPU}",
          "memory": "512",
          "requiresCompatibilities": ["FARGATE"],
          "networkMode": "awsvpc",
          "executionRoleArn": "arn:aws:iam::${ACCOUNT_ID}:role/exec",
          "containerDefinitions": [
            {
              "name": "app",
              "image": "<IMAGE1_NAME>",
              "memory": "{{ memory }}",
              "essential": "${ESSENTIAL}",
              "portMappings": [{"containerPort": 8080}],
              "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost:$PORT/ || exit 1"]}
            }
          ]
        }
        """

    @Test func placeholdersAreUnknownNotWrong() {
        let report = lintInput(Self.template)
        let onPlaceholders = report.findings.filter { finding in
            finding.code != TemplatePlaceholders.code
                && ["/family", "/cpu", "/executionRoleArn"].contains(finding.pointer.description)
                || finding.pointer.description.hasPrefix("/containerDefinitions/0/image")
                || finding.pointer.description.hasPrefix("/containerDefinitions/0/memory")
                || finding.pointer.description.hasPrefix("/containerDefinitions/0/essential")
        }
        let mistyped = onPlaceholders.filter { $0.code == WrongType.code }
        #expect(
            mistyped.map(\.pointer.description) == [
                "/containerDefinitions/0/memory", "/containerDefinitions/0/essential",
            ],
            "a quoted placeholder where a number or boolean belongs stays a string after envsubst")
        for finding in mistyped {
            #expect(finding.severity == .error)
            #expect(finding.message.contains("quoted placeholder"), "\(finding.message)")
            #expect(finding.fix?.contains("without quotes") == true)
        }
        let others = onPlaceholders.filter { $0.code != WrongType.code }
        #expect(others.isEmpty, "\(others.map { "\($0.code) \($0.pointer) \($0.message)" })")
    }

    @Test func oneInfoFindingListsThePlaceholders() throws {
        let report = lintInput(Self.template)
        let listed = report.findings(TemplatePlaceholders.code)
        #expect(listed.count == 1)
        let finding = try #require(listed.first)
        #expect(finding.severity == .info)
        #expect(report.place(of: finding) == "2:13")
        for placeholder in ["${FAMILY}", "${CPU}", "${ACCOUNT_ID}", "<IMAGE1_NAME>"] {
            #expect(finding.message.contains(placeholder), "\(placeholder) in \(finding.message)")
        }
        #expect(!finding.message.contains("{{ memory }}"), "reported once, by the wrong-type error")
        #expect(!finding.message.contains("$PORT"), "a shell variable in a health check is not a placeholder")
        #expect(finding.notes.count == 3)
    }

    @Test func variablesAreSubstitutedAndFindingsPointAtTheOriginalText() throws {
        let variables = [
            "FAMILY": "web", "CPU": "300", "ACCOUNT_ID": "210987654321", "ESSENTIAL": "true",
        ]
        let report = lintInput(Self.template, variables: variables)
        let cpu = try #require(
            report.findings.first { $0.pointer.description == "/cpu" && $0.code != TemplatePlaceholders.code })
        #expect(report.place(of: cpu) == "3:10", "the finding starts where \"${CPU}\" is written")
        #expect(cpu.range.end.column == 18)
        #expect(report.source.line(3) == #"  "cpu": "${CPU}","#, "the report shows the original file")
        let listed = try #require(report.findings(TemplatePlaceholders.code).first)
        #expect(listed.message.contains("<IMAGE1_NAME>") && !listed.message.contains("${FAMILY}"))
    }

    @Test func substitutedNumbersAreCheckedAsNumbers() throws {
        let text = """
            {"family": "web", "containerDefinitions": [
              {"name": "app", "image": "nginx:1.27", "memory": ${MEMORY:-4}}
            ]}
            """
        let unrendered = lintInput(text)
        let syntax = try #require(unrendered.findings(InvalidSyntax.code).first)
        #expect(syntax.message.contains("${MEMORY:-4}"))
        #expect(syntax.fix?.contains("render") == true)
        let rendered = lintInput(text, variables: [:])
        let small = try #require(rendered.findings(ContainerMemoryTooSmall.code).first)
        #expect(rendered.place(of: small) == "2:52")
        #expect(small.range.end.column == 64, "the end maps to the end of the placeholder")
        #expect(lintInput(text, variables: ["MEMORY": "512"]).findings(ContainerMemoryTooSmall.code).isEmpty)
    }

    @Test func envsubstSyntax() {
        let variables = ["A": "x", "EMPTY": ""]
        func apply(_ text: String) -> String {
            String(decoding: TemplateSubstitution.apply(Array(text.utf8), variables: variables).bytes, as: UTF8.self)
        }
        #expect(apply("$A ${A} ${A}b $Ab") == "x x xb $Ab")
        #expect(apply("${EMPTY:-d} ${EMPTY-d} ${UNSET-d} ${UNSET:-d}") == "d  d d")
        #expect(apply("${UNSET} $UNSET $1 $") == "${UNSET} $UNSET $1 $", "unknown variables stay as written")
        #expect(apply("${A:-{nested}}") == "x")
    }

    @Test func environmentVariablesAreNotSubstitutedInContainerText() {
        let text = """
            {"family": "web", "containerDefinitions": [{"name": "app", "image": "${IMAGE}", "memory": 512,
              "command": ["sh", "-c", "echo $HOME ${GREETING:-hi} $TAG"],
              "environment": [{"name": "HOME_DIR", "value": "$HOME"}],
              "logConfiguration": {"logDriver": "awsfirelens",
                "options": {"Name": "cloudwatch", "log_stream_name": "${ECS_TASK_ID}"}}}]}
            """
        var options = LintOptions()
        options.variables = [
            "IMAGE": "nginx:1.27", "HOME": "/root", "GREETING": "x", "ECS_TASK_ID": "t", "TAG": "1",
        ]
        options.namedVariables = ["IMAGE", "TAG"]
        let source = SourceText(path: "t.json", text: text)
        let output = String(decoding: options.substitute(source, format: nil).bytes, as: UTF8.self)
        #expect(output.contains(#""image": "nginx:1.27""#))
        #expect(output.contains("echo $HOME ${GREETING:-hi} 1"), "only named variables in a command")
        #expect(output.contains(#""value": "/root""#), "an environment value is not container text")
        #expect(output.contains(#""${ECS_TASK_ID}""#), "Fluent Bit's own variable stays")
        options.namedVariables = nil
        let all = String(decoding: options.substitute(source, format: nil).bytes, as: UTF8.self)
        #expect(all.contains("echo /root x 1"), "every variable is named without --vars-from-env")
    }

    @Test func offsetMapMovesPositionsPastReplacements() {
        let (bytes, map) = TemplateSubstitution.apply(
            Array("ab${LONG}cd$X".utf8), variables: ["LONG": "1", "X": "xyz"])
        #expect(String(decoding: bytes, as: UTF8.self) == "ab1cdxyz")
        #expect(map.originalStart(2) == 2 && map.originalEnd(3) == 9)
        #expect(map.originalStart(3) == 9 && map.originalStart(4) == 10)
        #expect(map.originalStart(6) == 11 && map.originalEnd(8) == 13)
    }

    @Test func dotenvFiles() throws {
        let variables = try DotEnv.parse(
            """
            # deployment settings
            IMAGE=210987654321.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2
            export CPU = 256
            QUOTED="a \\"b\\"\\nc"  # comment
            LITERAL='$HOME # not a comment'
            PLAIN=value # comment

            """)
        #expect(variables["IMAGE"] == "210987654321.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2")
        #expect(variables["CPU"] == "256")
        #expect(variables["QUOTED"] == "a \"b\"\nc")
        #expect(variables["LITERAL"] == "$HOME # not a comment")
        #expect(variables["PLAIN"] == "value")
        #expect(throws: DotEnv.Problem.self) { try DotEnv.parse("NOT A LINE") }
        #expect(throws: DotEnv.Problem.self) { try DotEnv.parse("1X=2") }
    }
}
