import Testing

@testable import ECSLintKit

/// `ServiceStream`: reports come back at once unless a request names a task
/// definition of another file; held ones come back at the end, resolved,
/// with only the files they need read again.
@Suite struct ServiceStreamTests {
    static let task = ServiceInputTests.task
    static let service = """
        {"serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE",
         "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d4e5f60718"]}},
         "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/h/1",
           "containerName": "nope", "containerPort": 8080}]}
        """
    static let other = #"{"family": "other", "containerDefinitions": [{"name": "a", "image": "nginx:1.27"}]}"#

    let linter = Linter()

    func lint(_ path: String, _ text: String) -> FileReport {
        linter.lintDeferringServices(SourceText(path: path, text: text))
    }

    @Test func aTaskDefinitionComesBackAtOnceWithoutItsTree() throws {
        var stream = ServiceStream()
        let admitted = stream.admit(lint("t.json", Self.task), input: 0, linter: linter)
        let report = try #require(admitted)
        #expect(report.taskDefinitions.isEmpty)
        #expect(!stream.isHolding)
        #expect(
            stream.finish(lintAgain: { _ in
                Issue.record("nothing to read again"); return nil
            }).isEmpty)
    }

    @Test func aServiceBeforeItsTaskDefinitionIsHeldAndResolvedByReadingOnlyThatFileAgain() throws {
        var stream = ServiceStream()
        #expect(stream.admit(lint("s.json", Self.service), input: 0, linter: linter) == nil)
        #expect(stream.isHolding)
        #expect(stream.admit(lint("o.json", Self.other), input: 1, linter: linter) != nil)
        #expect(stream.admit(lint("t.json", Self.task), input: 2, linter: linter) != nil)
        var readAgain: [Int] = []
        let finished = stream.finish { input in
            readAgain.append(input)
            return input == 2 ? lint("t.json", Self.task) : nil
        }
        #expect(readAgain == [2])
        let (input, report) = try #require(finished.first)
        #expect(input == 0 && finished.count == 1)
        let codes = report.findings.map(\.code)
        #expect(codes.contains(LoadBalancerContainerNotFound.descriptor.code))
        #expect(!codes.contains(ServiceTaskDefinitionNotFound.descriptor.code))
        let note = try #require(
            report.findings.first { $0.code == LoadBalancerContainerNotFound.descriptor.code }?
                .notes.first)
        #expect(note.path == "t.json")
    }

    @Test func aServiceWhoseTaskDefinitionIsNowhereSaysSoOnceAtTheEnd() throws {
        var stream = ServiceStream()
        #expect(stream.admit(lint("s.json", Self.service), input: 0, linter: linter) == nil)
        let finished = stream.finish { _ in nil }
        let report = try #require(finished.first?.report)
        #expect(report.findings.filter { $0.code == ServiceTaskDefinitionNotFound.descriptor.code }.count == 1)
    }

    @Test func standardInputIsKeptBecauseItCannotBeReadAgain() throws {
        var stream = ServiceStream()
        #expect(stream.admit(lint("s.json", Self.service), input: 0, linter: linter) == nil)
        #expect(stream.admit(lint("-", Self.task), input: 1, linter: linter, canReadAgain: false) != nil)
        let finished = stream.finish { _ in
            Issue.record("standard input cannot be read again")
            return nil
        }
        let codes = try #require(finished.first?.report).findings.map(\.code)
        #expect(!codes.contains(ServiceTaskDefinitionNotFound.descriptor.code))
    }

    @Test func aServiceWithItsTaskDefinitionInTheSameFileComesBackAtOnce() throws {
        let template = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Task:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  Family: web
                  ContainerDefinitions:
                    - Name: app
                      Image: nginx:1.27
              Service:
                Type: AWS::ECS::Service
                Properties:
                  TaskDefinition: !Ref Task
            """
        var stream = ServiceStream()
        let admitted = stream.admit(lint("t.yaml", template), input: 0, linter: linter)
        let report = try #require(admitted)
        #expect(!report.hasPendingServices)
        #expect(!stream.isHolding)
    }
}
