"""Shared helpers for tests that run the built ecslint binary."""
import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def ecslint_path() -> str:
    path = os.environ.get("ECSLINT") or str(ROOT / ".build" / "debug" / "ecslint")
    if not os.path.exists(path):
        pytest.fail(f"ecslint binary not found at {path}; run swift build first")
    return path


def run(*args, stdin=None, cwd=None):
    """Runs ecslint with args; returns (exit code, stdout, stderr)."""
    proc = subprocess.run(
        [ecslint_path(), *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        timeout=60,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def run_json(*args, stdin=None):
    code, out, err = run("lint", "--format", "json", *args, stdin=stdin)
    assert not err.startswith("Error:"), err
    return code, json.loads(out), err
