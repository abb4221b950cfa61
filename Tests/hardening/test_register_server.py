"""Issue 11, item 5: `register` against misbehaving servers on 127.0.0.1,
started by the test: what the server says is cleaned and capped, and plain
http to another machine is refused."""
import http.server
import json
import threading
import time

import pytest

from register_support import run, sealed_env, task_definition

ESCAPES = "\x1b[31m\x1b]0;pwned\x07\x08\r"


class Misbehaving:
    """One loopback server answering every POST with the response set in `answer`."""

    def __init__(self):
        self.answer = (200, b"{}")
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status, body = owner.answer
                self.send_response(status)
                self.send_header("Content-Type", "application/x-amz-json-1.1")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server():
    instance = Misbehaving()
    yield instance
    instance.close()


@pytest.fixture
def setup(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "task.json").write_text(json.dumps(task_definition("web")))
    env = sealed_env(home, AWS_REGION="us-east-1", AWS_ACCESS_KEY_ID="AKIAENV",
                     AWS_SECRET_ACCESS_KEY="envsecretvalue0000", AWS_MAX_ATTEMPTS="1")
    return tmp_path / "task.json", env


def register(server, setup, *extra):
    path, env = setup
    started = time.monotonic()
    result = run(["register", path, "--endpoint-url", server.url, *extra], env, timeout=60)
    return (*result, time.monotonic() - started)


def assert_clean(text):
    assert not any(ch in text for ch in "\x1b\x07\x08\r"), repr(text[:200])


def test_arn_with_escape_sequences_is_cleaned(server, setup):
    arn = "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1" + ESCAPES
    server.answer = (200, json.dumps({"taskDefinition": {"taskDefinitionArn": arn, "family": "web" + ESCAPES,
                                                         "revision": 1}}).encode())
    status, out, err, _ = register(server, setup)
    assert status == 0, err
    assert out.startswith("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1")
    assert_clean(out)
    assert_clean(err)
    status, out, err, _ = register(server, setup, "--format", "json")
    assert status == 0
    assert_clean(out)


def test_huge_error_message_is_cleaned_and_cut(server, setup):
    message = ("bad " + ESCAPES) * 15_000  # about 600 KB as JSON, under the body cap
    server.answer = (400, json.dumps({"__type": "ClientException", "message": message}).encode())
    status, out, err, seconds = register(server, setup)
    assert status == 3
    assert "ClientException" in err
    assert_clean(err)
    assert len(err) < 10_000, "the message is printed cut"
    assert seconds < 20


@pytest.mark.parametrize("status_code", [200, 400])
def test_bodies_over_one_mebibyte_are_not_read(server, setup, status_code):
    server.answer = (status_code, b"{\"message\": \"" + b"x" * (8 << 20) + b"\"}")
    status, out, err, seconds = register(server, setup)
    assert status == 3
    assert "larger than 1048576 bytes" in err
    assert len(out) + len(err) < 10_000
    assert seconds < 30


def test_plain_http_to_another_machine_is_refused(setup):
    path, env = setup
    # 192.0.2.1 is TEST-NET-1: nothing is sent there, the command stops before any request.
    status, out, err = run(["register", path, "--endpoint-url", "http://192.0.2.1"], env, timeout=60)
    assert status == 2
    assert "plain http" in err and "--allow-http" in err
    status, out, err = run(["register", path, "--endpoint-url", "http://192.0.2.1", "--allow-http", "--dry-run"],
                           env, timeout=60)
    assert status == 0, err
    assert "warning" in err and "unencrypted" in err


def test_loopback_http_is_allowed_without_a_warning(server, setup):
    server.answer = (200, json.dumps({"taskDefinition": {"taskDefinitionArn": "arn:x", "revision": 1}}).encode())
    status, out, err, _ = register(server, setup)
    assert status == 0, err
    assert "unencrypted" not in err
