#!/usr/bin/env bash
# Measures ecslint's speed and prints the figures (there are no timed unit
# tests; these figures are the performance targets, checked by a person):
#  - one `ecslint lint` of samples/hello-world.json against the floor, a
#    `swiftc -O -static-stdlib` program that only reads its arguments, timed
#    alternately in the same run (target: at most 1.8 times the floor);
#  - against cfn-lint on the same task definition as a template, when cfn-lint
#    is installed (target: at least 300 times faster);
#  - files per second over a folder of generated task definitions with
#    --format json (target: at least 20,000 files/s on 2 cores) and the peak
#    memory of that run, for two folder sizes (target: at most 64 MB, flat);
#  - one file of 1, 10, 100 and 1,000 containers (target: linear cost);
#  - the shared libraries the binary needs at start;
#  - with --build: a cold `swift build -c release --product ecslint` in a
#    fresh clone of this repository (target: at most 120 s on 2 cores).
#
# Usage: scripts/benchmark.sh [--binary PATH] [--runs N] [--files N]
#        scripts/benchmark.sh --build
# Without --binary it measures .build/release/ecslint as the README builds it
# (`swift build -c release`, building it first).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=""
runs=201
files=10000
build_mode=false
while [ $# -gt 0 ]; do
    case "$1" in
    --binary) binary=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --files) files=$2; shift 2 ;;
    --build) build_mode=true; shift ;;
    *) echo "usage: scripts/benchmark.sh [--binary PATH] [--runs N] [--files N] | --build" >&2; exit 2 ;;
    esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if $build_mode; then
    git clone -q . "$work/clone"
    cd "$work/clone"
    load=$(cut -d' ' -f1 /proc/loadavg)
    python3 - "$work/build.log" "$load" <<'PY'
import os, resource, subprocess, sys, time
log, load = sys.argv[1], sys.argv[2]
start = time.perf_counter()
with open(log, "wb") as output:
    status = subprocess.run(["swift", "build", "-c", "release", "--product", "ecslint"], stdout=output,
                            stderr=subprocess.STDOUT).returncode
wall = time.perf_counter() - start
if status != 0:
    print(open(log).read()[-3000:])
    sys.exit(1)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"cold release build (swift build -c release --product ecslint, fresh clone, {os.cpu_count()} cores, "
      f"load {load} at start): {wall:.1f} s wall, {usage.ru_utime + usage.ru_stime:.0f} s CPU (target <= 120 s wall)")
PY
    exit 0
fi

if [ -z "$binary" ]; then
    swift build -c release --product ecslint >/dev/null
    binary=.build/release/ecslint
fi
# What the binary loads at start (the target: no Swift runtime, Foundation or
# Dispatch library; libxml2 is loaded only when an XML report is written).
echo "libraries the binary needs at start (readelf NEEDED): $(readelf -d "$binary" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | tr '\n' ' ')"
printf 'let a = CommandLine.arguments\n' >"$work/floor.swift"
swiftc -O -static-stdlib "$work/floor.swift" -o "$work/floor" 2>/dev/null
python3 - "$binary" "$runs" "$files" "$work" <<'PY'
import copy, json, os, shutil, statistics, subprocess, sys, time

binary, runs, files, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sample = "samples/hello-world.json"
base = json.load(open(sample))


def run(args):
    """Wall time in seconds and peak RSS in KiB of one process."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        process = subprocess.Popen(args, stdout=null, stderr=null)
        _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss


def median_ms(values):
    return statistics.median(values) * 1000


# One file against the floor, alternately, so both see the same machine load.
floor_args, lint_args = [os.path.join(work, "floor")], [binary, "lint", sample]
for _ in range(10):
    run(floor_args), run(lint_args)
floor, single = [], []
for _ in range(runs):
    floor.append(run(floor_args)[0])
    single.append(run(lint_args)[0])
ratio = statistics.median(single) / statistics.median(floor)
print(f"one file ({sample}), median of {runs}: {median_ms(single):.2f} ms; floor (swiftc -O -static-stdlib, "
      f"reads its arguments) {median_ms(floor):.2f} ms; ratio {ratio:.2f} (target <= 1.8)")

# cfn-lint on the same task definition as a CloudFormation template.
if shutil.which("cfn-lint"):
    free_form = {"options", "dockerLabels", "systemControls", "driverOpts", "labels"}

    def pascal(value, parent=None):
        if isinstance(value, dict):
            if parent in free_form:
                return value
            return {key[:1].upper() + key[1:]: pascal(item, key) for key, item in value.items()}
        if isinstance(value, list):
            return [pascal(item, parent) for item in value]
        return value

    template = {"AWSTemplateFormatVersion": "2010-09-09",
                "Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": pascal(base)}}}
    template_path = os.path.join(work, "template.json")
    json.dump(template, open(template_path, "w"), indent=2)
    cfn = sorted(run(["cfn-lint", template_path])[0] for _ in range(5))
    print(f"cfn-lint on the same task definition as a template, median of 5: {median_ms(cfn):.0f} ms; "
          f"ecslint is {statistics.median(cfn) / statistics.median(single):.0f} times faster (target >= 300)")
else:
    print("cfn-lint: not installed, ratio not measured")


def make_corpus(count):
    corpus = os.path.join(work, f"corpus-{count}")
    for index in range(count):
        task = copy.deepcopy(base)
        task["family"] = f"service-{index}"
        sidecar = dict(task["containerDefinitions"][0], name=f"sidecar-{index % 7}", essential=False,
                       portMappings=[{"containerPort": 9000 + index % 50, "protocol": "tcp"}])
        task["containerDefinitions"].append(sidecar)
        folder = os.path.join(corpus, f"d{index % 100:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"task-{index}.json"), "w") as handle:
            json.dump(task, handle, indent=2)
    return corpus


for count in sorted({max(1, files // 10), files}):
    corpus = make_corpus(count)
    args = [binary, "lint", "--format", "json", corpus]
    run(args)
    measured = [run(args) for _ in range(3)]
    seconds = statistics.median(time for time, _ in measured)
    peak = max(rss for _, rss in measured) / 1024
    print(f"folder of {count:,} task definitions, --format json, median of 3: {seconds:.3f} s = "
          f"{count / seconds:,.0f} files/s on {os.cpu_count()} cores (target >= 20,000); "
          f"peak RSS {peak:.1f} MB (target <= 64, flat)")
    shutil.rmtree(corpus)

# Cost against input size: one file with 1, 10, 100 and 1,000 containers.
container = base["containerDefinitions"][0]
previous = None
for count in (1, 10, 100, 1000):
    task = copy.deepcopy(base)
    task["networkMode"] = "bridge"
    task["requiresCompatibilities"] = ["EC2"]
    task["containerDefinitions"] = [
        dict(copy.deepcopy(container), name=f"app-{index}", essential=index == 0,
             portMappings=[{"containerPort": 1024 + index, "hostPort": 0, "protocol": "tcp"}])
        for index in range(count)]
    path = os.path.join(work, f"containers-{count}.json")
    json.dump(task, open(path, "w"), indent=2)
    times = [run([binary, "lint", "--format", "json", path])[0] for _ in range(21)]
    elapsed = median_ms(times) - median_ms(floor)
    growth = f", x{elapsed / previous:.1f} for x10 containers" if previous else ""
    print(f"one file of {count:>4} containers ({os.path.getsize(path):>7,} bytes): {median_ms(times):.2f} ms, "
          f"{elapsed:.2f} ms above the floor{growth}")
    previous = elapsed
PY

# --- Hardening shapes (issue 11) --------------------------------------------
# Inputs that used to take minutes: a minified file (one line) of about 1 MB
# with a finding per container and a secret per container, in text and JSON
# format, at half and full size; and one object with 200,000 keys (each an
# unknown-key finding), at 50,000 and 200,000 keys. Target: linear (about x2
# for x2 input), seconds not minutes.
hardening_shapes() {
    python3 - "$binary" "$work" <<'PY'
import json, os, subprocess, sys, time
binary, work = sys.argv[1], sys.argv[2]

def timed(args):
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start

def minified(count):
    task = {"family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
            "cpu": "256", "memory": "512", "containerDefinitions": [
                {"name": f"c{i}", "image": "nginx:1.27", "portMappings": [{"containerPort": 80, "hostPort": 8080 + i}],
                 "environment": [{"name": "DB_PASSWORD", "value": f"hunter2-{i}-xyzzy"}]} for i in range(count)]}
    return json.dumps(task, separators=(",", ":"))

def many_keys(count):
    task = {"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]}
    task.update({f"unknownKey{i}": i for i in range(count)})
    return json.dumps(task)

for label, make, sizes in (("minified file", minified, (4000, 8000)), ("object with", many_keys, (50000, 200000))):
    for size in sizes:
        path = os.path.join(work, f"hardening-{size}.json")
        with open(path, "w") as handle:
            handle.write(make(size))
        for fmt in ("text", "json"):
            seconds = min(timed([binary, "lint", "--format", fmt, path]) for _ in range(2))
            what = (f"minified file of {os.path.getsize(path):>9,} bytes ({size} containers)" if label == "minified file"
                    else f"object with {size:>7,} keys ({os.path.getsize(path):>9,} bytes)")
            print(f"hardening: {what}, --format {fmt}: {seconds:.2f} s")
PY
}
hardening_shapes
