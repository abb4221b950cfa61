#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as failures,
# checks formatting, runs the Swift tests, then the Python integration tests
# (botocore agreement, CLI behaviour, report schemas, the README's CI recipes,
# hardening), then fuzzes the JSON scanner and the YAML loader for a minute each.
# The Python tools live in the virtual environment .build/venv that
# install-deps.sh makes; nothing is pip-installed into the system Python.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-test-tools
export PATH="$PWD/.build/venv/bin:$PATH"
python=.build/venv/bin/python

echo "== swift format lint"
swift format lint --strict -r Sources Tests Package.swift

echo "== swift build"
log=$(mktemp)
swift build --build-tests 2>&1 | tee "$log" | grep -E "error|warning:|Compiling|Build complete" | grep -v "^\[" || true
if grep -E "^/.*(Sources|Tests)/.*warning:" "$log"; then
  echo "build has warnings (above); the repository must build without warnings" >&2
  exit 1
fi
if grep -q "error:" "$log"; then exit 1; fi

echo "== generated files are fresh"
$python scripts/generate_schema.py --check
$python scripts/generate_sigv4_vectors.py --check

echo "== swift test"
test_log=$(mktemp)
status=0
swift test --skip-build >"$test_log" 2>&1 || status=$?
grep -E "✘|error:|failed|recorded an issue" "$test_log" | head -n 200 || true
tail -n 5 "$test_log"
[ "$status" -eq 0 ] || { echo "swift test failed (exit $status)" >&2; exit "$status"; }

echo "== python integration tests"
ECSLINT="$PWD/.build/debug/ecslint" $python -m pytest -q Tests/cli Tests/agreement Tests/reporters Tests/register Tests/precommit Tests/readme Tests/hardening

echo "== fuzzing (libFuzzer + AddressSanitizer, ${ECSLINT_FUZZ_SECONDS:-60} s per target)"
# A short bounded run of both fuzz targets; scripts/fuzz.sh SECONDS runs longer campaigns.
bash scripts/fuzz.sh "${ECSLINT_FUZZ_SECONDS:-60}"
