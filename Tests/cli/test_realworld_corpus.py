"""The shared real-world corpus (../shared/corpus/realworld), linted at default settings:
the counts per rule and severity are locked in Tests/golden/realworld-counts.json, so any
change of behaviour on real files shows up in review (docs/realworld-review.md gives a
verdict for every rule that fires). After an intended change, review the difference, then
`scripts/review-corpus --write-golden Tests/golden/realworld-counts.json`."""
import json
import subprocess
import sys

import pytest

from cli_support import ROOT, ecslint_path

CORPUS = ROOT.parent / "shared" / "corpus" / "realworld"
GOLDEN = ROOT / "Tests" / "golden" / "realworld-counts.json"


def review(*extra):
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "review-corpus"), str(CORPUS), "--binary", ecslint_path(), *extra],
        capture_output=True, text=True, timeout=600)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/realworld is not beside the checkout")
def test_counts_per_rule_match_the_golden_record():
    result = review("--golden", str(GOLDEN))
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/realworld is not beside the checkout")
def test_default_settings_are_quiet_on_real_files():
    golden = json.loads(GOLDEN.read_text())
    assert golden["summary"]["infos per file"] <= 0.5
    assert "ECS007 warning" not in golden["rules"], "nulls are graded by the consumer, an error for aws-cli"
    nulls = sum(count for key, count in golden["rules"].items() if key.startswith("ECS007"))
    assert nulls <= golden["summary"]["files"], "at most one null finding per task definition"
