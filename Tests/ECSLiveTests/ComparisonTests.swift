import ECSLintKit
import Foundation
import Testing

@testable import ECSLive

@Suite("--if-changed comparison")
struct ComparisonTests {
    func node(_ text: String) throws -> Node {
        try JSONScanner.parse(Array(text.utf8))
    }

    let file = #"""
        {"family": "web", "cpu": "0.25 vCPU", "memory": "0.5GB", "requiresCompatibilities": ["EC2", "FARGATE"],
         "networkMode": "awsvpc", "containerDefinitions": [{"name": "app", "image": "nginx", "portMappings": [{"containerPort": 80}],
         "environment": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}],
         "healthCheck": {"command": ["CMD", "true"]}}], "tags": [{"key": "t", "value": "1"}, {"key": "u", "value": "2"}]}
        """#

    let registered = #"""
        {"taskDefinitionArn": "arn:aws:ecs:us-east-1:1:task-definition/web:1", "revision": 1, "status": "ACTIVE",
         "family": "web", "cpu": "256", "memory": "512", "requiresCompatibilities": ["FARGATE", "EC2"], "networkMode": "awsvpc",
         "compatibilities": ["EC2", "FARGATE"], "volumes": [], "placementConstraints": [],
         "containerDefinitions": [{"name": "app", "image": "nginx", "cpu": 0, "essential": true,
           "portMappings": [{"containerPort": 80, "hostPort": 80, "protocol": "tcp"}], "mountPoints": [], "volumesFrom": [],
           "environment": [{"name": "B", "value": "2"}, {"name": "A", "value": "1"}], "systemControls": [],
           "healthCheck": {"command": ["CMD", "true"], "interval": 30, "timeout": 5, "retries": 3}}]}
        """#

    @Test("what the API fills in does not count as a change")
    func sameAfterDefaults() throws {
        let tags = try node(#"[{"key": "u", "value": "2"}, {"key": "t", "value": "1"}]"#)
        let differences = RevisionComparison.differences(
            request: try node(file), registered: try node(registered), registeredTags: tags)
        #expect(differences == [])
    }

    @Test("a real change is listed with its path")
    func changed() throws {
        let changed = file.replacingOccurrences(of: "\"image\": \"nginx\"", with: "\"image\": \"nginx:2\"")
        let differences = RevisionComparison.differences(
            request: try node(changed), registered: try node(registered),
            registeredTags: try node(#"[{"key": "t", "value": "1"}, {"key": "u", "value": "2"}]"#))
        #expect(differences == [#"/containerDefinitions/0/image: file has "nginx:2", registered revision has "nginx""#])
    }

    @Test("missing tags and extra fields are differences")
    func tagsAndFields() throws {
        let differences = RevisionComparison.differences(
            request: try node(#"{"family": "web", "pidMode": "task"}"#), registered: try node(#"{"family": "web"}"#),
            registeredTags: try node(#"[{"key": "t", "value": "1"}]"#))
        #expect(differences.count == 2)
        #expect(differences.contains { $0.hasPrefix("/pidMode: only in the file") })
        #expect(differences.contains { $0.hasPrefix("/tags: only in the registered revision") })
    }

    @Test("task sizes in unit form")
    func sizes() {
        #expect(RevisionComparison.taskSize("1 vCPU", unit: "vcpu") == "1024")
        #expect(RevisionComparison.taskSize("2GB", unit: "gb") == "2048")
        #expect(RevisionComparison.taskSize("banana", unit: "gb") == "banana")
    }
}
