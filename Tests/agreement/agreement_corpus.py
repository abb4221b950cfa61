"""The corpus of the botocore agreement test: the repository's samples, and a
deterministic set of broken variants of a few valid task definitions.

Every variant is written as JSON (some with raw number lexemes or duplicate keys
that Python's json module cannot produce), and what botocore sees is that text
read back with `json.loads`, exactly as the AWS CLI reads `--cli-input-json`.
A fifth of the variants are also written as YAML; YAML is read with the YAML 1.2
core schema, as ecslint reads it (PyYAML's own loader follows YAML 1.1).
"""
import collections
import copy
import json
import os
import random
import re

try:
    import yaml
except ImportError:  # PyYAML missing: YAML samples are skipped and no YAML variants are written
    yaml = None

Entry = collections.namedtuple("Entry", "label path documents skip_reason")


def to_pointer(tokens):
    """RFC 6901 pointer text for tokens."""
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


# ---------------------------------------------------------------------------
# Reading: JSON as the AWS CLI does, YAML by the 1.2 core schema.

def _reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def load_json(text):
    return json.loads(text, parse_constant=_reject_constant)


_CORE_INT = re.compile(r"^[-+]?[0-9]+$")
_CORE_OCT = re.compile(r"^0o[0-7]+$")
_CORE_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_CORE_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_CORE_INF = re.compile(r"^[-+]?\.(inf|Inf|INF)$")
_CORE_NAN = re.compile(r"^\.(nan|NaN|NAN)$")


def _core_scalar(node):
    value = node.value
    if node.style is not None:
        return value
    if value in ("", "~", "null", "Null", "NULL"):
        return None
    if value in ("true", "True", "TRUE"):
        return True
    if value in ("false", "False", "FALSE"):
        return False
    if _CORE_INT.match(value):
        return int(value)
    if _CORE_OCT.match(value):
        return int(value[2:], 8)
    if _CORE_HEX.match(value):
        return int(value[2:], 16)
    if _CORE_FLOAT.match(value):
        return float(value)
    if _CORE_INF.match(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _CORE_NAN.match(value):
        return float("nan")
    return value


def _core_value(node):
    if isinstance(node, yaml.ScalarNode):
        return _core_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_core_value(item) for item in node.value]
    result = {}
    merged = {}
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == "<<" and key_node.style is None:
            sources = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            for source in sources:
                for key, value in _core_value(source).items():
                    merged.setdefault(key, value)
            continue
        key = _core_value(key_node)
        result[key if isinstance(key, str) else str(key_node.value)] = _core_value(value_node)
    return {**merged, **result}


def load_yaml_core(text):
    """Every document of a YAML stream, with plain scalars resolved by the 1.2 core schema."""
    if yaml is None:
        raise ValueError("PyYAML is not installed")
    return [_core_value(node) if node is not None else None for node in yaml.compose_all(text, Loader=yaml.SafeLoader)]


def sample_inputs(samples):
    entries = []
    if not samples.is_dir():
        return entries
    for path in sorted(samples.rglob("*")):
        suffix = path.suffix.lower()
        if suffix not in (".json", ".yaml", ".yml") or not path.is_file():
            continue
        label = f"sample {path.relative_to(samples)}"
        text = path.read_bytes().decode("utf-8-sig", "replace")
        try:
            documents = load_json(text) if suffix == ".json" else load_yaml_core(text)
        except (ValueError, getattr(yaml, "YAMLError", ValueError)) as error:
            entries.append(Entry(label, str(path), None, f"not readable ({str(error)[:60]}); ecslint reports syntax"))
            continue
        entries.append(Entry(label, str(path), [documents] if suffix == ".json" else documents, None))
    return entries


# ---------------------------------------------------------------------------
# Writing: JSON with raw lexemes and duplicate keys.

class Raw(str):
    """A number lexeme written as is (`1e2`, `-0`)."""


class Dup:
    """An object written with its pairs in order, duplicates included."""

    def __init__(self, pairs):
        self.pairs = list(pairs)


def dumps(value, indent=0):
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, (dict, Dup)):
        pairs = value.pairs if isinstance(value, Dup) else list(value.items())
        if not pairs:
            return "{}"
        body = ",\n".join(f"{inner}{json.dumps(str(k), ensure_ascii=False)}: {dumps(v, indent + 1)}" for k, v in pairs)
        return "{\n" + body + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + dumps(v, indent + 1) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def short(value):
    """A one-line rendering of a value for labels."""
    text = str(value) if isinstance(value, Raw) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


# ---------------------------------------------------------------------------
# Valid starting points.

BASES = {
    "fargate-web": {
        "family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256",
        "memory": "512", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "runtimePlatform": {"cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX"},
        "containerDefinitions": [{
            "name": "web", "image": "nginx:1.27", "essential": True,
            "portMappings": [{"containerPort": 80, "hostPort": 80, "protocol": "tcp", "name": "http",
                              "appProtocol": "http"}],
            "environment": [{"name": "MODE", "value": "prod"}],
            "secrets": [{"name": "DB", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db"}],
            "command": ["nginx", "-g", "daemon off;"],
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web",
                                                                     "awslogs-region": "us-east-1"}},
            "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/"], "interval": 30, "retries": 3},
        }],
        "tags": [{"key": "team", "value": "core"}],
    },
    "ec2-bridge": {
        "family": "worker", "networkMode": "bridge", "requiresCompatibilities": ["EC2"],
        "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"}],
        "volumes": [{"name": "scratch", "host": {"sourcePath": "/tmp/scratch"}},
                    {"name": "docker", "dockerVolumeConfiguration": {"scope": "shared", "autoprovision": True,
                                                                     "driver": "local", "driverOpts": {"type": "nfs"},
                                                                     "labels": {"a": "b"}}}],
        "containerDefinitions": [
            {"name": "worker", "image": "busybox:1.36", "cpu": 128, "memory": 256, "memoryReservation": 128,
             "links": ["cache:redis"], "entryPoint": ["sh", "-c"], "command": ["run"],
             "mountPoints": [{"sourceVolume": "scratch", "containerPath": "/scratch", "readOnly": False}],
             "volumesFrom": [{"sourceContainer": "cache", "readOnly": True}],
             "ulimits": [{"name": "nofile", "softLimit": 1024, "hardLimit": 4096}],
             "linuxParameters": {"initProcessEnabled": True, "sharedMemorySize": 64, "maxSwap": 0, "swappiness": 10,
                                 "capabilities": {"add": ["SYS_PTRACE"], "drop": ["NET_RAW"]},
                                 "devices": [{"hostPath": "/dev/fuse", "permissions": ["read", "write"]}],
                                 "tmpfs": [{"containerPath": "/run", "size": 64, "mountOptions": ["rw"]}]},
             "extraHosts": [{"hostname": "db", "ipAddress": "10.0.0.5"}], "dnsServers": ["10.0.0.2"],
             "dockerLabels": {"com.example.role": "worker"}, "systemControls": [{"namespace": "net.core.somaxconn",
                                                                                  "value": "1024"}],
             "dependsOn": [{"containerName": "cache", "condition": "START"}], "user": "1000:1000",
             "privileged": False, "readonlyRootFilesystem": True, "stopTimeout": 30},
            {"name": "cache", "image": "redis:7", "memory": 128, "essential": False,
             "portMappings": [{"containerPort": 6379, "hostPort": 0}]},
        ],
        "pidMode": "task", "ipcMode": "none",
    },
    "volumes-and-more": {
        "family": "assorted", "taskRoleArn": "app-role", "networkMode": "awsvpc", "cpu": "1024", "memory": "2 GB",
        "ephemeralStorage": {"sizeInGiB": 30}, "enableFaultInjection": False,
        "proxyConfiguration": {"type": "APPMESH", "containerName": "envoy",
                               "properties": [{"name": "AppPorts", "value": "8080"}]},
        "inferenceAccelerators": [{"deviceName": "eia", "deviceType": "eia2.medium"}],
        "volumes": [
            {"name": "efs", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678", "rootDirectory": "/",
                                                       "transitEncryption": "ENABLED", "transitEncryptionPort": 2049,
                                                       "authorizationConfig": {"accessPointId": "fsap-12345678",
                                                                               "iam": "ENABLED"}}},
            {"name": "fsx", "fsxWindowsFileServerVolumeConfiguration": {
                "fileSystemId": "fs-0123456789abcdef0", "rootDirectory": "share",
                "authorizationConfig": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:1:secret:x",
                                        "domain": "corp.example.com"}}},
            {"name": "ebs", "configuredAtLaunch": True},
        ],
        "containerDefinitions": [{
            "name": "app", "image": "app:1", "repositoryCredentials": {"credentialsParameter": "arn:aws:x"},
            "restartPolicy": {"enabled": True, "ignoredExitCodes": [0, 137], "restartAttemptPeriod": 300},
            "environmentFiles": [{"value": "arn:aws:s3:::bucket/app.env", "type": "s3"}],
            "resourceRequirements": [{"value": "1", "type": "GPU"}],
            "firelensConfiguration": {"type": "fluentbit", "options": {"enable-ecs-log-metadata": "true"}},
            "logConfiguration": {"logDriver": "awsfirelens", "secretOptions": [{"name": "k", "valueFrom": "arn:x"}]},
            "credentialSpecs": ["credentialspec:arn:aws:ssm:us-east-1:1:parameter/spec"],
            "versionConsistency": "disabled", "startTimeout": 60, "interactive": False, "pseudoTerminal": False,
            "dnsSearchDomains": ["example.com"], "dockerSecurityOptions": ["no-new-privileges"],
            "workingDirectory": "/app", "hostname": "app", "disableNetworking": False,
        }],
    },
}


# Valid service and task requests (`--cli-input-json` of create-service, update-service and
# run-task), keyed by operation: the walkthrough's service and a few richer ones.
SERVICE_BASES = {
    "CreateService": {
        "cluster": "hello-world-cluster", "serviceName": "hello-world-service", "taskDefinition": "hello-world-task",
        "desiredCount": 2, "launchType": "FARGATE", "platformVersion": "1.4.0",
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d4e5f60718"],
                                                         "securityGroups": ["sg-0123456789abcdef0"],
                                                         "assignPublicIp": "ENABLED"}},
        "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/w/1",
                           "containerName": "web", "containerPort": 80}],
        "healthCheckGracePeriodSeconds": 30,
        "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 50,
                                    "deploymentCircuitBreaker": {"enable": True, "rollback": True}},
        "deploymentController": {"type": "ECS"},
        "serviceConnectConfiguration": {"enabled": True, "namespace": "internal",
                                        "services": [{"portName": "http", "discoveryName": "web",
                                                      "clientAliases": [{"port": 80, "dnsName": "web"}]}]},
        "tags": [{"key": "team", "value": "core"}], "propagateTags": "SERVICE", "enableExecuteCommand": True,
    },
    "UpdateService": {
        "cluster": "hello-world-cluster", "service": "hello-world-service", "taskDefinition": "hello-world-task:4",
        "desiredCount": 3, "forceNewDeployment": True,
        "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 3, "base": 0},
                                     {"capacityProvider": "FARGATE", "weight": 1}],
        "placementConstraints": [{"type": "distinctInstance"}],
        "placementStrategy": [{"type": "spread", "field": "attribute:ecs.availability-zone"}],
    },
    "RunTask": {
        "cluster": "batch", "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/batch:7",
        "count": 2, "launchType": "EC2", "group": "nightly", "startedBy": "cron",
        "overrides": {"containerOverrides": [{"name": "job", "command": ["run", "--all"], "memory": 512,
                                              "environment": [{"name": "MODE", "value": "full"}]}],
                      "cpu": "512", "memory": "1024"},
        "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"}],
    },
}


def service_kind(document):
    """The request ecslint reads a document as (its ServiceInput rule), or None for a task
    definition: no containerDefinitions or family, then a non-null serviceName (create-service),
    a non-null service (update-service), or a taskDefinition that is neither an object nor null
    (run-task)."""
    if not isinstance(document, dict) or "containerDefinitions" in document or "family" in document:
        return None
    if document.get("serviceName") is not None:
        return "CreateService"
    if document.get("service") is not None:
        return "UpdateService"
    reference = document.get("taskDefinition", None)
    if "taskDefinition" in document and reference is not None and not isinstance(reference, dict):
        return "RunTask"
    return None


def service_variants(model):
    """Every variant of the service and task requests as (label, document), in a fixed order."""
    out = []
    for operation, doc in SERVICE_BASES.items():
        shape = model.operation_model(operation).input_shape
        name = f"{operation} {doc.get('serviceName') or doc.get('service') or doc.get('taskDefinition')}"
        out.append((f"{name}: valid", doc))
        out += [(label, edit(doc)) for label, edit in single_edits(name, doc, shape, thorough=True)]
        out.append((f"{operation} maximal: valid", maximal_document(shape)))
    return out


def maximal_document(shape, depth=0):
    """A value for `shape` with every member filled in (a schema-valid document)."""
    kind = shape.type_name
    if kind == "structure":
        return {name: maximal_document(member, depth + 1) for name, member in shape.members.items()}
    if kind == "list":
        return [maximal_document(shape.member, depth + 1)]
    if kind == "map":
        return {"key.one": maximal_document(shape.value, depth + 1)}
    if kind == "string":
        enum = shape.metadata.get("enum")
        return enum[0] if enum else "text"
    if kind in ("integer", "long"):
        return max(1, shape.metadata.get("min", 1))
    if kind == "boolean":
        return True
    if kind in ("double", "float"):
        return 1.5
    return "2024-01-01T00:00:00Z"


# ---------------------------------------------------------------------------
# Walking and editing documents by path.

def walk(value, shape, tokens=()):
    """(tokens, value, shape) for every value of a document that the model describes."""
    yield tokens, value, shape
    kind = shape.type_name
    if kind == "structure" and isinstance(value, dict):
        for key, item in value.items():
            if key in shape.members:
                yield from walk(item, shape.members[key], tokens + (key,))
    elif kind == "list" and isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, shape.member, tokens + (index,))
    elif kind == "map" and isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, shape.value, tokens + (key,))


def _parent(doc, tokens):
    for token in tokens[:-1]:
        doc = doc[token]
    return doc


def set_at(doc, tokens, value):
    doc = copy.deepcopy(doc)
    if not tokens:
        return value
    _parent(doc, tokens)[tokens[-1]] = value
    return doc


def delete_at(doc, tokens):
    doc = copy.deepcopy(doc)
    del _parent(doc, tokens)[tokens[-1]]
    return doc


def rename_at(doc, tokens, new_key):
    doc = copy.deepcopy(doc)
    container = _parent(doc, tokens)
    items = [(new_key if k == tokens[-1] else k, v) for k, v in container.items()]
    container.clear()
    container.update(items)
    return doc


RENAMES = [
    ("capitalized", lambda k: k[:1].upper() + k[1:]),
    ("lowercase", str.lower),
    ("uppercase", str.upper),
    ("last letter dropped", lambda k: k[:-1]),
    ("plural", lambda k: k + "s"),
    ("letters swapped", lambda k: k[:1] + k[2:3] + k[1:2] + k[3:] if len(k) > 3 else k + "x"),
    ("snake case", lambda k: re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), k)),
    ("letter doubled", lambda k: k[:2] + k[1:]),
    ("hyphenated", lambda k: re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), k)),
    ("unrelated", lambda k: "zz" + k[::-1]),
]

GENERIC = [None, 7, "7", 7.5, False, [], {}, "", [None], {"k": "v"}, 2.0, True, [1, "a"], Raw("1e2")]


def typed_replacements(shape, value, tokens):
    """Values of other types that people write at this place."""
    kind = shape.type_name
    if kind == "string":
        out = [123, True, [value], 1.5]
        enum = shape.metadata.get("enum")
        if enum:
            out += [value.upper() if value.upper() != value else value.lower(), "bogus-value"]
        if shape.name == "TagKey":
            out += ["", "k" * 129, "aws:reserved"]
        if shape.name == "TagValue":
            out += ["", "v" * 257]
        return out
    if kind in ("integer", "long"):
        return [str(value), float(value), True, 2 ** 31, -(2 ** 63) - 1, Raw("1e2"), Raw("-0"), Raw("512.0")]
    if kind == "boolean":
        return ["true", 1, "yes"]
    if kind == "list":
        first = value[0] if value else "item"
        out = [first, {}, "npm start" if tokens[-1] in ("command", "entryPoint") else "single"]
        if shape.name == "Tags":
            out += [[{"key": f"k{i}", "value": "v"} for i in range(51)], [{"value": "no key"}]]
        return out
    if kind == "structure":
        return [[value], "text", 5]
    if kind == "map":
        return [{"k": 1}, ["a=b"], {"": "x"}, {"a/b~c": None}, {"n": True, "m": 1.5}]
    return []


def single_edits(name, doc, shape, thorough):
    """(label, edit) for single edits of `doc`, in a fixed order; an edit maps a
    document to a new one and raises LookupError or TypeError where it does not apply."""
    out = []
    counter = 0
    for tokens, value, sub in walk(doc, shape):
        where = to_pointer(tokens)
        if sub.type_name == "structure" and isinstance(value, dict):
            for member in sub.required_members:
                if member in value:
                    out.append((f"{name}: drop required {where}/{member}",
                                lambda d, t=tokens + (member,): delete_at(d, t)))
            for key in value:
                counter += 1
                picks = range(len(RENAMES)) if thorough and counter % 4 == 0 else (
                    counter % len(RENAMES), (counter + 3) % len(RENAMES))
                for pick in picks:
                    label, rename = RENAMES[pick]
                    new_key = rename(key)
                    if new_key != key and new_key not in value:
                        out.append((f"{name}: key {where}/{key} {label} -> {new_key}",
                                    lambda d, t=tokens + (key,), k=new_key: rename_at(d, t, k)))
        if not tokens:
            continue
        counter += 1
        replacements = typed_replacements(sub, value, tokens) if thorough or counter % 3 == 0 else []
        replacements = replacements + [GENERIC[counter % len(GENERIC)]]
        if counter % 4 == 0:
            replacements.append(None)
        for replacement in replacements:
            out.append((f"{name}: set {where} = {short(replacement)}",
                        lambda d, t=tokens, r=replacement: set_at(d, t, r)))
    return out


def special_variants(doc):
    container = doc["containerDefinitions"][0]
    pairs = list(doc.items())
    container_pairs = list(container.items())
    return [
        ("empty object", {}),
        ("only family", {"family": "x"}),
        ("unknown keys with / and ~", {**doc, "a/b": 1, "x~y": None}),
        ("map keys with / and ~", set_at(doc, ("containerDefinitions", 0, "dockerLabels"), {"a/b": 1, "x~y": True})),
        ("map keys with dots", set_at(doc, ("containerDefinitions", 0, "dockerLabels"),
                                      {"com": "x", "com.example": 2, "com.example.a": None})),
        ("non-ASCII unknown keys", {**doc, "ımage": 1, "ｆamily": "x", "famíly": "y"}),
        ("duplicate key, valid last", Dup([("cpu", 256)] + pairs + [("cpu", "256")])),
        ("duplicate key, invalid last", Dup(pairs + [("cpu", "256"), ("cpu", 256)])),
        ("duplicate unknown key", Dup(pairs + [("bogus", 1), ("bogus", None)])),
        ("duplicate key in a container", set_at(doc, ("containerDefinitions", 0),
                                                Dup(container_pairs + [("memory", "1"), ("memory", True)]))),
        ("describe-task-definition output, unwrapped",
         {**doc, "taskDefinitionArn": "arn:aws:ecs:us-east-1:1:task-definition/web:3", "revision": 3,
          "status": "ACTIVE", "compatibilities": ["EC2", "FARGATE"], "requiresAttributes": [{"name": "x"}],
          "registeredAt": "2024-01-01T00:00:00Z", "registeredBy": "arn:aws:iam::1:root"}),
        ("read-only keys with wrong types", {**doc, "revision": "3", "status": None}),
        ("all containers broken", set_at(doc, ("containerDefinitions",),
                                         [{"name": 1, "image": None, "memory": "512", "portMapping": []}, "text", None,
                                          [], {"Name": "x", "essential": "false"}])),
        ("large integers", set_at(doc, ("containerDefinitions", 0, "memory"), 2 ** 70)),
        ("empty tag key and long tag value", {**doc, "tags": [{"key": "", "value": "v" * 300}, {"key": "k" * 200}]}),
        ("tags as an object", {**doc, "tags": {"team": "core"}}),
        ("environment as an object", set_at(doc, ("containerDefinitions", 0, "environment"), {"A": "1", "B": 2})),
        ("nested nulls", set_at(doc, ("containerDefinitions", 0, "linuxParameters"),
                                {"capabilities": {"add": [None], "drop": None}, "devices": [None]})),
    ]


def variants(input_shape, read_only):
    """Every variant as (label, document), in a fixed order."""
    out = []
    bases = list(BASES.items()) + [("maximal", maximal_document(input_shape))]
    edits = {}
    for name, doc in bases:
        out.append((f"{name}: valid", doc))
        edits[name] = single_edits(name, doc, input_shape, thorough=name != "maximal")
        out += [(label, edit(doc)) for label, edit in edits[name]]
    for label, doc in special_variants(BASES["fargate-web"]):
        out.append((f"special: {label}", doc))
    rng = random.Random(20241127)
    for number in range(150):
        name, doc = rng.choice(bases)
        labels = []
        for label, edit in rng.sample(edits[name], 3):
            try:
                doc = edit(doc)
            except (LookupError, TypeError):
                continue
            labels.append(label.split(": ", 1)[1])
        out.append((f"combined {number}: {name}: " + "; ".join(labels), doc))
    return out


def write_variants(directory, input_shape, read_only, model=None):
    """Writes every variant (and a YAML copy of every fifth) and returns their entries; with
    `model`, the service and task request variants too."""
    os.makedirs(directory, exist_ok=True)
    entries = []
    documents = variants(input_shape, read_only) + (service_variants(model) if model is not None else [])
    for number, (label, doc) in enumerate(documents):
        path = os.path.join(str(directory), f"v{number:05d}.json")
        text = dumps(doc) + "\n"
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        entries.append(Entry(label, path, [load_json(text)], None))
        if number % 5 == 0 and yaml is not None and not isinstance(doc, Dup):
            parsed = load_json(text)
            yaml_text = yaml.safe_dump(parsed, sort_keys=False, allow_unicode=True, width=1000)
            if load_yaml_core(yaml_text) == [parsed]:
                yaml_path = path[:-5] + ".yaml"
                with open(yaml_path, "w", encoding="utf-8") as handle:
                    handle.write(yaml_text)
                entries.append(Entry(label + " (YAML)", yaml_path, [parsed], None))
    return entries
