#!/usr/bin/env bash
# Fuzzes the JSON scanner and the YAML loader with libFuzzer under
# AddressSanitizer, SECONDS each (default 60), one after the other.
#
# The two targets (Fuzz/*.swift) are compiled with swiftc together with every
# ECSLintKit source into one binary, .build/fuzz/fuzz-ecslint, with
# `-sanitize=fuzzer,address` (ECSLINT_FUZZ_TARGET=json|yaml picks the target);
# they are not part of the SwiftPM build. Each target goes through the whole lint
# pipeline and the reporters after its parser (see Fuzz/FuzzPipeline.swift).
# Seeds are the JSON/YAML files under samples/ and Tests/, plus the multi-line
# string literals of the Swift tests (the inline fixtures), split by shape.
# The corpus grows in .build/fuzz/corpus-*/ across runs; a crash stops the run
# with exit 1 and leaves its input in .build/fuzz/ (printed by libFuzzer).
#
# Usage: scripts/fuzz.sh [SECONDS] [json|yaml|all]
#   FUZZ_JOBS=N  runs N libFuzzer workers per target (default 1).
#   FUZZ_MAX_LEN caps one input's size in bytes (default 16384).
#   FUZZ_OPT=-Onone builds faster but runs about ten times slower than -O.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
# -O by default: -Onone builds in about half the time but, with the sanitizer
# and the coverage instrumentation, runs about ten times fewer inputs.
optimization=${FUZZ_OPT:--O}
which_targets=${2:-all}
out=.build/fuzz
mkdir -p "$out"

build_target() { # builds .build/fuzz/fuzz-ecslint (both targets) when a source is newer
  local binary="$out/fuzz-ecslint"
  local newest
  newest=$(find Sources/ECSLintKit Fuzz -name '*.swift' -newer "$binary" 2>/dev/null | head -n 1 || true)
  if [ -x "$binary" ] && [ -z "$newest" ] && [ "$(cat "$out/fuzz-ecslint.opt" 2>/dev/null)" = "$optimization" ]; then
    return
  fi
  echo "== building fuzz-ecslint (swiftc $optimization -sanitize=fuzzer,address)"
  local sources
  mapfile -t sources < <(find Sources/ECSLintKit -name '*.swift' | sort)
  swiftc -sanitize=fuzzer,address -parse-as-library "$optimization" -g -j2 -module-name ECSLintFuzz -package-name ecslint \
    -I Sources/CYAML -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 \
    -lyaml -lxml2 -suppress-warnings \
    "${sources[@]}" Fuzz/*.swift -o "$binary" 2>&1 | { grep -v "Cannot export local symbol '__asan" || true; }
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "building the fuzz targets failed" >&2; return 1; }
  echo "$optimization" >"$out/fuzz-ecslint.opt"
}

seed() { # kind directory
  python3 - "$1" "$2" <<'PY'
import hashlib, os, pathlib, re, sys
kind, target = sys.argv[1], pathlib.Path(sys.argv[2])
target.mkdir(parents=True, exist_ok=True)
extensions = {"json": (".json",), "yaml": (".yaml", ".yml")}[kind]
seeds = []
for root in ("samples", "Tests"):
    for path in pathlib.Path(root).rglob("*"):
        if path.is_file() and path.suffix in extensions and path.stat().st_size <= 1 << 16:
            seeds.append(path.read_bytes())
for path in pathlib.Path("Tests/ECSLintKitTests").rglob("*.swift"):
    for block in re.findall(r'"""\n(.*?)\n\s*"""', path.read_text(), re.S):
        text = "\n".join(line.strip() if kind == "json" else line for line in block.split("\n"))
        looks_json = text.lstrip().startswith(("{", "["))
        if looks_json == (kind == "json") or kind == "yaml":
            seeds.append(text.encode())
for data in seeds:
    (target / hashlib.sha1(data).hexdigest()).write_bytes(data)
print(f"{len(seeds)} {kind} seeds")
PY
}

run_target() { # name kind
  local corpus="$out/corpus-$2"
  seed "$2" "$out/seeds-$2"
  mkdir -p "$corpus"
  echo "== fuzzing $1 for ${seconds}s"
  (cd "$out" && ECSLINT_FUZZ_TARGET=$2 ASAN_OPTIONS=detect_leaks=0 ./fuzz-ecslint "corpus-$2" "seeds-$2" \
    -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-16384}" -timeout=10 -rss_limit_mb=4096 \
    -jobs="${FUZZ_JOBS:-1}" -workers="${FUZZ_JOBS:-1}" -print_final_stats=1 2>&1) | tee "$out/$1.log" \
    | grep -E "INITED|DONE|ERROR|SUMMARY|Test unit written|stat::number_of_executed_units|stat::peak_rss|cov:" | tail -n 8
  if grep -qE "ERROR: (libFuzzer|AddressSanitizer)|Test unit written" "$out/$1.log"; then
    echo "fuzz target $1 crashed: see $out/$1.log" >&2
    return 1
  fi
}

status=0
if [ "$which_targets" = all ] || [ "$which_targets" = json ]; then
  build_target
  run_target fuzz-json json || status=1
fi
if [ "$which_targets" = all ] || [ "$which_targets" = yaml ]; then
  build_target
  run_target fuzz-yaml yaml || status=1
fi
exit "$status"
