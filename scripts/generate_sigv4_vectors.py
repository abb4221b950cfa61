#!/usr/bin/env python3
"""Generates the SigV4 and endpoint test vectors of the live mode.

The vectors are computed by the installed botocore itself: requests are signed
with botocore.auth.SigV4Auth (with its clock pinned to each vector's
timestamp), and endpoints come from botocore clients' endpoint resolution.
Swift tests (Tests/ECSLiveTests) check ecslint's signer and endpoint
resolver against the committed output, so no test needs botocore or a
network.

    python3 scripts/generate_sigv4_vectors.py           # rewrite the vectors
    python3 scripts/generate_sigv4_vectors.py --check   # exit 1 if they are stale
"""
import datetime
import json
import os
import sys
from unittest import mock

import botocore
import botocore.auth
import botocore.session
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "ECSLiveTests", "Vectors", "sigv4_vectors.json")

AK = "AKIDEXAMPLE"
SK = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQDtoken+/="
ECS_TARGET = "AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition"
JSON_TYPE = "application/x-amz-json-1.1"
BODY = '{"family":"web","containerDefinitions":[{"name":"app","image":"nginx:1.27","memory":256}]}'


def ecs(name, url, region, body=BODY, token=None, timestamp="20260101T000000Z", target=ECS_TARGET, extra=()):
    headers = [["Content-Type", JSON_TYPE], ["X-Amz-Target", target], *extra]
    return dict(name=name, method="POST", url=url, headers=headers, body=body, timestamp=timestamp,
                region=region, service="ecs", access_key=AK, secret_key=SK, session_token=token)


CASES = [
    ecs("ecs-us-east-1", "https://ecs.us-east-1.amazonaws.com/", "us-east-1"),
    ecs("ecs-session-token", "https://ecs.eu-west-1.amazonaws.com/", "eu-west-1", token=TOKEN),
    ecs("ecs-china", "https://ecs.cn-north-1.amazonaws.com.cn/", "cn-north-1", timestamp="20251231T235959Z"),
    ecs("ecs-govcloud", "https://ecs.us-gov-west-1.amazonaws.com/", "us-gov-west-1"),
    ecs("ecs-iso", "https://ecs.us-iso-east-1.c2s.ic.gov/", "us-iso-east-1"),
    ecs("ecs-local-port", "http://127.0.0.1:5000/", "us-east-1", timestamp="20261127T050351Z"),
    ecs("ecs-default-port-dropped", "https://ecs.us-east-2.amazonaws.com:443/", "us-east-2"),
    ecs("ecs-base-path", "http://localhost:4566/prefix/./a/../ecs/", "us-west-2"),
    ecs("ecs-empty-body", "https://ecs.us-east-1.amazonaws.com/", "us-east-1", body=""),
    ecs("ecs-unicode-body", "https://ecs.ap-southeast-2.amazonaws.com/", "ap-southeast-2",
        body='{"family":"caf\u00e9","containerDefinitions":[{"name":"\u2192","image":"x","memory":4}]}'),
    ecs("ecs-describe", "https://ecs.eusc-de-east-1.amazonaws.eu/", "eusc-de-east-1",
        body='{"taskDefinition":"web","include":["TAGS"]}',
        target="AmazonEC2ContainerServiceV20141113.DescribeTaskDefinition"),
    ecs("header-trimming", "https://ecs.us-east-1.amazonaws.com/", "us-east-1",
        extra=[["X-Custom", "  a   b\tc  "], ["User-Agent", "never signed"]]),
    ecs("repeated-header", "https://ecs.us-east-1.amazonaws.com/", "us-east-1",
        extra=[["X-Repeat", "one"], ["X-Repeat", " two "]]),
    ecs("query-sorted", "https://ecs.us-east-1.amazonaws.com/?b=2&a=1&a=0", "us-east-1"),
    ecs("encoded-path", "https://ecs.us-east-1.amazonaws.com/a%2Fb/c%20d", "us-east-1"),
    dict(name="sts-assume-role", method="POST", url="https://sts.us-east-1.amazonaws.com/",
         headers=[["Content-Type", "application/x-www-form-urlencoded; charset=utf-8"]],
         body="Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdeploy"
              "&RoleSessionName=ecslint-1767225600",
         timestamp="20260101T000000Z", region="us-east-1", service="sts", access_key=AK, secret_key=SK,
         session_token=TOKEN),
]

ENDPOINT_REGIONS = [
    "us-east-1", "eu-central-1", "ap-southeast-7", "mx-central-1", "af-south-1", "il-central-1",
    "cn-north-1", "cn-northwest-1", "us-gov-west-1", "us-gov-east-1", "us-iso-east-1", "us-iso-west-1",
    "us-isob-east-1", "eu-isoe-west-1", "us-isof-south-1", "us-isof-east-1", "eusc-de-east-1",
    "xx-unknown-1", "us-future-9",
]


def sign(case):
    when = datetime.datetime.strptime(case["timestamp"], "%Y%m%dT%H%M%SZ")
    request = AWSRequest(method=case["method"], url=case["url"], data=case["body"].encode("utf-8"))
    for name, value in case["headers"]:
        request.headers.add_header(name, value) if name in request.headers else request.headers.__setitem__(name, value)
    credentials = Credentials(case["access_key"], case["secret_key"], case["session_token"])
    auth = botocore.auth.SigV4Auth(credentials, case["service"], case["region"])
    seen = {}
    canonical_request, string_to_sign = auth.canonical_request, auth.string_to_sign

    def record_canonical(req):
        seen["canonical_request"] = canonical_request(req)
        seen["signed_headers"] = auth.signed_headers(auth.headers_to_sign(req))
        return seen["canonical_request"]

    def record_string_to_sign(req, canonical):
        seen["string_to_sign"] = string_to_sign(req, canonical)
        return seen["string_to_sign"]

    with mock.patch("botocore.auth.get_current_datetime", return_value=when), \
            mock.patch.object(auth, "canonical_request", record_canonical), \
            mock.patch.object(auth, "string_to_sign", record_string_to_sign):
        auth.add_auth(request)
    authorization = request.headers["Authorization"]
    return dict(seen, authorization=authorization, signature=authorization.rsplit("Signature=", 1)[1])


def endpoints():
    """Endpoints from botocore's endpoint rule sets (what a request would use)."""
    session = botocore.session.get_session()
    result = []
    for region in ENDPOINT_REGIONS:
        for service, operation, variants in [("ecs", "RegisterTaskDefinition", [(False, False), (True, False), (False, True)]),
                                             ("sts", "AssumeRole", [(False, False)])]:
            client = session.create_client(service, region_name=region, aws_access_key_id=AK, aws_secret_access_key=SK)
            model = client.meta.service_model.operation_model(operation)
            resolver = client._ruleset_resolver
            for fips, dual in variants:
                resolver._builtins["AWS::UseFIPS"] = fips
                resolver._builtins["AWS::UseDualStack"] = dual
                url = resolver.construct_endpoint(model, {}, {}).url
                result.append(dict(service=service, region=region, fips=fips, dualstack=dual, url=url))
    return result


def generate():
    vectors = [dict(case, expected=sign(case)) for case in CASES]
    return json.dumps({"generator": "scripts/generate_sigv4_vectors.py", "botocore_version": botocore.__version__,
                       "sigv4": vectors, "endpoints": endpoints()}, indent=1, ensure_ascii=False) + "\n"


def main():
    text = generate()
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as handle:
            current = handle.read()
        if current != text:
            print(f"{OUT} is stale: run python3 scripts/generate_sigv4_vectors.py", file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {len(CASES)} signatures and the endpoints of {len(ENDPOINT_REGIONS)} regions to {os.path.normpath(OUT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
