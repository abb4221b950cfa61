"""Fixtures for `ecslint register` tests: the binary, a sealed environment,
moto's server with SigV4 verification, and task definition files."""
import json
import os
import pathlib
import subprocess
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
HERE = pathlib.Path(__file__).resolve().parent


def ecslint_path():
    path = os.environ.get("ECSLINT") or str(ROOT / ".build" / "debug" / "ecslint")
    if not os.path.exists(path):
        pytest.fail(f"ecslint binary not found at {path}; run swift build first")
    return path


def sealed_env(home, **extra):
    """An environment that reaches nothing by itself: no AWS variables from the
    caller, no proxies, config files in a private folder, instance metadata off."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("AWS_") and k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")}
    env.update({"HOME": str(home), "AWS_CONFIG_FILE": str(home / "config"),
                "AWS_SHARED_CREDENTIALS_FILE": str(home / "credentials"),
                "AWS_EC2_METADATA_DISABLED": "true", "NO_COLOR": "1", "AWS_MAX_ATTEMPTS": "2"})
    env.update({k: v for k, v in extra.items() if v is not None})
    for key in [k for k, v in extra.items() if v is None]:
        env.pop(key, None)
    return env


def run(args, env, timeout=60, cwd=None):
    proc = subprocess.run([ecslint_path(), *map(str, args)], capture_output=True, env=env, timeout=timeout,
                          cwd=cwd or ROOT, stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def task_definition(family, image="public.ecr.aws/nginx/nginx:1.27", **extra):
    """A Fargate task definition that passes the lint gate at --fail-on error."""
    doc = {
        "family": family,
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "256",
        "memory": "512",
        "runtimePlatform": {"operatingSystemFamily": "LINUX", "cpuArchitecture": "X86_64"},
        "containerDefinitions": [{
            "name": "app",
            "image": image,
            "essential": True,
            "readonlyRootFilesystem": True,
            "portMappings": [{"containerPort": 80, "protocol": "tcp"}],
        }],
    }
    doc.update(extra)
    return doc


@pytest.fixture
def home(tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def moto():
    """moto's server on 127.0.0.1 with IAM authentication (SigV4 verification) on,
    and an IAM user allowed ecs:*; yields endpoint, keys and a boto3 ECS client."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    dummy = dict(aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    urllib.request.urlopen(urllib.request.Request(endpoint + "/moto-api/reset", method="POST"), timeout=10).read()
    # IAM authentication on; the next three calls (creating the user, its key, its policy) are let through.
    urllib.request.urlopen(urllib.request.Request(endpoint + "/moto-api/reset-auth", data=b"3", method="POST",
                                                  headers={"Content-Type": "text/plain"}), timeout=10).read()
    iam = boto3.client("iam", region_name="us-east-1", endpoint_url=endpoint, **dummy)
    iam.create_user(UserName="ecslint-test")
    key = iam.create_access_key(UserName="ecslint-test")["AccessKey"]
    iam.put_user_policy(UserName="ecslint-test", PolicyName="ecs-all", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}]}))
    keys = dict(aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
    ecs = boto3.client("ecs", region_name="us-east-1", endpoint_url=endpoint, **keys)
    try:
        yield {"endpoint": endpoint, "access_key": keys["aws_access_key_id"],
               "secret_key": keys["aws_secret_access_key"], "ecs": ecs}
    finally:
        server.stop()


@pytest.fixture
def moto_env(moto, home):
    return sealed_env(home, AWS_ACCESS_KEY_ID=moto["access_key"], AWS_SECRET_ACCESS_KEY=moto["secret_key"],
                      AWS_REGION="us-east-1", AWS_ENDPOINT_URL_ECS=moto["endpoint"])


def revisions(moto, family):
    """The ARNs moto holds for a family (every status)."""
    arns = []
    for status in ("ACTIVE", "INACTIVE"):
        arns += moto["ecs"].list_task_definitions(familyPrefix=family, status=status)["taskDefinitionArns"]
    return arns
