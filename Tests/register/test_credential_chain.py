"""The credential chain of `ecslint register`, through the binary, with small
local servers on 127.0.0.1 standing in for STS, container credentials and
IMDSv2 (fakeaws.py). Each test checks which credentials signed the ECS call:
the fake ECS endpoint verifies every signature and session token."""
import os
import sys

import pytest

from register_support import run, sealed_env, task_definition
from fakeaws import FakeAWS

SECRETS = ["envsecretvalue0000", "filesecretvalue000", "sourcesecretvalue0", "processsecret00000",
           "role-secret-value", "role-session-token", "web-secret-value", "web-session-token",
           "container-secret-value", "container-session-token", "imds-secret-value", "imds-session-token",
           "web-identity-jwt-value", "container-authorization-token", "imds-session-token-v2"]


@pytest.fixture
def fake():
    with FakeAWS() as server:
        server.keys.update({"AKIAENV": ("envsecretvalue0000", None), "AKIAFILE": ("filesecretvalue000", None),
                            "AKIASOURCE": ("sourcesecretvalue0", None), "ASIAPROCESS": ("processsecret00000", "proctoken")})
        yield server


@pytest.fixture
def task(tmp_path):
    import json
    path = tmp_path / "task.json"
    path.write_text(json.dumps(task_definition("chain")))
    return path


def register(fake, task, env, *extra):
    code, out, err = run(["register", task, "--endpoint-url", fake.url + "/ecs", "--verbose", *extra], env, timeout=30)
    for secret in SECRETS:
        assert secret not in out and secret not in err, f"{secret} printed"
    return code, out, err


def test_environment_variables(fake, task, home):
    env = sealed_env(home, AWS_REGION="us-east-1", AWS_ACCESS_KEY_ID="AKIAENV", AWS_SECRET_ACCESS_KEY="envsecretvalue0000")
    code, out, err = register(fake, task, env)
    assert code == 0, err
    assert out.strip() == "arn:aws:ecs:us-east-1:123456789012:task-definition/chain:1"
    assert fake.ecs_keys() == ["AKIAENV"]
    assert "credentials: using environment variables" in err


def test_profile_flag_beats_environment(fake, task, home):
    (home / "credentials").write_text("[ci]\naws_access_key_id = AKIAFILE\naws_secret_access_key = filesecretvalue000\n")
    (home / "config").write_text("[profile ci]\nregion = eu-west-1\n")
    env = sealed_env(home, AWS_ACCESS_KEY_ID="AKIAENV", AWS_SECRET_ACCESS_KEY="envsecretvalue0000")
    code, _, err = register(fake, task, env, "--profile", "ci")
    assert code == 0, err
    assert fake.ecs_keys() == ["AKIAFILE"]
    assert "region eu-west-1 (from region of profile ci)" in err


def test_credential_process(fake, task, home, tmp_path):
    script = tmp_path / "creds.py"
    script.write_text("import json\nprint(json.dumps({'Version': 1, 'AccessKeyId': 'ASIAPROCESS', "
                      "'SecretAccessKey': 'processsecret00000', 'SessionToken': 'proctoken'}))\n")
    (home / "config").write_text(f"[profile proc]\nregion = us-east-1\ncredential_process = {sys.executable} {script}\n")
    code, _, err = register(fake, task, sealed_env(home, AWS_PROFILE="proc"))
    assert code == 0, err
    assert fake.ecs_keys() == ["ASIAPROCESS"]


def test_assume_role_with_source_profile(fake, task, home):
    (home / "credentials").write_text("[base]\naws_access_key_id = AKIASOURCE\naws_secret_access_key = sourcesecretvalue0\n")
    (home / "config").write_text("[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/deploy\n"
                                 "source_profile = base\nregion = us-east-1\n")
    env = sealed_env(home, AWS_ENDPOINT_URL_STS=fake.url + "/sts")
    code, _, err = register(fake, task, env, "--profile", "deploy")
    assert code == 0, err
    sts = [d for p, d in fake.calls if p == "/sts"]
    assert sts == [{"action": "AssumeRole", "access_key": "AKIASOURCE", "role": "arn:aws:iam::123456789012:role/deploy",
                    "problem": None}]
    assert fake.ecs_keys() == ["ASIAROLEFAKE"]


def test_web_identity(fake, task, home, tmp_path):
    token = tmp_path / "token"
    token.write_text(fake.web_identity_token + "\n")
    env = sealed_env(home, AWS_REGION="us-east-1", AWS_WEB_IDENTITY_TOKEN_FILE=str(token),
                     AWS_ROLE_ARN="arn:aws:iam::123456789012:role/ci", AWS_ENDPOINT_URL_STS=fake.url + "/sts")
    code, _, err = register(fake, task, env)
    assert code == 0, err
    assert [d for p, d in fake.calls if p == "/sts"] == [{"action": "AssumeRoleWithWebIdentity", "token_ok": True,
                                                          "signed": False}]
    assert fake.ecs_keys() == ["ASIAWEBFAKE"]


def test_container_credentials_full_uri_with_token_file(fake, task, home, tmp_path):
    token = tmp_path / "auth"
    token.write_text(fake.container_token)
    env = sealed_env(home, AWS_REGION="us-east-1", AWS_CONTAINER_CREDENTIALS_FULL_URI=fake.url + "/container",
                     AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE=str(token))
    code, _, err = register(fake, task, env)
    assert code == 0, err
    assert fake.ecs_keys() == ["ASIACONTAINERFAKE"]
    env["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] = ""
    env["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "wrong-token"
    code, _, err = register(fake, task, env)
    assert code == 3
    assert "container credentials" in err and "HTTP 401" in err


def test_instance_metadata_v2(fake, task, home):
    env = sealed_env(home, AWS_REGION="us-east-1", AWS_EC2_METADATA_DISABLED=None,
                     AWS_EC2_METADATA_SERVICE_ENDPOINT=fake.url)
    code, _, err = register(fake, task, env)
    assert code == 0, err
    assert fake.ecs_keys() == ["ASIAIMDSFAKE"]
    assert [p for p, _ in fake.calls if p.startswith("/latest")] == [
        "/latest/api/token", "/latest/meta-data/iam/security-credentials/",
        "/latest/meta-data/iam/security-credentials/ecslint-test-role"]


def test_nothing_found_lists_what_was_tried(fake, task, home):
    code, out, err = register(fake, task, sealed_env(home, AWS_REGION="us-east-1"))
    assert code == 3
    assert out == ""
    assert "no AWS credentials found" in err
    for source in ["environment variables", "profile default", "web identity", "container credentials",
                   "instance metadata (IMDSv2): turned off by AWS_EC2_METADATA_DISABLED"]:
        assert source in err
    assert fake.ecs_keys() == []


def test_no_region(fake, task, home):
    env = sealed_env(home, AWS_ACCESS_KEY_ID="AKIAENV", AWS_SECRET_ACCESS_KEY="envsecretvalue0000")
    code, _, err = register(fake, task, env)
    assert code == 3
    assert "no region" in err and "AWS_REGION" in err


def test_unknown_profile(fake, task, home):
    code, _, err = register(fake, task, sealed_env(home, AWS_REGION="us-east-1"), "--profile", "ghost")
    assert code == 3
    assert "profile ghost is not in" in err
