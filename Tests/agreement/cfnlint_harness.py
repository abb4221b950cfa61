"""Agreement harness: ecslint versus cfn-lint on the checks both make.

cfn-lint (the CloudFormation linter, pinned at 1.51.0 in Tests/requirements.txt)
checks a handful of the things ecslint checks, on CloudFormation's
`AWS::ECS::TaskDefinition` resource. This module

1. builds a deterministic corpus of task definitions (the repository's samples plus
   generated variants aimed at each overlapping check, with passing and failing
   values),
2. wraps each task definition as an `AWS::ECS::TaskDefinition` resource
   (camelCase API names -> PascalCase CloudFormation names, derived by walking
   cfn-lint's bundled provider schema case-insensitively, plus the irregular names)
   and runs cfn-lint in-process, many resources per template,
3. runs `ecslint lint --format json` on the same files, many per invocation,
4. compares, per input and per check category, whether each tool flags it, and
   explains every divergence from the explicit list `EXPECTED_DIVERGENCES` (each
   with its reason). A divergence no entry explains is "unexplained".

Run it directly for the table and the divergences:

    ECSLINT=.build/debug/ecslint python3 Tests/agreement/cfnlint_harness.py [--details]

The pytest wrapper is Tests/agreement/test_cfnlint_agreement.py; the method and the
measured table are in docs/cfn-lint-agreement.md. Besides the standard library this needs
cfn-lint 1.51.0 and (for the YAML samples and variants) PyYAML; nothing is imported from
outside the repository.
"""
import collections
import copy
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import agreement_corpus  # noqa: E402  (the samples loader shared with the botocore agreement test)

try:
    import yaml
except ImportError:  # no YAML variants without PyYAML
    yaml = None

ROOT = pathlib.Path(__file__).resolve().parents[2]
CFN_LINT_VERSION = "1.51.0"
REGION = "us-east-1"
RESOURCE_TYPE = "AWS::ECS::TaskDefinition"
RESOURCES_PER_TEMPLATE = 100
ECSLINT_BATCH = 400


def to_pointer(tokens):
    """RFC 6901 pointer text for tokens."""
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


# ---------------------------------------------------------------------------
# 1. camelCase task definition -> CloudFormation properties

# (CFN name of the parent property or "" at the top level, API key) -> CFN name, for the
# names that a case-insensitive match against the schema cannot find. The only one in
# the provider schema of cfn-lint 1.51.0 (a test walks the schema to keep this true).
IRREGULAR_NAMES = {("ProxyConfiguration", "properties"): "ProxyConfigurationProperties"}


class SchemaMapper:
    """Converts a RegisterTaskDefinition document to AWS::ECS::TaskDefinition properties.

    Walks the value and cfn-lint's provider schema side by side. In an object whose
    schema node lists `properties`, each key becomes the property whose name equals it
    case-insensitively (`containerPort` -> `ContainerPort`, `fileSystemId` ->
    `FilesystemId`, `iam` -> `IAM`), or the irregular name; an unknown key is
    capitalised and passed through (cfn-lint then reports it, E3002). An object whose
    node has no `properties` (a map: `dockerLabels`, `logConfiguration.options`, ...)
    keeps its keys. Values are copied unchanged, so cfn-lint sees the same types.
    """

    def __init__(self, region=REGION):
        from cfnlint.schema import PROVIDER_SCHEMA_MANAGER
        self.schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema(region, RESOURCE_TYPE).schema

    def resolve(self, node):
        for _ in range(20):
            if not (isinstance(node, dict) and "$ref" in node):
                break
            node = self.schema["definitions"][node["$ref"].split("/")[-1]]
        return node if isinstance(node, dict) else {}

    def cfn_name(self, parent, key, properties):
        """The CFN property for API `key` in an object of `properties` whose property is `parent`."""
        if not isinstance(key, str):
            return str(key)
        if (parent, key) in IRREGULAR_NAMES:
            return IRREGULAR_NAMES[(parent, key)]
        for name in properties:
            if name.lower() == key.lower():
                return name
        return key[:1].upper() + key[1:]

    def convert(self, document):
        """(CFN properties, {CFN path tuple: API path tuple})."""
        pathmap = {}
        return self._convert(document, self.schema, "", (), (), pathmap), pathmap

    def _convert(self, value, node, parent, api_path, cfn_path, pathmap):
        pathmap[cfn_path] = api_path
        node = self.resolve(node)
        if isinstance(value, dict):
            properties = node.get("properties")
            if not properties:  # a map, or no schema here: keys as they are
                for key in value:
                    pathmap[cfn_path + (key,)] = api_path + (key,)
                return copy.deepcopy(value)
            out = {}
            for key, item in value.items():
                name = self.cfn_name(parent, key, properties)
                out[name] = self._convert(item, properties.get(name, {}), name, api_path + (key,),
                                          cfn_path + (name,), pathmap)
            return out
        if isinstance(value, list):
            items = node.get("items", {})
            return [self._convert(item, items, parent, api_path + (i,), cfn_path + (i,), pathmap)
                    for i, item in enumerate(value)]
        return value


# CFN names whose camelCase API name is not the name with its leading capitals lowered.
API_NAMES = {"ProxyConfigurationProperties": "properties", "FilesystemId": "fileSystemId",
             "FSxWindowsFileServerVolumeConfiguration": "fsxWindowsFileServerVolumeConfiguration",
             "S3FilesVolumeConfiguration": "s3filesVolumeConfiguration"}


def api_name(cfn_name):
    """`ContainerPort` -> `containerPort`, `IAM` -> `iam`, `EFSVolumeConfiguration` -> `efsVolumeConfiguration`."""
    if cfn_name in API_NAMES:
        return API_NAMES[cfn_name]
    if cfn_name.isupper():
        return cfn_name.lower()
    capitals = re.match(r"[A-Z]*", cfn_name).group()
    if len(capitals) > 1:
        return capitals[:-1].lower() + cfn_name[len(capitals) - 1:]
    return cfn_name[:1].lower() + cfn_name[1:]


def to_api(properties, mapper):
    """The camelCase view of CloudFormation properties (for the samples that are templates):
    (document, {CFN path tuple: API path tuple}). Intrinsic functions stay as they are."""
    pathmap = {}

    def walk(value, node, api_path, cfn_path):
        pathmap[cfn_path] = api_path
        node = mapper.resolve(node)
        if isinstance(value, dict):
            known = node.get("properties")
            if not known or any(str(k).startswith("Fn::") or k == "Ref" for k in value):
                for key in value:
                    pathmap[cfn_path + (key,)] = api_path + (key,)
                return copy.deepcopy(dict(value))
            return {api_name(k): walk(v, known.get(k, {}), api_path + (api_name(k),), cfn_path + (k,))
                    for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, node.get("items", {}), api_path + (i,), cfn_path + (i,)) for i, v in enumerate(value)]
        return value

    return walk(properties, mapper.schema, (), ()), pathmap


def map_back(cfn_tokens, pathmap):
    """The API pointer of a cfn-lint path (tokens after Properties); unmapped tail tokens are
    kept with a `~cfn:` marker."""
    tokens = tuple(cfn_tokens)
    for n in range(len(tokens), -1, -1):
        if tokens[:n] in pathmap:
            api = list(pathmap[tokens[:n]]) + [f"~cfn:{t}" for t in tokens[n:]]
            return to_pointer(api)
    return "~cfn:" + to_pointer(tokens)


# ---------------------------------------------------------------------------
# 2. Running the tools

Hit = collections.namedtuple("Hit", "rule pointer message")


class CfnLint:
    """cfn-lint in-process; one template holds many task definitions (one resource each)."""

    def __init__(self, region=REGION):
        import cfnlint.version
        from cfnlint.api import ManualArgs, lint
        self.version = cfnlint.version.__version__
        self.region = region
        self._lint = lint
        self._config = ManualArgs(regions=[region], include_checks=["I"])
        self.mapper = SchemaMapper(region)

    def matches(self, text):
        """cfn-lint's matches for a template text."""
        return self._lint(text, config=self._config)

    def lint_documents(self, documents):
        """[[Hit]] per task definition (camelCase pointers), each wrapped as one resource of a
        template that holds up to RESOURCES_PER_TEMPLATE of them; and the hits outside those
        resources (there should be none)."""
        results = [[] for _ in documents]
        stray = []
        for start in range(0, len(documents), RESOURCES_PER_TEMPLATE):
            resources, pathmaps = {}, {}
            for index in range(start, min(start + RESOURCES_PER_TEMPLATE, len(documents))):
                properties, pathmap = self.mapper.convert(documents[index])
                logical_id = f"TaskDefinition{index}"
                resources[logical_id] = {"Type": RESOURCE_TYPE, "Properties": properties}
                pathmaps[logical_id] = (index, pathmap)
            template = {"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources}
            for match in self.matches(json.dumps(template, indent=1)):
                located = self.locate(match, pathmaps)
                if located is None:
                    stray.append(Hit(match.rule.id, to_pointer(getattr(match, "path", None) or []), match.message))
                else:
                    results[located[0]].append(located[1])
        return results, stray

    @staticmethod
    def locate(match, pathmaps):
        """(key, Hit with an API pointer) for a match inside one of the resources of
        `pathmaps` ({logical id: (key, CFN->API pathmap)}), else None."""
        path = list(getattr(match, "path", None) or [])
        if len(path) < 2 or path[0] != "Resources" or path[1] not in pathmaps:
            return None
        key, pathmap = pathmaps[path[1]]
        if len(path) >= 3 and path[2] == "Properties":
            return key, Hit(match.rule.id, map_back(path[3:], pathmap), match.message)
        return key, Hit(match.rule.id, "~cfn:" + to_pointer(path[2:]), match.message)


def ecslint_binary():
    return os.environ.get("ECSLINT") or str(ROOT / ".build" / "debug" / "ecslint")


def run_ecslint(paths, binary=None, config=None):
    """{real path: [finding]} from `ecslint lint --format json`, many files per run; with
    `--config config` when given (the comparison passes an empty configuration, so that an
    `.ecslint.yml` near the samples cannot change ecslint's defaults). Every rule is on
    (`--strict`): the comparison is about what ecslint can check, opt-in rules included."""
    binary = binary or ecslint_binary()
    options = ["--strict"] + (["--config", str(config)] if config else [])
    results = {}
    for start in range(0, len(paths), ECSLINT_BATCH):
        batch = [str(p) for p in paths[start:start + ECSLINT_BATCH]]
        proc = subprocess.run([binary, "lint", "--format", "json", "--fail-on", "never", *options, *batch],
                              capture_output=True, cwd=ROOT, timeout=600, env={**os.environ, "NO_COLOR": "1"})
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"ecslint exited {proc.returncode}: {proc.stderr.decode()[:2000]}")
        for entry in json.loads(proc.stdout)["files"]:
            results[os.path.realpath(os.path.join(ROOT, entry["path"]))] = entry["findings"]
    return results


# ---------------------------------------------------------------------------
# 3. Check categories: which cfn-lint findings and which ecslint rules mean "flagged"

def _required(name):
    return lambda hit: hit.message == f"'{name}' is a required property"


def _is_fargate(document):
    compatibilities = document.get("requiresCompatibilities")
    return isinstance(compatibilities, list) and "FARGATE" in compatibilities


# The ecslint rules the categories and the explanations refer to (code: name); a test checks
# them against `ecslint rules --format json`, so a renamed or withdrawn rule is noticed.
ECSLINT_RULES = {
    "ECS006": "wrong-type", "ECS008": "invalid-enum-value", "ECS010": "boolean-for-integer",
    "ECS014": "template-placeholders", "ECS110": "task-cpu-invalid", "ECS111": "task-memory-invalid",
    "ECS112": "task-size-undocumented-form", "ECS201": "fargate-requires-awsvpc",
    "ECS202": "fargate-task-size-missing", "ECS203": "fargate-cpu-memory-combination",
    "ECS204": "fargate-windows-task-size", "ECS205": "fargate-32-vcpu", "ECS210": "fargate-unsupported-parameter",
    "ECS211": "fargate-pid-mode-host", "ECS212": "fargate-placement-constraints", "ECS213": "fargate-log-driver",
    "ECS301": "host-port-mismatch", "ECS319": "links-outside-bridge-mode", "ECS501": "no-essential-container",
    "ECS600": "invalid-role-arn", "ECS601": "role-arn-wrong-type", "ECS602": "execution-role-short-name",
    "ECS801": "awslogs-missing-required-options", "ECS805": "unknown-awslogs-option",
}

# A check category. cfn_match(hit) says whether a cfn-lint hit (API pointer) belongs to it,
# ecslint_match(finding, document) whether an ecslint finding does; cfn_rules/ecslint_rules
# are the same in words, for the table. group: the generated variants aimed at the category
# (see GROUPS); the table also gives the agreement on those alone.
Category = collections.namedtuple("Category", "key title cfn_rules cfn_match ecslint_rules ecslint_match group")

CATEGORIES = [
    Category("fargate-cpu-memory", "E3047 Fargate cpu/memory pair (+ E3048 Cpu value)",
             "E3047, E3048 at Cpu", lambda h: h.rule == "E3047" or (h.rule == "E3048" and h.pointer == "/cpu"),
             "ECS203 ECS204 ECS110 ECS111", lambda f, doc: f["rule"] in ("ECS203", "ECS204", "ECS110", "ECS111"),
             "fargate-size"),
    Category("fargate-size-required", "E3048 Fargate needs task cpu and memory",
             "E3048 'Cpu'/'Memory' required",
             lambda h: h.rule == "E3048" and (_required("Cpu")(h) or _required("Memory")(h)),
             "ECS202", lambda f, doc: f["rule"] == "ECS202", "fargate-size"),
    Category("fargate-network-mode", "E3048 Fargate needs networkMode awsvpc",
             "E3048 at NetworkMode or 'NetworkMode' required",
             lambda h: h.rule == "E3048" and (h.pointer == "/networkMode" or _required("NetworkMode")(h)),
             "ECS201", lambda f, doc: f["rule"] == "ECS201", "fargate-properties"),
    Category("fargate-placement", "E3048 Fargate forbids placementConstraints",
             "E3048 at PlacementConstraints",
             lambda h: h.rule == "E3048" and h.pointer.startswith("/placementConstraints"),
             "ECS212", lambda f, doc: f["rule"] == "ECS212", "fargate-properties"),
    Category("fargate-log-driver", "E3048 Fargate log drivers",
             "E3048 at LogDriver", lambda h: h.rule == "E3048" and h.pointer.endswith("/logDriver"),
             "ECS213", lambda f, doc: f["rule"] == "ECS213", "fargate-properties"),
    Category("fargate-parameters", "E3048 Fargate-unsupported parameters",
             "none (no E3048 part)",
             lambda h: h.rule == "E3048" and not (
                 h.pointer in ("/cpu", "/networkMode") or h.pointer.startswith("/placementConstraints")
                 or h.pointer.endswith("/logDriver") or _required("Cpu")(h) or _required("Memory")(h)
                 or _required("NetworkMode")(h)),
             "ECS210 ECS211, ECS319 on Fargate",
             lambda f, doc: f["rule"] in ("ECS210", "ECS211") or (f["rule"] == "ECS319" and _is_fargate(doc)),
             "fargate-properties"),
    Category("awsvpc-host-port", "E3053 awsvpc hostPort = containerPort",
             "E3053", lambda h: h.rule == "E3053",
             "ECS301", lambda f, doc: f["rule"] == "ECS301", "ports"),
    Category("awslogs-required", "E3046 awslogs needs group and region",
             "E3046 required", lambda h: h.rule == "E3046" and h.message.endswith("is a required property"),
             "ECS801", lambda f, doc: f["rule"] == "ECS801", "awslogs"),
    Category("awslogs-option-names", "E3046 awslogs option names",
             "E3046 not one of", lambda h: h.rule == "E3046" and "is not one of" in h.message,
             "ECS805", lambda f, doc: f["rule"] == "ECS805", "awslogs"),
    Category("essential", "E3042 an essential container",
             "E3042", lambda h: h.rule == "E3042",
             "ECS501", lambda f, doc: f["rule"] == "ECS501", "essential"),
    Category("execution-role-arn", "E1156/E3511 executionRoleArn",
             "E1156, E3511 at ExecutionRoleArn",
             lambda h: h.rule in ("E1156", "E3511") and h.pointer == "/executionRoleArn",
             "ECS600 ECS601 at executionRoleArn",
             lambda f, doc: f["rule"] in ("ECS600", "ECS601") and f["pointer"] == "/executionRoleArn", "roles"),
    Category("task-role-arn", "E1156 taskRoleArn",
             "E1156 at TaskRoleArn", lambda h: h.rule == "E1156" and h.pointer == "/taskRoleArn",
             "ECS600 ECS601 at taskRoleArn",
             lambda f, doc: f["rule"] in ("ECS600", "ECS601") and f["pointer"] == "/taskRoleArn", "roles"),
]
CATEGORY_BY_KEY = {c.key: c for c in CATEGORIES}


# ---------------------------------------------------------------------------
# 4. The corpus

# kind: "task" (compared as it is), "describe" (the task definition inside describe output),
# "template" (one AWS::ECS::TaskDefinition resource of a sample template; source holds its
# logical id and the CFN->API path map; document is the camelCase view of its properties).
Input = collections.namedtuple("Input", "label group path index document kind source")

ACCOUNT = "111122223333"
EXECUTION_ROLE = f"arn:aws:iam::{ACCOUNT}:role/ecsTaskExecutionRole"
IMAGE = f"{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2"
AWSLOGS = {"logDriver": "awslogs",
           "options": {"awslogs-group": "/ecs/app", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app"}}


def container(name="app", **members):
    """A container that passes the overlapping checks, with members added or replaced
    (a member given as None is removed)."""
    body = {"name": name, "image": IMAGE, "essential": True,
            "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
            "logConfiguration": copy.deepcopy(AWSLOGS)}
    for key, value in members.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return body


def fargate(**members):
    """A Fargate task definition that passes the overlapping checks, edited like container()."""
    doc = {"family": "agreement", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
           "cpu": "256", "memory": "512", "executionRoleArn": EXECUTION_ROLE,
           "containerDefinitions": [container()]}
    return _edit(doc, members)


def ec2(**members):
    """An EC2 task definition (bridge mode) that passes the overlapping checks."""
    doc = {"family": "agreement", "requiresCompatibilities": ["EC2"], "networkMode": "bridge",
           "executionRoleArn": EXECUTION_ROLE,
           "containerDefinitions": [container(memory=512, portMappings=[{"containerPort": 8080, "hostPort": 0}])]}
    return _edit(doc, members)


def _edit(doc, members):
    for key, value in members.items():
        if value is None:
            doc.pop(key, None)
        else:
            doc[key] = value
    return doc


# Fargate sizes, as the table stands (32 vCPU included; cfn-lint 1.51.0 predates it).
FARGATE_ROWS = {
    256: [512, 1024, 2048],
    512: list(range(1024, 4096 + 1, 1024)),
    1024: list(range(2048, 8192 + 1, 1024)),
    2048: list(range(4096, 16384 + 1, 1024)),
    4096: list(range(8192, 30720 + 1, 1024)),
    8192: list(range(16384, 61440 + 1, 4096)),
    16384: list(range(32768, 122880 + 1, 8192)),
    32768: [61440, 122880, 249856],
}
GRID_CPU = [128, 256, 512, 768, 1024, 2048, 3072, 4096, 8192, 16384, 32768]
GRID_MEMORY = [256, 512, 1024, 1536, 2048, 3072, 4096, 5120, 8192, 9216, 16384, 17408, 20480, 30720,
               31744, 32768, 40960, 61440, 65536, 122880, 131072, 249856]

# (cpu, memory) in the string and non-string forms people write.
SIZE_FORMS = [
    (".25 vCPU", "0.5 GB"), (".25 vCPU", "512"), ("0.25 vCPU", "512"), (".25 vCPU", "1GB"),
    (".5 vCPU", "1 GB"), (".5 vCPU", "4 GB"), (".5 vCPU", "5 GB"), ("0.5 vCPU", "1024"),
    ("1 vCPU", "2 GB"), ("1 vcpu", "2GB"), ("1vCPU", "2 GB"), ("1 VCPU", "2 GB"), ("1 vCPU", "2gb"),
    ("1 vCPU", "2048"), ("1024", "2 GB"), ("1 vCPU", "9 GB"), ("1 vCPU", "1 GB"), ("1 vCPU", "2 GiB"),
    ("1 vCPU", "2048 MiB"), ("1 vCPU", "2048 MB"), ("1 vCPU", "2.0 GB"), ("1 vCPU", "1.5 GB"),
    ("2 vCPU", "4 GB"), ("2 vCPU", "16 GB"), ("2 vCPU", "17 GB"), ("3 vCPU", "8 GB"),
    ("4 vCPU", "8 GB"), ("4 vCPU", "30 GB"), ("4 vCPU", "31 GB"),
    ("8 vCPU", "16 GB"), ("8 vCPU", "20 GB"), ("8 vCPU", "17 GB"), ("8 vCPU", "60 GB"),
    ("16 vCPU", "32 GB"), ("16 vCPU", "120 GB"), ("16 vCPU", "36 GB"),
    ("32 vCPU", "60 GB"), ("32 vCPU", "120 GB"), ("32 vCPU", "244 GB"), ("32 vCPU", "64 GB"),
    (" 256", "512"), ("256 ", "512"), ("256", " 512"), ("1024.0", "2048"), ("1024", "2048.0"),
    ("0256", "512"), ("1e3", "2048"), ("banana", "512"), ("256", "banana"), ("", "512"), ("256", ""),
    ("-256", "512"), ("256", "-512"), ("0", "0"),
    (256, 512), (256, "512"), ("256", 512), (1024, 4096), (256, 4096), (256.0, 512.0), (True, 512),
]


def size_variants():
    out = []
    pairs = [(c, m) for c in GRID_CPU for m in GRID_MEMORY]
    pairs += [(c, m) for c, row in FARGATE_ROWS.items() for m in row if (c, m) not in pairs]
    for cpu, memory in pairs:
        out.append((f"fargate grid cpu {cpu} memory {memory}", fargate(cpu=str(cpu), memory=str(memory))))
    for cpu, memory in SIZE_FORMS:
        out.append((f"fargate cpu {cpu!r} memory {memory!r}", fargate(cpu=cpu, memory=memory)))
    windows = {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"}
    for cpu, memory in [("256", "512"), ("512", "1024"), ("1024", "2048"), ("2048", "4096"), ("4096", "8192"),
                        ("8192", "16384"), ("1 vCPU", "2 GB"), ("1024", "1024")]:
        out.append((f"fargate windows cpu {cpu} memory {memory}",
                    fargate(cpu=cpu, memory=memory, runtimePlatform=windows)))
    out.append(("fargate arm64 cpu 256 memory 512",
                fargate(runtimePlatform={"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"})))
    # Missing sizes (E3048 required / ECS202), on Fargate and elsewhere.
    out += [("fargate no cpu", fargate(cpu=None)), ("fargate no memory", fargate(memory=None)),
            ("fargate no cpu no memory", fargate(cpu=None, memory=None)),
            ("fargate no cpu, memory 4096", fargate(cpu=None, memory="4096")),
            ("fargate cpu 300, no memory", fargate(cpu="300", memory=None)),
            ("fargate no cpu, container sizes",
             fargate(cpu=None, memory=None, containerDefinitions=[container(cpu=256, memory=512)])),
            ("ec2 no cpu no memory", ec2()),
            ("fargate+ec2 no cpu", fargate(cpu=None, requiresCompatibilities=["EC2", "FARGATE"]))]
    # Not on Fargate: the Fargate table does not apply.
    for compat in (["EC2"], ["EXTERNAL"], None):
        for cpu, memory in [("256", "4096"), ("128", "256"), ("3072", "5120"), ("1 vCPU", "9 GB")]:
            out.append((f"{compat or 'no compatibilities'} cpu {cpu} memory {memory}",
                        ec2(requiresCompatibilities=compat, cpu=cpu, memory=memory)))
    for cpu, memory in [("256", "512"), ("256", "4096"), ("32768", "61440"), ("1 vCPU", "9 GB")]:
        out.append((f"fargate+ec2 cpu {cpu} memory {memory}",
                    fargate(requiresCompatibilities=["EC2", "FARGATE"], cpu=cpu, memory=memory)))
    return out


NETWORK_MODES = ["awsvpc", "host", "bridge", "none", None]
PORT_MAPPINGS = [
    ("containerPort only", [{"containerPort": 8080}]),
    ("equal ports", [{"containerPort": 8080, "hostPort": 8080}]),
    ("hostPort 80 for 8080", [{"containerPort": 8080, "hostPort": 80}]),
    ("hostPort 0", [{"containerPort": 8080, "hostPort": 0}]),
    ("hostPort 8081 udp", [{"containerPort": 8080, "hostPort": 8081, "protocol": "udp"}]),
    ("second mapping differs", [{"containerPort": 8080, "hostPort": 8080}, {"containerPort": 9090, "hostPort": 9091}]),
    ("hostPort only", [{"hostPort": 8080}]),
    ("string hostPort equal", [{"containerPort": 8080, "hostPort": "8080"}]),
    ("string hostPort differs", [{"containerPort": 8080, "hostPort": "80"}]),
    ("string containerPort equal", [{"containerPort": "8080", "hostPort": 8080}]),
    ("string containerPort differs", [{"containerPort": "8080", "hostPort": 80}]),
    ("null hostPort", [{"containerPort": 8080, "hostPort": None}]),
    ("port range", [{"containerPortRange": "8000-8010"}]),
    ("port range with hostPort", [{"containerPortRange": "8000-8010", "hostPort": 8000}]),
]


def port_variants():
    out = []
    for mode in NETWORK_MODES:
        for label, mappings in PORT_MAPPINGS:
            base = ec2(networkMode=mode, containerDefinitions=[
                container(memory=512, portMappings=copy.deepcopy(mappings))])
            out.append((f"ec2 networkMode {mode} {label}", base))
        two = ec2(networkMode=mode, containerDefinitions=[
            container(memory=512, portMappings=[{"containerPort": 8080, "hostPort": 8080}]),
            container("sidecar", memory=128, essential=False,
                      portMappings=[{"containerPort": 9000, "hostPort": 9001}])])
        out.append((f"ec2 networkMode {mode} second container differs", two))
    for label, mappings in PORT_MAPPINGS[:6]:
        out.append((f"fargate {label}",
                    fargate(containerDefinitions=[container(portMappings=copy.deepcopy(mappings))])))
        out.append((f"fargate no networkMode {label}",
                    fargate(networkMode=None, containerDefinitions=[container(portMappings=copy.deepcopy(mappings))])))
    return out


def fargate_property_variants():
    out = []
    for mode in ["awsvpc", "bridge", "host", "none", None, "AWSVPC", "bogus"]:
        out.append((f"fargate networkMode {mode}", fargate(networkMode=mode)))
        out.append((f"ec2 networkMode {mode}", ec2(networkMode=mode)))
    out.append(("fargate+ec2 networkMode bridge",
                fargate(requiresCompatibilities=["EC2", "FARGATE"], networkMode="bridge")))
    out.append(("external networkMode bridge", ec2(requiresCompatibilities=["EXTERNAL"])))
    out.append(("managed instances networkMode host",
                ec2(requiresCompatibilities=["MANAGED_INSTANCES"], networkMode="host")))
    constraint = [{"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"}]
    out += [("fargate placementConstraints", fargate(placementConstraints=constraint)),
            ("fargate placementConstraints empty", fargate(placementConstraints=[])),
            ("ec2 placementConstraints", ec2(placementConstraints=constraint)),
            ("fargate+ec2 placementConstraints", fargate(requiresCompatibilities=["EC2", "FARGATE"],
                                                          placementConstraints=constraint))]
    drivers = {
        "awslogs": AWSLOGS,
        "splunk": {"logDriver": "splunk", "options": {"splunk-url": "https://splunk.example.com:8088"},
                   "secretOptions": [{"name": "splunk-token",
                                      "valueFrom": f"arn:aws:secretsmanager:us-east-1:{ACCOUNT}:"
                                                   "secret:splunk-AbCdEf"}]},
        "awsfirelens": {"logDriver": "awsfirelens", "options": {"Name": "cloudwatch_logs", "region": "us-east-1"}},
        "fluentd": {"logDriver": "fluentd", "options": {"fluentd-address": "localhost:24224"}},
        "gelf": {"logDriver": "gelf", "options": {"gelf-address": "udp://localhost:12201"}},
        "json-file": {"logDriver": "json-file"},
        "journald": {"logDriver": "journald"},
        "syslog": {"logDriver": "syslog"},
        "awslogs-uppercase": {"logDriver": "AWSLOGS", "options": AWSLOGS["options"]},
        "bogus": {"logDriver": "bogus"},
    }
    router = container("log_router", essential=True, logConfiguration=copy.deepcopy(AWSLOGS), portMappings=None,
                       firelensConfiguration={"type": "fluentbit"})
    for name, configuration in drivers.items():
        containers = [container(logConfiguration=copy.deepcopy(configuration))]
        if configuration["logDriver"] == "awsfirelens":
            containers.append(copy.deepcopy(router))
        out.append((f"fargate logDriver {name}", fargate(containerDefinitions=containers)))
        if name in ("fluentd", "json-file", "awsfirelens"):
            ec2_containers = copy.deepcopy(containers)
            for c in ec2_containers:
                c["memory"] = 256
            out.append((f"ec2 logDriver {name}", ec2(containerDefinitions=ec2_containers)))
    out.append(("fargate second container logs with syslog", fargate(containerDefinitions=[
        container(),
        container("sidecar", essential=False, portMappings=None, logConfiguration={"logDriver": "syslog"})])))
    # Parameters the Fargate documentation lists as unsupported (cfn-lint has no check for them).
    task_level = {
        "ipcMode host": {"ipcMode": "host"}, "ipcMode task": {"ipcMode": "task"}, "ipcMode none": {"ipcMode": "none"},
        "pidMode host": {"pidMode": "host"}, "pidMode task": {"pidMode": "task"},
        "host sourcePath volume": {"volumes": [{"name": "data", "host": {"sourcePath": "/var/data"}}]},
        "docker volume": {"volumes": [{"name": "data",
                                       "dockerVolumeConfiguration": {"scope": "task", "driver": "local"}}]},
        "bind-mount volume": {"volumes": [{"name": "scratch", "host": {}}]},
        "inferenceAccelerators": {"inferenceAccelerators": [{"deviceName": "device1", "deviceType": "eia2.medium"}]},
    }
    for label, members in task_level.items():
        out.append((f"fargate {label}", fargate(**copy.deepcopy(members))))
        if label in ("ipcMode host", "host sourcePath volume", "pidMode host"):
            out.append((f"ec2 {label}", ec2(**copy.deepcopy(members))))
    container_level = {
        "privileged true": {"privileged": True}, "privileged false": {"privileged": False},
        "disableNetworking true": {"disableNetworking": True},
        "dnsServers": {"dnsServers": ["10.0.0.2"]}, "dnsSearchDomains": {"dnsSearchDomains": ["example.com"]},
        "dockerSecurityOptions": {"dockerSecurityOptions": ["no-new-privileges"]},
        "extraHosts": {"extraHosts": [{"hostname": "db", "ipAddress": "10.0.0.5"}]},
        "GPU": {"resourceRequirements": [{"type": "GPU", "value": "1"}]},
        "devices": {"linuxParameters": {"devices": [{"hostPath": "/dev/fuse", "containerPath": "/dev/fuse"}]}},
        "tmpfs": {"linuxParameters": {"tmpfs": [{"containerPath": "/tmp", "size": 64}]}},
        "sharedMemorySize": {"linuxParameters": {"sharedMemorySize": 64}},
        "maxSwap": {"linuxParameters": {"maxSwap": 512}},
        "swappiness": {"linuxParameters": {"swappiness": 10}},
        "capability NET_ADMIN": {"linuxParameters": {"capabilities": {"add": ["NET_ADMIN"]}}},
        "capability SYS_PTRACE": {"linuxParameters": {"capabilities": {"add": ["SYS_PTRACE"]}}},
        "initProcessEnabled": {"linuxParameters": {"initProcessEnabled": True}},
    }
    out.append(("fargate container links", fargate(containerDefinitions=[
        container(links=["db"]), container("db", essential=False, portMappings=None)])))
    out.append(("ec2 container links", ec2(containerDefinitions=[
        container(memory=512, links=["db"]), container("db", memory=256, essential=False, portMappings=None)])))
    for label, members in container_level.items():
        out.append((f"fargate container {label}", fargate(containerDefinitions=[container(**copy.deepcopy(members))])))
        if label in ("privileged true", "devices"):
            out.append((f"ec2 container {label}",
                        ec2(containerDefinitions=[container(memory=512, **copy.deepcopy(members))])))
    return out


AWSLOGS_OPTION_SETS = [
    ("no options", None),
    ("empty options", {}),
    ("group only", {"awslogs-group": "/ecs/app"}),
    ("region only", {"awslogs-region": "us-east-1"}),
    ("group and region", {"awslogs-group": "/ecs/app", "awslogs-region": "us-east-1"}),
    ("stream prefix only", {"awslogs-stream-prefix": "app"}),
    ("all documented options", {"awslogs-group": "/ecs/app", "awslogs-region": "us-east-1",
                                "awslogs-stream-prefix": "app", "awslogs-create-group": "true",
                                "awslogs-datetime-format": "%Y-%m-%d", "mode": "non-blocking",
                                "max-buffer-size": "25m"}),
    ("multiline pattern", {"awslogs-group": "/ecs/app", "awslogs-region": "us-east-1",
                           "awslogs-stream-prefix": "app", "awslogs-multiline-pattern": "^INFO"}),
    ("empty group", {"awslogs-group": "", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app"}),
    ("empty region", {"awslogs-group": "/ecs/app", "awslogs-region": "", "awslogs-stream-prefix": "app"}),
    ("group ARN", {"awslogs-group": f"arn:aws:logs:us-east-1:{ACCOUNT}:log-group:/ecs/app",
                   "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app"}),
    ("underscore typo", {"awslogs_group": "/ecs/app", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app"}),
    ("capitalised name", {"Awslogs-Group": "/ecs/app", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app"}),
]
AWSLOGS_EXTRA_OPTIONS = ["awslogs-endpoint", "awslogs-credentials-endpoint", "awslogs-force-flush-interval-seconds",
                         "awslogs-max-buffered-events", "awslogs-format", "awslogs-tag", "tag", "bogus-option"]


def awslogs_variants():
    out = []
    for label, options in AWSLOGS_OPTION_SETS:
        configuration = {"logDriver": "awslogs"}
        if options is not None:
            configuration["options"] = copy.deepcopy(options)
        out.append((f"fargate awslogs {label}",
                    fargate(containerDefinitions=[container(logConfiguration=copy.deepcopy(configuration))])))
        out.append((f"ec2 awslogs {label}",
                    ec2(containerDefinitions=[container(memory=512, logConfiguration=copy.deepcopy(configuration))])))
    for name in AWSLOGS_EXTRA_OPTIONS:
        options = dict(AWSLOGS["options"], **{name: "x"})
        out.append((f"ec2 awslogs option {name}",
                    ec2(containerDefinitions=[container(memory=512, logConfiguration={"logDriver": "awslogs",
                                                                                      "options": options})])))
    out.append(("ec2 awslogs null options", ec2(containerDefinitions=[
        container(memory=512, logConfiguration={"logDriver": "awslogs", "options": None})])))
    out.append(("ec2 AWSLOGS without options", ec2(containerDefinitions=[
        container(memory=512, logConfiguration={"logDriver": "AWSLOGS"})])))
    out.append(("ec2 second container awslogs without region", ec2(containerDefinitions=[
        container(memory=512), container("sidecar", memory=128, essential=False, portMappings=None,
                                         logConfiguration={"logDriver": "awslogs",
                                                           "options": {"awslogs-group": "/ecs/x"}})])))
    out.append(("ec2 fluentd without options", ec2(containerDefinitions=[
        container(memory=512, logConfiguration={"logDriver": "fluentd"})])))
    return out


ESSENTIAL_SETS = [
    ("true", [True]), ("false", [False]), ("absent", [None]),
    ("false false", [False, False]), ("false true", [False, True]), ("false absent", [False, None]),
    ("absent absent", [None, None]), ("false false false", [False, False, False]),
    ("string false", ["false"]), ("string true", ["true"]), ("null", ["null"]), ("zero", [0]),
    ("string false, false", ["false", False]),
]


def essential_variants():
    out = []
    for label, flags in ESSENTIAL_SETS:
        for kind, build in (("fargate", fargate), ("ec2", ec2)):
            containers = []
            for index, flag in enumerate(flags):
                body = container("app" if index == 0 else f"sidecar{index}",
                                 portMappings=[{"containerPort": 8080 + index}] if kind == "fargate"
                                 else [{"containerPort": 8080 + index, "hostPort": 0}])
                if kind == "ec2":
                    body["memory"] = 256
                if flag is None:
                    del body["essential"]
                elif flag == "null":
                    body["essential"] = None
                else:
                    body["essential"] = flag
                containers.append(body)
            out.append((f"{kind} essential {label}", build(containerDefinitions=containers)))
    return out


ROLE_VALUES = [
    ("valid", f"arn:aws:iam::{ACCOUNT}:role/ecsTaskExecutionRole"),
    ("valid with path", f"arn:aws:iam::{ACCOUNT}:role/service-role/ecs/app-role"),
    ("valid special characters", f"arn:aws:iam::{ACCOUNT}:role/app+role=x,y.z@w_v-u"),
    ("aws-cn", f"arn:aws-cn:iam::{ACCOUNT}:role/app"),
    ("aws-us-gov", f"arn:aws-us-gov:iam::{ACCOUNT}:role/app"),
    ("aws-iso", f"arn:aws-iso:iam::{ACCOUNT}:role/app"),
    ("aws-iso-b", f"arn:aws-iso-b:iam::{ACCOUNT}:role/app"),
    ("aws-eusc", f"arn:aws-eusc:iam::{ACCOUNT}:role/app"),
    ("unknown partition aws-mars", f"arn:aws-mars:iam::{ACCOUNT}:role/app"),
    ("partition azure", f"arn:azure:iam::{ACCOUNT}:role/app"),
    ("empty partition", f"arn::iam::{ACCOUNT}:role/app"),
    ("example account", "arn:aws:iam::123456789012:role/app"),
    ("account 11 digits", "arn:aws:iam::12345678901:role/app"),
    ("account 13 digits", "arn:aws:iam::1234567890123:role/app"),
    ("account with letters", "arn:aws:iam::12345678901a:role/app"),
    ("account missing", "arn:aws:iam:::role/app"),
    ("region given", f"arn:aws:iam:us-east-1:{ACCOUNT}:role/app"),
    ("service sts", f"arn:aws:sts::{ACCOUNT}:role/app"),
    ("assumed-role", f"arn:aws:sts::{ACCOUNT}:assumed-role/app/session"),
    ("user", f"arn:aws:iam::{ACCOUNT}:user/app"),
    ("instance profile", f"arn:aws:iam::{ACCOUNT}:instance-profile/app"),
    ("policy", f"arn:aws:iam::{ACCOUNT}:policy/app"),
    ("role without name", f"arn:aws:iam::{ACCOUNT}:role/"),
    ("role path without name", f"arn:aws:iam::{ACCOUNT}:role/path/"),
    ("role with double slash", f"arn:aws:iam::{ACCOUNT}:role//app"),
    ("name with space", f"arn:aws:iam::{ACCOUNT}:role/app role"),
    ("name with !", f"arn:aws:iam::{ACCOUNT}:role/app!"),
    ("name with #", f"arn:aws:iam::{ACCOUNT}:role/app#1"),
    ("name with non-ASCII", f"arn:aws:iam::{ACCOUNT}:role/r\u00f4le"),
    ("name of 64 characters", f"arn:aws:iam::{ACCOUNT}:role/" + "r" * 64),
    ("name of 65 characters", f"arn:aws:iam::{ACCOUNT}:role/" + "r" * 65),
    ("path of 600 characters", f"arn:aws:iam::{ACCOUNT}:role/" + "p/" * 300 + "app"),
    ("uppercase ARN prefix", f"ARN:AWS:IAM::{ACCOUNT}:ROLE/app"),
    ("uppercase Role", f"arn:aws:iam::{ACCOUNT}:Role/app"),
    ("leading space", f" arn:aws:iam::{ACCOUNT}:role/app"),
    ("trailing newline", f"arn:aws:iam::{ACCOUNT}:role/app\n"),
    ("short role name", "ecsTaskExecutionRole"),
    ("short name with path", "service-role/app"),
    ("short name with space", "my role"),
    ("empty string", ""),
    ("placeholder account", "arn:aws:iam::<account-id>:role/app"),
    ("template placeholder", "arn:aws:iam::${AWS_ACCOUNT_ID}:role/app"),
    ("number", 111122223333),
]


def role_variants():
    out = []
    for field in ("executionRoleArn", "taskRoleArn"):
        for label, value in ROLE_VALUES:
            out.append((f"ec2 {field} {label}", ec2(**{field: value})))
    out.append(("fargate both roles valid", fargate(taskRoleArn=f"arn:aws:iam::{ACCOUNT}:role/app-task")))
    out.append(("fargate both roles invalid", fargate(taskRoleArn="arn:aws:iam::1:role/x",
                                                      executionRoleArn="arn:aws:iam::1:role/y")))
    return out


GROUPS = [("fargate-size", size_variants), ("ports", port_variants), ("fargate-properties", fargate_property_variants),
          ("awslogs", awslogs_variants), ("essential", essential_variants), ("roles", role_variants)]


def _slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _yaml_text(document):
    """The document as YAML when it reads back identically under the YAML 1.2 core schema
    (as ecslint reads YAML), else None."""
    if yaml is None:
        return None
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1000)
    try:
        back = agreement_corpus.load_yaml_core(text)
    except Exception:  # noqa: BLE001 - any failure means: write JSON instead
        return None
    return text if back == [document] else None


def _is_template(document):
    return isinstance(document, dict) and isinstance(document.get("Resources"), dict)


def _is_describe_output(document):
    return isinstance(document, dict) and isinstance(document.get("taskDefinition"), dict) \
        and "containerDefinitions" not in document


def sample_inputs(mapper):
    """(inputs, skipped) for every document of samples/**/*.json|yaml|yml.

    A task definition is compared as it is; describe-task-definition output
    (`{"taskDefinition": {...}}`) by its inner task definition, as ecslint lints it; a
    CloudFormation template by each of its AWS::ECS::TaskDefinition resources (cfn-lint
    lints the template file itself, intrinsic functions included). Service and run-task
    requests are not task definitions and are skipped. A list of container
    definitions (ECS015) has no task around it, so the task-level checks compared here do
    not apply: it is skipped, as are files that are not JSON/YAML.
    """
    from cfnlint.decode import decode_str
    inputs, skipped = [], []
    for entry in agreement_corpus.sample_inputs(ROOT / "samples"):
        if entry.documents is None:
            skipped.append(f"{entry.label}: {entry.skip_reason}")
            continue
        for index, document in enumerate(entry.documents):
            label = entry.label + (f" (document {index})" if len(entry.documents) > 1 else "")
            if _is_template(document):
                if len(entry.documents) > 1:
                    skipped.append(f"{label}: a template in a multi-document stream")
                    continue
                template, _ = decode_str(pathlib.Path(entry.path).read_text(encoding="utf-8-sig"))
                for logical_id, resource in (template or {}).get("Resources", {}).items():
                    if isinstance(resource, dict) and resource.get("Type") == RESOURCE_TYPE:
                        api, pathmap = to_api(resource.get("Properties") or {}, mapper)
                        inputs.append(Input(f"{label} resource {logical_id}", "samples", entry.path, index, api,
                                            "template", (logical_id, pathmap)))
            elif agreement_corpus.service_kind(document) is not None:
                skipped.append(f"{label}: a {agreement_corpus.service_kind(document)} request, not a task definition "
                               "(compared in cfnlint_service_harness)")
            elif _is_describe_output(document):
                inputs.append(Input(label, "samples", entry.path, index, document["taskDefinition"], "describe", None))
            elif isinstance(document, dict):
                inputs.append(Input(label, "samples", entry.path, index, document, "task", None))
            elif isinstance(document, list):
                skipped.append(f"{label}: a list of container definitions without a task (ecslint ECS015)")
            else:
                skipped.append(f"{label}: not an object")
    return inputs, skipped


def generated_inputs(directory):
    """Writes every generated variant to `directory` (every fifth as YAML) and returns the inputs."""
    directory = pathlib.Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    inputs, number = [], 0
    for group, build in GROUPS:
        for label, document in build():
            number += 1
            stem = directory / f"{number:04d}-{_slug(label)}"
            text = _yaml_text(document) if number % 5 == 0 else None
            path = stem.with_suffix(".yaml") if text is not None else stem.with_suffix(".json")
            path.write_text(text if text is not None else json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
            inputs.append(Input(label, group, str(path), 0, document, "task", None))
    labels = [i.label for i in inputs]
    duplicates = sorted({label for label in labels if labels.count(label) > 1})
    if duplicates:
        raise ValueError(f"duplicate variant labels: {duplicates}")
    return inputs


# ---------------------------------------------------------------------------
# 5. Expected divergences

Divergence = collections.namedtuple("Divergence", "key category direction reason applies")
ONLY_CFN, ONLY_ECSLINT = "only cfn-lint", "only ecslint"

# What an explanation may look at: the task definition (camelCase), the hits of the
# category on both sides, and every finding of both tools for the input.
Case = collections.namedtuple("Case", "document cfn_hits ecslint_hits cfn_all ecslint_all")


def _findings(case, rules, pointer=None):
    """ecslint findings of `case` with one of `rules` (at `pointer`, or under it when it ends in /)."""
    def at(f):
        if pointer is None:
            return True
        return f["pointer"].startswith(pointer) if pointer.endswith("/") else f["pointer"] == pointer
    return [f for f in case.ecslint_all if f["rule"] in rules and at(f)]


def _containers(document):
    containers = document.get("containerDefinitions")
    return [c for c in containers if isinstance(c, dict)] if isinstance(containers, list) else []


def _cfn_pointers(case):
    return {hit.pointer for hit in case.cfn_hits}


def _role_values(case):
    """The role ARN values the category's hits (either side) are about."""
    pointers = _cfn_pointers(case) | {f["pointer"] for f in case.ecslint_hits}
    return [case.document.get(p[1:]) for p in pointers if p in ("/executionRoleArn", "/taskRoleArn")]


IAM_NAME = re.compile(r"^[A-Za-z0-9+=,.@_-]+$")
# Options of Docker's awslogs driver (github.com/moby/moby daemon/logger/awslogs) beyond the
# eight that cfn-lint's E3046 lists; ECS hands the options to that driver.
DOCKER_AWSLOGS_OPTIONS = {"awslogs-endpoint", "awslogs-credentials-endpoint", "awslogs-force-flush-interval-seconds",
                          "awslogs-max-buffered-events", "awslogs-format", "tag", "awslogs-create-stream",
                          "awslogs-stream", "awslogs-datetime-as-event-time", "awslogs-datetime-timezone"}

EXPECTED_DIVERGENCES = [
    # --- Fargate cpu/memory ------------------------------------------------------------
    Divergence(
        "fargate-32-vcpu", "fargate-cpu-memory", ONLY_CFN,
        "cfn-lint 1.51.0 predates the 32 vCPU Fargate size (cpu 32768 with 60, 120 or 244 GB; "
        "aws-cloudformation/cfn-lint PR #4668 added it later), so E3047/E3048 reject it. ecslint knows the row "
        "and reports only ECS205 (info: the size is newer than the botocore model ecslint was built from).",
        lambda c: bool(_findings(c, {"ECS205"}))),
    Divergence(
        "undocumented-size-form", "fargate-cpu-memory", ONLY_CFN,
        "ecslint reads forms such as '0.25 vCPU', '2 GiB', '2048 MiB', ' 256' or '1024.0' as a size, finds the "
        "pair valid and warns (ECS112) that the form is not one the ECS API documents, since whether ECS accepts "
        "it is unverified; cfn-lint's E3047/E3048 accept only digits or its exact '<n> vCPU' / '<n> GB' spellings.",
        lambda c: bool(_findings(c, {"ECS112"}, "/cpu") or _findings(c, {"ECS112"}, "/memory"))),
    Divergence(
        "decimal-or-padded-size", "fargate-cpu-memory", ONLY_CFN,
        "ecslint reads '2.0 GB' as 2048 MiB (decimal GB are documented: '0.5 GB') and '0256' as 256 units; "
        "cfn-lint's E3047 matches the text against fixed lists ((2|3|…)GB, enum '256'), so these spellings of "
        "valid pairs fail there.",
        lambda c: any(isinstance(v, str) and (re.fullmatch(r"\d+\.\d+ ?GB", v) or re.fullmatch(r"0\d+", v))
                      for v in (c.document.get("cpu"), c.document.get("memory")))),
    Divergence(
        "size-not-a-string", "fargate-cpu-memory", ONLY_CFN,
        "Task cpu/memory given as a JSON number or boolean: CloudFormation coerces it to a string, so cfn-lint "
        "judges the pair; the AWS CLI rejects the request before sending (botocore: invalid type), which ecslint "
        "reports as ECS006/ECS010 and does not evaluate the value further.",
        lambda c: bool(_findings(c, {"ECS006", "ECS010"}, "/cpu") or _findings(c, {"ECS006", "ECS010"}, "/memory"))),
    Divergence(
        "cpu-without-memory", "fargate-cpu-memory", ONLY_CFN,
        "Fargate task with cpu but no memory: cfn-lint's E3048 also checks the cpu value alone; ecslint reports "
        "the missing memory (ECS202) and judges cpu against the Fargate table only as a pair (ECS203).",
        lambda c: "memory" not in c.document and bool(_findings(c, {"ECS202"}))),
    Divergence(
        "windows-fargate-size", "fargate-cpu-memory", ONLY_ECSLINT,
        "cfn-lint ignores runtimePlatform: Windows tasks on Fargate are offered only 1, 2 and 4 vCPU, which "
        "ecslint checks (ECS204).",
        lambda c: str((c.document.get("runtimePlatform") or {}).get("operatingSystemFamily", "")).startswith("WINDOWS")
        and all(f["rule"] == "ECS204" for f in c.ecslint_hits)),
    Divergence(
        "template-placeholder", "fargate-cpu-memory", ONLY_CFN,
        "The value holds a template placeholder (${TASK_CPU}, {{ cpu }}): ecslint lists placeholders (ECS014) "
        "and does not check the values that hold them, since they are filled in before registration; cfn-lint "
        "checks the literal text.",
        lambda c: bool(_findings(c, {"ECS014"}))
        and any(isinstance(c.document.get(k), str) and re.search(r"\$\{|\{\{|<[^>]+>", c.document[k])
                for k in ("cpu", "memory"))),
    # --- Fargate task properties (E3048) ---------------------------------------------
    Divergence(
        "not-a-network-mode", "fargate-network-mode", ONLY_CFN,
        "networkMode is not a value the API knows ('AWSVPC', 'bogus'; enums are case-sensitive): ecslint reports "
        "it once as ECS008 (invalid enum value) and does not add the Fargate rule; cfn-lint reports E3030 and E3048.",
        lambda c: bool(_findings(c, {"ECS008"}, "/networkMode"))),
    Divergence(
        "empty-placement-constraints", "fargate-placement", ONLY_CFN,
        "cfn-lint's E3048 is written as `not: required: [PlacementConstraints]`, so an empty list is flagged too. "
        "An empty list constrains nothing; describe-task-definition returns \"placementConstraints\": [] for "
        "every task definition, Fargate ones included, so re-registered describe output carries it. ecslint "
        "(ECS212) flags only constraints that exist.",
        lambda c: c.document.get("placementConstraints") == []),
    Divergence(
        "not-a-log-driver", "fargate-log-driver", ONLY_CFN,
        "logDriver is not a value the API knows ('AWSLOGS', 'bogus'; case-sensitive): ecslint reports it once as "
        "ECS008 (invalid enum value) rather than again as ECS213; cfn-lint's E3048 enum catches it.",
        lambda c: all(_findings(c, {"ECS008"}, hit.pointer) for hit in c.cfn_hits)),
    Divergence(
        "fargate-parameters-unchecked", "fargate-parameters", ONLY_ECSLINT,
        "cfn-lint 1.51.0 has no check for the task and container parameters Fargate rejects (ipcMode, pidMode "
        "host, host sourcePath and Docker volumes, privileged, links, devices, tmpfs, sharedMemorySize, "
        "maxSwap/swappiness, added capabilities, DNS settings, extraHosts, GPUs, inferenceAccelerators): its "
        "E3048 covers only network mode, task size, placement constraints and log drivers (peers.md B1 lists "
        "Privileged and PidMode host on Fargate as not checked). ecslint reports them as ECS210/ECS211, and links "
        "(which need bridge mode) as ECS319.",
        lambda c: True),
    # --- Port mappings (E3053) -------------------------------------------------------
    Divergence(
        "host-network-mode", "awsvpc-host-port", ONLY_ECSLINT,
        "ECS requires hostPort to be absent or equal to containerPort in host mode as well as in awsvpc mode, and "
        "allows the dynamic hostPort 0 only in bridge mode; cfn-lint's E3053 checks awsvpc only.",
        lambda c: c.document.get("networkMode") == "host"),
    Divergence(
        "port-not-an-integer", "awsvpc-host-port", ONLY_CFN,
        "A port given as a JSON string ('80'): CloudFormation coerces it, so cfn-lint compares the ports; the AWS "
        "CLI rejects a string port before sending, which ecslint reports as ECS006 without comparing the value.",
        lambda c: all(_findings(c, {"ECS006"}, hit.pointer.rsplit("/", 1)[0] + "/") for hit in c.cfn_hits)),
    # --- awslogs (E3046) -------------------------------------------------------------
    Divergence(
        "empty-awslogs-option", "awslogs-required", ONLY_ECSLINT,
        "awslogs-group or awslogs-region is present but empty: ecslint (ECS801) treats an empty value as missing "
        "(the driver cannot log to an empty group or region); cfn-lint's E3046 `required` only checks that the "
        "key exists.",
        lambda c: any(((container.get("logConfiguration") or {}).get("options") or {}).get(k) == ""
                      for container in _containers(c.document) for k in ("awslogs-group", "awslogs-region"))),
    Divergence(
        "docker-awslogs-options", "awslogs-option-names", ONLY_CFN,
        "cfn-lint's E3046 allows only the eight options the ECS guide lists; ECS hands the options to Docker's "
        "awslogs driver, which also takes awslogs-endpoint, awslogs-credentials-endpoint, "
        "awslogs-force-flush-interval-seconds, awslogs-max-buffered-events, awslogs-format and tag. ecslint "
        "(ECS805) accepts the driver's options and flags only names the driver does not know.",
        lambda c: all(hit.pointer.rsplit("/", 1)[-1] in DOCKER_AWSLOGS_OPTIONS for hit in c.cfn_hits)),
    # --- Essential container (E3042) -------------------------------------------------
    Divergence(
        "e3042-never-fires", "essential", ONLY_ECSLINT,
        "Known cfn-lint 1.51.0 defect: E3042 binds its `contains` schema to each ContainerDefinitions item instead "
        "of the array, so it never fires, even when every container is \"essential\": false (peers.md B1; "
        "reworked in 1.51.3, then fixed for an omitted Essential by PR #4536, issue #4535). ECS rejects such a "
        "task (ECS501).",
        lambda c: bool(_containers(c.document)) and all(x.get("essential") is False for x in _containers(c.document))),
    # --- Role ARNs (E1156 / E3511) ---------------------------------------------------
    Divergence(
        "iam-name-structure", "execution-role-arn", ONLY_ECSLINT,
        "cfn-lint's patterns (`role/.+`, `role/[chars/]+`) do not model IAM names and paths: a role name of more "
        "than 64 characters, a path of more than 512, an empty path component (`role//x`) or an empty name "
        "(`role/path/`) pass there; ecslint (ECS600) rejects them.",
        lambda c: any(_iam_structure_problem(v) for v in _role_values(c))),
    Divergence(
        "iam-name-structure-task", "task-role-arn", ONLY_ECSLINT,
        "As for executionRoleArn: E1156's pattern `role/.+` accepts over-long names and paths and empty "
        "components; ecslint (ECS600) rejects them.",
        lambda c: any(_iam_structure_problem(v) for v in _role_values(c))),
    Divergence(
        "task-role-name-characters", "task-role-arn", ONLY_ECSLINT,
        "A taskRoleArn whose role name has characters IAM does not allow (space, '!', '#', 'ô'): E1156's pattern "
        "ends in `role/.+` and E3511, which checks the characters, covers only ExecutionRoleArn.",
        lambda c: any(isinstance(v, str) and v.startswith("arn:") and "role/" in v
                      and not IAM_NAME.match(v.rsplit("/", 1)[-1] or "x") for v in _role_values(c))),
    Divergence(
        "unknown-partition", "execution-role-arn", ONLY_ECSLINT,
        "cfn-lint's pattern accepts any partition spelled `aws[a-zA-Z-]*` ('aws-mars'); ecslint (ECS600) knows "
        "the real partitions (aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, …).",
        lambda c: any(isinstance(v, str) and v.startswith("arn:aws-mars:") for v in _role_values(c))),
    Divergence(
        "unknown-partition-task", "task-role-arn", ONLY_ECSLINT,
        "As for executionRoleArn: an unknown partition `aws-…` passes cfn-lint's pattern.",
        lambda c: any(isinstance(v, str) and v.startswith("arn:aws-mars:") for v in _role_values(c))),
    Divergence(
        "trailing-newline", "execution-role-arn", ONLY_ECSLINT,
        "cfn-lint defect: its patterns end in `$`, which in Python regular expressions also matches before a "
        "final newline, so an ARN ending in \"\\n\" passes; ecslint (ECS600) rejects the newline.",
        lambda c: any(isinstance(v, str) and v.endswith("\n") for v in _role_values(c))),
    Divergence(
        "trailing-newline-task", "task-role-arn", ONLY_ECSLINT,
        "cfn-lint defect, as for executionRoleArn: `$` matches before a final newline.",
        lambda c: any(isinstance(v, str) and v.endswith("\n") for v in _role_values(c))),
    Divergence(
        "short-role-name", "execution-role-arn", ONLY_CFN,
        "A bare role name ('ecsTaskExecutionRole'): documented as an ARN, but ECS resolves a bare name in the "
        "registering account (confirmed by AWS in aws-actions/amazon-ecs-render-task-definition#19), so ecslint "
        "only notes it (ECS602, info); cfn-lint's format AWS::IAM::Role.Arn requires a full ARN.",
        lambda c: bool(_findings(c, {"ECS602"}, "/executionRoleArn"))),
    Divergence(
        "short-role-name-task", "task-role-arn", ONLY_CFN,
        "A bare role name: the API documents taskRoleArn as \"the short name or full ARN of the IAM role\", so "
        "ecslint accepts it; cfn-lint's E1156 requires a full ARN.",
        lambda c: any(isinstance(v, str) and IAM_NAME.match(v) for v in _role_values(c))),
    Divergence(
        "role-placeholder", "execution-role-arn", ONLY_CFN,
        "The ARN holds a template placeholder (${AWS_ACCOUNT_ID}, {{ account_id }}, <account-id>): ecslint lists "
        "it (ECS014) and leaves the value unchecked until it is filled in; cfn-lint checks the literal text.",
        lambda c: bool(_findings(c, {"ECS014"})) and any(isinstance(v, str) and re.search(r"\$\{|\{\{|<[^>]+>", v)
                                                         for v in _role_values(c))),
    Divergence(
        "role-placeholder-task", "task-role-arn", ONLY_CFN,
        "As for executionRoleArn: a placeholder in the ARN is listed (ECS014), not checked.",
        lambda c: bool(_findings(c, {"ECS014"})) and any(isinstance(v, str) and re.search(r"\$\{|\{\{|<[^>]+>", v)
                                                         for v in _role_values(c))),
]


def _iam_structure_problem(value):
    """Whether a role ARN breaks IAM's name/path structure in a way cfn-lint's patterns let through."""
    if not isinstance(value, str) or ":role/" not in value:
        return False
    resource = value.split(":role/", 1)[1]
    path, _, name = resource.rpartition("/")
    return len(name) > 64 or len(path) + 2 > 512 or name == "" or "//" in "/" + resource


# ---------------------------------------------------------------------------
# 6. Comparison

Outcome = collections.namedtuple("Outcome", "input category cfn ecslint cfn_hits ecslint_hits explanation")


class Result:
    """Everything one run measured."""

    def __init__(self, cfn_version, ecslint_path, inputs, skipped, outcomes, stray):
        self.cfn_version = cfn_version
        self.ecslint_path = ecslint_path
        self.inputs = inputs
        self.skipped = skipped
        self.outcomes = outcomes
        self.stray = stray

    def rows(self):
        """Per category: (category, inputs, both, neither, only cfn-lint, only ecslint, explained,
        agreement %, aimed inputs, agreement % on the aimed inputs)."""
        rows = []
        for category in CATEGORIES:
            mine = [o for o in self.outcomes if o.category is category]
            aimed = [o for o in mine if o.input.group == category.group]
            both = sum(o.cfn and o.ecslint for o in mine)
            neither = sum(not o.cfn and not o.ecslint for o in mine)
            only_cfn = sum(o.cfn and not o.ecslint for o in mine)
            only_ecs = sum(o.ecslint and not o.cfn for o in mine)
            explained = sum(o.cfn != o.ecslint and o.explanation is not None for o in mine)
            rows.append((category, len(mine), both, neither, only_cfn, only_ecs, explained,
                         _percent(sum(o.cfn == o.ecslint for o in mine), len(mine)),
                         len(aimed), _percent(sum(o.cfn == o.ecslint for o in aimed), len(aimed))))
        return rows

    def divergences(self):
        return [o for o in self.outcomes if o.cfn != o.ecslint]

    def unexplained(self):
        return [o for o in self.divergences() if o.explanation is None]

    def unused_explanations(self):
        used = {o.explanation.key for o in self.divergences() if o.explanation is not None}
        return [d for d in EXPECTED_DIVERGENCES if d.key not in used]

    def table(self):
        """The agreement table in Markdown."""
        header = ("category", "cfn-lint", "ecslint", "inputs", "both flag", "neither", "only cfn-lint",
                  "only ecslint", "explained", "agreement", "aimed variants", "agreement on them")
        out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        for category, n, both, neither, only_cfn, only_ecs, explained, pct, aimed, aimed_pct in self.rows():
            cells = (category.title, category.cfn_rules, category.ecslint_rules, n, both, neither, only_cfn,
                     only_ecs, explained, f"{pct:.1f}%", aimed, f"{aimed_pct:.1f}%")
            out.append("| " + " | ".join(map(str, cells)) + " |")
        return "\n".join(out)

    def divergence_summary(self):
        """One line per expected divergence entry with the number of (input, category) pairs it explains."""
        counts = collections.Counter(o.explanation.key for o in self.divergences() if o.explanation)
        lines = []
        for d in EXPECTED_DIVERGENCES:
            lines.append(f"- [{d.category}, {d.direction}, {counts[d.key]}×] {d.key}: {d.reason}")
        return "\n".join(lines)


def _percent(part, whole):
    return 100.0 * part / whole if whole else 100.0


def describe(outcome):
    o = outcome
    theirs = "; ".join(f"{h.rule} {h.pointer or '/'} {h.message[:90]}" for h in o.cfn_hits) or "-"
    ours = "; ".join(f"{f['rule']} {f['pointer'] or '/'} {f['message'][:90]}" for f in o.ecslint_hits) or "-"
    direction = ONLY_CFN if o.cfn else ONLY_ECSLINT
    return (f"[{o.category.key}] {direction}: {o.input.label} ({o.input.path})\n"
            f"    cfn-lint: {theirs}\n    ecslint:  {ours}")


def explain(category, case):
    """The first expected divergence of the category and direction that applies to the case."""
    direction = ONLY_CFN if case.cfn_hits else ONLY_ECSLINT
    for divergence in EXPECTED_DIVERGENCES:
        if divergence.category == category.key and divergence.direction == direction and divergence.applies(case):
            return divergence
    return None


def _ecslint_findings(entry, findings):
    """The ecslint findings of one input, with pointers made relative to its task definition."""
    out = []
    for finding in findings:
        if finding.get("document", 0) != entry.index:
            continue
        pointer = finding.get("pointer") or ""
        if entry.kind == "describe":
            if not (pointer == "/taskDefinition" or pointer.startswith("/taskDefinition/")):
                continue
            pointer = pointer[len("/taskDefinition"):]
        elif entry.kind == "template":
            logical_id, pathmap = entry.source
            prefix = "/Resources/" + logical_id.replace("~", "~0").replace("/", "~1") + "/Properties"
            if not (pointer == prefix or pointer.startswith(prefix + "/")):
                continue
            tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer[len(prefix):].split("/")[1:]]
            pointer = map_back([int(t) if t.isdigit() else t for t in tokens], pathmap)
        out.append(dict(finding, pointer=pointer))
    return out


def run(directory, binary=None):
    """Builds the corpus in `directory`, runs both tools, compares. Returns a Result."""
    binary = binary or ecslint_binary()
    if not os.path.exists(binary):
        raise FileNotFoundError(f"ecslint binary not found at {binary}; build it or set ECSLINT")
    cfn = CfnLint()
    inputs, skipped = sample_inputs(cfn.mapper)
    inputs += generated_inputs(directory)
    # cfn-lint: task definitions wrapped, many per template; sample templates as they are.
    cfn_hits = [[] for _ in inputs]
    wrapped = [i for i, entry in enumerate(inputs) if entry.kind != "template"]
    results, stray = cfn.lint_documents([inputs[i].document for i in wrapped])
    for i, hits in zip(wrapped, results):
        cfn_hits[i] = hits
    templates = collections.defaultdict(dict)
    for i, entry in enumerate(inputs):
        if entry.kind == "template":
            templates[entry.path][entry.source[0]] = (i, entry.source[1])
    for path, pathmaps in sorted(templates.items()):
        for match in cfn.matches(pathlib.Path(path).read_text(encoding="utf-8-sig")):
            located = cfn.locate(match, pathmaps)
            if located is not None:
                cfn_hits[located[0]].append(located[1])
    defaults = pathlib.Path(directory) / "defaults.ecslint-config"
    defaults.write_text("{}\n", encoding="utf-8")  # an empty configuration: every rule at its default
    ecs_results = run_ecslint(sorted({entry.path for entry in inputs}), binary, defaults)
    outcomes = []
    for entry, hits in zip(inputs, cfn_hits):
        findings = ecs_results.get(os.path.realpath(entry.path))
        if findings is None:
            raise RuntimeError(f"ecslint reported nothing for {entry.path}")
        findings = _ecslint_findings(entry, findings)
        for category in CATEGORIES:
            theirs = [h for h in hits if category.cfn_match(h)]
            ours = [f for f in findings if category.ecslint_match(f, entry.document)]
            explanation = None
            if bool(theirs) != bool(ours):
                explanation = explain(category, Case(entry.document, theirs, ours, hits, findings))
            outcomes.append(Outcome(entry, category, bool(theirs), bool(ours), theirs, ours, explanation))
    return Result(cfn.version, binary, inputs, skipped, outcomes, stray)


def main(argv):
    details = "--details" in argv
    with tempfile.TemporaryDirectory(prefix="cfnlint-agreement-") as directory:
        result = run(directory)
        print(f"cfn-lint {result.cfn_version}, ecslint {result.ecslint_path}, "
              f"{len(result.inputs)} inputs ({sum(i.group == 'samples' for i in result.inputs)} sample documents), "
              f"{len(result.skipped)} skipped")
        print(result.table())
        print("\nExpected divergences:")
        print(result.divergence_summary())
        if details:
            print("\nAll divergences:")
            for outcome in result.divergences():
                print(describe(outcome) + (f"\n    => {outcome.explanation.key}" if outcome.explanation else ""))
        unexplained = result.unexplained()
        if unexplained:
            print(f"\n{len(unexplained)} UNEXPLAINED divergences:")
            for outcome in unexplained:
                print(describe(outcome))
        for d in result.unused_explanations():
            print(f"unused expected divergence: {d.key}")
        for hit in result.stray:
            print(f"cfn-lint finding outside the task definitions: {hit}")
        return 1 if unexplained or result.stray else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
