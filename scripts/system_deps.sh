#!/usr/bin/env bash
# The Debian packages the full test suite needs: chromium (UI end-to-end tests) and postgresql
# (scale-out and reconnect tests). Called once by `make test`; fixtures only look for them.
# Prints what it did; never fails the build (a missing browser skips the UI tests, said loudly).
set -uo pipefail
need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || need+=(postgresql)
if [ ${#need[@]} -eq 0 ]; then echo "system deps: chromium and postgresql present"; exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "system deps: missing ${need[*]} and not root: the tests that need them will be skipped" >&2; exit 0; fi
fi
echo "system deps: installing ${need[*]} (apt-get)"
{ $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"; } >/tmp/system-deps.log 2>&1 \
  || echo "system deps: apt-get failed (see /tmp/system-deps.log): the tests that need ${need[*]} will be skipped" >&2
exit 0
