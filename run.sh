#!/usr/bin/env bash
# Quick start, command 1: set up, prove the rule library (custom rules and estimator pairs,
# against proofs/), print the verdict table, then a short VAE run on real MNIST (one epoch).
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh
.venv/bin/certjax check
.venv/bin/python examples/vae_train.py --epochs 1 --no-progress
