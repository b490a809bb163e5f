#!/usr/bin/env bash
# Makes sure a headless browser exists for the UI end-to-end test: Debian's `chromium`.
# Prints the browser path on success; exits non-zero (with the reason on stderr) otherwise.
set -euo pipefail

find_browser() {
  for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  return 1
}

if path=$(find_browser); then echo "$path"; exit 0; fi

echo "e2e_setup: no chromium on PATH (scripts/system_deps.sh installs it; make test runs it)" >&2
exit 2
