"""Reports are streamed: files appear in a stable order (name order of the
walk) however many there are and whatever thread finishes first, every
format's streamed output is a whole report, and the arguments are read even
without /proc."""
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest

from cli_support import ROOT, ecslint_path, run

HELLO = (ROOT / "samples" / "hello-world.json").read_text()


def make_folder(tmp_path, count):
    folder = tmp_path / "tasks"
    for index in range(count):
        sub = folder / f"d{index % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        text = HELLO.replace('"hello-world-task"', f'"service-{index}"')
        if index % 5 == 0:
            text = text.replace('"cpu": "256"', '"cpu": 256')
        (sub / f"task-{index:04d}.json").write_text(text)
    (folder / "d0" / "package.json").write_text('{"name": "not-a-task-definition"}')
    return folder


def test_many_files_stream_in_walk_order_with_exact_counts(tmp_path):
    count = 700  # more than the reorder window of 256
    folder = make_folder(tmp_path, count)
    code, out, err = run("lint", "--format", "json", folder)
    assert code == 1, err
    report = json.loads(out)
    paths = [entry["path"] for entry in report["files"]]
    assert len(paths) == count
    expected = sorted(str(path) for path in folder.rglob("task-*.json"))
    assert paths == expected
    errors = sum(1 for entry in report["files"] for finding in entry["findings"] if finding["severity"] == "error")
    assert report["summary"]["files"] == count
    assert report["summary"]["errors"] == errors == count // 5
    assert "skipped 1 JSON/YAML file" in err
    again = run("lint", "--format", "json", folder)[1]
    assert again == out


def test_every_format_streams_a_whole_report_to_files_and_stdout(tmp_path):
    folder = make_folder(tmp_path, 40)
    outputs = {fmt: tmp_path / f"report.{fmt}" for fmt in ("json", "sarif", "junit", "github")}
    args = ["lint"]
    for fmt, path in outputs.items():
        args += ["--format", fmt, "--output", path]
    code, text, err = run(*args, "--format", "text", folder)
    assert code == 1, err
    assert text.startswith(str(folder / "d0" / "task-0000.json") + ":5:10: error:")
    assert text.endswith(" in 40 files.\n")
    report = json.loads(outputs["json"].read_text())
    assert report["summary"]["files"] == 40
    sarif = json.loads(outputs["sarif"].read_text())
    assert len(sarif["runs"][0]["results"]) == sum(len(entry["findings"]) for entry in report["files"])
    suites = ElementTree.parse(outputs["junit"]).getroot().findall("testsuite")
    assert [suite.get("id") for suite in suites] == [str(index) for index in range(40)]
    assert outputs["github"].read_text().count("::error ") == 8
    assert not list(tmp_path.glob("*.tmp"))
    stdout_json = run("lint", "--format", "json", folder)[1]
    assert json.loads(stdout_json) == report


def test_nothing_is_written_when_no_file_is_reported(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "x"}')
    destination = tmp_path / "report.json"
    code, out, err = run("lint", "--format", "json", "--output", destination, tmp_path)
    assert code == 2
    assert out == ""
    assert not destination.exists()
    assert "no task definition files found" in err


def test_unwritable_output_is_a_usage_error(tmp_path):
    code, _, err = run("lint", "--format", "json", "--output", tmp_path / "missing" / "r.json", ROOT / "samples" / "hello-world.json")
    assert code == 2
    assert "cannot write" in err and "missing/r.json" in err


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None, reason="needs root and unshare")
def test_arguments_are_read_without_proc(tmp_path):
    script = f"umount -l /proc && cd {tmp_path} && exec {ecslint_path()} --version"
    probe = subprocess.run(["unshare", "-m", "--fork", "sh", "-c", "umount -l /proc && test ! -e /proc/self"],
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot unmount /proc in a private mount namespace here")
    result = subprocess.run(["unshare", "-m", "--fork", "sh", "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == run("--version")[1].strip()


def test_lint_parsed_alone_behaves_as_the_whole_command(tmp_path):
    sample = ROOT / "samples" / "hello-world.json"
    default = run(sample)
    explicit = run("lint", sample)
    assert default == explicit
    assert default[0] == 0 and "in 1 file." in default[1]
    code, out, err = run("lint", "--format", "bogus", sample)
    assert code == 2 and out == ""
    assert "bogus" in err and "Usage: ecslint lint" in err
    code, out, _ = run("lint", "--help")
    assert code == 0 and "USAGE: ecslint lint" in out
    assert run("rules")[0] == 0
