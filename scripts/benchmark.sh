#!/usr/bin/env bash
# Measures ecslint's speed with a release build and prints the figures:
#  - the median wall time of one `ecslint lint` process on one sample;
#  - files per second over a directory of 10,000 generated task definitions.
# Targets on a 2-core machine: under 10 ms for one file, at least 5,000 files/s.
# Usage: scripts/benchmark.sh [RUNS] [FILES]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-101}
files=${2:-10000}
swift build -c release --static-swift-stdlib --product ecslint >/dev/null
binary=.build/release/ecslint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$binary" "$runs" "$files" "$work" <<'PY'
import json, os, statistics, subprocess, sys, time
binary, runs, files, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sample = "samples/hello-world.json"

def timed(args):
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start

for _ in range(5):
    timed([binary, "lint", sample])
single = sorted(timed([binary, "lint", sample]) for _ in range(runs))
base = json.load(open(sample))
corpus = os.path.join(work, "corpus")
os.makedirs(corpus)
for index in range(files):
    task = json.loads(json.dumps(base))
    task["family"] = f"service-{index}"
    sidecar = dict(task["containerDefinitions"][0], name=f"sidecar-{index % 7}", essential=False,
                   portMappings=[{"containerPort": 9000 + index % 50, "protocol": "tcp"}])
    task["containerDefinitions"].append(sidecar)
    sub = os.path.join(corpus, f"d{index % 100:02d}")
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"task-{index}.json"), "w") as handle:
        json.dump(task, handle, indent=2)
timed([binary, "lint", "--format", "json", corpus])
directory = sorted(timed([binary, "lint", "--format", "json", corpus]) for _ in range(3))
median_dir = statistics.median(directory)
print(f"one file ({sample}), median of {runs} processes: {statistics.median(single) * 1000:.2f} ms "
      f"(p10 {single[len(single) // 10] * 1000:.2f} ms, p90 {single[len(single) * 9 // 10] * 1000:.2f} ms)")
print(f"directory of {files} task definitions, median of 3 runs: {median_dir:.3f} s = {files / median_dir:,.0f} files/s "
      f"on {os.cpu_count()} cores")
PY
