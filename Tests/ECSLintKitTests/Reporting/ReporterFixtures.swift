import Foundation
import Testing

@testable import ECSLintKit

/// Hand-made runs for the reporter tests: no parser or rule is involved, so
/// the golden files change only when a reporter does.
enum ReporterFixtures {
    /// A secret that appears in a fixture's source and must never be printed.
    static let secret = "AKIAIOSFODNN7EXAMPLE"

    static let webJSON = """
        {
          "family": "web",
          "networkMode": "awsvpc",
          "containerDefinitions": [
            {
              "name": "web",
              "image": "nginx:latest",
              "environment": [
                { "name": "AWS_ACCESS_KEY_ID", "value": "\(secret)" }
              ],
              "portMappings": [
                { "containerPort": 8080,
                  "hostPort": 8081 }
              ]
            }
          ]
        }

        """

    static let odd = """
        ---
        family: first
        ---
        family: second
        cpu: "2 vCPU"
        memory: 512
        containerDefinitions:
          - name: api
            image: é/app

        """

    static func position(_ source: SourceText, _ line: Int, _ column: Int) -> SourcePosition {
        let offset =
            source.lineStarts[line - 1]
            + Array(source.line(line).unicodeScalars.prefix(column - 1)).reduce(0) {
                $0 + String($1).utf8.count
            }
        return SourcePosition(line: line, column: column, offset: offset)
    }

    static func range(_ source: SourceText, _ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange
    {
        SourceRange(start: position(source, line, column), end: position(source, endLine, endColumn))
    }

    /// A JSON file with an error (with a note), a warning and an info, and a
    /// secret in a sensitive range.
    static var web: FileReport {
        let source = SourceText(path: "samples/bad/web.json", text: webJSON)
        let container = JSONPointer.root / "containerDefinitions" / 0
        return FileReport(
            source: source, format: .json,
            findings: [
                Finding(
                    code: NoEssentialContainer.code, slug: "image-latest-tag", severity: .warning, stage: .practice,
                    message: "image \"nginx:latest\" uses the mutable tag latest",
                    fix: "pin a version tag or a digest", pointer: container / "image",
                    range: range(source, 7, 16, 7, 30)),
                Finding(
                    code: InvalidRepositoryCredentialsParameter.code, slug: "plaintext-secret", severity: .info,
                    stage: .practice,
                    message: "environment variable AWS_ACCESS_KEY_ID holds \(Secrets.masked(secret)) in plain text",
                    fix: "move it to secrets with a valueFrom ARN",
                    pointer: container / "environment" / 0 / "value", range: range(source, 9, 49, 9, 71)),
                Finding(
                    code: HostPortMismatch.code, slug: "host-port-mismatch", severity: .error, stage: .launch,
                    message: "hostPort 8081 must equal containerPort 8080 when networkMode is awsvpc",
                    fix: "remove hostPort, or set it to 8080",
                    pointer: container / "portMappings" / 0 / "hostPort",
                    range: range(source, 13, 23, 13, 27),
                    notes: [
                        FindingNote(
                            "containerPort is 8080 here", at: container / "portMappings" / 0 / "containerPort",
                            range: range(source, 12, 28, 12, 32)),
                        FindingNote("networkMode defaults to awsvpc on Fargate", at: .root / "networkMode"),
                    ]),
            ],
            sensitiveRanges: [range(source, 9, 49, 9, 71)])
    }

    /// A YAML file with no finding, with a space in its path.
    static var clean: FileReport {
        FileReport(
            source: SourceText(path: "samples/good/clean task.yaml", text: "family: clean\n"),
            format: .yaml, findings: [])
    }

    /// A two-document YAML stream whose path and messages need escaping in
    /// every format: `,` `:` `%` `&` `<` `"`, a line break, a control
    /// character, non-ASCII text, a multi-line range and a finding with no fix
    /// and no known rule.
    static var escapes: FileReport {
        let source = SourceText(path: "deploy/a,b:c%20 & <d>.yaml", text: odd)
        let second = JSONPointer.root
        return FileReport(
            source: source, format: .yaml,
            findings: [
                Finding(
                    code: FargatePlacementConstraints.code, slug: "invalid-cpu", severity: .error, stage: .register,
                    message:
                        "cpu \"2 vCPU\" is not a CPU value: use units (1024 per vCPU) or \"2 vCPU\" exactly,\nwith 100% <valid> & \"quoted\"\u{1}",
                    fix: "write \"2 vCPU\" or 2048", pointer: second / "cpu", document: 1,
                    range: range(source, 5, 6, 5, 14)),
                Finding(
                    code: "ECS999", slug: "experimental-check", severity: .warning, stage: .practice,
                    message: "containerDefinitions spans lines: café ✓", fix: nil,
                    pointer: second / "containerDefinitions", document: 1,
                    range: range(source, 7, 1, 9, 17)),
                Finding(
                    code: FargateUnsupportedParameter.code, slug: "memory-too-small", severity: .warning,
                    stage: .launch,
                    message: "image é/app: value ends at the line break", fix: "give at least 6 MiB",
                    pointer: second / "containerDefinitions" / 0 / "image", document: 1,
                    range: range(source, 9, 12, 10, 1)),
            ])
    }

    /// The three files in one run, at a fixed version, in a repository at `/repo`.
    static var run: LintRun {
        LintRun(
            files: [web, clean, escapes], toolVersion: "9.8.7",
            sourceRoot: SourceRoot(path: "/repo", workingDirectory: "/repo"))
    }

    /// The rule catalog the SARIF golden lists (ECS999 is deliberately absent).
    static let rules: [RuleDescriptor] = [
        RuleDescriptor(
            code: FargateUnsupportedParameter.code, slug: "memory-too-small", title: "Container memory below 6 MiB",
            severity: .error,
            stage: .register, summary: "A container's memory must be at least 6 MiB.",
            rationale: "Docker refuses smaller limits.", fix: "Set memory to 6 or more.", examples: []),
        RuleDescriptor(
            code: FargatePlacementConstraints.code, slug: "invalid-cpu", title: "Invalid task CPU", severity: .error,
            stage: .register,
            summary: "The task cpu must be CPU units or a vCPU string.", rationale: "ECS rejects other values.",
            fix: "Write CPU units, such as 1024.", examples: []),
        RuleDescriptor(
            code: HostPortMismatch.code, slug: "host-port-mismatch", title: "hostPort differs from containerPort",
            severity: .error, stage: .launch,
            summary: "In awsvpc mode a port mapping's hostPort must equal its containerPort.",
            rationale: "The task fails to start.", fix: "Remove hostPort, or set it to the containerPort.",
            examples: []),
        RuleDescriptor(
            code: NoEssentialContainer.code, slug: "image-latest-tag", title: "Image uses the latest tag",
            severity: .warning,
            stage: .practice, summary: "An image should be pinned to a version or a digest.",
            rationale: "latest changes under you.", fix: "Pin a tag or a digest.", examples: []),
        RuleDescriptor(
            code: InvalidRepositoryCredentialsParameter.code, slug: "plaintext-secret", title: "Secret in plain text",
            severity: .info,
            stage: .practice, summary: "Environment values that look like credentials.",
            rationale: "Task definitions are readable by many.", fix: "Use secrets with valueFrom.", examples: []),
    ]
}

/// Golden files in `Golden/` beside this file; `ECSLINT_UPDATE_GOLDEN=1`
/// rewrites them instead of comparing.
enum ReporterGolden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool {
        ProcessInfo.processInfo.environment["ECSLINT_UPDATE_GOLDEN"] == "1"
    }

    static func check(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = directory.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "missing golden file \(name); run with ECSLINT_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(
            actual == expected,
            "output differs from Golden/\(name); if intended, run with ECSLINT_UPDATE_GOLDEN=1 and review the diff",
            sourceLocation: sourceLocation)
    }
}
