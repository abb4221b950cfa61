import Testing

@testable import ECSLintKit

@Suite struct RenderTests {
    func render(
        _ text: String, path: String = "task.json", variables: [String: String]? = nil, resource: String? = nil,
        keepsPlaceholders: Bool = false
    ) -> TaskDefinitionRenderer.Output {
        var options = LintOptions()
        options.variables = variables
        let renderer = TaskDefinitionRenderer(
            linter: Linter(options: options), resource: resource, keepsPlaceholders: keepsPlaceholders)
        return renderer.render(SourceText(path: path, text: text))
    }

    @Test func yamlTemplateRendersToIndentedJSONInSourceOrder() throws {
        let output = render(
            """
            family: web
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            cpu: "256"
            memory: "512"
            executionRoleArn: arn:aws:iam::210987654321:role/ecsTaskExecutionRole
            containerDefinitions:
              - name: web
                image: ${IMAGE}
                essential: true
                portMappings: [{containerPort: 8080}]
                environment: []
            """, path: "task.yaml", variables: ["IMAGE": "210987654321.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2"])
        #expect(output.blocking.isEmpty, "\(output.blocking.map(\.message))")
        let json = try #require(output.json)
        #expect(
            json == """
                {
                  "family": "web",
                  "requiresCompatibilities": [
                    "FARGATE"
                  ],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {
                      "name": "web",
                      "image": "210987654321.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
                      "essential": true,
                      "portMappings": [
                        {
                          "containerPort": 8080
                        }
                      ],
                      "environment": []
                    }
                  ]
                }

                """)
        #expect(output.changes.contains("converted YAML to JSON"))
        let reparsed = try JSONScanner.parse(Array(json.utf8))
        #expect(reparsed["containerDefinitions"]?[0]?["image"]?.stringValue?.hasSuffix("web:1.4.2") == true)
    }

    @Test func describeOutputIsUnwrappedAndCleaned() throws {
        let output = render(
            """
            {"taskDefinition": {"taskDefinitionArn": "arn:aws:ecs:us-east-1:210987654321:task-definition/web:3",
              "family": "web", "ipcMode": null, "revision": 3, "status": "ACTIVE",
              "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 256, "user": null}]},
             "tags": [{"key": "team", "value": "web"}]}
            """)
        #expect(output.blocking.isEmpty, "\(output.blocking.map(\.message))")
        let json = try #require(output.json)
        let request = try JSONScanner.parse(Array(json.utf8))
        #expect(request.members?.map(\.key) == ["family", "containerDefinitions", "tags"])
        #expect(output.changes.contains("dropped 2 null values"))
    }

    @Test func remainingErrorsStopRenderingWithTheirPositions() throws {
        let output = render(
            #"{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 2}]}"#)
        #expect(output.json == nil)
        let error = try #require(output.blocking.first)
        #expect(error.code == ContainerMemoryTooSmall.code)
        #expect(error.range.start.column == 93)
    }

    @Test func unsubstitutedPlaceholdersStopRenderingUnlessKept() throws {
        let text = #"{"family": "web", "containerDefinitions": [{"name": "web", "image": "${IMAGE}", "memory": 256}]}"#
        let stopped = render(text)
        #expect(stopped.json == nil)
        #expect(stopped.blocking.first?.code == TemplatePlaceholders.code && stopped.blocking.first?.severity == .error)
        let kept = render(text, keepsPlaceholders: true)
        #expect(try #require(kept.json).contains("\"${IMAGE}\""))
    }

    @Test func cloudFormationResourceRendersWithAPINames() throws {
        let template = """
            Resources:
              Web:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  Family: web
                  ContainerDefinitions:
                    - {Name: web, Image: "nginx:1.27", Memory: "256", Essential: "true"}
              Worker:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  Family: worker
                  ContainerDefinitions:
                    - {Name: worker, Image: !Ref WorkerImage, Memory: 256}
            """
        let several = render(template, path: "stack.yaml", keepsPlaceholders: true)
        #expect(several.problems.first?.contains("choose one with --resource") == true)
        let web = render(template, path: "stack.yaml", resource: "Web")
        #expect(
            try #require(web.json).contains(#""memory": 256,"#) && web.json?.contains(#""essential": true"#) == true)
        let worker = render(template, path: "stack.yaml", resource: "Worker", keepsPlaceholders: true)
        #expect(worker.json == nil)
        #expect(worker.problems.first?.contains("${WorkerImage}") == true)
    }

    @Test func containerListRendersAsACleanedList() throws {
        let output = render(
            """
            - name: web
              image: nginx:1.27
              memory: 256
              command: null
            """, path: "containers.yml")
        let json = try #require(output.json)
        #expect(json.hasPrefix("[\n  {\n    \"name\": \"web\""))
        #expect(!json.contains("null"))
    }
}
