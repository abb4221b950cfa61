import Testing

@testable import ECSLintKit

/// The one list of input shapes: each shape reads a document of its own, in
/// the order of `InputShapes.all`, a folder scan counts it, and the README
/// names every shape the JSON report can print.
@Suite struct InputShapesTests {
    /// A document of each shape, by report name.
    static let documents: [String: String] = [
        "container-definitions": #"[{"name": "app", "image": "nginx:1.27", "memory": 256}]"#,
        "cloudformation": """
        {"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition",
          "Properties": {"ContainerDefinitions": [{"Name": "app", "Image": "nginx:1.27", "Memory": 256}]}}}}
        """,
        "create-service": #"{"cluster": "prod", "serviceName": "web", "taskDefinition": "web:3"}"#,
        "update-service": #"{"cluster": "prod", "service": "web", "desiredCount": 2}"#,
        "run-task": #"{"cluster": "prod", "taskDefinition": "web:3", "count": 1}"#,
        "describe-output-wrapped": #"{"taskDefinition": {"family": "web", "containerDefinitions": []}, "tags": []}"#,
        "describe-output": #"{"family": "web", "revision": 3, "containerDefinitions": []}"#,
        "task-definition": #"{"family": "web", "containerDefinitions": []}"#,
    ]

    @Test func reportNamesAreUniqueAndEachShapeHasADocument() {
        let names = InputShapes.all.map { $0.shape.reportName }
        #expect(Set(names).count == names.count)
        #expect(Set(names) == Set(Self.documents.keys))
    }

    @Test(arguments: InputShapes.all.map { $0.shape.reportName })
    func eachShapeReadsItsDocumentAndAFolderScanCountsIt(_ name: String) throws {
        let text = try #require(Self.documents[name])
        let root = try JSONScanner.parse(Array(text.utf8))
        let reader = try #require(InputShapes.reader(for: root))
        #expect(reader.shape.reportName == name, "read as \(reader.shape.reportName)")
        let isCandidate = reader.isCandidate(root)
        #expect(isCandidate)
        let report = Linter().lint(SourceText(path: "input.json", text: text), onlyTaskDefinitions: true)
        #expect(report.isTaskDefinitionCandidate)
        #expect(report.kinds.map(\.reportName) == [name])
    }

    @Test func documentsOfNoShapeAreReadByNone() throws {
        for text in [#""web""#, "[]", #"["a", "b"]"#, "42"] {
            #expect(InputShapes.reader(for: try JSONScanner.parse(Array(text.utf8))) == nil, "\(text)")
        }
    }

    @Test func theReadmeNamesEveryShapeTheJSONReportPrints() throws {
        let readme = try #require(RepositoryFiles.read("README.md"))
        let kinds = try #require(readme.components(separatedBy: "lists the input shapes").dropFirst().first)
            .prefix(400)
        for shape in InputShapes.all {
            #expect(kinds.contains("`\(shape.shape.reportName)`"), "README does not list \(shape.shape.reportName)")
        }
    }
}
