#!/usr/bin/env bash
# The README's test command: install what the tests need, then run the suite.
#  - Debian packages (when missing, and when this runs as root with apt-get): PostgreSQL
#    server binaries (store tests start a throwaway server), Chromium and CJK fonts
#    (browser tests of the web app drive /usr/bin/chromium with Playwright).
#  - planwatch with its test extras, into .venv.
# Then the checks: ruff (lint and format) and the test suite, which also checks the import
# contracts (tests/test_architecture.py).
# Without the Debian packages those tests skip with a reason, unless PLANWATCH_REQUIRE_PG /
# PLANWATCH_REQUIRE_BROWSER are set (as .ci/run does), when they fail instead.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian packages: ${need[*]}" >&2
    # Wait for another apt (an unattended upgrade, a parallel job) instead of failing at once.
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
      --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "note: missing ${need[*]} (install them as root); their tests will skip" >&2
  fi
fi
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,postgres]'
.venv/bin/ruff check src tests bench
.venv/bin/ruff format --check src tests bench
exec .venv/bin/python -m pytest "$@"
