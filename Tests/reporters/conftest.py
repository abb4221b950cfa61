"""Shared helpers for the reporter tests: run the built ecslint on samples/."""

import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
SCHEMAS = REPO.parent / "shared" / "schemas"


def ecslint_binary() -> pathlib.Path:
    """The binary under test: $ECSLINT, or the debug build."""
    path = pathlib.Path(os.environ.get("ECSLINT", REPO / ".build" / "debug" / "ecslint"))
    if not path.is_file():
        pytest.skip(f"no ecslint binary at {path} (build it, or set ECSLINT)")
    return path


def sample_files() -> list[str]:
    """Every task definition under samples/, as repository-relative paths."""
    paths = sorted(
        str(p.relative_to(REPO))
        for p in (REPO / "samples").rglob("*")
        if p.is_file() and p.suffix in {".json", ".yaml", ".yml"}
    )
    if not paths:
        pytest.skip("samples/ holds no task definition")
    return paths


def run_ecslint(*args: str) -> subprocess.CompletedProcess:
    """Runs ecslint from the repository root; status 0 or 1 is a normal run."""
    return subprocess.run(
        [str(ecslint_binary()), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _write_reports(tmp_path: pathlib.Path, fmt: str, files: list[str], *extra: str):
    """Writes a `fmt` report and a JSON report of `files` in one run.

    Skips when the binary does not know `fmt` yet (the CLI wiring comes
    separately). Returns the paths of the two reports."""
    report = tmp_path / f"report.{fmt}"
    json_report = tmp_path / "report.json"
    result = run_ecslint(
        "--format", fmt, "--output", str(report),
        "--format", "json", "--output", str(json_report),
        *extra, *files,
    )
    assert result.returncode in (0, 1), f"ecslint exited {result.returncode}: {result.stderr}"
    assert report.is_file(), f"ecslint wrote no {fmt} report: {result.stderr}"
    return report, json_report


@pytest.fixture
def samples() -> list[str]:
    """The sample task definitions (skips when there are none)."""
    return sample_files()


@pytest.fixture
def reports(tmp_path):
    """`reports(fmt, files, *extra)`: the paths of a `fmt` report and a JSON
    report written by one ecslint run (skips while `fmt` is not wired up)."""
    return lambda fmt, files, *extra: _write_reports(tmp_path, fmt, files, *extra)
