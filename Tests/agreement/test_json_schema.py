"""`ecslint schema` validated with jsonschema: the good samples are valid, and every broken
variant of the botocore agreement corpus that botocore rejects is invalid.

One documented exception: JSON Schema's data model has no integer/float distinction, so
`2.0` (or `1e2`) is an integer to jsonschema and to editors, while botocore rejects a Python
float where the model says integer; those botocore errors alone do not require rejection."""
import json
import subprocess

import botocore.session
import jsonschema
import pytest
from botocore.validate import ParamValidator

import agreement_corpus as corpus
from test_botocore_agreement import ROOT, ecslint_path

MODEL = botocore.session.get_session().get_service_model("ecs")
INPUT_SHAPE = MODEL.operation_model("RegisterTaskDefinition").input_shape
READ_ONLY = [name for name in MODEL.shape_for("TaskDefinition").members if name not in INPUT_SHAPE.members]


@pytest.fixture(scope="module")
def validator():
    proc = subprocess.run([ecslint_path(), "schema", "--kind", "task-definition"], capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    schema = json.loads(proc.stdout)
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def is_whole_float_for_integer(error):
    reason, _name, details = error
    if reason != "invalid type":
        return False
    value = details.get("param")
    return isinstance(value, float) and value.is_integer() and str(int) in details.get("valid_types", ())


def test_good_samples_are_valid(validator):
    samples = sorted((ROOT / "samples" / "good").glob("*")) + sorted(ROOT.glob("samples/hello-world.*"))
    assert len(samples) >= 4
    for path in samples:
        text = path.read_text()
        documents = [corpus.load_json(text)] if path.suffix == ".json" else corpus.load_yaml_core(text)
        for document in documents:
            errors = [e.message for e in validator.iter_errors(document)]
            assert not errors, f"{path.name}: {errors[:3]}"


def test_variants_botocore_rejects_are_invalid(validator):
    checked = rejected = 0
    failures = []
    for label, doc in corpus.variants(INPUT_SHAPE, READ_ONLY):
        params = corpus.load_json(corpus.dumps(doc))
        if not isinstance(params, dict):
            continue
        report = ParamValidator().validate(params, INPUT_SHAPE)
        errors = [e for e in report._errors if not is_whole_float_for_integer(e)]
        checked += 1
        if not errors:
            continue
        rejected += 1
        if validator.is_valid(params):
            failures.append(f"{label}: botocore says {report._format_error(errors[0])}")
    assert checked > 500 and rejected > 300
    assert not failures, "\n".join(failures[:20])


def test_kinds_are_listed_and_unknown_ones_refused():
    proc = subprocess.run([ecslint_path(), "schema", "--kind", "nonsense"], capture_output=True, timeout=60)
    assert proc.returncode == 2 and b"available: task-definition" in proc.stderr
