"""Configuration (.ecslint.yml), suppression, baselines, --quiet and `init`, through the binary."""
import json

from cli_support import ROOT, run

HELLO = (ROOT / "samples" / "hello-world.json").read_text()
DUPLICATE = HELLO.replace('"memory": "512",', '"memory": "512",\n  "memory": "512",')


def codes(report):
    return sorted(f["rule"] for f in report["files"][0]["findings"])


def lint_json(*args, cwd=None):
    code, out, err = run("lint", "--format", "json", *args, cwd=cwd)
    return code, (json.loads(out) if out else None), err


def test_nearest_configuration_above_the_file_is_used(tmp_path):
    (tmp_path / ".ecslint.yml").write_text("fail-on: warning\nrules:\n  ECS603: off\n")
    deploy = tmp_path / "deploy" / "prod"
    deploy.mkdir(parents=True)
    (deploy / "task.json").write_text(DUPLICATE)
    code, report, _ = lint_json(deploy / "task.json")
    assert "ECS603" not in codes(report)
    assert "ECS002" in codes(report)
    assert code == 1, "fail-on: warning from the configuration makes the warnings fail"


def test_explicit_config_and_severity_override(tmp_path):
    config = tmp_path / "strict.yml"
    config.write_text("rules:\n  duplicate-key: error\n")
    task = tmp_path / "task.json"
    task.write_text(DUPLICATE)
    code, report, _ = lint_json("--config", config, task)
    assert code == 1
    assert [f["severity"] for f in report["files"][0]["findings"] if f["rule"] == "ECS002"] == ["error"]


def test_broken_configuration_is_a_usage_error_with_position(tmp_path):
    (tmp_path / ".ecslint.yml").write_text("fail-on: error\nlaunch_type: FARGATE\n")
    task = tmp_path / "task.json"
    task.write_text(HELLO)
    code, out, err = run("lint", task)
    assert code == 2
    assert f"{tmp_path}/.ecslint.yml:2:1: error: unknown key \"launch_type\"" in err
    assert 'did you mean "launch-type"?' in err


def test_ignore_globs_are_relative_to_the_configuration(tmp_path):
    (tmp_path / ".ecslint.yml").write_text('ignore:\n  - paths: ["legacy/**"]\n    rules: [ECS002]\n')
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "old.json").write_text(DUPLICATE)
    (tmp_path / "new.json").write_text(DUPLICATE)
    code, report, _ = lint_json(tmp_path)
    by_file = {f["path"].rsplit("/", 1)[-1]: [x["rule"] for x in f["findings"]] for f in report["files"]}
    assert "ECS002" not in by_file["old.json"]
    assert "ECS002" in by_file["new.json"]


def test_configured_rule_options_reach_the_rules(tmp_path):
    (tmp_path / ".ecslint.yml").write_text(
        "rules:\n  image-registry-not-allowed:\n    options:\n      allowed-registries: [public.ecr.aws]\n")
    task = tmp_path / "task.json"
    task.write_text(HELLO)
    code, report, _ = lint_json(task)
    assert "ECS790" in codes(report)
    assert code == 1


def test_yaml_suppression_comments(tmp_path):
    task = tmp_path / "task.yaml"
    task.write_text((ROOT / "samples" / "hello-world.yaml").read_text().replace(
        "containerDefinitions:", "# ecslint-disable-next-line ECS004 -- used by our deploy tool\nx-owner: team\n"
        "# ecslint-disable-file ECS713, ECS603\ncontainerDefinitions:"))
    code, report, _ = lint_json(task)
    assert "ECS004" not in codes(report)
    assert "ECS713" not in codes(report) and "ECS603" not in codes(report)
    assert code == 0


def test_baseline_reports_only_new_findings(tmp_path):
    task = tmp_path / "task.json"
    task.write_text(HELLO.replace('"cpu": "256"', '"cpu": 256'))
    baseline = tmp_path / "baseline.json"
    code, out, err = run("lint", "--write-baseline", baseline, task)
    assert code == 0 and "recorded" in err
    recorded = json.loads(baseline.read_text())
    assert recorded["version"] == 1 and any(f["rule"] == "ECS006" for f in recorded["findings"])
    code, report, _ = lint_json("--baseline", baseline, task)
    assert code == 0 and codes(report) == []
    task.write_text("\n\n" + task.read_text().replace('"memory": "512"', '"memory": 512'))
    code, report, _ = lint_json("--baseline", baseline, task)
    assert code == 1 and codes(report) == ["ECS006"]
    assert report["files"][0]["findings"][0]["pointer"] == "/memory"


def test_broken_baseline_is_a_usage_error(tmp_path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text("{}")
    code, _, err = run("lint", "--baseline", baseline, ROOT / "samples" / "hello-world.json")
    assert code == 2 and "not an ecslint baseline file" in err


def test_init_writes_a_starter_that_loads_and_refuses_to_overwrite(tmp_path):
    code, out, _ = run("init", cwd=tmp_path)
    assert code == 0 and (tmp_path / ".ecslint.yml").is_file()
    (tmp_path / "task.json").write_text(HELLO)
    code, report, err = lint_json("task.json", cwd=tmp_path)
    assert code == 0, err
    code, _, err = run("init", cwd=tmp_path)
    assert code == 2 and "already exists" in err
    code, _, _ = run("init", "--force", cwd=tmp_path)
    assert code == 0


DESCRIBE_WITH_NULLS = """{
  "taskDefinitionArn": "arn:aws:ecs:us-east-1:210987654321:task-definition/web:7",
  "family": "web",
  "revision": 7,
  "ipcMode": null,
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 256, "user": null, "firelensConfiguration": null}
  ]
}
"""


def findings(report, rule):
    return [f for f in report["files"][0]["findings"] if f["rule"] == rule]


def test_consumer_grades_nulls_and_read_only_fields(tmp_path):
    task = tmp_path / "task.json"
    task.write_text(DESCRIBE_WITH_NULLS)
    code, report, _ = lint_json(task)
    assert code == 1
    [nulls] = findings(report, "ECS007")
    assert nulls["severity"] == "error" and "(consumer: aws-cli)" in nulls["message"]
    assert [note["pointer"] for note in nulls["notes"]] == [
        "/containerDefinitions/0/user", "/containerDefinitions/0/firelensConfiguration"]
    assert findings(report, "ECS012")[0]["severity"] == "error"
    assert not findings(report, "ECS810"), "a null firelensConfiguration makes no FireLens router"
    code, report, _ = lint_json("--consumer", "deploy-action", task)
    assert code == 0
    assert findings(report, "ECS007")[0]["severity"] == "warning"
    assert "consumer: deploy-action" in findings(report, "ECS012")[0]["message"]
    (tmp_path / ".ecslint.yml").write_text("consumer: deploy-action\n")
    code, report, _ = lint_json(task)
    assert code == 0 and findings(report, "ECS012")[0]["severity"] == "warning"


def test_strict_turns_on_opt_in_rules_and_min_severity_hides(tmp_path):
    task = tmp_path / "task.json"
    task.write_text(HELLO)
    _, report, _ = lint_json(task)
    assert "ECS415" not in codes(report), "writable root file system is opt-in"
    _, report, _ = lint_json("--strict", task)
    assert "ECS415" in codes(report)
    (tmp_path / ".ecslint.yml").write_text("preset: strict\nmin-severity: warning\n")
    _, report, _ = lint_json(task)
    assert codes(report) and all(f["severity"] != "info" for f in report["files"][0]["findings"])
    assert "ECS713" in codes(report)
    (tmp_path / ".ecslint.yml").write_text("rules:\n  writable-root-filesystem: warning\n")
    _, report, _ = lint_json(task)
    assert [f["severity"] for f in findings(report, "ECS415")] == ["warning"], "a severity turns an opt-in rule on"
    code, report, _ = lint_json("--min-severity", "error", "--fail-on", "warning", task)
    assert code == 0 and report["files"][0]["findings"] == [], "hidden findings never fail the run"


def test_unknown_consumer_is_a_usage_error(tmp_path):
    (tmp_path / ".ecslint.yml").write_text("consumer: github\n")
    task = tmp_path / "task.json"
    task.write_text(HELLO)
    code, _, err = lint_json(task)
    assert code == 2
    assert 'consumer "github" is not one of aws-cli, deploy-action' in err
