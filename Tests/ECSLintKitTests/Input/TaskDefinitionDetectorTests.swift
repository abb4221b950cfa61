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

    @Test func playbooksAndServiceDefinitionsAreNot() {
        #expect(!candidate("- name: deploy\n  hosts: all\n  tasks:\n    - ping: {}\n", path: "site.yml"))
        #expect(!candidate(#"[{"image": "x"}]"#))
        #expect(!candidate(#"[{"image": "nginx", "hosts": "all"}]"#))
        #expect(!candidate(#"{"cluster": "prod", "serviceName": "web", "taskDefinition": "web:3"}"#))
        #expect(candidate(#"[{"image": "nginx:1.27", "memory": 256}]"#))
    }

    @Test func unreadableFilesCountWhenTheyMentionTaskDefinitionKeys() {
        #expect(candidate(#"{"containerDefinitions": [,]}"#))
        #expect(!candidate(#"{"scripts": {,}}"#))
    }
}
