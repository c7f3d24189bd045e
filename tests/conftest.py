# SPDX-License-Identifier: Apache-2.0
import jax
import pytest

from certjax import _certify


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
