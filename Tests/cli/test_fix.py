"""`lint --fix`, `--diff` and `--unsafe-fixes` on real files."""
import json
import os
import shutil

from cli_support import ROOT, run

REALWORLD = ROOT.parent / "shared" / "corpus" / "realworld"
BROKEN = """{
  "family": "web",
  "cpu": 256,
  "networkMode": "AWSVPC",
  "ipcMode": null,
  "containerDefinitions": [
    {"name": "app", "Image": "nginx:1.27", "memory": "512", "portMapping": []}
  ]
}
"""


def test_diff_changes_nothing_and_exits_1(tmp_path):
    path = tmp_path / "task.json"
    path.write_text(BROKEN)
    code, out, err = run("lint", "--diff", path)
    assert code == 1
    assert path.read_text() == BROKEN
    assert out.startswith(f"--- {path}\n+++ {path}\n@@ ")
    assert '\n-  "cpu": 256,\n' in out and '\n+  "cpu": "256",\n' in out
    assert '-  "ipcMode": null,\n' in out
    assert "would fix 5 problems in 1 file (ECS004, ECS006 ×2, ECS007, ECS008)" in err
    assert "1 more with --unsafe-fixes" in err


def test_fix_writes_atomically_reports_what_remains_and_is_idempotent(tmp_path):
    path = tmp_path / "task.json"
    path.write_text(BROKEN)
    os.chmod(path, 0o644)
    code, out, err = run("lint", "--fix", "--format", "json", path)
    fixed = path.read_text()
    assert fixed == """{
  "family": "web",
  "cpu": "256",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "app", "image": "nginx:1.27", "memory": 512, "portMapping": []}
  ]
}
"""
    assert sorted(os.listdir(tmp_path)) == ["task.json"]
    report = json.loads(out)
    assert [f["rule"] for f in report["files"][0]["findings"] if f["rule"] == "ECS004"] == ["ECS004"]
    assert "fixed 5 problems in 1 file" in err and "remain" in err
    code, out, err = run("lint", "--fix", path)
    assert path.read_text() == fixed
    assert "nothing to fix" in err
    code, out, err = run("lint", "--fix", "--unsafe-fixes", path)
    assert '"portMappings": []' in path.read_text()


def test_fix_on_standard_input_prints_the_fixed_text():
    code, out, err = run("lint", "--fix", "--stdin-format", "json", "-", stdin=BROKEN.encode())
    assert '"cpu": "256"' in out and '"ipcMode"' not in out
    assert "fixed 5 problems" in err


def test_flags_are_validated(tmp_path):
    path = tmp_path / "task.json"
    path.write_text(BROKEN)
    assert run("lint", "--fix", "--diff", path)[0] == 2
    assert run("lint", "--unsafe-fixes", path)[0] == 2
    assert run("lint", "--fix", "--var", "A=1", path)[0] == 2


def realworld(name, tmp_path):
    source = REALWORLD / name
    target = tmp_path / name
    shutil.copyfile(source, target)
    return target


def test_diff_on_real_broken_files(tmp_path):
    """Console export with nulls and read-only fields (JSON), snake_case keys (YAML), from the
    shared corpus: the diff removes or renames exactly what the AWS CLI rejects, and after
    --fix nothing is left to fix."""
    json_file = realworld("AdmaJonse__nhl-bot__.aws__task-definition.json", tmp_path)
    original = json_file.read_text()
    code, out, err = run("lint", "--diff", json_file)
    assert code == 1 and out.startswith("--- ")
    assert "would fix 2 problems in 1 file (ECS007, ECS012)" in err
    removed = [line[1:] for line in out.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line for line in out.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert added == [] and '    "ipcMode": null,' in removed and '    "revision": 1,' in removed
    assert json_file.read_text() == original
    code, _, err = run("lint", "--fix", json_file)
    fixed = json_file.read_text()
    assert "null" not in fixed and "taskDefinitionArn" not in fixed
    assert len(fixed.splitlines()) == len(original.splitlines()) - len(removed)
    code, out, err = run("lint", "--diff", json_file)
    assert code == 0 and out == "" and "nothing to fix" in err

    yaml_file = realworld("naomichi-y__ecs_deployer__spec__fixtures__task.yml", tmp_path)
    code, out, err = run("lint", "--diff", yaml_file)
    assert code == 0 and "nothing to fix; 1 more with --unsafe-fixes" in err
    code, out, err = run("lint", "--diff", "--unsafe-fixes", yaml_file)
    assert code == 1
    assert "-container_definitions:\n+containerDefinitions:\n" in out
    assert "+      - containerPort: 80\n+        hostPort: 80\n" in out
