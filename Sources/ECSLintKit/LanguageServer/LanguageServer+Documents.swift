/// An open document and its last lint.
struct OpenDocument {
    /// The document's URI.
    var uri: String
    /// The file path of a `file:` URI.
    var path: String?
    /// The client's language id.
    var languageId: String
    /// The version the client gave.
    var version: JSONValue
    /// The text.
    var text: SourceText
    /// The filtered report of the last lint, nil when the document was too large.
    var report: FileReport?
    /// The linter and filter used, for fix-all.
    var fixer: Fixer?
}

extension LanguageServer {
    func didOpen(_ params: JSONValue?) throws(InvalidParams) -> [JSONValue] {
        guard let item = params?["textDocument"], let uri = item["uri"]?.stringValue,
            let text = item["text"]?.stringValue
        else { throw InvalidParams(reason: "textDocument with uri and text is required") }
        let document = OpenDocument(
            uri: uri, path: Self.filePath(of: uri), languageId: item["languageId"]?.stringValue ?? "",
            version: item["version"] ?? .null, text: SourceText(path: uri, text: text))
        return lint(document)
    }

    func didChange(_ params: JSONValue?) throws(InvalidParams) -> [JSONValue] {
        guard let item = params?["textDocument"], let uri = item["uri"]?.stringValue,
            let changes = params?["contentChanges"]?.arrayValue
        else { throw InvalidParams(reason: "textDocument.uri and contentChanges are required") }
        guard var document = documents[uri] else { throw InvalidParams(reason: "\(uri) is not open") }
        var bytes = document.text.bytes
        for change in changes {
            guard let text = change["text"]?.stringValue else { throw InvalidParams(reason: "a change without text") }
            if let range = change["range"] {
                let positions = TextPositions(SourceText(path: uri, bytes: bytes))
                guard let offsets = positions.offsets(of: range) else { throw InvalidParams(reason: "malformed range") }
                bytes.replaceSubrange(offsets.start..<offsets.end, with: Array(text.utf8))
            } else {
                bytes = Array(text.utf8)
            }
        }
        document.text = SourceText(path: uri, bytes: bytes)
        document.version = item["version"] ?? .null
        return lint(document)
    }

    func didClose(_ params: JSONValue?) throws(InvalidParams) -> [JSONValue] {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            throw InvalidParams(reason: "textDocument.uri is required")
        }
        documents[uri] = nil
        return [Self.diagnostics(uri: uri, version: .null, [])]
    }

    func didSave(_ params: JSONValue?) throws(InvalidParams) -> [JSONValue] {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, let document = documents[uri] else { return [] }
        return lint(document)
    }

    /// Lints a document, stores it, and returns its diagnostics (and a
    /// message when its configuration could not be read).
    func lint(_ opened: OpenDocument) -> [JSONValue] {
        var document = opened
        var messages: [JSONValue] = []
        guard document.text.bytes.count <= maxDocumentBytes else {
            document.report = nil
            documents[document.uri] = document
            let diagnostic: JSONValue = .object([
                ("range", TextPositions(document.text).range(start: 0, end: 0)),
                ("severity", .int(2)), ("source", .string("ecslint")),
                (
                    "message",
                    .string(
                        "ecslint does not lint documents over \(maxDocumentBytes >> 20) MiB; this one has \(document.text.bytes.count) bytes"
                    )
                ),
            ])
            return [Self.diagnostics(uri: document.uri, version: document.version, [diagnostic])]
        }
        let configuration: Configuration
        switch self.configuration(document.path) {
        case .success(let found): configuration = found
        case .failure(let error):
            configuration = .defaults
            messages.append(
                Self.notification(
                    "window/showMessage", .object([("type", .int(2)), ("message", .string(error.description))])))
        }
        let linter = Linter(options: LintOptions(configuration: configuration))
        let filter = FindingFilter(configuration: configuration, pathForIgnores: document.path)
        let format = Self.format(path: document.path, languageId: document.languageId)
        let report = filter.apply(to: linter.lint(document.text, format: format))
        document.report = report
        document.fixer = Fixer(linter: linter, filter: filter)
        documents[document.uri] = document
        let positions = TextPositions(document.text)
        let diagnostics = report.findings.map { diagnostic(for: $0, positions: positions, uri: document.uri) }
        return messages + [Self.diagnostics(uri: document.uri, version: document.version, diagnostics)]
    }

    private func diagnostic(for finding: Finding, positions: TextPositions, uri: String) -> JSONValue {
        var message = finding.labeledMessage
        if let fix = finding.fix { message += "\nfix: \(fix)" }
        var fields: [(String, JSONValue)] = [
            ("range", positions.range(start: finding.range.start.offset, end: finding.range.end.offset)),
            ("severity", .int(Self.severity(finding.severity))),
            ("code", .string(finding.code)),
            ("source", .string("ecslint")),
            ("message", .string(message)),
        ]
        let related: [JSONValue] = finding.notes.compactMap { note in
            guard let range = note.range else { return nil }
            return .object([
                (
                    "location",
                    .object([
                        ("uri", .string(uri)),
                        ("range", positions.range(start: range.start.offset, end: range.end.offset)),
                    ])
                ),
                ("message", .string(note.message)),
            ])
        }
        if !related.isEmpty { fields.append(("relatedInformation", .array(related))) }
        return .object(fields)
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    static func diagnostics(uri: String, version: JSONValue, _ diagnostics: [JSONValue]) -> JSONValue {
        var params: [(String, JSONValue)] = [("uri", .string(uri))]
        if version != .null { params.append(("version", version)) }
        params.append(("diagnostics", .array(diagnostics)))
        return notification("textDocument/publishDiagnostics", .object(params))
    }

    /// The format of a document: from its file extension, else its language id.
    static func format(path: String?, languageId: String) -> SourceFormat? {
        if let path, let format = SourceFormat(pathExtension: path) { return format }
        switch languageId.lowercased() {
        case "json", "jsonc": return .json
        case "yaml", "yml": return .yaml
        default: return nil
        }
    }

    /// The path of a `file:` URI, percent-decoded; nil for other schemes.
    static func filePath(of uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var bytes: [UInt8] = []
        let raw = Array(uri.utf8.dropFirst(7))
        var index = 0
        while index < raw.count {
            if raw[index] == UInt8(ascii: "%"), index + 2 < raw.count,
                let value = UInt8(String(decoding: raw[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(raw[index])
                index += 1
            }
        }
        let path = String(decoding: bytes, as: UTF8.self)
        return path.hasPrefix("/") ? path : nil
    }
}
