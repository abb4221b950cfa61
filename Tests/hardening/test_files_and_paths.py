"""Issue 11, items 1, 4 and 6 through the command line: huge numbers never
crash, reports are written safely, file names that are not UTF-8 work."""
import json
import os
import pathlib
import signal
import stat
import subprocess
import threading
import time

import pytest

from cli_support import ROOT, ecslint_path, run

SAMPLE = (ROOT / "samples" / "hello-world.json").read_text()
HUGE = 9223372036854775807


def overflowing_task():
    containers = [{"name": name, "image": "public.ecr.aws/nginx/nginx:1.27", "essential": name == "a",
                   "memoryReservation": HUGE, "cpu": HUGE} for name in ("a", "b")]
    return {"family": "web", "cpu": "1024", "memory": "2048", "containerDefinitions": containers}


# --- item 1: overflow -------------------------------------------------------------------------------

def test_summing_huge_container_values_is_a_finding_not_a_crash(tmp_path):
    (tmp_path / "huge.json").write_text(json.dumps(overflowing_task()))
    yaml_lines = ["family: web", "cpu: '1024'", "memory: '2048'", "containerDefinitions:"]
    for name in ("a", "b"):
        yaml_lines += [f"  - name: {name}", "    image: public.ecr.aws/nginx/nginx:1.27",
                       f"    memoryReservation: {HUGE}", f"    cpu: {HUGE}"]
    (tmp_path / "huge.yaml").write_text("\n".join(yaml_lines) + "\n")
    (tmp_path / "fine.json").write_text(SAMPLE)
    for path in ("huge.json", "huge.yaml"):
        status, out, err = run("lint", "--format", "json", path, cwd=tmp_path)
        assert status == 1, err
        findings = json.loads(out)["files"][0]["findings"]
        out_of_range = [f for f in findings if "does not fit the API's 32-bit integer" in f["message"]]
        assert {f["pointer"] for f in out_of_range} == {
            f"/containerDefinitions/{i}/{key}" for i in (0, 1) for key in ("memoryReservation", "cpu")}
    status, out, _ = run("lint", "-", stdin=json.dumps(overflowing_task()).encode(), cwd=tmp_path)
    assert status == 1 and "32-bit" in out
    status, _, err = run("render", "huge.json", cwd=tmp_path)
    assert status == 1 and "32-bit" in err
    # one such file does not end a folder run: the other file is still reported
    status, out, err = run("lint", "--format", "json", ".", cwd=tmp_path)
    assert status == 1, err
    assert {f["path"] for f in json.loads(out)["files"]} == {"./fine.json", "./huge.json", "./huge.yaml"}


def test_register_dry_run_with_huge_values(tmp_path):
    (tmp_path / "huge.json").write_text(json.dumps(overflowing_task()))
    env = {**os.environ, "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY": "x" * 40,
           "AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true"}
    proc = subprocess.run([ecslint_path(), "register", "huge.json", "--dry-run", "--fail-on", "never",
                           "--endpoint-url", "http://127.0.0.1:9"], cwd=tmp_path, env=env, capture_output=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert str(HUGE).encode() in proc.stdout


# --- item 4: report writes --------------------------------------------------------------------------

@pytest.fixture
def task(tmp_path):
    (tmp_path / "task.json").write_text(SAMPLE)
    return tmp_path


def report_is_json(path):
    return json.loads(pathlib.Path(path).read_text())["version"] == 1


def test_output_naming_an_input_is_a_usage_error(task):
    for output in ("task.json", "./task.json"):
        status, _, err = run("lint", "task.json", "--format", "json", "--output", output, cwd=task)
        assert status == 2
        assert "is one of the input files" in err
        assert (task / "task.json").read_text() == SAMPLE
    os.symlink("task.json", task / "alias.json")
    status, _, _ = run("lint", "task.json", "--format", "json", "--output", "alias.json", cwd=task)
    assert status == 2 and (task / "task.json").read_text() == SAMPLE


def test_a_report_saved_in_the_linted_folder_is_not_an_input(task):
    for _ in range(2):
        status, _, err = run("lint", ".", "--format", "json", "--output", "report.json", cwd=task)
        assert status == 0, err
        assert report_is_json(task / "report.json")
        assert [f["path"] for f in json.loads((task / "report.json").read_text())["files"]] == ["./task.json"]


def test_mode_is_kept_and_new_files_follow_the_umask(task):
    (task / "private.json").write_text("old")
    os.chmod(task / "private.json", 0o600)
    assert run("lint", "task.json", "--format", "json", "--output", "private.json", cwd=task)[0] == 0
    assert stat.S_IMODE(os.stat(task / "private.json").st_mode) == 0o600
    assert report_is_json(task / "private.json")
    old = os.umask(0o027)
    try:
        assert run("lint", "task.json", "--format", "json", "--output", "new.json", cwd=task)[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(task / "new.json").st_mode) == 0o640


def test_symlinks_are_followed_to_their_target(task):
    (task / "reports").mkdir()
    os.symlink("reports/real.json", task / "link.json")  # dangling until written
    assert run("lint", "task.json", "--format", "json", "--output", "link.json", cwd=task)[0] == 0
    assert os.path.islink(task / "link.json")
    assert report_is_json(task / "reports" / "real.json")


def test_devices_and_fifos_are_written_directly(task):
    assert run("lint", "task.json", "--format", "json", "--output", "/dev/null", cwd=task)[0] == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    os.mkfifo(task / "pipe")
    received = []
    reader = threading.Thread(target=lambda: received.append((task / "pipe").read_text()))
    reader.start()
    assert run("lint", "task.json", "--format", "json", "--output", "pipe", cwd=task)[0] == 0
    reader.join(10)
    assert stat.S_ISFIFO(os.stat(task / "pipe").st_mode)
    assert json.loads(received[0])["version"] == 1


def test_long_names_and_no_temporary_left(task):
    name = "r" * 250 + ".json"
    assert run("lint", "task.json", "--format", "json", "--output", name, cwd=task)[0] == 0
    assert report_is_json(task / name)
    assert not [p for p in os.listdir(task) if p.startswith(".ecslint-") or p.endswith(".tmp")]


def test_a_signal_removes_the_temporary(tmp_path):
    """SIGTERM while the report is being written leaves no temporary behind."""
    folder = tmp_path / "many"
    folder.mkdir()
    bad = json.loads(SAMPLE)
    bad["containerDefinitions"] = [dict(bad["containerDefinitions"][0], name=f"c{i}", cpu=-1) for i in range(30)]
    for index in range(60):
        (folder / f"t{index}.json").write_text(json.dumps(bad))
    caught = False
    for _ in range(10):
        out = tmp_path / "out"
        out.mkdir(exist_ok=True)
        proc = subprocess.Popen([ecslint_path(), "lint", str(folder), "--format", "json", "--output",
                                 str(out / "report.json")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if any(name.startswith(".ecslint-") for name in os.listdir(out)):
                proc.send_signal(signal.SIGTERM)
                break
        proc.wait(120)
        if proc.returncode == -signal.SIGTERM:
            caught = True
            assert not [n for n in os.listdir(out) if n.startswith(".ecslint-")], "the temporary was left behind"
            break
    if not caught:
        pytest.skip("the report was always written before the signal arrived")


# --- item 6: file names that are not UTF-8 ----------------------------------------------------------

def test_names_that_are_not_utf8(tmp_path):
    raw_dir = os.fsencode(str(tmp_path))
    named = raw_dir + b"/caf\xe9.json"
    with open(named, "wb") as handle:
        handle.write(SAMPLE.encode())
    os.mkdir(raw_dir + b"/sub")
    with open(raw_dir + b"/sub/b\xff\xfe.yaml", "wb") as handle:
        handle.write((ROOT / "samples" / "hello-world.yaml").read_bytes())
    proc = subprocess.run([os.fsencode(ecslint_path()), b"lint", b"--format", b"json", b"caf\xe9.json", b"sub"],
                          cwd=tmp_path, capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    paths = [f["path"] for f in json.loads(proc.stdout)["files"]]
    assert paths == ["caf\\xE9.json", "sub/b\\xFF\\xFE.yaml"]
    proc = subprocess.run([os.fsencode(ecslint_path()), b"lint", b"--format", b"text", b"--fail-on", b"warning",
                           b"caf\xe9.json"], cwd=tmp_path, capture_output=True, timeout=60)
    assert b"caf\\xE9.json:" in proc.stdout and b"\xe9" not in proc.stdout


# --- libyaml is loaded when the first YAML file is read ------------------------------------------------

def test_without_libyaml_a_yaml_file_says_what_to_install_and_json_is_still_linted(tmp_path):
    """libyaml is loaded with dlopen at the first YAML file; hide it in a private mount
    namespace (root only) and the run still lints JSON and explains the YAML file."""
    library = pathlib.Path("/lib/x86_64-linux-gnu/libyaml-0.so.2")
    if os.geteuid() != 0 or not library.exists():
        pytest.skip("needs root and Debian's libyaml-0-2 to hide the library")
    (tmp_path / "empty.so").write_bytes(b"")
    (tmp_path / "task.yaml").write_text("family: web\ncontainerDefinitions:\n  - name: app\n    image: nginx:1.27\n")
    (tmp_path / "task.json").write_text(SAMPLE)
    script = (f'mount --bind {tmp_path / "empty.so"} {library.resolve()} && '
              f'exec {ecslint_path()} lint --format json task.yaml task.json')
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], cwd=tmp_path, capture_output=True, text=True)
    if "mount" in result.stderr or "unshare" in result.stderr:
        pytest.skip(f"cannot hide the library here: {result.stderr.strip()}")
    assert result.returncode == 1, result.stderr
    files = {entry["path"]: entry for entry in json.loads(result.stdout)["files"]}
    [finding] = files["task.yaml"]["findings"]
    assert finding["rule"] == "ECS001"
    assert finding["message"].startswith("cannot read YAML: the libyaml library could not be loaded")
    assert "apt-get install libyaml-0-2" in finding["fix"]
    assert (finding["line"], finding["column"]) == (1, 1)
    assert [f["rule"] for f in files["task.json"]["findings"]] == ["ECS603", "ECS713"]
