"""A small stand-in for the AWS endpoints of the credential chain, on 127.0.0.1.

One threaded HTTP server answers, by path:
  POST /sts        STS AssumeRole (SigV4 checked) and AssumeRoleWithWebIdentity (token checked)
  GET  /container  container credentials (Authorization token checked)
  PUT  /latest/api/token, GET /latest/meta-data/iam/security-credentials/[role]   IMDSv2 (token checked)
  POST /ecs        RegisterTaskDefinition (SigV4 and session token checked against every key it knows)
Every ECS call is recorded with the access key that signed it, so a test can
tell which link of the chain produced the credentials.
"""
import datetime
import http.server
import json
import threading
import urllib.parse
from unittest import mock

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

ACCOUNT = "123456789012"


class FakeAWS:
    def __init__(self):
        # access key -> (secret, session token or None)
        self.keys = {}
        self.issued = {
            "sts": ("ASIAROLEFAKE", "role-secret-value", "role-session-token"),
            "web": ("ASIAWEBFAKE", "web-secret-value", "web-session-token"),
            "container": ("ASIACONTAINERFAKE", "container-secret-value", "container-session-token"),
            "imds": ("ASIAIMDSFAKE", "imds-secret-value", "imds-session-token"),
        }
        for key, secret, token in self.issued.values():
            self.keys[key] = (secret, token)
        self.web_identity_token = "web-identity-jwt-value"
        self.container_token = "container-authorization-token"
        self.imds_token = "imds-session-token-v2"
        self.calls = []  # (path, detail dict)
        self.sts_denied = False  # AssumeRole answers AccessDenied, as when the policy lacks sts:AssumeRole
        self.lock = threading.Lock()
        handler = self._handler()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def record(self, path, **detail):
        with self.lock:
            self.calls.append((path, detail))

    def ecs_keys(self):
        with self.lock:
            return [d.get("access_key") for p, d in self.calls if p == "/ecs"]

    def verify(self, method, path, headers, body):
        """Recomputes the SigV4 signature with botocore; returns the access key or an error text."""
        auth = headers.get("Authorization", "")
        if not auth.startswith("AWS4-HMAC-SHA256 "):
            return None, "no SigV4 Authorization header"
        fields = dict(part.strip().split("=", 1) for part in auth[len("AWS4-HMAC-SHA256 "):].split(","))
        key, day, region, service, _ = fields["Credential"].split("/")
        if key not in self.keys:
            return None, f"unknown access key"
        secret, token = self.keys[key]
        if token is not None and headers.get("X-Amz-Security-Token") != token:
            return None, "wrong or missing session token"
        request = AWSRequest(method=method, url=f"http://{headers['Host']}{path}", data=body)
        for name in fields["SignedHeaders"].split(";"):
            if name != "host":
                request.headers[name] = headers[name]
        request.headers["Host"] = headers["Host"]
        when = datetime.datetime.strptime(headers["X-Amz-Date"], "%Y%m%dT%H%M%SZ")
        signer = botocore.auth.SigV4Auth(Credentials(key, secret, token), service, region)
        with mock.patch("botocore.auth.get_current_datetime", return_value=when):
            signer.add_auth(request)
        if request.headers["Authorization"] != auth:
            return None, "signature does not match"
        return key, None

    def _handler(self):
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def reply(self, status, body, content_type="application/json"):
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def body(self):
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def credentials_json(self, which):
                key, secret, token = fake.issued[which]
                return json.dumps({"AccessKeyId": key, "SecretAccessKey": secret, "Token": token,
                                   "Expiration": "2099-01-01T00:00:00Z", "Code": "Success"})

            def do_PUT(self):
                self.body()
                if self.path == "/latest/api/token" and self.headers.get("X-aws-ec2-metadata-token-ttl-seconds"):
                    fake.record(self.path)
                    return self.reply(200, fake.imds_token, "text/plain")
                self.reply(400, "bad token request", "text/plain")

            def do_GET(self):
                fake.record(self.path, authorization=self.headers.get("Authorization"))
                if self.path == "/container":
                    if self.headers.get("Authorization") != fake.container_token:
                        return self.reply(401, '{"message": "bad token"}')
                    return self.reply(200, self.credentials_json("container"))
                if self.path.startswith("/latest/meta-data/iam/security-credentials/"):
                    if self.headers.get("X-aws-ec2-metadata-token") != fake.imds_token:
                        return self.reply(401, "", "text/plain")
                    role = self.path.rsplit("/", 1)[1]
                    if not role:
                        return self.reply(200, "ecslint-test-role", "text/plain")
                    return self.reply(200, self.credentials_json("imds"))
                self.reply(404, "not found", "text/plain")

            def do_POST(self):
                data = self.body()
                headers = self.headers
                if self.path == "/sts":
                    form = dict(urllib.parse.parse_qsl(data.decode("utf-8")))
                    action = form.get("Action")
                    if action == "AssumeRole":
                        key, problem = fake.verify("POST", self.path, headers, data)
                        fake.record("/sts", action=action, access_key=key, role=form.get("RoleArn"), problem=problem)
                        if problem:
                            return self.reply(403, f"<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>{problem}</Message></Error></ErrorResponse>", "text/xml")
                        if fake.sts_denied:
                            message = (f"User: arn:aws:iam::{ACCOUNT}:user/ci is not authorized to perform: "
                                       f"sts:AssumeRole on resource: {form.get('RoleArn')}")
                            return self.reply(403, f"<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>{message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>", "text/xml")
                        which = "sts"
                    elif action == "AssumeRoleWithWebIdentity":
                        fake.record("/sts", action=action, token_ok=form.get("WebIdentityToken") == fake.web_identity_token,
                                    signed="Authorization" in headers)
                        if form.get("WebIdentityToken") != fake.web_identity_token:
                            return self.reply(400, "<ErrorResponse><Error><Code>InvalidIdentityToken</Code><Message>bad token</Message></Error></ErrorResponse>", "text/xml")
                        which = "web"
                    else:
                        return self.reply(400, "<ErrorResponse><Error><Code>InvalidAction</Code><Message>?</Message></Error></ErrorResponse>", "text/xml")
                    key, secret, token = fake.issued[which]
                    xml = (f"<{action}Response><{action}Result><Credentials><AccessKeyId>{key}</AccessKeyId>"
                           f"<SecretAccessKey>{secret}</SecretAccessKey><SessionToken>{token}</SessionToken>"
                           f"<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></{action}Result></{action}Response>")
                    return self.reply(200, xml, "text/xml")
                if self.path == "/ecs":
                    key, problem = fake.verify("POST", self.path, headers, data)
                    fake.record("/ecs", access_key=key, problem=problem, target=headers.get("X-Amz-Target"),
                                body=data.decode("utf-8", "replace"))
                    if problem:
                        return self.reply(403, json.dumps({"__type": "UnrecognizedClientException", "message": problem}))
                    family = json.loads(data).get("family", "x")
                    arn = f"arn:aws:ecs:us-east-1:{ACCOUNT}:task-definition/{family}:1"
                    return self.reply(200, json.dumps({"taskDefinition": {"taskDefinitionArn": arn, "family": family, "revision": 1}}))
                self.reply(404, "{}")

        return Handler
