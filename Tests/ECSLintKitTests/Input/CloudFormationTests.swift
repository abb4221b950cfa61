import Testing

@testable import ECSLintKit

@Suite struct CloudFormationTests {
    static let yamlTemplate = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          ImageUri:
            Type: String
        Resources:
          LogGroup:
            Type: AWS::Logs::LogGroup
          WebTask:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Family: !Sub "${AWS::StackName}-web"
              Cpu: 256
              Memory: "512"
              NetworkMode: awsvpc
              RequiresCompatibilities: [FARGATE]
              ExecutionRoleArn: !GetAtt ExecutionRole.Arn
              ContainerDefinitions:
                - Name: web
                  Image: !Ref ImageUri
                  Essential: "true"
                  PortMappings:
                    - ContainerPort: 8080
                      HostPort: 80
                  LogConfiguration:
                    LogDriver: awslogs
                    Options:
                      awslogs-group: !Ref LogGroup
                      awslogs-region: !Ref AWS::Region
                      awslogs-stream-prefix: web
          WorkerTask:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: worker
                  Imagee: busybox:1.36
                  Memory: 4
        """

    @Test func everyTaskDefinitionResourceIsLintedAndLabelled() throws {
        let report = lintInput(Self.yamlTemplate, path: "stack.yaml")
        #expect(
            report.findings(InvalidSyntax.code).isEmpty,
            "the short forms are read: \(report.findings(InvalidSyntax.code).map(\.message))")
        let mismatch = try #require(report.findings(HostPortMismatch.code).first)
        #expect(mismatch.label == "WebTask")
        #expect(
            mismatch.pointer.description
                == "/Resources/WebTask/Properties/ContainerDefinitions/0/PortMappings/0/HostPort")
        #expect(report.place(of: mismatch) == "23:25")
        let small = try #require(report.findings(ContainerMemoryTooSmall.code).first)
        #expect(small.label == "WorkerTask")
        #expect(small.range.start.line == 36)
    }

    @Test func propertiesAreMappedAndConvertedAsCloudFormationDoes() {
        let report = lintInput(Self.yamlTemplate, path: "stack.yaml")
        let web = report.findings.filter { $0.label == "WebTask" }
        let unexpected = web.filter {
            [
                UnknownKey.code, MissingRequiredKey.code, WrongType.code, ImageInvalidCharacters.code,
                InvalidImageReference.code, InvalidRoleARN.code, FargateExecutionRoleForAwslogs.code,
            ].contains($0.code)
        }
        #expect(unexpected.isEmpty, "\(unexpected.map { "\($0.code) \($0.pointer) \($0.message)" })")
        #expect(
            report.findings(TemplatePlaceholders.code).isEmpty, "CloudFormation functions are not template placeholders"
        )
    }

    @Test func unknownPropertiesAreReportedWithTemplateNames() throws {
        let report = lintInput(Self.yamlTemplate, path: "stack.yaml")
        let unknown = try #require(report.findings(UnknownKey.code).first)
        #expect(unknown.message.contains("\"Imagee\"") && unknown.message.contains("did you mean \"Image\"?"))
        #expect(unknown.pointer.description == "/Resources/WorkerTask/Properties/ContainerDefinitions/0/Imagee")
        #expect(report.place(of: unknown) == "35:11")
        #expect(unknown.label == "WorkerTask")
        let missing = try #require(
            report.findings(ImageMissing.code).first { $0.label == "WorkerTask" }
                ?? report.findings(MissingRequiredKey.code).first)
        #expect(missing.pointer.description.hasPrefix("/Resources/WorkerTask/Properties/ContainerDefinitions/0"))
        #expect(
            !report.findings(MissingRequiredKey.code).contains { $0.pointer.description.hasSuffix("/Family") },
            "CloudFormation names the family")
    }

    @Test func jsonTemplatesWithLongFormFunctions() throws {
        let report = lintInput(
            """
            {
              "Resources": {
                "Api": {
                  "Type": "AWS::ECS::TaskDefinition",
                  "Properties": {
                    "Family": "api",
                    "TaskRoleArn": {"Fn::Join": ["", ["arn:aws:iam::", {"Ref": "AWS::AccountId"}, ":role/api"]]},
                    "ProxyConfiguration": {
                      "Type": "APPMESH", "ContainerName": "envoy",
                      "ProxyConfigurationProperties": [{"Name": "AppPorts", "Value": "8080"}]
                    },
                    "Volumes": [{"Name": "data", "EFSVolumeConfiguration": {"FilesystemId": "fs-12", "TransitEncryption": "ENABLED",
                      "AuthorizationConfig": {"IAM": "ENABLED"}}}],
                    "ContainerDefinitions": [{"Name": "api", "Image": "nginx:1.27", "Memory": 512,
                      "MountPoints": [{"SourceVolume": "data", "ContainerPath": "/data"}]}]
                  }
                }
              }
            }
            """, path: "stack.json")
        #expect(report.findings(UnknownKey.code).isEmpty, "\(report.findings(UnknownKey.code).map(\.message))")
        let fileSystem = try #require(report.findings(InvalidEFSFileSystemId.code).first)
        #expect(
            fileSystem.pointer.description == "/Resources/Api/Properties/Volumes/0/EFSVolumeConfiguration/FilesystemId")
        #expect(report.place(of: fileSystem) == "12:81")
        #expect(
            report.findings(UnknownProxyContainer.code).first?.label == "Api", "the proxy container name is checked")
        #expect(report.findings(EFSIAMWithoutTaskRole.code).isEmpty, "the task role comes from Fn::Join")
    }

    @Test func templateWithoutTaskDefinitionsIsOneInfoFinding() {
        let report = lintInput(
            """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "${AWS::StackName}-logs"
            """, path: "bucket.yaml")
        #expect(report.codes == [CloudFormationWithoutTaskDefinition.code])
    }
}
