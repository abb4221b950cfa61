"""Validates SARIF reports against the OASIS SARIF 2.1.0 schema in
../shared/schemas/: the Swift golden file, and the report of samples/
(checked against the JSON report of the same run)."""

import json
import os
import pathlib
import re
import urllib.parse

import pytest

if os.environ.get("CI"):
    import jsonschema  # CI installs it: a missing package must fail there, not skip
else:
    jsonschema = pytest.importorskip("jsonschema", reason="pip install jsonschema")

REPO = pathlib.Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
GOLDEN = REPO / "Tests" / "ECSLintKitTests" / "Reporting" / "Golden" / "sarif.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
URI = re.compile(r"(file://)?([A-Za-z0-9._~/-]|%[0-9A-F]{2})*")


@pytest.fixture(scope="module")
def validator():
    if not SCHEMA_PATH.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{SCHEMA_PATH} is absent; CI has ../shared beside the checkout")
        pytest.skip(f"{SCHEMA_PATH} is absent (../shared/schemas/ beside the repository)")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def assert_valid(validator, log: dict, name: str) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    details = "\n".join(f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:20])
    assert not errors, f"{name} is not valid SARIF 2.1.0:\n{details}"


def assert_well_formed(log: dict) -> None:
    """What the schema cannot say: indexes, URIs and region order."""
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "ecslint" and driver["version"]
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == sorted(set(ids)), "rule ids must be unique and sorted"
    for rule in driver["rules"]:
        assert urllib.parse.urlsplit(rule["helpUri"]).scheme == "https"
        assert rule["helpUri"].endswith(f"rules/{rule['id']}.md")
        assert f"v{driver['version']}/" in rule["helpUri"], "helpUri names the tool version"
        assert rule["help"]["markdown"].startswith(f"# {rule['id']} ") and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
        tags = rule["properties"]["tags"]
        if "security-severity" in rule["properties"]:
            assert "security" in tags and 0 < float(rule["properties"]["security-severity"]) <= 10
        else:
            assert "security" not in tags
    bases = run.get("originalUriBaseIds", {})
    for result in run["results"]:
        if "ruleIndex" in result:
            assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        for location in result["locations"] + result.get("relatedLocations", []):
            if "physicalLocation" not in location:
                continue
            artifact = location["physicalLocation"]["artifactLocation"]
            uri = artifact["uri"]
            assert URI.fullmatch(uri), f"not a percent-encoded path: {uri}"
            if not uri.startswith("file://"):
                assert artifact["uriBaseId"] == "%SRCROOT%", artifact
                assert not bases or "%SRCROOT%" in bases
            region = location["physicalLocation"]["region"]
            start = (region["startLine"], region["startColumn"])
            assert start <= (region["endLine"], region["endColumn"]), region


def test_golden_file_is_valid_sarif(validator):
    log = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert_valid(validator, log, GOLDEN.name)
    assert_well_formed(log)


def test_sample_reports_are_valid_sarif(validator, samples, reports):
    sarif_path, json_path = reports("sarif", samples)
    log = json.loads(sarif_path.read_text(encoding="utf-8"))
    expected = json.loads(json_path.read_text(encoding="utf-8"))
    assert_valid(validator, log, "the SARIF report of samples/")
    assert_well_formed(log)

    results = log["runs"][0]["results"]
    findings = [(file["path"], f) for file in expected["files"] for f in file["findings"]]
    assert len(results) == len(findings)
    for result, (path, finding) in zip(results, findings):
        location = result["locations"][0]["physicalLocation"]
        assert urllib.parse.unquote(location["artifactLocation"]["uri"]) == path
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert result["ruleId"] == finding["rule"]
        assert result["level"] == LEVELS[finding["severity"]]
        label = f'{finding["resource"]}: ' if "resource" in finding else ""
        assert result["message"]["text"].startswith(label + finding["message"])
        region = location["region"]
        assert (region["startLine"], region["startColumn"]) == (finding["line"], finding["column"])
        assert len(result.get("relatedLocations", [])) == len(finding.get("notes", []))
    root = log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert root == REPO.resolve().as_uri() + "/", "%SRCROOT% is the repository"
    security = [r for r in log["runs"][0]["tool"]["driver"]["rules"] if "security" in r["properties"]["tags"]]
    assert {"ECS414", "ECS615"} <= {r["id"] for r in security}
    rules = {rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    assert {f["rule"] for _, f in findings} <= rules, "every reported rule must be in the catalog"
