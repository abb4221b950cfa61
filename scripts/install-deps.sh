#!/usr/bin/env bash
# Installs what ecslint needs on a Debian machine with the Swift toolchain:
# the system libraries (libyaml and libxml2 to build; libcurl, which `ecslint register`
# loads at run time only when it sends a request) and, with --with-test-tools, the
# Python tools the tests use, in a virtual environment under the build folder
# (.build/venv): Debian's system Python is externally managed (PEP 668), so nothing
# is pip-installed into it.
# Idempotent: installs only what is missing; the virtual environment is refreshed
# only when Tests/requirements.txt changes.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
packages=(libyaml-dev libxml2-dev libcurl4 pkg-config)
[ "${1:-}" = "--with-test-tools" ] && packages+=(python3-venv openssl)
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "--with-test-tools" ]; then
  venv=.build/venv
  stamp="$venv/requirements.sha256"
  wanted=$(sha256sum Tests/requirements.txt | cut -d' ' -f1)
  if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    mkdir -p .build
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -r Tests/requirements.txt
    echo "$wanted" >"$stamp"
  fi
fi
