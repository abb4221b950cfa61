"""The real pre-commit runs the repository's hook (pre-commit try-repo) on a good
and a bad task definition: it must pass the good one and fail the bad one."""
import os
import pathlib
import re
import shutil
import subprocess

import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
HELLO = ROOT / "samples" / "hello-world.json"


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    if shutil.which("pre-commit") is None:
        if os.environ.get("CI"):
            pytest.fail("pre-commit is not installed (scripts/install-deps.sh --with-test-tools installs it)")
        pytest.skip("pre-commit is not installed")
    work = tmp_path_factory.mktemp("precommit")
    git(work, "init", "-q")
    git(work, "config", "user.email", "test@example.com")
    git(work, "config", "user.name", "test")
    (work / "deploy").mkdir()
    (work / "deploy" / "task-definition.json").write_bytes(HELLO.read_bytes())
    bad = HELLO.read_text().replace('"cpu": "256"', '"cpu": 256')
    (work / "deploy" / "broken-taskdef.json").write_text(bad)
    (work / "package.json").write_text('{"name": "not-a-task-definition"}')
    (work / "deploy" / "ecs").mkdir()
    (work / "deploy" / "ecs" / "appspec.yaml").write_text(
        "version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n"
        "      Properties:\n        TaskDefinition: <TASK_DEFINITION>\n")
    git(work, "add", ".")
    return work


def try_repo(project, *files):
    env = {**os.environ, "PRE_COMMIT_HOME": str(project.parent / "pre-commit-home")}
    return subprocess.run(
        ["pre-commit", "try-repo", str(ROOT), "ecslint", "--verbose", "--files", *files],
        cwd=project, capture_output=True, text=True, timeout=1500, env=env,
    )


def test_good_file_passes_and_a_matched_file_that_is_no_ecs_document_is_skipped(project):
    # One try-repo run per test: each builds the hook (a release build) anew.
    result = try_repo(project, "deploy/task-definition.json", "package.json", "deploy/ecs/appspec.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
    assert "note: skipped deploy/ecs/appspec.yaml: not an ECS task definition" in result.stdout


def test_bad_file_fails_with_the_finding(project):
    result = try_repo(project, "deploy/broken-taskdef.json")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Failed" in result.stdout
    assert "broken-taskdef.json:5:10: error: cpu must be a string" in result.stdout


def test_system_hook_runs_the_ecslint_on_path(project, tmp_path):
    binary = pathlib.Path(os.environ.get("ECSLINT") or ROOT / ".build" / "debug" / "ecslint")
    if not binary.exists():
        pytest.fail(f"ecslint binary not found at {binary}")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "ecslint").symlink_to(binary)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(project.parent / "pre-commit-home"),
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
    }

    def system_hook(*files):
        return subprocess.run(
            ["pre-commit", "try-repo", str(ROOT), "ecslint-system", "--verbose", "--files", *files],
            cwd=project, capture_output=True, text=True, timeout=600, env=env,
        )

    good = system_hook("deploy/task-definition.json", "package.json")
    assert good.returncode == 0, good.stdout + good.stderr
    bad = system_hook("deploy/broken-taskdef.json")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "broken-taskdef.json:5:10: error: cpu must be a string" in bad.stdout


HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())


@pytest.mark.parametrize("path, matched", [
    ("deploy/task-definition.json", True), ("Task-Def.JSON", True), ("infra/TaskDef.yml", True),
    ("task-definitions/web.json", True), ("infra/task_definitions/prod/web.yaml", True),
    ("web.task.json", True), ("api.Task.yaml", True), ("containers.json", True),
    ("containerDefinitions.json", True), ("tf/container-definitions.json", True),
    ("infra/ecs/web.json", True), ("a/b/ECS/c/d.yml", True), (".ecs/x.json", True),
    ("package.json", False), ("k8s/deployment.yaml", False), ("tasks.yaml", False),
    ("docs/containers-guide.json", False), ("ecsfoo/x.json", False), ("deploy/task-definition.txt", False),
])
def test_hook_files_pattern(path, matched):
    """pre-commit applies `files` with Python's re.search."""
    for hook in HOOKS:
        assert bool(re.search(hook["files"], path)) == matched, hook["id"]
        assert hook["entry"] == "ecslint lint --skip-unrecognized", hook["id"]
