"""ecslint agrees with cfn-lint 1.51.0 wherever both check the same thing, and every
divergence has a written reason.

The overlapping checks: cfn-lint's E3047 (Fargate cpu/memory pairs), E3048 (Fargate network
mode, task size, placement constraints, log drivers; and what it does not check: the
parameters Fargate rejects), E3053 (awsvpc hostPort = containerPort), E3046 (awslogs
options), E3042 (an essential container) and E1156/E3511 (role ARNs), each mapped to the
ecslint rules that make the same judgement (see `cfnlint_harness.CATEGORIES`).

`cfnlint_harness` builds the corpus (the samples plus generated variants that pass and fail
each check), wraps every task definition as an AWS::ECS::TaskDefinition resource, runs
cfn-lint in-process and `ecslint lint --format json`, and compares per input and category.
This test fails on any divergence that `cfnlint_harness.EXPECTED_DIVERGENCES` does not
explain, and on an explanation that no longer explains anything (so the list stays true).
The agreement table is printed; docs/cfn-lint-agreement.md holds the measured one.

Run: `ECSLINT=.build/debug/ecslint python3 -m pytest Tests/agreement/test_cfnlint_agreement.py -q`
(needs cfn-lint==1.51.0, PyYAML and pytest; botocore for the name-mapping test).
"""
import json
import os

import pytest

cfnlint = pytest.importorskip("cfnlint", reason="cfn-lint is not installed (pip install -r Tests/requirements.txt)")

import cfnlint_harness as harness  # noqa: E402


# Categories where cfn-lint 1.51.0 never reports: no check for the parameters Fargate rejects,
# and E3042, which never fires (both expected divergences).
SILENT_IN_CFN_LINT = {"fargate-parameters", "essential"}


@pytest.fixture(scope="session")
def cfn_version():
    import cfnlint.version
    version = cfnlint.version.__version__
    if version != harness.CFN_LINT_VERSION:
        pytest.fail(f"cfn-lint {version} is installed; the expected divergences are written for "
                    f"{harness.CFN_LINT_VERSION} (pip install -r Tests/requirements.txt)")
    return version


@pytest.fixture(scope="session")
def result(tmp_path_factory, cfn_version):
    binary = harness.ecslint_binary()
    if not os.path.exists(binary):
        pytest.fail(f"ecslint binary not found at {binary}; run `swift build` first or set ECSLINT")
    return harness.run(tmp_path_factory.mktemp("cfnlint-agreement"), binary)


def test_agreement_table(result, capsys):
    with capsys.disabled():
        print(f"\ncfn-lint {result.cfn_version} vs ecslint: {len(result.inputs)} inputs, "
              f"{len(result.skipped)} sample documents skipped")
        print(result.table())


def test_every_divergence_is_explained(result):
    unexplained = result.unexplained()
    assert not unexplained, (
        f"{len(unexplained)} divergences between ecslint and cfn-lint have no entry in "
        "cfnlint_harness.EXPECTED_DIVERGENCES (fix ecslint, or add an entry with the reason):\n"
        + "\n".join(harness.describe(o) for o in unexplained[:40]))


def test_every_expected_divergence_still_occurs(result):
    unused = result.unused_explanations()
    assert not unused, ("these expected divergences explain nothing any more; remove them: "
                        + ", ".join(d.key for d in unused))


def test_cfn_lint_findings_stay_inside_the_task_definitions(result):
    assert not result.stray, f"cfn-lint reported outside the wrapped resources: {result.stray[:5]}"


def test_the_corpus_exercises_every_category(result):
    """Each category sees inputs that both tools flag (where cfn-lint has a check at all) and inputs that
    both pass, and every group of variants and the samples are present."""
    for category, n, both, neither, only_cfn, only_ecs, explained, *_ in result.rows():
        assert neither > 0, f"{category.key}: no input passes both tools"
        if category.key in SILENT_IN_CFN_LINT:
            assert only_ecs > 0, f"{category.key}: no input is flagged by ecslint"
        else:
            assert both > 0, f"{category.key}: no input is flagged by both tools"
    groups = {entry.group for entry in result.inputs}
    assert groups >= {"samples"} | {name for name, _ in harness.GROUPS}


def test_mapped_ecslint_rules_exist():
    """The rule codes the harness maps to are in ecslint's catalog under the expected names, and every code
    a category or an explanation mentions is one of them."""
    import re
    import subprocess
    binary = harness.ecslint_binary()
    if not os.path.exists(binary):
        pytest.fail(f"ecslint binary not found at {binary}; run `swift build` first or set ECSLINT")
    catalog = json.loads(subprocess.run([binary, "rules", "--format", "json"], capture_output=True, check=True,
                                        timeout=60).stdout)
    names = {rule["code"]: rule["name"] for rule in catalog["rules"]}
    assert {code: names.get(code) for code in harness.ECSLINT_RULES} == harness.ECSLINT_RULES
    mentioned = set()
    for category in harness.CATEGORIES:
        mentioned |= set(re.findall(r"ECS\d{3}", category.ecslint_rules))
    for divergence in harness.EXPECTED_DIVERGENCES:
        mentioned |= set(re.findall(r"ECS\d{3}", divergence.reason))
    assert mentioned <= set(harness.ECSLINT_RULES), sorted(mentioned - set(harness.ECSLINT_RULES))


def test_expected_divergences_are_well_formed():
    keys = [d.key for d in harness.EXPECTED_DIVERGENCES]
    assert len(keys) == len(set(keys)), "duplicate keys in EXPECTED_DIVERGENCES"
    for d in harness.EXPECTED_DIVERGENCES:
        assert d.category in harness.CATEGORY_BY_KEY, d.key
        assert d.direction in (harness.ONLY_CFN, harness.ONLY_ECSLINT), d.key
        assert len(d.reason) > 40, f"{d.key}: give the reason"


def test_corpus_is_deterministic(tmp_path):
    first = harness.generated_inputs(tmp_path / "a")
    second = harness.generated_inputs(tmp_path / "b")
    assert [(i.label, os.path.basename(i.path)) for i in first] == [(i.label, os.path.basename(i.path)) for i in second]
    for a, b in zip(first, second):
        assert open(a.path, "rb").read() == open(b.path, "rb").read(), a.label
    assert any(i.path.endswith(".yaml") for i in first) == (harness.yaml is not None)


def test_name_mapping_covers_the_api(cfn_version):
    """Every member of botocore's RegisterTaskDefinition input maps to a property of cfn-lint's schema
    (case-insensitively or by IRREGULAR_NAMES), and back by api_name()."""
    botocore_session = pytest.importorskip("botocore.session")
    shape = botocore_session.get_session().get_service_model("ecs") \
        .operation_model("RegisterTaskDefinition").input_shape
    mapper = harness.SchemaMapper()
    problems, seen = [], set()

    def walk(struct, node, parent):
        node = mapper.resolve(node)
        if struct.type_name == "list":
            return walk(struct.member, node.get("items", {}), parent)
        if struct.type_name != "structure" or struct.name in seen:
            return
        seen.add(struct.name)
        properties = node.get("properties", {})
        for member, member_shape in struct.members.items():
            name = mapper.cfn_name(parent, member, properties)
            if name not in properties:
                problems.append(f"{struct.name}.{member} -> {name} is not in the schema")
                continue
            if harness.api_name(name) != member:
                problems.append(f"{name} -> {harness.api_name(name)}, expected {member}")
            walk(member_shape, properties[name], name)

    walk(shape, mapper.schema, "")
    assert not problems, problems


def test_wrapped_maximal_document_has_no_unknown_property(cfn_version):
    """A task definition with every API member, wrapped, draws no E3002 (unknown property) from cfn-lint."""
    botocore_session = pytest.importorskip("botocore.session")
    import agreement_corpus
    shape = botocore_session.get_session().get_service_model("ecs") \
        .operation_model("RegisterTaskDefinition").input_shape
    document = agreement_corpus.maximal_document(shape)
    linter = harness.CfnLint()
    [hits], stray = linter.lint_documents([document])
    assert not stray
    unknown = [h for h in hits if h.rule == "E3002"]
    assert not unknown, unknown
    # and pointers come back in API names
    properties, pathmap = linter.mapper.convert(document)
    assert harness.map_back(["ContainerDefinitions", 0, "PortMappings", 0, "HostPort"], pathmap) \
        == "/containerDefinitions/0/portMappings/0/hostPort"
    assert harness.map_back(["Volumes", 0, "EFSVolumeConfiguration", "FilesystemId"], pathmap) \
        == "/volumes/0/efsVolumeConfiguration/fileSystemId"
    assert "ProxyConfigurationProperties" in properties["ProxyConfiguration"]
    assert json.dumps(properties)  # plain JSON
