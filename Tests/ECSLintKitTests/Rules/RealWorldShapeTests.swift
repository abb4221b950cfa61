import Testing

@testable import ECSLintKit

/// Fixes found on real files (issue 9 item 6), asserted on their messages
/// and fixes; each rule's examples hold the failing and passing shapes.
@Suite struct RealWorldShapeTests {
    @Test func essentialYesIsOneFindingThatSaysTrue() throws {
        let yaml = "family: web\ncontainerDefinitions:\n  - name: app\n    image: nginx:1.27\n    essential: yes\n"
        let report = lintInput(yaml, path: "task.yaml")
        #expect(report.findings(AmbiguousYAMLScalar.code).isEmpty)
        let wrong = try #require(report.findings(WrongType.code).first)
        #expect(wrong.fix == "write true")
    }

    @Test func yamlNoticesOutsideTheTaskDefinitionAreDropped() {
        let template = """
            AWSTemplateFormatVersion: 2010-09-09
            Resources:
              Task:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  ContainerDefinitions:
                    - Name: app
                      Image: nginx:1.27
                      Memory: 512
                      Environment:
                        - Name: FEATURE
                          Value: on
            """
        let notices = lintInput(template, path: "t.yaml").findings(AmbiguousYAMLScalar.code)
        #expect(
            notices.map(\.pointer.description) == [
                "/Resources/Task/Properties/ContainerDefinitions/0/Environment/0/Value"
            ])
    }

    @Test func taskLevelKeyInAContainerSaysWhereItBelongs() throws {
        let json = """
            {"family": "web", "containerDefinitions": [
              {"name": "app", "image": "nginx:1.27", "memory": 512, "networkMode": "awsvpc"}]}
            """
        let finding = try #require(lintInput(json).findings(UnknownKey.code).first)
        #expect(finding.message.contains("networkMode belongs at task level"))
        #expect(finding.fix?.contains("top level") == true)
    }

    @Test func accessKeyIDNamesWithKeyShapedValues() {
        #expect(PlaintextSecretInEnvironment.reason(name: "AWS_ACCESS_KEY_ID", value: "Z4QF7KD2MWX9PLRT3HVN") != nil)
        #expect(PlaintextSecretInEnvironment.reason(name: "AWS_ACCESS_KEY_ID", value: "my-key-id") == nil)
        #expect(PlaintextSecretInEnvironment.reason(name: "PASSWORD_HASH_ALGO", value: "argon2id") == nil)
        #expect(PlaintextSecretInEnvironment.reason(name: "REGION_ID", value: "Z4QF7KD2MWX9PLRT3HVN") == nil)
    }

    @Test func firelensRouterWithItsOwnConfiguration() {
        func router(_ image: String, options: String = "") -> String {
            """
            {"family": "web", "containerDefinitions": [
              {"name": "log_router", "image": "\(image)", "memory": 128,
               "firelensConfiguration": {"type": "fluentbit"\(options)}},
              {"name": "app", "image": "nginx:1.27", "memory": 512, "logConfiguration": {"logDriver": "awsfirelens"}}]}
            """
        }
        let stock = "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable"
        #expect(lintInput(router(stock)).findings(AwsfirelensWithoutOptions.code).count == 1)
        #expect(
            lintInput(router("210987654321.dkr.ecr.us-east-1.amazonaws.com/my-router:1")).findings(
                AwsfirelensWithoutOptions.code
            ).isEmpty)
        let file = #", "options": {"config-file-type": "file", "config-file-value": "/extra.conf"}"#
        #expect(lintInput(router(stock, options: file)).findings(AwsfirelensWithoutOptions.code).isEmpty)
    }
}
