"""`ecslint register` as careful as `render` (issue 10, item 8): template
variables, refusal of unfilled placeholders, the CA bundle of a TLS proxy
(AWS_CA_BUNDLE, a profile's ca_bundle) through libcurl against a loopback
TLS server whose certificate is signed by a CA made here with the openssl
CLI, and an STS AccessDenied that names the STS permission."""
import json
import shutil
import ssl
import subprocess

import pytest

from fakeaws import FakeAWS
from register_support import run, sealed_env, task_definition

KEYS = {"AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "envsecretvalue0000", "AWS_REGION": "us-east-1"}
IMAGE = "public.ecr.aws/nginx/nginx:1.27"


@pytest.fixture
def fake():
    with FakeAWS() as server:
        server.keys.update({"AKIAENV": ("envsecretvalue0000", None)})
        yield server


@pytest.fixture
def template(tmp_path):
    path = tmp_path / "task.json"
    path.write_text(json.dumps(task_definition("templated", image="${IMAGE}", tags=[{"key": "team", "value": "${TEAM}"}])))
    return path


def sent_bodies(fake):
    return [json.loads(detail["body"]) for path, detail in fake.calls if path == "/ecs"]


def register(fake, task, env, *extra, url=None):
    return run(["register", task, "--endpoint-url", (url or fake.url) + "/ecs", *extra], env, timeout=30)


def test_var_and_var_file_fill_the_template(fake, template, home, tmp_path):
    values = tmp_path / "values.env"
    values.write_text("TEAM=payments\nIMAGE=wrong/image:0\n")
    code, out, err = register(fake, template, sealed_env(home, **KEYS), "--var-file", values, "--var", f"IMAGE={IMAGE}")
    assert code == 0, err
    body, = sent_bodies(fake)
    assert body["containerDefinitions"][0]["image"] == IMAGE, "--var wins over --var-file"
    assert body["tags"] == [{"key": "team", "value": "payments"}]


def test_vars_from_env_fill_the_template(fake, template, home):
    code, _, err = register(fake, template, sealed_env(home, **KEYS, IMAGE=IMAGE, TEAM="web"), "--vars-from-env")
    assert code == 0, err
    assert sent_bodies(fake)[0]["containerDefinitions"][0]["image"] == IMAGE


@pytest.mark.parametrize("extra", [[], ["--var", f"IMAGE={IMAGE}"], ["--var", f"IMAGE={IMAGE}", "--fail-on", "never"]])
def test_unfilled_placeholders_are_refused_and_nothing_is_sent(fake, template, home, extra):
    code, out, err = register(fake, template, sealed_env(home, **KEYS), *extra)
    assert code == 1, err
    assert fake.calls == [], "nothing may be sent"
    assert "${TEAM}" in out and "not filled" in out
    findings = "\n".join(line for line in out.splitlines() if ": error:" in line or ": warning:" in line)
    assert ("${IMAGE}" in findings) == (not extra), out
    assert "ecslint: not registered:" in err and "${TEAM}" in err and "nothing was sent" in err


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    """A certificate authority and a certificate for 127.0.0.1 signed by it."""
    if shutil.which("openssl") is None:
        pytest.fail("openssl is not installed (scripts/install-deps.sh --with-test-tools installs it)")
    folder = tmp_path_factory.mktemp("tls")

    def openssl(*args):
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True, timeout=60)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=ecslint test proxy CA", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
            "-subj", "/CN=127.0.0.1")
    (folder / "server.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.pem", "-days", "2", "-extfile", "server.ext")
    return folder


@pytest.fixture
def tls_fake(certificates):
    """The fake AWS endpoints behind TLS on 127.0.0.1, like a corporate proxy's re-signed traffic."""
    server = FakeAWS()
    server.keys.update({"AKIAENV": ("envsecretvalue0000", None)})
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificates / "server.pem", certificates / "server.key")
    server.server.socket = context.wrap_socket(server.server.socket, server_side=True)
    with server:
        yield server, f"https://127.0.0.1:{server.port}"


@pytest.fixture
def task(tmp_path):
    path = tmp_path / "plain.json"
    path.write_text(json.dumps(task_definition("tls")))
    return path


def test_without_the_ca_bundle_the_certificate_is_rejected(tls_fake, task, home):
    fake, url = tls_fake
    code, _, err = register(fake, task, sealed_env(home, **KEYS, AWS_MAX_ATTEMPTS="1"), url=url)
    assert code == 3, err
    assert "certificate" in err.lower() or "ssl" in err.lower(), err
    assert sent_bodies(fake) == []


def test_aws_ca_bundle_trusts_the_proxy_ca(tls_fake, task, home, certificates):
    fake, url = tls_fake
    env = sealed_env(home, **KEYS, AWS_CA_BUNDLE=str(certificates / "ca.pem"))
    code, out, err = register(fake, task, env, "--verbose", url=url)
    assert code == 0, err
    assert out.strip() == "arn:aws:ecs:us-east-1:123456789012:task-definition/tls:1"
    assert f"TLS: trusting the certificate authorities in {certificates / 'ca.pem'} (from AWS_CA_BUNDLE)" in err
    assert len(sent_bodies(fake)) == 1


def test_profile_ca_bundle_trusts_the_proxy_ca(tls_fake, task, home, certificates):
    fake, url = tls_fake
    (home / "config").write_text(f"[profile corp]\nregion = us-east-1\nca_bundle = {certificates / 'ca.pem'}\n")
    (home / "credentials").write_text("[corp]\naws_access_key_id = AKIAENV\naws_secret_access_key = envsecretvalue0000\n")
    code, _, err = register(fake, task, sealed_env(home), "--profile", "corp", url=url)
    assert code == 0, err
    assert len(sent_bodies(fake)) == 1


def test_an_unreadable_ca_bundle_is_a_usage_error(fake, task, home, tmp_path):
    env = sealed_env(home, **KEYS, AWS_CA_BUNDLE=str(tmp_path / "missing.pem"))
    code, _, err = register(fake, task, env)
    assert code == 2
    assert f"the CA bundle {tmp_path / 'missing.pem'} (from AWS_CA_BUNDLE) cannot be read" in err
    assert fake.calls == []


def test_sts_access_denied_names_the_sts_permission(fake, task, home):
    fake.keys.update({"AKIASOURCE": ("sourcesecretvalue0", None)})
    fake.sts_denied = True
    role = "arn:aws:iam::123456789012:role/deployer"
    (home / "config").write_text(
        f"[profile deploy]\nregion = us-east-1\nrole_arn = {role}\nsource_profile = base\n"
        f"sts_regional_endpoints = regional\n")
    (home / "credentials").write_text("[base]\naws_access_key_id = AKIASOURCE\naws_secret_access_key = sourcesecretvalue0\n")
    env = sealed_env(home, AWS_ENDPOINT_URL_STS=fake.url + "/sts")
    code, _, err = register(fake, task, env, "--profile", "deploy")
    assert code == 3, err
    assert "AccessDenied" in err
    assert f"hint: the source credentials need sts:AssumeRole on {role}" in err
    assert "ecs:RegisterTaskDefinition" not in err
    assert sent_bodies(fake) == []
