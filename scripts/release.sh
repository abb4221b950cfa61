#!/usr/bin/env bash
# Builds the portable Linux release binary: the Swift runtime linked in
# (Package.swift links the release build with -static-stdlib, so no Swift
# toolchain is needed where it runs), symbols stripped, with a SHA-256 file
# beside it. Prints the shared libraries
# it still needs and the oldest glibc it runs on (the highest GLIBC_ symbol
# version it uses), which the README states.
# Usage: scripts/release.sh [OUTPUT_DIR]   (default: dist)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
swift build -c release --product ecslint >/dev/null
if ldd .build/release/ecslint | grep -E 'libswift|libFoundation|libdispatch'; then
    echo "release.sh: the binary links the Swift runtime dynamically (above)" >&2
    exit 1
fi
version=$(.build/release/ecslint --version)
name="ecslint-$version-linux-$(uname -m)"
mkdir -p "$out"
cp .build/release/ecslint "$out/$name"
strip "$out/$name"
(cd "$out" && sha256sum "$name" >"$name.sha256")
glibc=$(objdump -T "$out/$name" | grep -o 'GLIBC_[0-9][0-9.]*' | sort -uV | tail -n 1)
needed=$(objdump -p "$out/$name" | awk '/NEEDED/ { print $2 }' | paste -sd ' ' -)
echo "$out/$name: $(du -h "$out/$name" | cut -f1), sha256 in $out/$name.sha256"
echo "needs: ${glibc/_/ } or later; shared libraries: $needed"
"$out/$name" --version >/dev/null
