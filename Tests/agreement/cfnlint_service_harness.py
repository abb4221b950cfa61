"""cfn-lint and ecslint side by side on AWS::ECS::Service resources.

cfn-lint 1.51.0 has four rules about an `AWS::ECS::Service` and the task definition it
names: E3044 (a Fargate service, or one with the CODE_DEPLOY or EXTERNAL deployment
controller, must use the REPLICA scheduling strategy), E3049 (a container with a dynamic
host port behind a target group needs `HealthCheckPort: traffic-port` on the target group),
E3052 (an awsvpc task definition needs the service's `NetworkConfiguration`) and E3054 (a
Fargate service needs a task definition whose `RequiresCompatibilities` lists FARGATE when
its network mode is not awsvpc). Each is a category below, mapped to the ecslint rules
that make the same judgement.

The corpus is generated here (no file of cfn-lint's repository is used): for each category,
a grid of the settings the rule reads, each case an `AWS::ECS::TaskDefinition`, an
`AWS::ECS::Service` naming it by `Ref` or `Fn::GetAtt`, and for E3049 an
`AWS::ElasticLoadBalancingV2::TargetGroup`. Cases are packed into templates of up to 40,
with logical ids numbered by case, so both tools lint each template once. A case is
"flagged" by cfn-lint when a match of the category's rule falls in one of its resources,
and by ecslint when a finding of the mapped rules is labelled with its service.

Run: `ECSLINT=.build/debug/ecslint python3 Tests/agreement/cfnlint_service_harness.py`
(prints the table and every divergence with its reason).
"""
import collections
import dataclasses
import itertools
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CFN_LINT_VERSION = "1.51.0"
REGION = "us-east-1"
CASES_PER_TEMPLATE = 40
ONLY_CFN, ONLY_ECSLINT = "only cfn-lint", "only ecslint"


@dataclasses.dataclass(frozen=True)
class Category:
    key: str
    cfn_rules: tuple
    ecslint_rules: tuple
    what: str


CATEGORIES = [
    Category("fargate-compatibility", ("E3054",), ("ECS150",),
             "a Fargate service names a task definition that is not Fargate-compatible"),
    Category("network-configuration", ("E3052",), ("ECS152",),
             "an awsvpc task definition and a service without NetworkConfiguration"),
    Category("scheduling-strategy", ("E3044",), ("ECS165",),
             "DAEMON scheduling on Fargate or with the CODE_DEPLOY/EXTERNAL controller"),
    Category("dynamic-ports", ("E3049",), (),
             "a dynamic host port behind a target group whose HealthCheckPort is not traffic-port"),
]
CATEGORY_BY_KEY = {c.key: c for c in CATEGORIES}


@dataclasses.dataclass
class Case:
    category: str
    label: str
    settings: dict
    resources: dict  # logical id suffix -> resource, filled by build()


@dataclasses.dataclass(frozen=True)
class Divergence:
    key: str
    category: str
    direction: str
    applies: object  # settings -> bool
    reason: str


ABSENT = "(absent)"


def _set(properties, key, value):
    if value != ABSENT:
        properties[key] = value


def _reference(kind, logical_id):
    return {"Ref": logical_id} if kind == "Ref" else {"Fn::GetAtt": [logical_id, "TaskDefinitionArn"]}


def task_definition(settings, index):
    properties = {"Cpu": "256", "Memory": "512", "ContainerDefinitions": [{
        "Name": "app", "Image": "nginx:1.27", "Essential": True,
        "PortMappings": [{"ContainerPort": 80, "Protocol": "tcp"}]}]}
    _set(properties, "NetworkMode", settings.get("NetworkMode", ABSENT))
    _set(properties, "RequiresCompatibilities", settings.get("RequiresCompatibilities", ABSENT))
    host_port = settings.get("HostPort", ABSENT)
    if host_port != ABSENT:
        properties["ContainerDefinitions"][0]["PortMappings"][0]["HostPort"] = host_port
    return {"Type": "AWS::ECS::TaskDefinition", "Properties": properties}


def service(settings, index):
    properties = {"Cluster": "web", "TaskDefinition": _reference(settings.get("Reference", "Ref"), f"TaskDef{index}")}
    _set(properties, "LaunchType", settings.get("LaunchType", ABSENT))
    _set(properties, "SchedulingStrategy", settings.get("SchedulingStrategy", ABSENT))
    controller = settings.get("DeploymentController", ABSENT)
    if controller != ABSENT:
        properties["DeploymentController"] = {"Type": controller}
    if settings.get("NetworkConfiguration", True):
        properties["NetworkConfiguration"] = {"AwsvpcConfiguration": {
            "Subnets": ["subnet-0123456789abcdef0"], "SecurityGroups": ["sg-0123456789abcdef0"]}}
    if "TargetGroup" in settings:
        properties["LoadBalancers"] = [{"ContainerName": "app", "ContainerPort": 80,
                                        "TargetGroupArn": {"Ref": f"TargetGroup{index}"}}]
    return {"Type": "AWS::ECS::Service", "Properties": properties}


def target_group(settings):
    properties = {"Port": 80, "Protocol": "HTTP", "VpcId": "vpc-0123456789abcdef0", "TargetType": "instance"}
    _set(properties, "HealthCheckPort", settings["TargetGroup"])
    return {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": properties}


def _grid(category, **axes):
    names = list(axes)
    for values in itertools.product(*(axes[name] for name in names)):
        settings = dict(zip(names, values))
        label = ", ".join(f"{k}={json.dumps(v) if v != ABSENT else v}" for k, v in settings.items())
        yield Case(category, f"{category}: {label}", settings, {})


def cases():
    """Every case, in a fixed order."""
    modes = ["awsvpc", "bridge", "host", ABSENT]
    compatibilities = [["FARGATE"], ["EC2"], ["EC2", "FARGATE"], ABSENT]
    out = []
    out += _grid("fargate-compatibility", NetworkMode=modes, RequiresCompatibilities=compatibilities,
                 LaunchType=["FARGATE", "EC2", ABSENT], Reference=["Ref", "GetAtt"])
    out += _grid("network-configuration", NetworkMode=modes, RequiresCompatibilities=[["FARGATE"], ["EC2"], ABSENT],
                 LaunchType=["FARGATE", "EC2", ABSENT], NetworkConfiguration=[True, False])
    out += _grid("scheduling-strategy", SchedulingStrategy=["REPLICA", "DAEMON", ABSENT],
                 LaunchType=["FARGATE", "EC2", ABSENT], DeploymentController=["ECS", "CODE_DEPLOY", "EXTERNAL", ABSENT],
                 NetworkMode=["awsvpc", "bridge"])
    out += _grid("dynamic-ports", NetworkMode=["bridge"], RequiresCompatibilities=[["EC2"]], LaunchType=["EC2"],
                 NetworkConfiguration=[False], HostPort=[0, 80, ABSENT], TargetGroup=["traffic-port", "8080", ABSENT])
    return out


def templates(all_cases):
    """[(template, [case index])]: cases packed CASES_PER_TEMPLATE to a template."""
    out = []
    for start in range(0, len(all_cases), CASES_PER_TEMPLATE):
        resources, members = {}, []
        for index in range(start, min(start + CASES_PER_TEMPLATE, len(all_cases))):
            settings = all_cases[index].settings
            resources[f"TaskDef{index}"] = task_definition(settings, index)
            resources[f"Service{index}"] = service(settings, index)
            if "TargetGroup" in settings:
                resources[f"TargetGroup{index}"] = target_group(settings)
            members.append(index)
        out.append(({"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources}, members))
    return out


def _case_index(logical_id):
    digits = "".join(ch for ch in logical_id if ch.isdigit())
    return int(digits) if digits else None


def run_cfn_lint(packed):
    """{case index: {rule id}} from cfn-lint in-process."""
    from cfnlint.api import ManualArgs, lint
    config = ManualArgs(regions=[REGION])
    flagged = collections.defaultdict(set)
    for template, _ in packed:
        for match in lint(json.dumps(template, indent=1), config=config):
            path = list(getattr(match, "path", None) or [])
            if len(path) >= 2 and path[0] == "Resources":
                index = _case_index(str(path[1]))
                if index is not None:
                    flagged[index].add(match.rule.id)
    return flagged


def run_ecslint(paths, binary):
    """{case index: {rule code}} from `ecslint lint --format json` over every template in one run."""
    proc = subprocess.run([binary, "lint", "--format", "json", "--fail-on", "never", "--strict", *map(str, paths)],
                          capture_output=True, cwd=ROOT, timeout=600, env={**os.environ, "NO_COLOR": "1"})
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"ecslint exited {proc.returncode}: {proc.stderr.decode()[:2000]}")
    flagged = collections.defaultdict(set)
    for entry in json.loads(proc.stdout)["files"]:
        for finding in entry["findings"]:
            index = _case_index(finding.get("resource", ""))
            if index is not None and finding.get("resource", "").startswith("Service"):
                flagged[index].add(finding["rule"])
    return flagged


def _fargate_awsvpc_ec2_only(s):
    return (s.get("LaunchType") == "FARGATE" and s.get("NetworkMode") == "awsvpc"
            and s.get("RequiresCompatibilities") == ["EC2"])


EXPECTED_DIVERGENCES = [
    Divergence(
        "awsvpc-ec2-only-on-fargate", "fargate-compatibility", ONLY_ECSLINT, _fargate_awsvpc_ec2_only,
        "E3054 checks RequiresCompatibilities only when the task definition's NetworkMode is not awsvpc. ecslint's "
        "ECS150 also reports an awsvpc task definition that requires EC2 only: ECS validates the service's launch "
        "type against the compatibilities the task definition was registered with, and RequiresCompatibilities "
        "[EC2] leaves FARGATE out (\"Task definition does not support launch_type FARGATE.\"). Whether ECS adds "
        "FARGATE to such a definition's compatibilities by itself is unverified; ecslint follows the declaration."),
    Divergence(
        "fargate-without-network-mode", "network-configuration", ONLY_ECSLINT,
        lambda s: (s.get("LaunchType") == "FARGATE" and s.get("NetworkMode") != "awsvpc"
                   and not s.get("NetworkConfiguration")),
        "E3052 requires NetworkConfiguration only when the task definition says NetworkMode awsvpc. ecslint's ECS152 "
        "also requires it when the service runs on Fargate, which is always awsvpc: a Fargate service without "
        "NetworkConfiguration fails whatever the task definition says (its other problems are ECS150's and the "
        "task definition rules')."),
    Divergence(
        "no-target-group-check", "dynamic-ports", ONLY_CFN, lambda s: True,
        "ecslint lints ECS task definitions and service requests, not Elastic Load Balancing resources: it does not "
        "read an AWS::ElasticLoadBalancingV2::TargetGroup, so it cannot see its HealthCheckPort. E3049 has no ecslint "
        "counterpart."),
]


@dataclasses.dataclass
class Result:
    cfn_version: str
    cases: list
    outcomes: list  # (case, cfn flagged, ecslint flagged, divergence or None)

    def rows(self):
        rows = []
        for category in CATEGORIES:
            mine = [o for o in self.outcomes if o[0].category == category.key]
            both = sum(1 for _, c, e, _ in mine if c and e)
            neither = sum(1 for _, c, e, _ in mine if not c and not e)
            only_cfn = sum(1 for _, c, e, _ in mine if c and not e)
            only_ecs = sum(1 for _, c, e, _ in mine if e and not c)
            explained = sum(1 for _, c, e, d in mine if c != e and d is not None)
            rows.append((category, len(mine), both, neither, only_cfn, only_ecs, explained))
        return rows

    def unexplained(self):
        return [o for o in self.outcomes if o[1] != o[2] and o[3] is None]

    def unused_explanations(self):
        used = {o[3].key for o in self.outcomes if o[3] is not None and o[1] != o[2]}
        return [d for d in EXPECTED_DIVERGENCES if d.key not in used]

    def table(self):
        lines = ["| category | cfn-lint | ecslint | cases | both flag | neither | only cfn-lint | only ecslint | explained |",
                 "|---|---|---|---|---|---|---|---|---|"]
        for category, n, both, neither, only_cfn, only_ecs, explained in self.rows():
            lines.append(f"| {category.key} | {', '.join(category.cfn_rules)} | "
                         f"{', '.join(category.ecslint_rules) or '—'} | {n} | {both} | {neither} | {only_cfn} | "
                         f"{only_ecs} | {explained} |")
        return "\n".join(lines)


def explain(case, cfn, ecs):
    direction = ONLY_CFN if cfn and not ecs else ONLY_ECSLINT
    for divergence in EXPECTED_DIVERGENCES:
        if divergence.category == case.category and divergence.direction == direction and divergence.applies(
                case.settings):
            return divergence
    return None


def run(directory, binary):
    import cfnlint.version
    all_cases = cases()
    packed = templates(all_cases)
    paths = []
    for number, (template, _) in enumerate(packed):
        path = pathlib.Path(directory) / f"services{number:03d}.json"
        path.write_text(json.dumps(template, indent=1) + "\n", encoding="utf-8")
        paths.append(path)
    cfn = run_cfn_lint(packed)
    ecs = run_ecslint(paths, binary)
    outcomes = []
    for index, case in enumerate(all_cases):
        category = CATEGORY_BY_KEY[case.category]
        cfn_flag = bool(cfn.get(index, set()) & set(category.cfn_rules))
        ecs_flag = bool(ecs.get(index, set()) & set(category.ecslint_rules))
        outcomes.append((case, cfn_flag, ecs_flag, explain(case, cfn_flag, ecs_flag) if cfn_flag != ecs_flag else None))
    return Result(cfnlint.version.__version__, all_cases, outcomes)


def ecslint_binary():
    return os.environ.get("ECSLINT") or str(ROOT / ".build" / "debug" / "ecslint")


if __name__ == "__main__":
    import tempfile
    with tempfile.TemporaryDirectory() as directory:
        result = run(directory, ecslint_binary())
    print(f"cfn-lint {result.cfn_version} vs ecslint on AWS::ECS::Service: {len(result.cases)} cases")
    print(result.table())
    for case, cfn_flag, ecs_flag, divergence in result.outcomes:
        if cfn_flag != ecs_flag:
            side = ONLY_CFN if cfn_flag else ONLY_ECSLINT
            print(f"- {side}: {case.label}" + (f" [{divergence.key}]" if divergence else " [UNEXPLAINED]"))
    sys.exit(1 if result.unexplained() else 0)
