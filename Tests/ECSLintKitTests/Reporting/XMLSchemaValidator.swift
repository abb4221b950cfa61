import CLibXML2
import Foundation

@testable import ECSLintKit

/// Validates XML documents against the JUnit XSDs in `../shared/schemas/`
/// beside the repository (present on developer machines and in CI).
enum XMLSchemaValidator {
    /// `shared/schemas` beside the repository root (four levels above this file).
    static let schemasDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/schemas")

    static let junitSchemas = ["junit-jenkins.xsd", "junit-ant-strict.xsd"]

    /// Whether the schema tests run: when every JUnit schema is there, and
    /// always in CI (`CI` set), where a missing schema must fail the test.
    static var schemasAvailable: Bool {
        ProcessInfo.processInfo.environment["CI"] != nil
            || junitSchemas.allSatisfy {
                FileManager.default.fileExists(atPath: schemasDirectory.appendingPathComponent($0).path)
            }
    }

    /// The messages libxml2 collects while parsing a schema or validating.
    private final class Messages {
        var lines: [String] = []
    }

    /// The validation errors of `xml` against the schema file `schemaName`;
    /// empty when the document is valid.
    static func errors(validating xml: String, against schemaName: String) -> [String] {
        _ = LibXML2.shared
        let messages = Messages()
        let context = Unmanaged.passUnretained(messages).toOpaque()
        let collect: xmlStructuredErrorFunc = { context, error in
            guard let context, let error else { return }
            let messages = Unmanaged<Messages>.fromOpaque(context).takeUnretainedValue()
            let text = error.pointee.message.map { String(cString: $0) } ?? "(no message)"
            messages.lines.append("line \(error.pointee.line): \(text.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        let schemaPath = schemasDirectory.appendingPathComponent(schemaName).path
        guard let parserContext = xmlSchemaNewParserCtxt(schemaPath) else { return ["cannot open \(schemaPath)"] }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        xmlSchemaSetParserStructuredErrors(parserContext, collect, context)
        guard let schema = xmlSchemaParse(parserContext) else {
            return ["\(schemaName) does not parse"] + messages.lines
        }
        defer { xmlSchemaFree(schema) }
        let length = Int32(xml.utf8.count)
        let options = Int32(XML_PARSE_NONET.rawValue)
        guard let document = xml.withCString({ xmlReadMemory($0, length, "report.xml", nil, options) }) else {
            return ["the report is not well-formed XML"]
        }
        defer { xmlFreeDoc(document) }
        guard let validContext = xmlSchemaNewValidCtxt(schema) else { return ["xmlSchemaNewValidCtxt failed"] }
        defer { xmlSchemaFreeValidCtxt(validContext) }
        xmlSchemaSetValidStructuredErrors(validContext, collect, context)
        let status = xmlSchemaValidateDoc(validContext, document)
        return withExtendedLifetime(messages) {
            status == 0 ? [] : messages.lines.isEmpty ? ["invalid (status \(status))"] : messages.lines
        }
    }
}
