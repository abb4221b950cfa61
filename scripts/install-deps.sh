#!/usr/bin/env bash
# Installs what ecslint needs on a Debian machine with the Swift toolchain:
# the system libraries (libyaml and libxml2 to build; libcurl, which `ecslint register`
# loads at run time only when it sends a request) and, with --with-test-tools, the
# Python tools the tests use.
# Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for package in libyaml-dev libxml2-dev libcurl4 pkg-config; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "--with-test-tools" ]; then
  python3 -m pip install -q --disable-pip-version-check -r Tests/requirements.txt
fi
