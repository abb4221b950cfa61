"""Runs every command of the README's CI section ("## In pre-commit and CI")
verbatim, as a CI job would, and checks each file it writes with the program
that reads it: JUnit with both XSDs in ../shared/schemas and junitparser,
SARIF with the OASIS schema, GitLab Code Quality with the JSON Schema in
Tests/reporters/schemas, Checkstyle by parsing it back, and the report on
standard output with its reader (workflow commands, the problem matcher).

The commands are taken from the README at test time, so the documentation
cannot drift from what works."""

import json
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

if os.environ.get("CI"):
    import jsonschema
    import junitparser
    from lxml import etree as lxml_etree
else:
    jsonschema = pytest.importorskip("jsonschema", reason="pip install jsonschema")
    junitparser = pytest.importorskip("junitparser", reason="pip install junitparser")
    lxml_etree = pytest.importorskip("lxml.etree", reason="pip install lxml")

REPO = pathlib.Path(__file__).resolve().parents[2]
README = REPO / "README.md"
SCHEMAS = REPO.parent / "shared" / "schemas"
GITLAB_SCHEMA = REPO / "Tests" / "reporters" / "schemas" / "gitlab-code-quality.schema.json"
MATCHER = REPO / ".github" / "ecslint-matcher.json"


def ci_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## In pre-commit and CI")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def readme_commands() -> list[str]:
    """Each shell command of the section's code blocks that runs ecslint (or
    sets it up, such as `echo "::add-matcher::…"`), as written: a YAML `run:`
    or list item, a `run: |` block's lines, or a Groovy `sh '…'` step."""
    commands = []
    for block in re.findall(r"```[a-z]*\n(.*?)```", ci_section(), flags=re.S):
        lines = block.splitlines()
        index = 0
        while index < len(lines):
            line = lines[index]
            stripped = line.strip()
            if stripped in ("run: |", "- |"):
                indent = len(line) - len(line.lstrip())
                index += 1
                script = []
                while index < len(lines) and (len(lines[index]) - len(lines[index].lstrip()) > indent):
                    script.append(lines[index].strip())
                    index += 1
                commands.append("\n".join(script))
                continue
            match = re.match(r"^(?:run:|-)\s+(ecslint .*)$", stripped) or re.match(r"^sh '(ecslint .*)'$", stripped)
            if match:
                commands.append(match.group(1))
            index += 1
    return commands


def test_the_section_has_the_documented_recipes():
    commands = readme_commands()
    assert len(commands) >= 4, commands
    formats = {f for c in commands for f in re.findall(r"--format (\w+)", c)}
    assert {"github", "sarif", "junit", "gitlab", "checkstyle", "compact", "text"} <= formats


def destinations(command: str) -> list[tuple[str, str | None]]:
    """The documented pairing: each --output goes with the --format just before it."""
    words = shlex.split(command.split("||")[0])
    pairs = []
    for index, word in enumerate(words):
        if word in ("--format", "-f"):
            pairs.append([words[index + 1], None])
        elif word in ("--output", "-o"):
            assert pairs, f"--output before any --format in the README: {command}"
            pairs[-1][1] = words[index + 1]
    return [tuple(p) for p in pairs]


@pytest.fixture
def workspace(tmp_path):
    """A repository checkout as CI has it: a deploy/ folder with a good and a
    bad task definition, the problem matcher, and ecslint on the PATH."""
    binary = pathlib.Path(os.environ.get("ECSLINT", REPO / ".build" / "debug" / "ecslint"))
    if not binary.is_file():
        pytest.fail(f"no ecslint binary at {binary}; build it first")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "ecslint").symlink_to(binary)
    repo = tmp_path / "repo"
    (repo / "deploy").mkdir(parents=True)
    (repo / ".git").mkdir()
    hello = (REPO / "samples" / "hello-world.json").read_text(encoding="utf-8")
    (repo / "deploy" / "web-task-definition.json").write_text(hello)
    (repo / "deploy" / "worker-task-definition.json").write_text(hello.replace('"cpu": "256"', '"cpu": 256'))
    shutil.copy(REPO / "samples" / "hello-world.yaml", repo / "deploy" / "api.yaml")
    (repo / ".github").mkdir()
    shutil.copy(MATCHER, repo / ".github" / "ecslint-matcher.json")
    return repo, tmp_path / "bin"


def expected_findings(repo: pathlib.Path, bin_dir: pathlib.Path) -> dict:
    result = subprocess.run([str(bin_dir / "ecslint"), "lint", "--format", "json", "deploy/"],
                            cwd=repo, capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def check_junit(path: pathlib.Path, expected: dict) -> None:
    for schema in ("junit-jenkins.xsd", "junit-ant-strict.xsd"):
        xsd = SCHEMAS / schema
        if not xsd.is_file():
            pytest.fail(f"{xsd} is absent; ../shared/schemas must be beside the repository")
        validator = lxml_etree.XMLSchema(lxml_etree.parse(str(xsd)))
        document = lxml_etree.parse(str(path))
        assert validator.validate(document), f"{path.name} is not valid against {schema}: {validator.error_log}"
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = list(xml)
    assert [s.name for s in suites] == [f["path"] for f in expected["files"]]
    errors = sum(1 for f in expected["files"] for x in f["findings"] if x["severity"] == "error")
    assert sum(s.failures for s in suites) == errors > 0


def check_sarif(path: pathlib.Path, expected: dict) -> None:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(path.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
    assert not errors, f"{path.name} is not valid SARIF: {errors[0].message}"
    results = log["runs"][0]["results"]
    assert len(results) == sum(len(f["findings"]) for f in expected["files"]) > 0
    for result in results:
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%" and artifact["uri"].startswith("deploy/")


def check_gitlab(path: pathlib.Path, expected: dict) -> None:
    schema = json.loads(GITLAB_SCHEMA.read_text(encoding="utf-8"))
    report = json.loads(path.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(report))
    assert not errors, f"{path.name} is not a GitLab Code Quality report: {errors[0].message}"
    assert len(report) == sum(len(f["findings"]) for f in expected["files"]) > 0
    assert {i["location"]["path"] for i in report} <= {f["path"] for f in expected["files"]}


def check_checkstyle(path: pathlib.Path, expected: dict) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == "checkstyle"
    files = {f.get("name"): [e.attrib for e in f.findall("error")] for f in root.findall("file")}
    assert list(files) == [f["path"] for f in expected["files"]]
    for file in expected["files"]:
        got = [(int(e["line"]), int(e["column"]), e["severity"]) for e in files[file["path"]]]
        assert got == [(f["line"], f["column"], f["severity"]) for f in file["findings"]]


def check_github_commands(output: str, expected: dict) -> None:
    lines = [line for line in output.splitlines() if line]
    assert len(lines) == sum(len(f["findings"]) for f in expected["files"]) > 0
    assert all(re.match(r"^::(error|warning|notice) file=[^,]+,line=\d+", line) for line in lines), lines[:3]


def check_compact(output: str, expected: dict) -> None:
    config = json.loads(MATCHER.read_text(encoding="utf-8"))
    pattern = config["problemMatcher"][0]["pattern"][0]
    regexp = re.compile(pattern["regexp"])
    matched = [regexp.match(line) for line in output.splitlines()]
    matched = [m for m in matched if m]
    wanted = [x for f in expected["files"] for x in f["findings"] if x["severity"] in ("error", "warning")]
    assert len(matched) == len(wanted) > 0
    assert [m.group(pattern["code"]) for m in matched] == [x["rule"] for x in wanted]


CHECKS = {"junit": check_junit, "sarif": check_sarif, "gitlab": check_gitlab, "checkstyle": check_checkstyle}
STDOUT_CHECKS = {"github": check_github_commands, "compact": check_compact,
                 "text": lambda output, expected: ("error" in output and "in 3 files." in output) or
                 pytest.fail(f"not the text report:\n{output[:400]}")}


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_runs_and_writes_valid_reports(command, workspace):
    repo, bin_dir = workspace
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "NO_COLOR": "1"}
    result = subprocess.run(["bash", "-eo", "pipefail", "-c", command], cwd=repo, env=env,
                            capture_output=True, text=True, timeout=120)
    assert "Error:" not in result.stderr and "Usage:" not in result.stderr, result.stderr
    ends_with_true = command.rstrip().endswith("|| true")
    assert result.returncode == (0 if ends_with_true else 1), f"{command}\n{result.stderr}"
    expected = expected_findings(repo, bin_dir)
    lint_lines = [line for line in command.splitlines() if line.startswith("ecslint ")]
    assert len(lint_lines) == 1
    pairs = destinations(lint_lines[0])
    to_terminal = [fmt for fmt, path in pairs if path is None]
    assert len(to_terminal) <= 1
    for fmt, path in pairs:
        if path is None:
            continue
        written = repo / path
        assert written.is_file(), f"{command} wrote no {path}"
        CHECKS[fmt](written, expected)
    if to_terminal:
        stdout = result.stdout.replace("::add-matcher::.github/ecslint-matcher.json\n", "")
        STDOUT_CHECKS[to_terminal[0]](stdout, expected)
