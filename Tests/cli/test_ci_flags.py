"""What CI users expect of the command line (issue 10): --output bound to
the --format before it, --ignore, --stdin-filename, "did you mean" for rule
names, .ecslint.yaml, every configuration error at once, colour variables,
--no-color, `# ecslint-disable-line`, suppression by JSON Pointer, rule page
URLs, file selection in folders and with --skip-unrecognized, and baselines
that survive the path's spelling."""
import json
import os
import shutil
import subprocess

import pytest

from cli_support import ROOT, ecslint_path, run

HELLO = (ROOT / "samples" / "hello-world.json").read_text()
BAD = HELLO.replace('"cpu": "256"', '"cpu": 256')


@pytest.fixture
def bad(tmp_path):
    path = tmp_path / "td.json"
    path.write_text(BAD)
    return path


def json_findings(path):
    report = json.loads(path.read_text())
    return [f for file in report["files"] for f in file["findings"]]


# 1. --output binds to the --format just before it


@pytest.mark.parametrize("order", [
    ["-f", "junit", "-o", "r.xml", "-f", "text"],
    ["-f", "text", "-f", "junit", "-o", "r.xml"],
    ["--format=text", "--format=junit", "--output=r.xml"],
    ["lint", "--format", "junit", "--output", "r.xml", "--format", "text"],
])
def test_output_goes_with_the_format_before_it(tmp_path, bad, order):
    code, out, err = run(*order, bad, cwd=tmp_path)
    assert code == 1, err
    assert (tmp_path / "r.xml").read_text().startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>')
    assert "td.json:5:10: error: cpu must be a string" in out
    assert "<testsuites>" not in out


def test_output_without_format_writes_the_text_report(tmp_path, bad):
    code, out, err = run("lint", "--output", "report.txt", bad, cwd=tmp_path)
    assert code == 1 and out == ""
    assert "td.json:5:10: error: cpu must be a string" in (tmp_path / "report.txt").read_text()


def test_one_output_before_a_single_format_goes_with_it(tmp_path, bad):
    code, out, _ = run("lint", "-o", "r.sarif", "-f", "sarif", bad, cwd=tmp_path)
    assert code == 1 and out == ""
    assert json.loads((tmp_path / "r.sarif").read_text())["version"] == "2.1.0"


def test_output_before_the_first_of_several_formats_is_a_usage_error(tmp_path, bad):
    code, out, err = run("lint", "-o", "r.xml", "-f", "text", "-f", "junit", bad, cwd=tmp_path)
    assert code == 2
    assert "--output r.xml comes before the first of several --format options" in err
    assert "ecslint lint --format text --format junit --output r.xml PATH" in err
    assert not (tmp_path / "r.xml").exists() and out == ""


@pytest.mark.parametrize("args, message", [
    (["-f", "text", "-f", "json"], "only one report can go to standard output"),
    (["-f", "junit", "-o", "a.xml", "-o", "b.xml"], "--output b.xml follows --format junit, which already writes to a.xml"),
    (["-f", "junit", "-o", "a.xml", "-f", "sarif", "-o", "a.xml"], "two reports would be written to a.xml"),
])
def test_ambiguous_destinations_are_usage_errors(tmp_path, bad, args, message):
    code, _, err = run("lint", *args, bad, cwd=tmp_path)
    assert code == 2 and message in err, err


# 5. Flags people reach for


def test_ignore_turns_rules_off_by_code_or_name(tmp_path, bad):
    code, out, _ = run("lint", "--format", "json", "--ignore", "ECS006", "--ignore", "image-latest-tag", bad)
    rules = {f["rule"] for f in json.loads(out)["files"][0]["findings"]}
    assert "ECS006" not in rules and "ECS713" not in rules and "ECS603" in rules
    assert code == 0, "the only error was ignored"


@pytest.mark.parametrize("command", [["lint", "--ignore", "latest-tag"], ["explain", "latest-tag"]])
def test_unknown_rule_names_get_a_suggestion(bad, command):
    code, _, err = run(*command, *([bad] if command[0] == "lint" else []))
    assert code == 2
    assert 'no rule named "latest-tag"; did you mean "image-latest-tag"?' in err


def test_configuration_rule_names_get_a_suggestion(tmp_path, bad):
    (tmp_path / ".ecslint.yml").write_text("rules:\n  latest-tag: off\n")
    code, _, err = run("lint", bad)
    assert code == 2
    assert f'{tmp_path}/.ecslint.yml:2:3: error: no rule named "latest-tag"; did you mean "image-latest-tag"?' in err


def test_dot_yaml_configuration_is_read(tmp_path, bad):
    (tmp_path / ".ecslint.yaml").write_text("rules:\n  ECS006: off\n")
    code, out, _ = run("lint", "--format", "json", bad)
    assert "ECS006" not in {f["rule"] for f in json.loads(out)["files"][0]["findings"]}
    assert code == 0
    (tmp_path / ".ecslint.yml").write_text("fail-on: warning\n")
    code, _, err = run("lint", bad)
    assert code == 2 and "both .ecslint.yml and .ecslint.yaml are in" in err


def test_every_configuration_error_is_reported_at_once(tmp_path, bad):
    (tmp_path / ".ecslint.yml").write_text(
        "fail-on: sometimes\n"
        "launch_type: FARGATE\n"
        "rules:\n"
        "  latest-tag: off\n"
        "  ECS301: loud\n"
        "  required-tags:\n"
        "    options:\n"
        "      tags: [team]\n"
        "ignore:\n"
        "  - paths: [legacy/**]\n"
        "    rules: [nope]\n"
        "  - rules: [ECS301]\n")
    code, out, err = run("lint", bad)
    assert code == 2 and out == ""
    config = f"{tmp_path}/.ecslint.yml"
    lines = [line for line in err.splitlines() if line.startswith(config)]
    assert [line.split(": error: ")[0] for line in lines] == [
        f"{config}:1:10", f"{config}:2:1", f"{config}:4:3", f"{config}:5:11", f"{config}:8:7", f"{config}:11:12",
        f"{config}:12:5"], err
    assert 'fail-on "sometimes" is not one of' in lines[0]
    assert 'did you mean "launch-type"?' in lines[1]
    assert 'did you mean "image-latest-tag"?' in lines[2]
    assert 'no option "tags"' in lines[4]
    assert "an ignore entry needs paths" in lines[6]


def test_stdin_filename_names_the_input_and_finds_its_configuration(tmp_path):
    (tmp_path / "deploy").mkdir()
    (tmp_path / "deploy" / ".ecslint.yml").write_text("rules:\n  ECS713: off\n")
    yaml_task = (ROOT / "samples" / "hello-world.yaml").read_text()
    code, out, err = run("lint", "--format", "json", "--stdin-filename", "deploy/web.yaml", "-",
                         stdin=yaml_task.encode(), cwd=tmp_path)
    report = json.loads(out)
    assert report["files"][0]["path"] == "deploy/web.yaml"
    assert report["files"][0]["format"] == "yaml"
    assert "ECS713" not in {f["rule"] for f in report["files"][0]["findings"]}
    code, out, _ = run("lint", "--format", "compact", "--stdin-filename", "deploy/web.json", "-",
                       stdin=BAD.encode(), cwd=tmp_path)
    assert out.startswith("deploy/web.json:5:10: error:")


def run_env(env_changes, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "TERM")}
    env.update(env_changes)
    proc = subprocess.run([ecslint_path(), *map(str, args)], capture_output=True, env=env, timeout=60)
    return proc.stdout.decode()


@pytest.mark.parametrize("env, colored", [
    ({}, False),
    ({"FORCE_COLOR": "1"}, True),
    ({"CLICOLOR_FORCE": "1"}, True),
    ({"FORCE_COLOR": "0"}, False),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    ({"FORCE_COLOR": "1", "TERM": "dumb"}, True),
])
def test_colour_variables(bad, env, colored):
    assert ("\x1b[" in run_env(env, "lint", bad)) == colored


def test_term_dumb_and_no_color_flag_turn_colour_off(bad):
    assert "\x1b[" not in run_env({"FORCE_COLOR": "1"}, "lint", "--no-color", bad)
    assert "\x1b[" in run_env({}, "lint", "--color", "always", bad)
    # On a terminal, TERM=dumb turns colour off (script(1) gives ecslint a terminal).
    if not shutil.which("script"):
        pytest.skip("script(1) is not installed")
    for term, colored in (("xterm", True), ("dumb", False)):
        proc = subprocess.run(["script", "-qec", f"{ecslint_path()} lint {bad}", "/dev/null"],
                              capture_output=True, env={"PATH": os.environ["PATH"], "TERM": term}, timeout=60)
        assert ("\x1b[" in proc.stdout.decode(errors="replace")) == colored, term


def test_disable_line_comment_in_yaml(tmp_path):
    task = tmp_path / "td.yaml"
    text = (ROOT / "samples" / "hello-world.yaml").read_text()
    assert "image:" in text
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if "image:" in line)
    task.write_text("\n".join(lines) + "\n")
    _, out, _ = run("lint", "--format", "json", task)
    before = [f for f in json.loads(out)["files"][0]["findings"] if f["rule"] == "ECS713"]
    assert before and before[0]["line"] == index + 1
    lines[index] += "  # ecslint-disable-line image-latest-tag -- pinned by the deploy job"
    task.write_text("\n".join(lines) + "\n")
    _, out, _ = run("lint", "--format", "json", task)
    rules = [f["rule"] for f in json.loads(out)["files"][0]["findings"]]
    assert "ECS713" not in rules and "ECS020" not in rules
    lines[index] = lines[index].replace("image-latest-tag", "latest-tag")
    task.write_text("\n".join(lines) + "\n")
    _, out, _ = run("lint", "--format", "json", task)
    unused = [f for f in json.loads(out)["files"][0]["findings"] if f["rule"] == "ECS020"]
    assert unused and 'did you mean "image-latest-tag"?' in unused[0]["message"]


def test_json_pointer_suppression_in_configuration(tmp_path):
    (tmp_path / ".ecslint.yml").write_text(
        "ignore:\n"
        "  - paths: [td.json]\n"
        "    rules: [ECS713]\n"
        "    pointers: [/containerDefinitions/0/image]\n"
        "  - paths: [td.json]\n"
        "    pointers: [/cpu]\n")
    task = tmp_path / "td.json"
    task.write_text(BAD.replace('"memory": "512"', '"memory": 512'))
    _, out, _ = run("lint", "--format", "json", task)
    findings = json.loads(out)["files"][0]["findings"]
    assert not [f for f in findings if f["pointer"] in ("/containerDefinitions/0/image", "/cpu")]
    assert [f for f in findings if f["pointer"] == "/memory"], "other pointers still report"
    (tmp_path / ".ecslint.yml").write_text("ignore:\n  - paths: [td.json]\n    pointers: [cpu]\n")
    code, _, err = run("lint", task)
    assert code == 2 and '"cpu" is not a JSON Pointer' in err


def test_rule_page_url_in_json_findings_and_explain(bad):
    _, out, _ = run("lint", "--format", "json", bad)
    finding = json.loads(out)["files"][0]["findings"][0]
    assert finding["url"] == f"https://github.com/ecslint/ecslint/blob/v0.1.0/rules/{finding['rule']}.md"
    code, out, _ = run("explain", "image-latest-tag")
    assert code == 0 and out.rstrip().endswith("https://github.com/ecslint/ecslint/blob/v0.1.0/rules/ECS713.md")


# 6. File selection


def test_folder_scan_skips_playbooks_and_lints_service_requests(tmp_path):
    (tmp_path / "site.yml").write_text("- name: deploy\n  hosts: all\n  tasks:\n    - name: ping\n      ping: {}\n")
    (tmp_path / "service.json").write_text('{"cluster": "prod", "serviceName": "web", "taskDefinition": "web:3"}')
    (tmp_path / "containers.json").write_text('[{"name": "web", "image": "nginx:1.27", "memory": 256}]')
    (tmp_path / "task.json").write_text(HELLO)
    (tmp_path / "wrapped.json").write_text('{"taskDefinition": ' + HELLO + "}")
    code, out, err = run("lint", "--format", "json", tmp_path)
    paths = sorted(f["path"].rsplit("/", 1)[-1] for f in json.loads(out)["files"])
    assert paths == ["containers.json", "service.json", "task.json", "wrapped.json"], err
    assert "skipped 1 JSON/YAML file " in err


def test_skip_unrecognized_skips_named_files_that_are_no_ecs_document(tmp_path):
    appspec = tmp_path / "appspec.yaml"
    appspec.write_text("version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n"
                       "      Properties:\n        TaskDefinition: <TASK_DEFINITION>\n")
    configmap = tmp_path / "ecs-config.yaml"
    configmap.write_text("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n")
    task = tmp_path / "task-definition.json"
    task.write_text(HELLO)
    code, out, err = run("lint", appspec, configmap)
    assert code == 1, "without the flag, named files are linted"
    code, out, err = run("lint", "--skip-unrecognized", appspec, configmap)
    assert code == 0 and out == ""
    assert f"note: skipped {appspec}: not an ECS task definition" in err
    assert f"note: skipped {configmap}" in err
    code, out, err = run("lint", "--skip-unrecognized", "--format", "json", appspec, task)
    assert [f["path"] for f in json.loads(out)["files"]] == [str(task)]


# 7. Baselines that survive the path's spelling


@pytest.mark.parametrize("spelling, cwd", [
    ("deploy/td.json", ""), ("./deploy/td.json", ""), ("{root}/deploy/td.json", ""), ("td.json", "deploy"),
    ("../deploy/td.json", "other"),
])
def test_baseline_matches_however_the_path_is_spelled(tmp_path, spelling, cwd):
    (tmp_path / "deploy").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "deploy" / "td.json").write_text(BAD)
    code, _, err = run("lint", "--write-baseline", ".ecslint-baseline.json", "deploy/td.json", cwd=tmp_path)
    assert code == 0, err
    stored = json.loads((tmp_path / ".ecslint-baseline.json").read_text())
    assert {entry["path"] for entry in stored["findings"]} == {"deploy/td.json"}
    baseline = tmp_path / ".ecslint-baseline.json"
    where = tmp_path / cwd if cwd else tmp_path
    code, out, err = run("lint", "--format", "json", "--baseline", baseline,
                         spelling.format(root=tmp_path), cwd=where)
    assert code == 0, err
    assert json.loads(out)["files"][0]["findings"] == []


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path):
    (tmp_path / "deploy").mkdir()
    (tmp_path / "ci").mkdir()
    (tmp_path / "deploy" / "td.json").write_text(BAD)
    code, _, err = run("lint", "--write-baseline", "ci/baseline.json", "./deploy/td.json", cwd=tmp_path)
    assert code == 0, err
    stored = json.loads((tmp_path / "ci" / "baseline.json").read_text())
    assert {entry["path"] for entry in stored["findings"]} == {"../deploy/td.json"}
    code, out, _ = run("lint", "--format", "json", "--baseline", "../ci/baseline.json", "td.json",
                       cwd=tmp_path / "deploy")
    assert code == 0 and json.loads(out)["files"][0]["findings"] == []
