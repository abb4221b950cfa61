extension LanguageServer {
    /// The fixes of the findings in the requested range, one quick fix each
    /// (safe ones preferred), and "fix all safe problems" when there are any.
    func codeActions(_ params: JSONValue?) throws(InvalidParams) -> JSONValue {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            throw InvalidParams(reason: "textDocument.uri is required")
        }
        guard let document = documents[uri], let report = document.report else { return .array([]) }
        let positions = TextPositions(document.text)
        guard let requested = positions.offsets(of: params?["range"]) else {
            throw InvalidParams(reason: "range is required")
        }
        var actions: [JSONValue] = []
        for finding in report.findings {
            guard let fix = finding.autofix,
                finding.range.start.offset <= requested.end, requested.start <= finding.range.end.offset
            else { continue }
            let title = "ecslint \(finding.code): \(fix.title)\(fix.applicability == .unsafe ? " (unsafe)" : "")"
            actions.append(
                .object([
                    ("title", .string(title)),
                    ("kind", .string("quickfix")),
                    ("isPreferred", .bool(fix.applicability == .safe)),
                    ("edit", workspaceEdit(uri: uri, fix.edits, positions: positions)),
                ]))
        }
        if let fixer = document.fixer, report.findings.contains(where: { $0.autofix?.applicability == .safe }) {
            let outcome = fixer.fix(
                document.text, format: Self.format(path: document.path, languageId: document.languageId))
            if outcome.changed {
                let whole = TextEdit(
                    start: 0, end: document.text.bytes.count,
                    replacement: String(decoding: outcome.bytes, as: UTF8.self))
                actions.append(
                    .object([
                        ("title", .string("ecslint: fix all safe problems (\(outcome.applied.count))")),
                        ("kind", .string(Self.fixAllKind)),
                        ("edit", workspaceEdit(uri: uri, [whole], positions: positions)),
                    ]))
            }
        }
        return .array(actions)
    }

    private func workspaceEdit(uri: String, _ edits: [TextEdit], positions: TextPositions) -> JSONValue {
        let changes: [JSONValue] = edits.map { edit in
            .object([
                ("range", positions.range(start: edit.start, end: edit.end)),
                ("newText", .string(edit.replacement)),
            ])
        }
        return .object([("changes", .object([(uri, .array(changes))]))])
    }

    /// On a finding: its rule's page; on a key: the API's documentation of it.
    func hover(_ params: JSONValue?) throws(InvalidParams) -> JSONValue {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, let position = params?["position"],
            let line = position["line"]?.intValue, let character = position["character"]?.intValue
        else { throw InvalidParams(reason: "textDocument.uri and position are required") }
        guard let document = documents[uri], let report = document.report else { return .null }
        let positions = TextPositions(document.text)
        let offset = positions.offset(line: line, character: character)
        let format = Self.format(path: document.path, languageId: document.languageId)
        let key = InputLoader.load(document.text, format: format).documents.lazy
            .compactMap { KeyLocator.member(at: offset, in: $0.root) }.first
        // On a key, findings about a whole enclosing object give way to the key's documentation.
        let from = key?.1.keyRange.start.offset ?? 0
        var codes: [String] = []
        for finding in report.findings
        where finding.range.start.offset <= offset && finding.range.start.offset >= from
            && (offset < finding.range.end.offset || finding.range.start.offset == finding.range.end.offset)
            && !codes.contains(finding.code)
        {
            codes.append(finding.code)
        }
        let pages = codes.compactMap(RuleRegistry.descriptor(named:)).map { RulePage.markdown(for: $0) }
        if !pages.isEmpty {
            return .object([
                (
                    "contents",
                    .object([("kind", .string("markdown")), ("value", .string(pages.joined(separator: "\n---\n\n")))])
                )
            ])
        }
        guard let key, let text = KeyDocumentation.markdown(for: key.0) else { return .null }
        return .object([
            ("contents", .object([("kind", .string("markdown")), ("value", .string(text))])),
            ("range", positions.range(start: key.1.keyRange.start.offset, end: key.1.keyRange.end.offset)),
        ])
    }
}

/// Finds the key under a position in a tree.
enum KeyLocator {
    /// The member whose key holds `offset`, and its pointer.
    static func member(at offset: Int, in root: Node) -> (JSONPointer, Member)? {
        var node = root
        var pointer = JSONPointer.root
        while true {
            switch node.value {
            case .object(let members):
                if let member = members.first(where: {
                    $0.keyRange.start.offset <= offset && offset < $0.keyRange.end.offset
                }) {
                    return (pointer / member.key, member)
                }
                guard let inner = members.first(where: { contains($0.value, offset) }) else { return nil }
                pointer = pointer / inner.key
                node = inner.value
            case .array(let elements):
                guard let index = elements.firstIndex(where: { contains($0, offset) }) else { return nil }
                pointer = pointer / index
                node = elements[index]
            default:
                return nil
            }
        }
    }

    private static func contains(_ node: Node, _ offset: Int) -> Bool {
        node.range.start.offset <= offset && offset < node.range.end.offset
    }
}

/// The API documentation of a key, from the botocore shapes.
enum KeyDocumentation {
    /// Markdown naming the member, its type, its summary and accepted values;
    /// nil where the pointer is not a member of the model. Pointers into a
    /// describe wrapper or a container list are read as the task definition's.
    static func markdown(for pointer: JSONPointer) -> String? {
        var candidates = [pointer]
        if pointer.tokens.first == "taskDefinition" {
            candidates.append(JSONPointer(Array(pointer.tokens.dropFirst())))
        }
        if let first = pointer.tokens.first, Int(first) != nil {
            candidates.append(JSONPointer(["containerDefinitions"] + pointer.tokens))
        }
        for candidate in candidates {
            guard let member = ECSAPIShapes.member(at: candidate) else { continue }
            let shape = member.shape
            var text = "**\(member.name)** — \(SchemaText.expected(shape))\(member.isRequired ? ", required" : "")\n\n"
            if !member.summary.isEmpty { text += member.summary + "\n\n" }
            if !shape.enumValues.isEmpty {
                text += "Accepted values: " + shape.enumValues.map { "`\($0)`" }.joined(separator: ", ") + "\n\n"
            }
            text += "(\(shape.name) in the ECS API)"
            return text
        }
        return nil
    }
}
