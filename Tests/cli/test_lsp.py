"""`ecslint lsp` driven by a small LSP client over the real binary's stdio."""
import json
import subprocess

from cli_support import ecslint_path

TASK = '{"family": "web", "cpu": 256, "networkMode": "AWSVPC",\n "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "memory": 256}]}\n'


class Client:
    def __init__(self, *args, cwd=None):
        self.proc = subprocess.Popen([ecslint_path(), "lsp", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=cwd)
        self.next_id = 0
        self.transcript = []

    def send_raw(self, body: bytes):
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send(self, method, params=None, request=True):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        self.transcript.append(("->", message))
        self.send_raw(json.dumps(message).encode())
        return message.get("id")

    def receive(self):
        headers = {}
        while True:
            line = self.proc.stdout.readline()
            assert line, "the server closed its output"
            if line == b"\r\n":
                break
            name, value = line.decode().split(":", 1)
            headers[name.strip().lower()] = value.strip()
        message = json.loads(self.proc.stdout.read(int(headers["content-length"])))
        self.transcript.append(("<-", message))
        return message

    def until(self, predicate):
        for _ in range(20):
            message = self.receive()
            if predicate(message):
                return message
        raise AssertionError("no matching message")

    def response(self, id_):
        return self.until(lambda m: m.get("id") == id_)

    def diagnostics(self, uri):
        return self.until(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"]["uri"] == uri)["params"]["diagnostics"]


def test_session_with_diagnostics_code_actions_hover_and_errors(tmp_path):
    path = tmp_path / "task-definition.json"
    path.write_text(TASK)
    uri = path.as_uri()
    client = Client(cwd=tmp_path)
    init = client.response(client.send("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}))
    assert init["result"]["capabilities"]["hoverProvider"] is True
    client.send("initialized", {}, request=False)
    client.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "json", "version": 1, "text": TASK}},
                request=False)
    diagnostics = client.diagnostics(uri)
    codes = {d["code"] for d in diagnostics}
    assert {"ECS006", "ECS008"} <= codes
    wrong = next(d for d in diagnostics if d["code"] == "ECS006")
    assert wrong["range"]["start"] == {"line": 0, "character": 25}

    actions = client.response(client.send("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": wrong["range"], "context": {"diagnostics": [wrong]}}))["result"]
    fix = next(a for a in actions if a["kind"] == "quickfix")
    assert fix["edit"]["changes"][uri][0]["newText"] == '"256"'

    hover = client.response(client.send("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": {"line": 0, "character": 26}}))["result"]
    assert hover["contents"]["value"].startswith("# ECS006")

    client.send_raw(b"{this is not json")
    assert client.receive()["error"]["code"] == -32700
    unknown = client.send("textDocument/frobnicate", {})
    assert client.response(unknown)["error"]["code"] == -32601

    client.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                           "contentChanges": [{"text": TASK.replace("256,", '"256",', 1)}]},
                request=False)
    assert "ECS006" not in {d["code"] for d in client.diagnostics(uri)}

    assert client.response(client.send("shutdown"))["result"] is None
    client.send("exit", request=False)
    assert client.proc.wait(timeout=10) == 0


def test_nearest_configuration_applies(tmp_path):
    project = tmp_path / "project"
    (project / "deploy").mkdir(parents=True)
    (project / ".ecslint.yml").write_text("rules:\n  ECS008: off\n")
    path = project / "deploy" / "task.json"
    path.write_text(TASK)
    client = Client(cwd=tmp_path)
    client.response(client.send("initialize", {"capabilities": {}}))
    client.send("textDocument/didOpen", {"textDocument": {"uri": path.as_uri(), "languageId": "json", "version": 1,
                                                          "text": TASK}}, request=False)
    codes = {d["code"] for d in client.diagnostics(path.as_uri())}
    assert "ECS006" in codes and "ECS008" not in codes
    client.response(client.send("shutdown"))
    client.send("exit", request=False)
    assert client.proc.wait(timeout=10) == 0


def test_oversized_message_and_eof_do_not_crash():
    client = Client()
    client.proc.stdin.write(b"Content-Length: 99999999999\r\n\r\n")
    client.proc.stdin.flush()
    assert client.receive()["error"]["code"] == -32600
    client.proc.stdin.close()
    assert client.proc.wait(timeout=10) == 1
    assert b"Fatal" not in client.proc.stderr.read()
