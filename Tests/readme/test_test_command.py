"""The test command on a fresh Debian machine: .ci/run runs exactly the
README's test command, and scripts/install-deps.sh installs the Python test
tools into a virtual environment under the build folder (.build/venv), never
into Debian's externally-managed system Python (PEP 668).

install-deps.sh runs here against stand-ins for dpkg, apt-get and python3
that record what they are asked and behave as on a fresh Debian machine:
packages are missing, and `python3 -m pip install` is refused."""

import os
import pathlib
import re
import shutil
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]

FAKE_DPKG = """#!/bin/sh
echo "dpkg $*" >> "$LOG"
exit 1
"""
FAKE_APT = """#!/bin/sh
echo "apt-get $*" >> "$LOG"
"""
# The system python3: makes a venv (whose python records its calls) and refuses pip.
FAKE_PYTHON = """#!/bin/sh
echo "system-python3 $*" >> "$LOG"
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  mkdir -p "$3/bin"
  printf '#!/bin/sh\\necho "venv-python $*" >> "$LOG"\\n' > "$3/bin/python"
  chmod +x "$3/bin/python"
  exit 0
fi
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
  echo "error: externally-managed-environment" >&2
  exit 1
fi
exit 0
"""


def readme_test_command() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, flags=re.S).group(1)
    lines = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert len(lines) == 2, lines
    return lines[1]


def test_ci_runs_the_readme_test_command():
    command = readme_test_command()
    assert command == "bash scripts/test.sh"
    run = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    steps = [line for line in run.splitlines() if line and not line.startswith("#")
             and not line.startswith("set ") and not line.startswith("cd ")]
    assert steps == [command]


@pytest.fixture
def sandbox(tmp_path):
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    (root / "Tests").mkdir()
    shutil.copy(REPO / "scripts" / "install-deps.sh", root / "scripts")
    shutil.copy(REPO / "Tests" / "requirements.txt", root / "Tests")
    fake = tmp_path / "fake-bin"
    fake.mkdir()
    for name, body in (("dpkg", FAKE_DPKG), ("apt-get", FAKE_APT), ("python3", FAKE_PYTHON),
                       ("sudo", "#!/bin/sh\nexec \"$@\"\n")):
        (fake / name).write_text(body)
        (fake / name).chmod(0o755)
    log = tmp_path / "calls.log"
    env = {"PATH": f"{fake}:/usr/bin:/bin", "LOG": str(log), "HOME": str(tmp_path)}
    return root, env, log


def run_install(root, env):
    return subprocess.run(["bash", "scripts/install-deps.sh", "--with-test-tools"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=60)


def test_test_tools_go_into_a_virtual_environment_under_the_build_folder(sandbox):
    root, env, log = sandbox
    result = run_install(root, env)
    assert result.returncode == 0, result.stderr
    calls = log.read_text().splitlines()
    installed = [c for c in calls if c.startswith("apt-get") and " install " in c]
    assert installed and "python3-venv" in installed[0].split()
    assert "system-python3 -m venv .build/venv" in calls
    assert not [c for c in calls if c.startswith("system-python3 -m pip")], calls
    assert any(c.startswith("venv-python -m pip install") and "-r Tests/requirements.txt" in c for c in calls)
    assert (root / ".build" / "venv" / "requirements.sha256").is_file()


def test_the_virtual_environment_is_reused_until_the_requirements_change(sandbox):
    root, env, log = sandbox
    assert run_install(root, env).returncode == 0
    log.write_text("")
    assert run_install(root, env).returncode == 0
    assert "pip install" not in log.read_text()
    with open(root / "Tests" / "requirements.txt", "a") as requirements:
        requirements.write("six\n")
    assert run_install(root, env).returncode == 0
    calls = log.read_text()
    assert "venv-python -m pip install" in calls and "-m venv" not in calls


def test_the_test_script_uses_the_virtual_environment():
    script = (REPO / "scripts" / "test.sh").read_text(encoding="utf-8")
    code = [line for line in script.splitlines() if not line.lstrip().startswith("#")]
    assert not [line for line in code if re.search(r"\bpython3 -m pip\b|\bpip3? install\b", line)]
    assert not [line for line in code if re.search(r"(^|\s)python3 ", line)], "use the venv's python"
    assert any("pytest" in line and "$python" in line for line in code)
    assert 'python=.build/venv/bin/python' in code
