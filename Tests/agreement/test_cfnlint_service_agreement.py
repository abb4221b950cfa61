"""ecslint agrees with cfn-lint 1.51.0 on AWS::ECS::Service (E3044, E3049, E3052, E3054) wherever
both check the same thing, and every divergence has a written reason.

`cfnlint_service_harness` generates the cases (its own templates: a task definition, a service
naming it by Ref or Fn::GetAtt, and a target group for E3049), lints them with both tools, and
compares per case and category. The table is printed; docs/cfn-lint-agreement.md holds the
measured one.

Run: `ECSLINT=.build/debug/ecslint python3 -m pytest Tests/agreement/test_cfnlint_service_agreement.py -q`
"""
import os

import pytest

cfnlint = pytest.importorskip("cfnlint", reason="cfn-lint is not installed (pip install -r Tests/requirements.txt)")

import cfnlint_service_harness as harness  # noqa: E402


@pytest.fixture(scope="session")
def result(tmp_path_factory):
    import cfnlint.version
    if cfnlint.version.__version__ != harness.CFN_LINT_VERSION:
        pytest.fail(f"cfn-lint {cfnlint.version.__version__} is installed; the expected divergences are written "
                    f"for {harness.CFN_LINT_VERSION}")
    binary = harness.ecslint_binary()
    if not os.path.exists(binary):
        pytest.fail(f"ecslint binary not found at {binary}; run `swift build` first or set ECSLINT")
    return harness.run(tmp_path_factory.mktemp("cfnlint-service-agreement"), binary)


def test_agreement_table(result, capsys):
    with capsys.disabled():
        print(f"\ncfn-lint {result.cfn_version} vs ecslint on AWS::ECS::Service: {len(result.cases)} cases")
        print(result.table())


def test_every_divergence_is_explained(result):
    unexplained = result.unexplained()
    assert not unexplained, "unexplained divergences:\n" + "\n".join(
        f"{'cfn-lint' if cfn else 'ecslint'} only: {case.label}" for case, cfn, ecs, _ in unexplained[:40])


def test_every_expected_divergence_still_occurs(result):
    unused = result.unused_explanations()
    assert not unused, "these expected divergences explain nothing any more: " + ", ".join(d.key for d in unused)


def test_every_category_is_exercised(result):
    for category, n, both, neither, only_cfn, only_ecs, explained in result.rows():
        assert neither > 0, f"{category.key}: no case passes both tools"
        assert both > 0 or (not category.ecslint_rules and only_cfn > 0), f"{category.key}: no case flagged by both"


def test_cases_are_deterministic():
    assert [c.label for c in harness.cases()] == [c.label for c in harness.cases()]
    assert len({c.label for c in harness.cases()}) == len(harness.cases())


def test_divergences_are_well_formed():
    keys = [d.key for d in harness.EXPECTED_DIVERGENCES]
    assert len(keys) == len(set(keys))
    for divergence in harness.EXPECTED_DIVERGENCES:
        assert divergence.category in harness.CATEGORY_BY_KEY
        assert divergence.direction in (harness.ONLY_CFN, harness.ONLY_ECSLINT)
        assert len(divergence.reason) > 40
