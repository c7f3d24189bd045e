# SPDX-License-Identifier: Apache-2.0
"""Evaluating the real JAX functions at a solver's point: float64, tolerances, formatting."""

from __future__ import annotations

import contextlib
import warnings
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

RTOL, ATOL = 1e-6, 1e-9


@contextlib.contextmanager
def _float64():
    """Evaluate JAX in float64; warnings raised by the rule at a bad point are not errors.

    Op by op (``disable_jit``): the same primitives run, and a point check then costs no XLA
    compilation of each rule's jitted helpers (primitives compile once per process). Eagerly
    (``ensure_compile_time_eval``) even where the proof runs while JAX traces the program
    (a rule registered inside ``jit``): the point's values are numbers, never staged.
    """
    with jax.enable_x64(True), jax.disable_jit(), jax.ensure_compile_time_eval(), \
            warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _jnp(arrays: list[np.ndarray]) -> list[jax.Array]:
    # JAX arrays, not NumPy ones: a rule written with operators (``g * x / x``) must run as
    # the JAX program it is, not as NumPy code
    return [jnp.asarray(a) for a in arrays]


def _fmt(v: Any) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k!r}: {_fmt(x)}" for k, x in v.items()) + "}"
    if isinstance(v, tuple):
        return "(" + ", ".join(_fmt(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if callable(v) or isinstance(v, str):
        return getattr(v, "__name__", repr(v))
    if v is None or isinstance(v, (bool, np.bool_)):  # static values as written: None, False
        return repr(None if v is None else bool(v))
    a = np.asarray(v, dtype=np.float64)
    if a.shape == ():
        return f"{float(a):.6g}"
    return np.array2string(a, precision=6, separator=", ").replace("\n", "")


def _differs(a: Any, b: Any) -> tuple[bool, bool]:
    """(differs, finite) for two pytrees of float64 arrays."""
    la = [np.asarray(x, np.float64) for x in jax.tree_util.tree_leaves(a)]
    lb = [np.asarray(x, np.float64) for x in jax.tree_util.tree_leaves(b)]
    finite = all(np.all(np.isfinite(x)) for x in la + lb)
    if not finite:
        return False, False
    bad = any(np.any(np.abs(x - y) > RTOL * (np.abs(x) + np.abs(y)) + ATOL)
              for x, y in zip(la, lb, strict=True))
    return bad, True


def _compare(a: Any, b: Any) -> tuple[bool, str]:
    """(differs, detail) for two pytrees of float64 arrays: the detail is "non-finite", or,
    where they agree, "agree within <gap> relative" (or "agree exactly in float64")."""
    bad, fin = _differs(a, b)
    if not fin:
        return bad, "non-finite"
    if bad:
        return True, ""
    la = [np.asarray(x, np.float64) for x in jax.tree_util.tree_leaves(a)]
    lb = [np.asarray(x, np.float64) for x in jax.tree_util.tree_leaves(b)]
    gap = max((float(np.max(np.abs(x - y) / np.maximum(np.abs(x) + np.abs(y), 1e-300)))
               for x, y in zip(la, lb, strict=False) if np.size(x)), default=0.0)
    return False, f"agree within {gap:.1e} relative" if gap > 0 else "agree exactly in float64"


def _finite(tree: Any) -> bool:
    leaves = jax.tree_util.tree_leaves(tree)
    return all(np.all(np.isfinite(np.asarray(x, np.float64))) for x in leaves)



def _call(fn_name: str, cex: dict[str, Any]) -> str:
    return f"{fn_name}(" + ", ".join(f"{k}={_fmt(v)}" for k, v in cex.items()) + ")"

