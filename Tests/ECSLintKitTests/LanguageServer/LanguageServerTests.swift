import Testing

@testable import ECSLintKit

/// The language server driven in-process, message by message.
@Suite struct LanguageServerTests {
    let uri = "file:///work/app/task-definition.json"

    func request(_ id: Int, _ method: String, _ params: String = "{}") -> [UInt8] {
        Array(#"{"jsonrpc": "2.0", "id": \#(id), "method": "\#(method)", "params": \#(params)}"#.utf8)
    }

    func notification(_ method: String, _ params: String) -> [UInt8] {
        Array(#"{"jsonrpc": "2.0", "method": "\#(method)", "params": \#(params)}"#.utf8)
    }

    func started() -> LanguageServer {
        let server = LanguageServer(version: "test")
        _ = server.handle(body: request(1, "initialize", #"{"capabilities": {}}"#))
        _ = server.handle(body: notification("initialized", "{}"))
        return server
    }

    func open(_ server: LanguageServer, _ text: String, uri: String? = nil) -> [JSONValue] {
        let params: JSONValue = .object([
            (
                "textDocument",
                .object([
                    ("uri", .string(uri ?? self.uri)), ("languageId", .string("json")), ("version", .int(1)),
                    ("text", .string(text)),
                ])
            )
        ])
        return server.handle(body: notification("textDocument/didOpen", params.serialized))
    }

    @Test func initializeAnswersCapabilities() throws {
        let server = LanguageServer(version: "test")
        let replies = server.handle(body: request(7, "initialize", #"{"capabilities": {}}"#))
        let capabilities = try #require(replies.first?["result"]?["capabilities"])
        #expect(replies.first?["id"] == .int(7))
        #expect(capabilities["hoverProvider"] == .bool(true))
        #expect(capabilities["textDocumentSync"]?["change"] == .int(1))
    }

    @Test func diagnosticsUseUTF16Columns() throws {
        let server = started()
        let text =
            #"{"family": "wéb😀", "cpu": 256, "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]}"#
        let replies = open(server, text)
        let published = try #require(replies.first { $0["method"]?.stringValue == "textDocument/publishDiagnostics" })
        #expect(published["params"]?["uri"]?.stringValue == uri)
        let diagnostics = try #require(published["params"]?["diagnostics"]?.arrayValue)
        let wrongType = try #require(diagnostics.first { $0["code"]?.stringValue == WrongType.code })
        let column = Array(#"{"family": "wéb😀", "cpu": "#.utf16).count
        #expect(wrongType["range"]?["start"]?["character"] == .int(column))
        #expect(wrongType["range"]?["end"]?["character"] == .int(column + 3))
        #expect(wrongType["severity"] == .int(1))
        #expect(wrongType["source"]?.stringValue == "ecslint")
    }

    @Test func codeActionsOfferTheFixAndHoverShowsTheRulePage() throws {
        let server = started()
        let text =
            "{\"family\": \"web\", \"networkMode\": \"AWSVPC\",\n \"containerDefinitions\": [{\"name\": \"app\", \"image\": \"nginx:1.27\", \"memory\": 256}]}"
        _ = open(server, text)
        let range = #"{"start": {"line": 0, "character": 35}, "end": {"line": 0, "character": 35}}"#
        let replies = server.handle(
            body: request(
                2, "textDocument/codeAction",
                #"{"textDocument": {"uri": "\#(uri)"}, "range": \#(range), "context": {"diagnostics": []}}"#))
        let actions = try #require(replies.first?["result"]?.arrayValue)
        let quickFix = try #require(actions.first { $0["kind"]?.stringValue == "quickfix" })
        #expect(quickFix["title"]?.stringValue?.contains(InvalidEnumValue.code) == true)
        let edit = try #require(quickFix["edit"]?["changes"]?[uri]?.arrayValue?.first)
        #expect(edit["newText"]?.stringValue == "\"awsvpc\"")
        #expect(edit["range"]?["start"]?["character"] == .int(33))
        #expect(actions.contains { $0["kind"]?.stringValue == "source.fixAll.ecslint" })

        let hover = server.handle(
            body: request(
                3, "textDocument/hover",
                #"{"textDocument": {"uri": "\#(uri)"}, "position": {"line": 0, "character": 36}}"#))
        let page = try #require(hover.first?["result"]?["contents"]?["value"]?.stringValue)
        #expect(page.hasPrefix("# ECS008"))
        let keyHover = server.handle(
            body: request(
                4, "textDocument/hover",
                #"{"textDocument": {"uri": "\#(uri)"}, "position": {"line": 1, "character": 45}}"#))
        let documentation = try #require(keyHover.first?["result"]?["contents"]?["value"]?.stringValue)
        #expect(documentation.hasPrefix("**image**"))
    }

    @Test func changesAreRelintedAndCloseClearsDiagnostics() throws {
        let server = started()
        _ = open(server, #"{"family": "web", "cpu": 256, "containerDefinitions": []}"#)
        let change =
            #"{"textDocument": {"uri": "\#(uri)", "version": 2}, "contentChanges": [{"range": {"start": {"line": 0, "character": 25}, "end": {"line": 0, "character": 28}}, "text": "\"256\""}]}"#
        let replies = server.handle(body: notification("textDocument/didChange", change))
        let diagnostics = try #require(replies.last?["params"]?["diagnostics"]?.arrayValue)
        #expect(!diagnostics.contains { $0["code"]?.stringValue == WrongType.code })
        #expect(replies.last?["params"]?["version"] == .int(2))
        let closed = server.handle(
            body: notification("textDocument/didClose", #"{"textDocument": {"uri": "\#(uri)"}}"#))
        #expect(closed.first?["params"]?["diagnostics"] == .array([]))
    }

    @Test func badMessagesGetErrorsNotCrashes() throws {
        let server = LanguageServer(version: "test")
        #expect(server.handle(body: request(1, "textDocument/hover")).first?["error"]?["code"] == .int(-32002))
        _ = server.handle(body: request(2, "initialize"))
        #expect(server.handle(body: Array("{not json".utf8)).first?["error"]?["code"] == .int(-32700))
        #expect(server.handle(body: Array("[1, 2]".utf8)).first?["error"]?["code"] == .int(-32600))
        #expect(server.handle(body: Array(#"{"id": 5}"#.utf8)).first?["error"]?["code"] == .int(-32600))
        #expect(server.handle(body: request(6, "workspace/frobnicate")).first?["error"]?["code"] == .int(-32601))
        #expect(server.handle(body: request(7, "textDocument/hover", "[]")).first?["error"]?["code"] == .int(-32602))
        #expect(server.handle(body: notification("workspace/frobnicate", "{}")).isEmpty)
        let log = server.handle(body: notification("textDocument/didOpen", "{}"))
        #expect(log.first?["method"]?.stringValue == "window/logMessage")
        #expect(server.handle(.tooLarge(1 << 30)).first?["error"]?["code"] == .int(-32600))
        #expect(server.handle(.badHeader("x")).first?["error"]?["code"] == .int(-32700))
    }

    @Test func hugeDocumentsGetOneDiagnostic() throws {
        let server = started()
        server.maxDocumentBytes = 1000
        let replies = open(server, "{\"family\": \"" + String(repeating: "x", count: 2000) + "\"}")
        let diagnostics = try #require(replies.last?["params"]?["diagnostics"]?.arrayValue)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["message"]?.stringValue?.contains("2014 bytes") == true)
    }

    @Test func theNearestConfigurationIsAskedForByPath() throws {
        var asked: [String?] = []
        let server = LanguageServer(version: "test") { path in
            asked.append(path)
            return .success(.defaults)
        }
        _ = server.handle(body: request(1, "initialize"))
        _ = open(server, "{}", uri: "file:///work/my%20app/task.json")
        #expect(asked == ["/work/my app/task.json"])
    }

    @Test func shutdownThenExitIsAClean0() {
        let server = started()
        #expect(server.handle(body: request(9, "shutdown")).first?["result"] == .null)
        #expect(server.handle(body: request(10, "textDocument/hover")).first?["error"]?["code"] == .int(-32600))
        _ = server.handle(body: notification("exit", "null"))
        #expect(server.exitCode == 0)
        let abrupt = started()
        _ = abrupt.handle(body: notification("exit", "null"))
        #expect(abrupt.exitCode == 1)
    }
}

/// The base protocol's framing.
@Suite struct MessageReaderTests {
    @Test func framesArriveInPieces() {
        var reader = MessageReader()
        let framed = MessageReader.frame(#"{"a":1}"#) + MessageReader.frame(#"{"b":2}"#)
        reader.append(framed[..<10])
        #expect(reader.next() == nil)
        reader.append(framed[10...])
        #expect(reader.next() == .message(Array(#"{"a":1}"#.utf8)))
        #expect(reader.next() == .message(Array(#"{"b":2}"#.utf8)))
        #expect(reader.next() == nil)
    }

    @Test func badAndOversizedFramesAreReportedAndSkipped() {
        var reader = MessageReader(maxBodyBytes: 4)
        reader.append(Array("Content-Type: x\r\n\r\n".utf8))
        #expect(reader.next() == .badHeader(#"no valid Content-Length header in "Content-Type: x""#))
        reader.append(Array("Content-Length: 10\r\n\r\n0123456789".utf8) + MessageReader.frame("{}"))
        #expect(reader.next() == .tooLarge(10))
        #expect(reader.next() == .message(Array("{}".utf8)))
    }
}
