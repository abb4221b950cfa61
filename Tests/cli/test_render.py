"""ecslint render and the template variables of lint, through the built binary."""
import json

from cli_support import ROOT, run

TEMPLATE = """family: web
requiresCompatibilities: [FARGATE]
networkMode: awsvpc
cpu: "${CPU:-256}"
memory: "512"
executionRoleArn: arn:aws:iam::210987654321:role/web-execution
containerDefinitions:
  - name: web
    image: ${IMAGE}
    essential: true
    memory: null
"""


def test_render_writes_register_ready_json(tmp_path):
    source = tmp_path / "task.yaml"
    source.write_text(TEMPLATE)
    out = tmp_path / "task.json"
    code, stdout, stderr = run(
        "render", source, "--var", "IMAGE=210987654321.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2", "-o", out)
    assert code == 0, stderr
    assert stdout == ""
    request = json.loads(out.read_text())
    assert list(request) == ["family", "requiresCompatibilities", "networkMode", "cpu", "memory",
                             "executionRoleArn", "containerDefinitions"]
    assert request["cpu"] == "256"
    assert "memory" not in request["containerDefinitions"][0]
    assert out.read_text().startswith('{\n  "family": "web",\n')
    assert "note: converted YAML to JSON" in stderr


def test_render_refuses_and_writes_nothing_when_errors_remain(tmp_path):
    source = tmp_path / "task.yaml"
    source.write_text(TEMPLATE)
    out = tmp_path / "task.json"
    out.write_text("previous")
    code, stdout, stderr = run("render", source, "-o", out)
    assert code == 1
    assert stdout == ""
    assert "task.yaml:9:12: error: 1 template placeholder (${IMAGE}) not substituted [ECS014]" in stderr
    assert "nothing was written" in stderr
    assert out.read_text() == "previous"
    assert not list(tmp_path.glob("*.tmp"))


def test_render_of_describe_output_unwraps_it(tmp_path):
    source = tmp_path / "describe.json"
    source.write_text(json.dumps({
        "taskDefinition": {
            "taskDefinitionArn": "arn:aws:ecs:us-east-1:210987654321:task-definition/web:3",
            "family": "web", "revision": 3, "status": "ACTIVE",
            "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 256}],
        },
        "tags": [{"key": "team", "value": "web"}],
    }))
    code, stdout, stderr = run("render", source)
    assert code == 0, stderr
    assert json.loads(stdout) == {
        "family": "web",
        "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 256}],
        "tags": [{"key": "team", "value": "web"}],
    }


def test_lint_with_variables_points_at_the_template(tmp_path):
    source = tmp_path / "task.yaml"
    source.write_text(TEMPLATE)
    env = tmp_path / "vars.env"
    env.write_text("IMAGE=nginx:1.27\nCPU=300\n")
    code, stdout, _ = run("lint", source, "--var-file", env, "--format", "json")
    findings = json.loads(stdout)["files"][0]["findings"]
    cpu = [f for f in findings if f["pointer"] == "/cpu"]
    assert cpu and (cpu[0]["line"], cpu[0]["column"]) == (4, 6)
    assert code == 1


def test_corpus_lints_and_good_files_have_no_errors():
    code, stdout, _ = run("lint", ROOT / "samples" / "corpus" / "good", "--format", "json")
    report = json.loads(stdout)
    assert len(report["files"]) >= 20
    assert report["summary"]["errors"] == 0
    assert code == 0
