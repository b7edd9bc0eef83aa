#!/usr/bin/env bash
# Install the Debian packages mentorbook needs, when they are missing.
#   runtime: what WeasyPrint needs to render workbooks (used by `make demo`)
#   test:    runtime, plus Chromium, poppler and qpdf for the tests (used by `make test`)
# As root it installs them with apt-get; otherwise it names what to install and stops.
set -euo pipefail

runtime=(libpango-1.0-0 libpangoft2-1.0-0)
case "${1:-test}" in
    runtime) packages=("${runtime[@]}") ;;
    test) packages=("${runtime[@]}" chromium poppler-utils qpdf) ;;
    *) echo "usage: $0 [runtime|test]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "mentorbook needs these system packages: ${missing[*]}" >&2
    echo "Install them, for example: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
