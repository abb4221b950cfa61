"""Reads the JUnit report of samples/ back with junitparser and checks that
its suites and failures agree with the JSON report of the same run."""

import json
import os

import pytest

if os.environ.get("CI"):
    import junitparser  # CI installs it: a missing package must fail there, not skip
else:
    junitparser = pytest.importorskip("junitparser", reason="pip install junitparser")

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}

# --fail-on level -> the lowest severity that is a failed test case (None: none).
THRESHOLDS = {"error": "error", "warning": "warning", "info": "info", "never": None}


def case_names(findings: list[dict]) -> list[str]:
    """Test case names as documented: rule, name and JSON Pointer (no line or
    column), the document after the first, the resource, `#2` for repeats."""
    names, seen = [], {}
    for f in findings:
        name = f"{f['rule']} {f['name']} {f['pointer'] or '(root)'}"
        if f["document"] > 0:
            name += f" (document {f['document'] + 1})"
        if "resource" in f:
            name += f" (resource {f['resource']})"
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name} #{seen[name]}")
    return names


def failing(finding: dict, threshold: str | None) -> bool:
    return threshold is not None and SEVERITY_RANK[finding["severity"]] >= SEVERITY_RANK[threshold]


@pytest.mark.parametrize("fail_on", sorted(THRESHOLDS))
def test_junit_counts_match_json(samples, reports, fail_on):
    junit_path, json_path = reports("junit", samples, "--fail-on", fail_on)
    threshold = THRESHOLDS[fail_on]
    expected = json.loads(json_path.read_text(encoding="utf-8"))

    xml = junitparser.JUnitXml.fromfile(str(junit_path))
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    assert [suite.name for suite in suites] == [file["path"] for file in expected["files"]]

    for suite, file in zip(suites, expected["files"]):
        wanted = [f for f in file["findings"] if failing(f, threshold)]
        cases = list(suite)
        failures = [result for case in cases for result in case.result if isinstance(result, junitparser.Failure)]
        others = [
            result for case in cases for result in case.result if not isinstance(result, junitparser.Failure)
        ]

        assert suite.failures == len(wanted), suite.name
        assert len(failures) == len(wanted), suite.name
        assert suite.errors == 0 and not others, suite.name
        assert suite.tests == len(cases) == max(1, len(wanted)), suite.name
        assert sorted(f.type for f in failures) == sorted(f["rule"] for f in wanted), suite.name
        if not wanted:
            assert [case.name for case in cases] == ["ecslint"] and cases[0].is_passed, suite.name
        else:
            assert [case.name for case in cases] == case_names(wanted), suite.name
            assert len(set(case.name for case in cases)) == len(cases), suite.name
            for case, finding in zip(cases, wanted):
                failure = next(r for r in case.result if isinstance(r, junitparser.Failure))
                assert failure.message.startswith(f"{finding['line']}:{finding['column']}: "), suite.name

        below = [f for f in file["findings"] if not failing(f, threshold)]
        output = suite.child(junitparser.SystemOut)
        system_out = (output.text if output is not None else None) or ""
        listed = [line for line in system_out.splitlines() if line.startswith(f"{file['path']}:")]
        assert len(listed) == len(below), suite.name
        for finding in below:
            assert f"[{finding['rule']}]" in system_out, suite.name

    total = sum(1 for file in expected["files"] for f in file["findings"] if failing(f, threshold))
    assert sum(suite.failures for suite in suites) == total
