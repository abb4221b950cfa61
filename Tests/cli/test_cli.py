"""Behaviour of the ecslint command line: exit statuses, inputs, outputs, bad input."""
import json
import os
import pathlib
import random

from cli_support import ROOT, run, run_json

HELLO = ROOT / "samples" / "hello-world.json"


def test_clean_file_exits_zero():
    code, out, _ = run("lint", HELLO)
    assert code == 0
    assert ": error:" not in out
    assert out.rstrip().endswith("0 errors, 2 warnings, 0 infos in 1 file.")


def test_default_subcommand_is_lint():
    code, out, _ = run(HELLO)
    assert code == 0


def test_error_exits_one_and_points_at_line_and_column(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "family": "web",\n  "cpu": 256\n}\n')
    code, out, _ = run("lint", bad)
    assert code == 1
    assert f"{bad}:3:10: error:" in out
    assert "[ECS006]" in out or "[ECS005]" in out


def test_json_report_shape(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"family": "web",}')
    code, report, _ = run_json(bad)
    assert code == 1
    assert report["version"] == 1
    assert report["tool"]["name"] == "ecslint"
    finding = report["files"][0]["findings"][0]
    for key in ("rule", "name", "severity", "stage", "message", "fix", "pointer", "document",
                "line", "column", "endLine", "endColumn"):
        assert key in finding
    assert finding["rule"] == "ECS001" and finding["stage"] == "syntax"
    assert (finding["line"], finding["column"]) == (1, 17)
    assert report["summary"] == {"files": 1, "errors": 1, "warnings": 0, "infos": 0}


def test_unreadable_path_exits_two():
    code, out, err = run("lint", "/nonexistent/task.json")
    assert code == 2
    assert "cannot read /nonexistent/task.json" in err
    assert out == ""


def test_unreadable_file_among_good_ones_exits_two():
    code, out, err = run("lint", HELLO, "/nonexistent.json")
    assert code == 2
    assert "0 errors, 2 warnings, 0 infos in 1 file." in out


def test_usage_error_exits_two():
    code, _, err = run("lint", "--fail-on", "sometimes", HELLO)
    assert code == 2


def test_standard_input_json_and_yaml():
    code, out, _ = run("lint", "-", stdin=HELLO.read_bytes())
    assert code == 0
    yaml = (ROOT / "samples" / "hello-world.yaml").read_bytes()
    code, out, _ = run("lint", "-", stdin=yaml)
    assert code == 0, out


def test_directory_recursion_skips_hidden_and_build_folders(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "task.json").write_bytes(HELLO.read_bytes())
    (tmp_path / "b.yml").write_bytes((ROOT / "samples" / "hello-world.yaml").read_bytes())
    (tmp_path / "notes.txt").write_text("not linted")
    for skipped in (".git", "node_modules", ".build"):
        (tmp_path / skipped).mkdir()
        (tmp_path / skipped / "broken.json").write_text("{")
    code, report, _ = run_json(tmp_path)
    paths = [pathlib.Path(f["path"]).relative_to(tmp_path).as_posix() for f in report["files"]]
    assert paths == ["a/task.json", "b.yml"]
    assert code == 0


def test_fail_on_threshold(tmp_path):
    dup = tmp_path / "dup.json"
    text = HELLO.read_text().replace('"memory": "512",', '"memory": "512",\n  "memory": "512",')
    dup.write_text(text)
    code, report, _ = run_json(dup)
    assert any(f["rule"] == "ECS002" for f in report["files"][0]["findings"])
    assert code == 0
    code, _, _ = run("lint", "--fail-on", "warning", dup)
    assert code == 1
    code, _, _ = run("lint", "--fail-on", "never", dup)
    assert code == 0


def test_several_formats_in_one_run(tmp_path):
    out_json = tmp_path / "report.json"
    code, out, _ = run("lint", "--format", "json", "--output", out_json, "--format", "text", HELLO)
    assert code == 0
    assert json.loads(out_json.read_text())["summary"]["files"] == 1
    assert "0 errors, 2 warnings, 0 infos in 1 file." in out
    code, _, err = run("lint", "--format", "text", "--format", "json", HELLO)
    assert code == 2 and "only one report can go to standard output" in err


def test_input_files_are_never_modified(tmp_path):
    bad = tmp_path / "bad.json"
    original = b'{"family": "web", "cpu": 256, "containerDefinitions": []}'
    bad.write_bytes(original)
    stat = os.stat(bad)
    run("lint", "--format", "json", bad)
    assert bad.read_bytes() == original
    assert os.stat(bad).st_mtime_ns == stat.st_mtime_ns


def test_binary_junk_is_a_syntax_finding_not_a_crash(tmp_path):
    rng = random.Random(7)
    for index in range(20):
        junk = tmp_path / f"junk{index}.json"
        junk.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000))))
        code, report, err = run_json(junk)
        assert code == 1, err
        assert report["files"][0]["findings"][0]["rule"] == "ECS001"


def test_binary_junk_as_yaml(tmp_path):
    rng = random.Random(11)
    for index in range(20):
        junk = tmp_path / f"junk{index}.yaml"
        junk.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000))))
        code, out, err = run("lint", junk)
        assert code in (0, 1), err
        assert "Fatal error" not in err and "Stack dump" not in err


def test_deep_nesting_is_an_error_not_a_crash(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200000 + "]" * 200000)
    code, report, err = run_json(deep)
    assert code == 1
    assert "nesting" in report["files"][0]["findings"][0]["message"]
    deep_yaml = tmp_path / "deep.yaml"
    deep_yaml.write_text("[" * 200000 + "]" * 200000)
    code, report, err = run_json(deep_yaml)
    assert code == 1


def test_huge_file_is_refused_cleanly(tmp_path):
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.write(b'{"family": "' + b"x" * (17 * 1024 * 1024) + b'"}')
    code, out, err = run("lint", huge)
    assert code == 2
    assert "larger than 16 MiB" in err


def test_billion_laughs_is_refused_quickly(tmp_path):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        refs = ",".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n")
    code, report, _ = run_json(bomb)
    assert code == 1
    assert report["files"][0]["findings"][0]["rule"] == "ECS001"


def test_rules_and_explain():
    code, out, _ = run("rules")
    assert code == 0 and "ECS001" in out
    code, out, _ = run("rules", "--format", "json")
    catalog = json.loads(out)
    assert any(rule["code"] == "ECS301" for rule in catalog["rules"])
    code, out, _ = run("explain", "ECS301")
    assert code == 0 and out.startswith("# ECS301")
    code, out, _ = run("explain", "host-port-mismatch")
    assert code == 0 and out.startswith("# ECS301")
    code, _, err = run("explain", "ECS999999")
    assert code == 2 and "no rule named" in err


def test_directory_scan_skips_files_that_are_not_task_definitions(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "web", "version": "1.0.0"}')
    (tmp_path / "deployment.yaml").write_text("apiVersion: apps/v1\nkind: Deployment\n")
    (tmp_path / "helm.yaml").write_text("replicas: {{ .Values.replicas }}\n  bad: [\n")
    (tmp_path / "broken-task.json").write_text('{"family": "web", "containerDefinitions": [,]}')
    (tmp_path / "task.json").write_bytes(HELLO.read_bytes())
    code, report, err = run_json(tmp_path)
    paths = sorted(pathlib.Path(f["path"]).name for f in report["files"])
    assert paths == ["broken-task.json", "task.json"]
    assert "skipped 3 JSON/YAML files in folders that are not task definitions" in err
    assert code == 1
    code, report, _ = run_json(tmp_path / "package.json")
    assert code == 1 and report["files"][0]["findings"][0]["rule"] == "ECS005", "a named file is always linted"


def test_directory_scan_finds_terraform_templates(tmp_path):
    (tmp_path / "app.json.tpl").write_text(
        '[{"name": "app", "image": "${image}", "cpu": ${cpu}, "memory": 512}]')
    (tmp_path / "worker.json.tmpl").write_text('[{"name": "worker", "image": "${image}", "memory": 256}]')
    (tmp_path / "nginx.conf.tpl").write_text("server { listen ${port}; }\n")
    code, report, err = run_json(tmp_path)
    by_name = {pathlib.Path(f["path"]).name: f for f in report["files"]}
    assert sorted(by_name) == ["app.json.tpl", "worker.json.tmpl"]
    assert [f["rule"] for f in by_name["app.json.tpl"]["findings"]] == ["ECS001"]
    assert "unquoted template placeholder ${cpu}" in by_name["app.json.tpl"]["findings"][0]["message"]
    assert "skipped 1 JSON/YAML file in folders" in err


def test_folder_without_task_definitions_is_a_usage_error(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "web"}')
    code, out, err = run("lint", tmp_path)
    assert code == 2
    assert "no task definition files found" in err


# ---------------------------------------------------------------------------
# Services and tasks (issue 13)

SERVICE = str(ROOT / "samples" / "hello-world-service.json")


def test_the_walkthrough_pair_has_no_error_and_the_service_alone_says_why_it_is_not_checked():
    code, out, _ = run("lint", str(HELLO), SERVICE)
    assert code == 0, out
    assert ": error:" not in out
    code, report, _ = run_json(SERVICE)
    assert code == 0
    (entry,) = report["files"]
    assert entry["kinds"] == ["create-service"]
    assert [f["rule"] for f in entry["findings"]] == ["ECS017"]


def _broken_service(tmp_path):
    path = tmp_path / "service.json"
    path.write_text(json.dumps({
        "serviceName": "hello-world-service", "taskDefinition": "hello-world-task", "launchType": "FARGATE",
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d4e5f60718"]}},
        "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/h/1",
                           "containerName": "web", "containerPort": 8080}]}, indent=2))
    return str(path)


def test_task_definition_option_resolves_a_service_without_reporting_the_task_definition(tmp_path):
    service = _broken_service(tmp_path)
    code, report, _ = run_json(service, "--task-definition", str(HELLO))
    assert code == 1
    assert [entry["path"] for entry in report["files"]] == [service]
    finding = next(f for f in report["files"][0]["findings"] if f["rule"] == "ECS158")
    assert finding["notes"][0]["path"] == str(HELLO)
    lines = pathlib.Path(service).read_text().splitlines()
    assert finding["line"] == next(n for n, line in enumerate(lines, 1) if '"containerName": "web"' in line)


def test_a_folder_with_a_service_and_its_task_definition_is_checked_as_a_pair(tmp_path):
    _broken_service(tmp_path)
    (tmp_path / "task.json").write_text(pathlib.Path(HELLO).read_text())
    code, out, _ = run("lint", str(tmp_path))
    assert code == 1
    assert "[ECS158]" in out and "note: the containers at" in out and "task.json:8:27" in out


def test_an_unreadable_task_definition_option_is_a_usage_error(tmp_path):
    code, _, err = run("lint", SERVICE, "--task-definition", str(tmp_path / "missing.json"))
    assert code == 2
    assert "--task-definition" in err


def test_a_service_named_before_its_task_definition_is_reported_after_it():
    code, report, _ = run_json(SERVICE, str(HELLO))
    assert code == 0
    assert [entry["path"] for entry in report["files"]] == [str(HELLO), SERVICE]
    assert all(f["rule"] != "ECS017" for entry in report["files"] for f in entry["findings"])


def test_a_service_in_a_large_folder_finds_its_task_definition_and_the_rest_keeps_input_order(tmp_path):
    family = json.loads(pathlib.Path(HELLO).read_text())
    for index in range(300):
        family["family"] = f"app-{index:03d}"
        (tmp_path / f"t{index:03d}.json").write_text(json.dumps(family, indent=2))
    service = json.loads(pathlib.Path(SERVICE).read_text())
    service["taskDefinition"] = "app-299"
    service["loadBalancers"] = [{
        "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/h/1",
        "containerName": "no-such-container", "containerPort": 80}]
    (tmp_path / "a-service.json").write_text(json.dumps(service, indent=2))
    code, report, _ = run_json(str(tmp_path))
    paths = [pathlib.Path(entry["path"]).name for entry in report["files"]]
    assert paths == [f"t{index:03d}.json" for index in range(300)] + ["a-service.json"]
    rules = [f["rule"] for f in report["files"][-1]["findings"]]
    assert "ECS158" in rules and "ECS017" not in rules
    assert code == 1
