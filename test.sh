#!/usr/bin/env bash
# Quick start, command 2: set up and run the whole test suite.
# The tests run on every core (pytest-xdist, one file per worker at a time: module fixtures such
# as the trained VAE are built once); CERTJAX_TEST_WORKERS=0 runs them in this process.
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh
exec .venv/bin/python -m pytest -n "${CERTJAX_TEST_WORKERS:-auto}" --dist loadfile "$@"
