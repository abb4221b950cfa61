"""ecslint's schema check agrees exactly with botocore's client-side validation.

botocore (the library under the AWS CLI and boto3) validates every request against
the service model before sending it (`botocore.validate.ParamValidator`). ecslint's
schema check (ECS004-ECS010) reports what botocore rejects with stage "cli". This
test runs both on a corpus and asserts, document by document:

* every botocore error has an ecslint finding with stage "cli" at the same JSON
  pointer with the matching rule, and
* every ecslint stage-"cli" schema finding is a botocore error (exact agreement).

Rule for each botocore error: missing required field -> ECS005, unknown field ->
ECS004, invalid type -> ECS006 (ECS007 when the value is null), invalid
length/range (botocore checks `min` only) -> ECS009.

The documents are RegisterTaskDefinition input, and the `--cli-input-json` of
create-service, update-service and run-task (CreateService, UpdateService, RunTask
input), each validated by botocore against the shape of the request ecslint reads
it as (`agreement_corpus.service_kind`, the same rule as ecslint's detection).

Deliberate extras: ecslint reports these with stage "register" ("deploy" for the
service and task requests) and botocore does not report them at all (the ECS API
rejects them at RegisterTaskDefinition, CreateService, UpdateService or RunTask):

* ECS008 invalid-enum-value: botocore checks no enums (`networkMode: "AWSVPC"`).
* ECS009 value-out-of-range above a model `max` (more than 50 tags, a tag key
  over 128 characters, a tag value over 256), and integers that do not fit the
  API's 32-bit `integer` (64-bit `long`): botocore checks only `min`.
* ECS010 boolean-for-integer: `true`/`false` where an integer is expected;
  botocore accepts it because Python's `bool` is an `int`.

Engine policies around the schema check, followed here so that the comparison is
about the schema check itself:

* read-only members of describe-task-definition output (`taskDefinitionArn`,
  `revision`, ...; computed from the model here) have their own rule: each is left
  out of botocore's input when ecslint reports no ECS004 for it;
* describe-task-definition output `{"taskDefinition": {...}, "tags": [...]}` is
  unwrapped when ecslint unwraps it: the inner object is compared at
  /taskDefinition, a sibling `tags` as the register `tags`, other siblings must be
  unknown keys (the real CLI rejects the wrapper, which ecslint reports under its
  own rule);
* in a document ecslint reports as templated (a "placeholder" rule), botocore
  errors on string values holding `${X}`, `{{ x }}`, `<X>`, `$X` or `#{x}` are not
  expected, because ecslint leaves such values unchecked;
* CloudFormation templates and documents that are not objects (Terraform container
  lists) are not RegisterTaskDefinition input and are skipped.

Corpus: every `samples/**/*.json|yaml|yml` (YAML read with the YAML 1.2 core
schema, as ecslint reads it) plus a deterministic set of broken variants of a few
valid task definitions (required keys dropped, keys renamed, values retyped at
every path, nulls, empty and long tag keys, duplicate keys, combinations), a
fifth of them also written as YAML.

Run: `swift build && python3 -m pytest Tests/agreement -q` (needs pytest,
botocore==1.43.11 and PyYAML; the binary is `$ECSLINT` or `.build/debug/ecslint`).
"""
import collections
import json
import os
import pathlib
import re
import subprocess

import botocore
import botocore.session
import pytest
from botocore.validate import ParamValidator

import agreement_corpus as corpus
from agreement_corpus import to_pointer

ROOT = pathlib.Path(__file__).resolve().parents[2]
PINNED_BOTOCORE = "1.43.11"
SCHEMA_RULES = {"ECS004", "ECS005", "ECS006", "ECS007", "ECS008", "ECS009", "ECS010"}
REGISTER_EXTRAS = {"ECS008", "ECS009", "ECS010"}
BATCH = 250

MODEL = botocore.session.get_session().get_service_model("ecs")
INPUT_SHAPE = MODEL.operation_model("RegisterTaskDefinition").input_shape
READ_ONLY = [name for name in MODEL.shape_for("TaskDefinition").members if name not in INPUT_SHAPE.members]


def ecslint_path():
    path = os.environ.get("ECSLINT") or str(ROOT / ".build" / "debug" / "ecslint")
    if not os.path.exists(path):
        pytest.fail(f"ecslint binary not found at {path}; run `swift build` first or set ECSLINT")
    return path


def name_to_tokens(name, params):
    """Splits a botocore parameter name (`.containerDefinitions[0].dockerLabels.a.b`) into
    pointer tokens, using the actual keys of `params` so map keys with dots stay whole."""
    tokens, current, rest = [], params, name
    while rest:
        if rest.startswith(" (key: ") and rest.endswith(")"):
            tokens.append(rest[len(" (key: "):-1])
            break
        if rest[0] == "[":
            end = rest.index("]")
            index = int(rest[1:end])
            tokens.append(str(index))
            current = current[index] if isinstance(current, list) and index < len(current) else None
            rest = rest[end + 1:]
            continue
        if rest[0] != ".":
            raise ValueError(f"cannot parse botocore name {name!r} at {rest!r}")
        rest = rest[1:]
        best = None
        for key in (current if isinstance(current, dict) else {}):
            key = str(key)
            follows = rest[len(key):]
            if rest.startswith(key) and (follows == "" or follows[0] in ".[" or follows.startswith(" (key: ")):
                if best is None or len(key) > len(best):
                    best = key
        if best is None:
            raise ValueError(f"no key of {name!r} matches at {rest!r}")
        tokens.append(best)
        current = current.get(best)
        rest = rest[len(best):]
    return tokens


def botocore_errors(params, shape=INPUT_SHAPE):
    """[(tokens, rule, botocore message)] for one document."""
    report = ParamValidator().validate(params, shape)
    found = []
    for error in report._errors:  # (reason, name, details); what generate_report() formats
        reason, name, details = error
        tokens = name_to_tokens(name, params)
        if reason == "missing required field":
            tokens.append(details["required_name"])
            rule = "ECS005"
        elif reason == "unknown field":
            tokens.append(details["unknown_param"])
            rule = "ECS004"
        elif reason == "invalid type":
            rule = "ECS007" if details["param"] is None else "ECS006"
        elif reason in ("invalid length", "invalid range"):
            rule = "ECS009"
        else:
            rule = "unexpected botocore reason: " + reason
        found.append((tokens, rule, report._format_error(error)))
    return found


def run_ecslint(paths):
    """{resolved path: [findings]} for many files, in batches."""
    binary = ecslint_path()
    results = {}
    for start in range(0, len(paths), BATCH):
        batch = [str(p) for p in paths[start:start + BATCH]]
        proc = subprocess.run([binary, "lint", "--format", "json", *batch], capture_output=True,
                              cwd=ROOT, timeout=600, env={**os.environ, "NO_COLOR": "1"})
        assert proc.returncode in (0, 1), f"ecslint exited {proc.returncode}: {proc.stderr.decode()[:2000]}"
        report = json.loads(proc.stdout)
        for entry in report["files"]:
            results[os.path.realpath(os.path.join(ROOT, entry["path"]))] = entry["findings"]
    return results


Comparison = collections.namedtuple("Comparison", "documents sample_documents mismatches stats extras skipped")

# Template placeholders (`${IMAGE}`, `{{ tag }}`, `<IMAGE1_NAME>`, `$VAR`, `#{var}`): when ecslint
# reports a document as templated, it leaves values holding placeholders unchecked, since CI
# fills them in before registering.
PLACEHOLDER = re.compile(r"\$\{[^}]*\}|\{\{.*?\}\}|<[A-Za-z0-9_.-]+>|\$[A-Za-z_][A-Za-z0-9_]*|#\{[^}]*\}")


def is_cloudformation(params):
    return "AWSTemplateFormatVersion" in params or isinstance(params.get("Resources"), dict)


@pytest.fixture(scope="session")
def comparison(tmp_path_factory):
    directory = tmp_path_factory.mktemp("agreement")
    inputs = corpus.sample_inputs(ROOT / "samples") + corpus.write_variants(directory, INPUT_SHAPE, READ_ONLY, MODEL)
    findings = run_ecslint([entry.path for entry in inputs])
    documents, sample_documents, mismatches, extras, skipped = 0, 0, [], [], []
    stats = collections.Counter()
    for entry in inputs:
        file_findings = findings.get(os.path.realpath(entry.path))
        if file_findings is None:
            mismatches.append(f"{entry.label}: ecslint reported nothing for {entry.path}")
            continue
        if entry.documents is None:
            skipped.append(f"{entry.label}: {entry.skip_reason}")
            continue
        for index, params in enumerate(entry.documents):
            if not isinstance(params, dict):
                skipped.append(f"{entry.label}#{index}: not an object")
                continue
            if is_cloudformation(params):
                skipped.append(f"{entry.label}#{index}: a CloudFormation template, not RegisterTaskDefinition input")
                continue
            in_document = [f for f in file_findings if f.get("document", 0) == index]
            documents += 1
            sample_documents += entry.label.startswith("sample ")
            stats["documents " + (corpus.service_kind(params) or "RegisterTaskDefinition")] += 1
            mismatches += compare(entry, index, params, in_document, stats, extras)
    return Comparison(documents, sample_documents, mismatches, stats, extras, skipped)


def value_at(document, tokens):
    for token in tokens:
        if isinstance(document, dict):
            document = document.get(token)
        elif isinstance(document, list) and token.isdigit() and int(token) < len(document):
            document = document[int(token)]
        else:
            return None
    return document


def expected_errors(params, reported):
    """[(pointer, rule, message, value)] botocore reports for a document as ecslint reads it.

    describe-task-definition output (`{"taskDefinition": {...}, "tags": [...]}`) is unwrapped
    when ecslint unwraps it (it then reports no unknown key "taskDefinition"): the inner
    object is checked at /taskDefinition, a sibling "tags" as the register `tags`, any other
    sibling is an unknown key. Read-only members are left out when ecslint leaves them to
    its own rule (reports no ECS004 for them). Service and task requests are checked as they are,
    against their own request shape."""
    operation = corpus.service_kind(params)
    if operation is not None:
        shape = MODEL.operation_model(operation).input_shape
        return [(to_pointer(tokens), rule, message, value_at(params, tokens))
                for tokens, rule, message in botocore_errors(params, shape)]
    prefix, body, wrapper_tags, extra = [], params, False, []
    if isinstance(params.get("taskDefinition"), dict) and ("/taskDefinition", "ECS004") not in reported:
        prefix, body = ["taskDefinition"], dict(params["taskDefinition"])
        if "tags" in params and "tags" not in body:
            body["tags"], wrapper_tags = params["tags"], True
        extra = [(to_pointer([key]), "ECS004", f"unknown key {key!r} beside the wrapper", None)
                 for key in params if key not in ("taskDefinition", "tags")]

    def place(tokens):
        return to_pointer(tokens if wrapper_tags and tokens[:1] == ["tags"] else prefix + tokens)

    checked = {k: v for k, v in body.items() if k not in READ_ONLY or (place([k]), "ECS004") in reported}
    return extra + [(place(tokens), rule, message, value_at(checked, tokens))
                    for tokens, rule, message in botocore_errors(checked)]


def spread_nulls(findings):
    """ecslint reports every null of a document in one ECS007 finding, the
    others as its notes; botocore reports each one. One entry per null."""
    spread = []
    for f in findings:
        spread.append(f)
        if f["rule"] == "ECS007":
            spread += [dict(f, pointer=note["pointer"]) for note in f.get("notes", [])]
    return spread


def compare(entry, index, params, in_document, stats, extras):
    """The disagreements for one document."""
    ours = spread_nulls([f for f in in_document if f["rule"] in SCHEMA_RULES])
    reported = {(f["pointer"], f["rule"]) for f in ours}
    templated = any("placeholder" in f.get("name", "") for f in in_document)
    theirs = []
    for pointer, rule, message, value in expected_errors(params, reported):
        if templated and isinstance(value, str) and PLACEHOLDER.search(value):
            stats["botocore errors on template placeholders (left unchecked by ecslint)"] += 1
        else:
            theirs.append((pointer, rule, message))
    expected = collections.Counter((pointer, rule) for pointer, rule, _ in theirs)
    actual = collections.Counter((f["pointer"], f["rule"]) for f in ours if f["stage"] == "cli")
    for _, rule, _ in theirs:
        stats["botocore " + rule] += 1
    for f in ours:
        stats[f"ecslint {f['rule']} {f['stage']}"] += 1
    problems = []
    where = f"{entry.label}" + (f" (document {index})" if index else "")
    for (pointer, rule), count in (expected - actual).items():
        message = next(m for p, r, m in theirs if (p, r) == (pointer, rule))
        problems.append(f"{where}: botocore reports {rule} at {pointer!r} ({message}); ecslint does not "
                        f"[ecslint: {sorted(actual)}]")
    for (pointer, rule), count in (actual - expected).items():
        message = next(f["message"] for f in ours if (f["pointer"], f["rule"]) == (pointer, rule))
        problems.append(f"{where}: ecslint reports {rule} stage cli at {pointer!r} ({message}); botocore does not")
    extra_stage = "register" if corpus.service_kind(params) is None else "deploy"
    for f in ours:
        if f["stage"] != "cli":
            extras.append((where, f))
            if f["rule"] not in REGISTER_EXTRAS or f["stage"] != extra_stage:
                problems.append(f"{where}: {f['rule']} at {f['pointer']!r} has stage {f['stage']!r}; only "
                                f"{sorted(REGISTER_EXTRAS)} may be reported beyond botocore, at stage {extra_stage}")
    return problems


def test_botocore_is_the_pinned_version():
    assert botocore.__version__ == PINNED_BOTOCORE, (
        f"botocore {botocore.__version__} is installed; the schema table is generated from {PINNED_BOTOCORE}")


def test_cli_stage_agrees_with_botocore(comparison, capsys):
    lines = [
        f"botocore agreement: {comparison.documents} documents compared, "
        f"{sum(v for k, v in comparison.stats.items() if k.startswith('botocore'))} botocore errors, "
        f"{len(comparison.extras)} deliberate register-stage extras, {len(comparison.skipped)} skipped "
        f"({comparison.sample_documents} documents from samples/)",
        "  " + ", ".join(f"{k}: {v}" for k, v in sorted(comparison.stats.items())),
    ]
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert comparison.documents >= 500
    shown = "\n".join(comparison.mismatches[:40])
    assert not comparison.mismatches, f"{len(comparison.mismatches)} disagreements:\n{shown}"


def test_every_request_is_compared(comparison):
    for operation in ("RegisterTaskDefinition", "CreateService", "UpdateService", "RunTask"):
        assert comparison.stats["documents " + operation] >= (20 if operation != "RegisterTaskDefinition" else 500), (
            f"too few {operation} documents compared")


def test_service_variants_are_deterministic():
    first = corpus.service_variants(MODEL)
    assert [(label, corpus.dumps(doc)) for label, doc in first] == [
        (label, corpus.dumps(doc)) for label, doc in corpus.service_variants(MODEL)]


def test_corpus_exercises_every_kind(comparison):
    for key in ("botocore ECS004", "botocore ECS005", "botocore ECS006", "botocore ECS007", "botocore ECS009",
                "ecslint ECS008 register", "ecslint ECS009 register", "ecslint ECS010 register"):
        assert comparison.stats[key] > 0, f"the corpus never produced {key}"


def test_samples_are_compared(comparison):
    unreadable = [line for line in comparison.skipped if line.startswith("sample ")]
    samples = [p for p in (ROOT / "samples").rglob("*") if p.suffix.lower() in (".json", ".yaml", ".yml")]
    if len(samples) > len(unreadable):
        assert comparison.sample_documents > 0


def test_variants_are_deterministic():
    first = corpus.variants(INPUT_SHAPE, READ_ONLY)
    second = corpus.variants(INPUT_SHAPE, READ_ONLY)
    assert len(first) == len(second) >= 500
    assert [(label, corpus.dumps(doc)) for label, doc in first] == [
        (label, corpus.dumps(doc)) for label, doc in second]


@pytest.mark.parametrize("name, params, tokens", [
    ("", {}, []),
    (".family", {"family": 1}, ["family"]),
    (".containerDefinitions[0].portMappings[1].hostPort",
     {"containerDefinitions": [{"portMappings": [{}, {"hostPort": "1"}]}]},
     ["containerDefinitions", "0", "portMappings", "1", "hostPort"]),
    (".containerDefinitions[0].dockerLabels.com.example.a",
     {"containerDefinitions": [{"dockerLabels": {"com": "x", "com.example.a": 1}}]},
     ["containerDefinitions", "0", "dockerLabels", "com.example.a"]),
    (".containerDefinitions[0].dockerLabels (key: a.b)",
     {"containerDefinitions": [{"dockerLabels": {"a.b": 1}}]},
     ["containerDefinitions", "0", "dockerLabels", "a.b"]),
    (".tags[0].key", {"tags": [{"key": ""}]}, ["tags", "0", "key"]),
])
def test_botocore_names_become_pointer_tokens(name, params, tokens):
    assert name_to_tokens(name, params) == tokens


def test_pointer_escaping():
    assert to_pointer(["a/b", "c~d", "0"]) == "/a~1b/c~0d/0"
    assert to_pointer([]) == ""
