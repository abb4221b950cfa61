import Testing

@testable import ECSLintKit

@Suite struct TaskDefinitionDetectorTests {
    func candidate(_ text: String, path: String = "f.json") -> Bool {
        Linter().lint(SourceText(path: path, text: text)).isTaskDefinitionCandidate
    }

    @Test func taskDefinitionShapesAreCandidates() {
        #expect(candidate(#"{"family": "web"}"#))
        #expect(candidate(#"{"containerDefinitions": []}"#))
        #expect(candidate(#"{"taskDefinition": {"family": "web"}}"#))
        #expect(candidate(#"[{"name": "app", "image": "nginx:1.27"}]"#))
        #expect(
            candidate(
                "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties: {Family: web}\n",
                path: "t.yaml"))
    }

    @Test func otherFilesAreNot() {
        #expect(!candidate(#"{"name": "web", "version": "1.0.0"}"#))
        #expect(!candidate("apiVersion: v1\nkind: Service\n", path: "k.yaml"))
        #expect(!candidate("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n", path: "t.yaml"))
        #expect(!candidate(#"["a", "b"]"#))
    }

    @Test func unquotedPlaceholdersInAContainerListAreReportedWithTheHint() throws {
        let template = """
            [
              {"name": "app", "image": "${image}", "cpu": ${cpu}, "memory": 512}%{ if sidecar },
              {"name": "sidecar", "image": "${sidecar_image}"}%{ endif }
            ]
            """
        #expect(candidate(template, path: "app.json.tpl"))
        let report = Linter().lint(SourceText(path: "app.json.tpl", text: template))
        let syntax = try #require(report.findings.first { $0.code == InvalidSyntax.code })
        #expect(syntax.message == "unquoted template placeholder ${cpu} is not valid JSON")
        #expect(syntax.fix?.contains("--var cpu=") == true)
        let directive = #"[{"name": "app", "image": "x"}%{ if y },{"name": "b", "image": "y"}%{ endif }]"#
        #expect(candidate(directive), "a Terraform directive after a container")
        #expect(!candidate(#"{"replicas": ${count}}"#), "no container keys: not a task definition")
    }

    @Test func playbooksAreNot() {
        #expect(!candidate("- name: deploy\n  hosts: all\n  tasks:\n    - ping: {}\n", path: "site.yml"))
        #expect(!candidate(#"[{"image": "x"}]"#))
        #expect(!candidate(#"[{"image": "nginx", "hosts": "all"}]"#))
        #expect(candidate(#"[{"image": "nginx:1.27", "memory": 256}]"#))
    }

    @Test func serviceRequestsAre() {
        #expect(candidate(#"{"cluster": "prod", "serviceName": "web", "taskDefinition": "web:3"}"#), "create-service")
        #expect(candidate(#"{"cluster": "prod", "service": "web", "desiredCount": 2}"#), "update-service")
        #expect(candidate(#"{"cluster": "prod", "taskDefinition": "web:3", "count": 1}"#), "run-task")
        #expect(!candidate(#"{"cluster": "prod", "replicas": 2}"#))
    }

    @Test func unreadableFilesCountWhenTheyMentionTaskDefinitionKeys() {
        #expect(candidate(#"{"containerDefinitions": [,]}"#))
        #expect(!candidate(#"{"scripts": {,}}"#))
    }
}
