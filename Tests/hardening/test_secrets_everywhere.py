"""Issue 11, item 3: no secret leaves ecslint in full, whatever the format,
the command, the output channel, or the state of the file."""
import json
import os
import pathlib
import subprocess

import pytest

from cli_support import ecslint_path
from secret_fixtures import NOT_SECRET, broken_variants, json_text, secret_parts, yaml_text

FORMATS = ["text", "json", "sarif", "junit", "github"]


def run(args, cwd, env=None, stdin=None):
    proc = subprocess.run([ecslint_path(), *map(str, args)], capture_output=True, cwd=cwd, timeout=120,
                          input=stdin, env={**os.environ, "NO_COLOR": "1", **(env or {})})
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def assert_no_secret(text, where):
    for part in secret_parts():
        assert part not in text, f"{where} prints the secret {part[:6]}… in full"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "task.json").write_text(json_text())
    (tmp_path / "task.yaml").write_text(yaml_text())
    for name, text in broken_variants().items():
        (tmp_path / name).write_text(text)
    return tmp_path


def test_the_fixture_holds_every_secret(files):
    text = (files / "task.json").read_text()
    assert all(part.replace("\n", "\\n") in text for part in secret_parts())


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_report_format_to_stdout_and_file(files, fmt):
    names = ["task.json", "task.yaml", *broken_variants()]
    status, out, err = run(["lint", "--format", fmt, *names], files)
    assert status == 1, err
    assert_no_secret(out, f"lint --format {fmt}")
    assert_no_secret(err, f"lint --format {fmt} (stderr)")
    status, out, err = run(["lint", "--format", fmt, "--output", "report.out", *names], files)
    assert status == 1, err
    assert_no_secret((files / "report.out").read_text(), f"lint --format {fmt} --output")


def test_the_findings_still_say_what_leaked(files):
    status, out, _ = run(["lint", "--format", "json", "task.json"], files)
    findings = json.loads(out)["files"][0]["findings"]
    flagged = {f["message"].split("'")[1] for f in findings if f["rule"] == "ECS615"}
    assert {"DB_PASSWORD", "NEUTRAL_ONE", "BOT", "HOOK", "SESSION", "TLS_KEY_PEM", "PAYMENTS"} <= flagged
    assert NOT_SECRET[0] not in flagged, "PASSWORD_HASH_ALGO: argon2id is no secret"


def test_syntax_error_frames_message_and_fix(files):
    for name in broken_variants():
        status, out, err = run(["lint", name], files)
        assert status == 1, (name, err)
        assert "ECS001" in out or "error" in out, name
        assert_no_secret(out + err, f"lint {name}")


def test_standard_input_and_baseline(files):
    status, out, err = run(["lint", "-", "--stdin-format", "json"], files, stdin=json_text().encode())
    assert status == 1
    assert_no_secret(out + err, "lint -")
    status, out, err = run(["lint", "--write-baseline", "base.json", "task.json"], files)
    assert status == 0, err
    assert_no_secret((files / "base.json").read_text() + out + err, "--write-baseline")


def test_render_errors_on_stderr(files):
    status, out, err = run(["render", "task.json"], files)
    assert status == 1, "the hostPort error blocks rendering"
    assert "ECS" in err
    assert_no_secret(out + err, "render (refused)")


def test_register_dry_run_and_verbose(files, tmp_path):
    (files / "clean.json").write_text(json_text(with_errors=False))
    env = {"AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY": "x" * 40, "AWS_REGION": "us-east-1",
           "AWS_CONFIG_FILE": str(tmp_path / "none"), "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
           "AWS_EC2_METADATA_DISABLED": "true"}
    for fmt in ("text", "json"):
        # `$w0rd` in a value is an envsubst variable: register refuses it unfilled, so it is named.
        status, out, err = run(["register", "clean.json", "--dry-run", "--verbose", "--fail-on", "never",
                                "--var", "w0rd=-", "--endpoint-url", "http://127.0.0.1:9", "--format", fmt],
                               files, env=env)
        assert status == 0, err
        assert "RegisterTaskDefinition" in out
        assert_no_secret(out + err, f"register --dry-run --format {fmt}")
        assert "argon2id" in out, "values that are no secret are sent and shown as they are"
    status, out, err = run(["register", "task.json", "--endpoint-url", "http://127.0.0.1:9"], files, env=env)
    assert status == 1, "the lint gate refuses the file with errors"
    assert_no_secret(out + err, "register (refused)")
