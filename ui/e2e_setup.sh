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

if ! command -v apt-get >/dev/null 2>&1; then
  echo "e2e_setup: no chromium and no apt-get to install it" >&2; exit 2
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "e2e_setup: chromium missing and not root (no passwordless sudo) to apt-get it" >&2; exit 3
  fi
fi
export DEBIAN_FRONTEND=noninteractive
{ $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends chromium; } >&2 || {
  echo "e2e_setup: apt-get install chromium failed" >&2; exit 4; }
find_browser || { echo "e2e_setup: chromium installed but not on PATH" >&2; exit 5; }
