# SPDX-License-Identifier: Apache-2.0
import importlib.util
import sys
from pathlib import Path

import jax
import pytest

from certjax import _certify

# The slowest test files are handed out first: under `--dist loadfile` a file runs on one
# worker, and a long one collected last ran alone at the end (test_survey: ~400 s of 860 s).
SLOW_FIRST = ("test_survey.py", "test_proofs.py", "test_lax_indexing.py", "test_trust_base.py")


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable otherwise


@pytest.fixture(autouse=True)
def _fresh_proof_cache():
    """Every test proves for itself: the in-process proof cache starts empty."""
    saved = dict(_certify._CACHE)
    _certify._CACHE.clear()
    yield
    _certify._CACHE.clear()
    _certify._CACHE.update(saved)


@pytest.fixture
def getkey():
    keys = iter(jax.random.split(jax.random.key(0), 1000))
    return lambda: next(keys)


@pytest.fixture
def load_benchmark():
    """``load_benchmark("bench_vae")`` imports ``benchmarks/bench_vae.py`` as a module."""
    folder = Path(__file__).resolve().parents[1] / "benchmarks"

    def load(name: str):
        spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
        return mod

    return load
