#!/usr/bin/env bash
# Quick start, command 1: set up, prove the rule library, print the verdict table.
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh
.venv/bin/certjax check
