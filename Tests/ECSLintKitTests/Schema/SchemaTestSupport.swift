import Testing

@testable import ECSLintKit

/// Helpers for the schema tests: documents are written as JSON text and read
/// with the project's JSON scanner.
enum SchemaFixture {
    /// A valid document with one container; `task` and `container` are extra
    /// members spliced into the task and the container (JSON fragments
    /// starting with a comma, or empty).
    static func document(task: String = "", container: String = "") -> String {
        """
        {"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512\(container)}]\(task)}
        """
    }

    /// Parses JSON text; a syntax error fails the calling test.
    static func parse(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Node {
        do {
            return try JSONScanner.parse(Array(json.utf8))
        } catch {
            Issue.record("fixture is not valid JSON: \(error.message)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The violations of a JSON document.
    static func check(
        _ json: String, ignoring ignored: Set<String> = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [SchemaViolation] {
        SchemaChecker().check(try parse(json, sourceLocation: sourceLocation), ignoredTopLevelKeys: ignored)
    }

    /// The single violation of a document; fails when there are none or several.
    static func single(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> SchemaViolation {
        let violations = try check(json, sourceLocation: sourceLocation)
        try #require(
            violations.count == 1, "expected one violation, got \(violations.map(\.message))",
            sourceLocation: sourceLocation)
        return violations[0]
    }
}

/// A pointer from its RFC 6901 text (test shorthand).
func schemaPointer(_ text: String) -> JSONPointer {
    JSONPointer(parsing: text) ?? JSONPointer(["<invalid pointer \(text)>"])
}
