"""`ecslint register` end to end against moto's ECS server on 127.0.0.1, with
moto's SigV4 verification on: a wrong signature fails these tests."""
import json
import re

from register_support import revisions, run, task_definition

ARN = re.compile(r"^arn:aws:ecs:us-east-1:\d{12}:task-definition/[\w-]+:\d+$")


def write(tmp_path, name, doc):
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, indent=2))
    return path


def test_register_then_unchanged_then_changed(moto, moto_env, tmp_path):
    path = write(tmp_path, "web.json", task_definition("e2e-web"))
    code, out, err = run(["register", path], moto_env)
    assert code == 0, err
    arn = out.strip()
    assert ARN.match(arn), out
    assert arn.endswith("task-definition/e2e-web:1")
    assert "registered e2e-web revision 1" in err
    assert revisions(moto, "e2e-web") == [arn]

    code, out, err = run(["register", path, "--if-changed"], moto_env)
    assert code == 0, err
    assert out.strip() == arn
    assert "unchanged" in err and "nothing registered" in err
    assert revisions(moto, "e2e-web") == [arn]

    changed = write(tmp_path, "web2.json", task_definition("e2e-web", image="public.ecr.aws/nginx/nginx:1.28"))
    code, out, err = run(["register", changed, "--if-changed", "--verbose"], moto_env)
    assert code == 0, err
    assert out.strip().endswith("task-definition/e2e-web:2")
    assert '/containerDefinitions/0/image: file has "public.ecr.aws/nginx/nginx:1.28"' in err
    assert len(revisions(moto, "e2e-web")) == 2


def test_large_file_with_unordered_environment_is_unchanged(moto, moto_env, tmp_path):
    doc = task_definition("e2e-large")
    doc["containerDefinitions"][0]["environment"] = [{"name": f"VAR_{i:02}", "value": "v" * 100} for i in range(60)]
    path = write(tmp_path, "large.json", doc)
    code, out, err = run(["register", path], moto_env)
    assert code == 0, err
    doc["containerDefinitions"][0]["environment"].reverse()
    path = write(tmp_path, "large-reordered.json", doc)
    code, again, err = run(["register", path, "--if-changed"], moto_env)
    assert code == 0, err
    assert again == out
    assert len(revisions(moto, "e2e-large")) == 1


def test_wrong_secret_is_refused_by_signature_check(moto, moto_env, tmp_path):
    path = write(tmp_path, "sig.json", task_definition("e2e-signature"))
    env = dict(moto_env, AWS_SECRET_ACCESS_KEY="not-the-right-secret-key-at-all-000000000")
    code, out, err = run(["register", path], env)
    assert code == 3, err
    assert out == ""
    assert "SignatureDoesNotMatch" in err
    assert "hint:" in err and "signature" in err
    assert "not-the-right-secret" not in err
    assert revisions(moto, "e2e-signature") == []


def test_file_with_errors_never_reaches_the_server(moto, moto_env, tmp_path):
    doc = task_definition("e2e-bad")
    doc["containerDefinitions"][0]["portMappings"] = [{"containerPort": 80, "hostPort": 8080}]
    path = write(tmp_path, "bad.json", doc)
    code, out, err = run(["register", path, "--verbose"], moto_env)
    assert code == 1, err
    assert "error:" in out and "8080" in out
    assert "not registered" in err and "nothing was sent" in err
    assert "RegisterTaskDefinition" not in err
    assert revisions(moto, "e2e-bad") == []
    code, out, _ = run(["register", path, "--format", "json"], moto_env)
    assert code == 1
    assert json.loads(out)["summary"]["errors"] >= 1


def test_dry_run_sends_nothing_and_elides_secrets(moto, moto_env, tmp_path):
    path = write(tmp_path, "dry.json", task_definition("e2e-dry"))
    env = dict(moto_env, AWS_SESSION_TOKEN="session-token-that-must-not-appear")
    code, out, err = run(["register", path, "--dry-run", "--verbose"], env)
    assert code == 0, err
    assert out.startswith("POST / HTTP/1.1\nHost: 127.0.0.1:")
    assert "X-Amz-Target: AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition" in out
    assert "Content-Type: application/x-amz-json-1.1" in out
    assert "X-Amz-Security-Token: <elided>" in out
    assert re.search(r"Authorization: AWS4-HMAC-SHA256 Credential=<elided>/\d{8}/us-east-1/ecs/aws4_request, "
                     r"SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=<elided>", out)
    body = out.split("\n\n", 1)[1].strip()
    assert json.loads(body) == task_definition("e2e-dry")
    assert ": " not in body and ", " not in body
    for secret in (moto["access_key"], moto["secret_key"], "session-token-that-must-not-appear"):
        assert secret not in out and secret not in err
    assert "nothing was sent" in err
    assert revisions(moto, "e2e-dry") == []
    code, out, err = run(["register", path, "--dry-run", "--format", "json"], env)
    assert code == 0, err
    request = json.loads(out)
    assert request["method"] == "POST" and request["body"]["family"] == "e2e-dry"
    assert ["X-Amz-Security-Token", "<elided>"] in request["headers"]


def test_yaml_file_registers(moto, moto_env, tmp_path):
    doc = task_definition("e2e-yaml")
    import yaml
    path = write(tmp_path, "task.yaml", yaml.safe_dump(doc, sort_keys=False))
    code, out, err = run(["register", path, "--format", "json"], moto_env)
    assert code == 0, err
    response = json.loads(out)
    assert response["taskDefinition"]["family"] == "e2e-yaml"
    assert response["taskDefinition"]["cpu"] == "256"
    assert "converted YAML to JSON" in err


def test_describe_output_registers_with_its_tags(moto, moto_env, tmp_path):
    inner = task_definition("e2e-describe")
    inner.update({"taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/e2e-describe:7",
                  "revision": 7, "status": "ACTIVE", "compatibilities": ["EC2", "FARGATE"],
                  "requiresAttributes": [{"name": "ecs.capability.task-eni"}],
                  "registeredAt": "2025-01-01T00:00:00.000Z", "registeredBy": "arn:aws:iam::123456789012:user/x"})
    path = write(tmp_path, "describe.json", {"taskDefinition": inner, "tags": [{"key": "team", "value": "web"}]})
    lint_code, lint_out, _ = run(["lint", path], moto_env)
    assert lint_code == 1 and "ECS013" in lint_out  # the AWS CLI would refuse the wrapper; register unwraps it
    code, out, err = run(["register", path], moto_env)
    assert code == 0, err
    arn = out.strip()
    assert arn.endswith("task-definition/e2e-describe:1")
    assert "unwrapped describe-task-definition output" in err
    assert ('dropped the read-only fields "taskDefinitionArn", "revision", "status", "compatibilities", '
            '"requiresAttributes", "registeredAt", "registeredBy"') in err
    tags = moto["ecs"].list_tags_for_resource(resourceArn=arn)["tags"]
    assert tags == [{"key": "team", "value": "web"}]


def test_server_rejection_shows_aws_error_and_rule(moto, moto_env, tmp_path):
    doc = task_definition("e2e-rejected")
    del doc["memory"], doc["cpu"]
    doc["requiresCompatibilities"] = ["EC2"]
    path = write(tmp_path, "rejected.json", doc)
    code, out, err = run(["register", path, "--fail-on", "never", "--launch-type", "EC2"], moto_env)
    assert code == 3, err
    assert out == ""
    assert ("RegisterTaskDefinition failed: ClientException: Invalid setting for container 'app'. "
            "At least one of 'memory' or 'memoryReservation' must be specified.") in err
    assert re.search(r"ecslint rule ECS\d+ \([\w-]+\):", err)
    assert revisions(moto, "e2e-rejected") == []


def test_unreachable_endpoint_is_a_network_failure(home, tmp_path):
    import socket
    from register_support import sealed_env
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = write(tmp_path, "net.json", task_definition("e2e-net"))
    env = sealed_env(home, AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="secret", AWS_REGION="us-east-1")
    code, out, err = run(["register", path, "--endpoint-url", f"http://127.0.0.1:{port}"], env)
    assert code == 3, err
    assert "RegisterTaskDefinition failed" in err and f"127.0.0.1:{port}" in err
    assert out == ""


def test_usage_errors(home, tmp_path):
    from register_support import sealed_env
    env = sealed_env(home, AWS_REGION="us-east-1")
    code, _, err = run(["register", tmp_path / "missing.json"], env)
    assert code == 2 and "cannot read" in err
    path = write(tmp_path, "ok.json", task_definition("e2e-usage"))
    code, _, err = run(["register", path, "--endpoint-url", "ftp://nowhere"], env)
    assert code == 2 and "--endpoint-url" in err
    code, _, err = run(["register", path, "--format", "sarif"], env)
    assert code == 2


def test_templated_yaml_rendered_then_registered(moto, moto_env, tmp_path):
    """The pipeline of issue 5 and 6 together: a templated YAML file goes
    through `ecslint render --var`, and the rendered JSON registers."""
    template = write(tmp_path, "task.yaml", """\
family: e2e-rendered
networkMode: awsvpc
requiresCompatibilities: [FARGATE]
cpu: "${CPU}"
memory: "${MEMORY:-512}"
containerDefinitions:
  - name: web
    image: "public.ecr.aws/nginx/nginx:${TAG}"
    essential: true
    portMappings:
      - containerPort: 80
""")
    rendered = tmp_path / "rendered.json"
    code, out, err = run(["render", template, "--var", "CPU=256", "--var", "TAG=1.27", "-o", rendered], moto_env)
    assert code == 0, err
    body = json.loads(rendered.read_text())
    assert body["cpu"] == "256" and body["memory"] == "512"
    assert body["containerDefinitions"][0]["image"] == "public.ecr.aws/nginx/nginx:1.27"
    code, out, err = run(["register", rendered], moto_env)
    assert code == 0, err
    assert out.strip().endswith("task-definition/e2e-rendered:1")
    assert len(revisions(moto, "e2e-rendered")) == 1


def test_render_refuses_a_template_with_errors_and_writes_nothing(moto, moto_env, tmp_path):
    template = write(tmp_path, "task.json", '{"family": "e2e-bad", "cpu": "${CPU}", "containerDefinitions": []}')
    rendered = tmp_path / "rendered.json"
    code, out, err = run(["render", template, "--var", "CPU=256", "-o", rendered], moto_env)
    assert code == 1
    assert not rendered.exists()
    assert revisions(moto, "e2e-bad") == []
