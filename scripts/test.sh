#!/usr/bin/env bash
# The README's test command: install planwatch with its test extras into .venv, then run the suite.
# PostgreSQL tests start a throwaway server from the machine's PostgreSQL binaries (see
# tests/conftest.py); .ci/run installs them on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,postgres]'
exec .venv/bin/python -m pytest "$@"
