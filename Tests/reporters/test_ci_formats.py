"""The formats CI systems read natively, each read back by its consumer and
compared with the JSON report of the same run: GitLab Code Quality (validated
against a JSON Schema written from GitLab's documented fields), Checkstyle
(parsed back as Jenkins warnings-ng and reviewdog read it), and the compact
format through the GitHub problem matcher shipped in .github/."""

import json
import os
import pathlib
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

if os.environ.get("CI"):
    import jsonschema  # CI installs it: a missing package must fail there, not skip
else:
    jsonschema = pytest.importorskip("jsonschema", reason="pip install jsonschema")

REPO = pathlib.Path(__file__).resolve().parents[2]
GOLDEN = REPO / "Tests" / "ECSLintKitTests" / "Reporting" / "Golden"
GITLAB_SCHEMA = pathlib.Path(__file__).parent / "schemas" / "gitlab-code-quality.schema.json"
MATCHER = REPO / ".github" / "ecslint-matcher.json"


def gitlab_validator():
    schema = json.loads(GITLAB_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def assert_valid_gitlab(report, name: str) -> None:
    errors = list(gitlab_validator().iter_errors(report))
    details = "\n".join(f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:20])
    assert not errors, f"{name} is not a valid GitLab Code Quality report:\n{details}"
    prints = [issue["fingerprint"] for issue in report]
    assert len(prints) == len(set(prints)), "GitLab keeps one issue per fingerprint"


def findings_of(json_report):
    return [(file["path"], f) for file in json_report["files"] for f in file["findings"]]


def test_schema_rejects_what_gitlab_rejects():
    validator = gitlab_validator()
    good = {"description": "d", "check_name": "c", "fingerprint": "f", "severity": "minor",
            "location": {"path": "a.json", "lines": {"begin": 1}}}
    assert not list(validator.iter_errors([good]))
    for broken in (
        {**good, "severity": "warning"},
        {**good, "location": {"path": "/abs/a.json", "lines": {"begin": 1}}},
        {**good, "location": {"path": "./a.json", "lines": {"begin": 1}}},
        {**good, "location": {"path": "a.json"}},
        {k: v for k, v in good.items() if k != "fingerprint"},
    ):
        assert list(validator.iter_errors([broken])), broken


def test_gitlab_golden_file_is_valid():
    assert_valid_gitlab(json.loads((GOLDEN / "gitlab.json").read_text(encoding="utf-8")), "gitlab.json")


def test_gitlab_report_of_samples(samples, reports):
    gitlab_path, json_path = reports("gitlab", samples)
    report = json.loads(gitlab_path.read_text(encoding="utf-8"))
    expected = json.loads(json_path.read_text(encoding="utf-8"))
    assert_valid_gitlab(report, "the GitLab report of samples/")
    findings = findings_of(expected)
    assert len(report) == len(findings)
    for issue, (path, finding) in zip(report, findings):
        assert issue["location"]["path"] == path  # samples/… is already repository-relative
        assert issue["location"]["lines"]["begin"] == finding["line"]
        assert issue["check_name"] == finding["rule"]
        assert issue["description"].startswith(finding.get("resource", "") and f'{finding["resource"]}: ')
        assert finding["message"] in issue["description"]
        rank = {"info": 0, "minor": 1, "major": 2, "critical": 2}
        assert rank[issue["severity"]] >= {"info": 0, "warning": 1, "error": 2}[finding["severity"]]


def test_gitlab_paths_are_repository_relative_however_they_are_given(tmp_path):
    binary = os.environ.get("ECSLINT", str(REPO / ".build" / "debug" / "ecslint"))
    absolute = REPO / "samples" / "hello-world.json"
    out = tmp_path / "gl.json"
    for spelling, cwd in (("samples/hello-world.json", REPO), ("./samples/hello-world.json", REPO),
                          (str(absolute), REPO), ("hello-world.json", REPO / "samples")):
        result = subprocess.run([binary, "lint", "--format", "gitlab", "--output", str(out), spelling],
                                cwd=cwd, capture_output=True, text=True, timeout=60)
        assert result.returncode in (0, 1), result.stderr
        report = json.loads(out.read_text(encoding="utf-8"))
        assert report and {issue["location"]["path"] for issue in report} == {"samples/hello-world.json"}


def parse_checkstyle(text: str):
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "checkstyle" and root.get("version")
    files = []
    for element in root:
        assert element.tag == "file" and element.get("name")
        errors = []
        for error in element:
            assert error.tag == "error"
            assert error.get("severity") in {"error", "warning", "info"}
            assert int(error.get("line")) >= 1 and int(error.get("column")) >= 1
            assert error.get("message") and error.get("source", "").startswith("ecslint.ECS")
            errors.append(error.attrib)
        files.append((element.get("name"), errors))
    return files


def test_checkstyle_golden_file_parses_back():
    files = parse_checkstyle((GOLDEN / "checkstyle.xml").read_text(encoding="utf-8"))
    assert [name for name, _ in files] == ["samples/bad/web.json", "samples/good/clean task.yaml",
                                           "deploy/a,b:c%20 & <d>.yaml"]
    assert [len(errors) for _, errors in files] == [3, 0, 3]


def test_checkstyle_report_of_samples_parses_back(samples, reports):
    checkstyle_path, json_path = reports("checkstyle", samples)
    files = parse_checkstyle(checkstyle_path.read_text(encoding="utf-8"))
    expected = json.loads(json_path.read_text(encoding="utf-8"))
    assert [name for name, _ in files] == [file["path"] for file in expected["files"]]
    for (_, errors), file in zip(files, expected["files"]):
        assert len(errors) == len(file["findings"])
        for error, finding in zip(errors, file["findings"]):
            assert (int(error["line"]), int(error["column"])) == (finding["line"], finding["column"])
            assert error["severity"] == finding["severity"]
            assert error["source"] == f'ecslint.{finding["rule"]}.{finding["name"]}'
            assert finding["message"] in error["message"]


def matcher_patterns():
    """The problem matcher's patterns as Python regular expressions (the
    runner uses JavaScript regexps; this one uses only the common subset)."""
    config = json.loads(MATCHER.read_text(encoding="utf-8"))
    matchers = config["problemMatcher"]
    assert matchers and all(m["owner"] for m in matchers)
    return [(re.compile(p["regexp"]), p) for m in matchers for p in m["pattern"]]


def apply_matcher(output: str):
    """What the Actions runner annotates: one problem per matching line."""
    problems = []
    for line in output.splitlines():
        for regexp, pattern in matcher_patterns():
            match = regexp.search(line)
            if match:
                problems.append({key: match.group(pattern[key]) for key in
                                 ("file", "line", "column", "severity", "message", "code")})
                break
    return problems


def test_problem_matcher_reads_the_compact_report(samples, reports):
    compact_path, json_path = reports("compact", samples, "--fail-on", "never")
    expected = json.loads(json_path.read_text(encoding="utf-8"))
    output = compact_path.read_text(encoding="utf-8")
    findings = findings_of(expected)
    lines = output.splitlines()
    assert len(lines) == len(findings), "one line per finding"
    line_form = re.compile(r"^(.+?):(\d+):(\d+): (error|warning|info): (.+) \[(ECS\d{3})\]$")
    assert all(line_form.match(line) for line in lines)
    problems = apply_matcher(output)
    annotated = [(path, f) for path, f in findings if f["severity"] in ("error", "warning")]
    assert len(problems) == len(annotated) > 0
    for problem, (path, finding) in zip(problems, annotated):
        assert problem["file"] == path
        assert (int(problem["line"]), int(problem["column"])) == (finding["line"], finding["column"])
        assert problem["severity"] == finding["severity"]
        assert problem["code"] == finding["rule"]
        assert finding["message"] in problem["message"]


def test_problem_matcher_reads_the_compact_golden_file():
    problems = apply_matcher((GOLDEN / "compact.txt").read_text(encoding="utf-8"))
    assert [(p["file"], p["line"], p["severity"], p["code"]) for p in problems] == [
        ("samples/bad/web.json", "7", "warning", "ECS501"),
        ("samples/bad/web.json", "13", "error", "ECS301"),
        ("deploy/a,b:c%20 & <d>.yaml", "5", "error", "ECS212"),
        ("deploy/a,b:c%20 & <d>.yaml", "7", "warning", "ECS999"),
        ("deploy/a,b:c%20 & <d>.yaml", "9", "warning", "ECS210"),
    ]
