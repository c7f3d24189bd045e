# SPDX-License-Identifier: Apache-2.0
"""Translate a closed jaxpr into the IR of ``_ir.py``, element by element.

The loop is ``jax.core.eval_jaxpr``'s: an environment from jaxpr variables to values, one
equation at a time, each primitive looked up in :data:`TRANSLATIONS` (``_lax_rules.py`` fills
it). Array values are NumPy ``object`` arrays of IR nodes, so arrays of small fixed shape are
unrolled element-wise. Call-like primitives (``jit``, ``closed_call``, ``custom_jvp_call``,
``custom_vjp_call``, ``remat``) are entered: a custom-derivative call contributes its primal
body, which is what the forward pass runs.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

import jax
import numpy as np
from jax.extend import core as jcore

from ._constants import named_constant
from ._errors import MSG_UNSUPPORTED, UnsupportedPrimitive
from ._ir import Builder, Node

Translation = Callable[..., Sequence[np.ndarray] | np.ndarray]
TRANSLATIONS: dict[str, Translation] = {}
# Primitives whose sub-jaxpr is entered; value: the param holding it.
CALL_PARAMS = {
    "jit": "jaxpr",
    "pjit": "jaxpr",
    "closed_call": "call_jaxpr",
    "core_call": "call_jaxpr",
    "custom_jvp_call": "call_jaxpr",
    "custom_vjp_call": "call_jaxpr",
    "remat": "jaxpr",
    "remat2": "jaxpr",  # jax.checkpoint in jax 0.10
    "checkpoint": "jaxpr",
}


def register_translation(name: str, fn: Translation | None = None):
    """Register how primitive ``name`` is translated; usable as a decorator.

    The function receives ``(ctx, *operands, **params)``, operands being object arrays of
    IR nodes, and returns one array or a list of arrays (``multiple_results`` primitives).

    Example:
        >>> import certjax
        >>> certjax.register_translation("my_identity", lambda ctx, x: x)  # doctest: +ELLIPSIS
        <function <lambda> at ...>
    """
    if fn is None:
        return lambda f: register_translation(name, f)
    TRANSLATIONS[name] = fn
    return fn


class Context:
    """What a translation needs besides the operands: the builder and its options."""

    def __init__(self, builder: Builder, *, opaque_stop_gradient: bool = True) -> None:
        self.b = builder
        self.opaque_stop_gradient = opaque_stop_gradient
        self.primitives: set[str] = set()
        self._closures: dict[int, tuple[Any, np.ndarray]] = {}

    def closure(self, tracer: Any) -> np.ndarray:
        """The symbols standing for a closed-over tracer (the same one in every jaxpr)."""
        if id(tracer) not in self._closures:
            name = f"closure{len(self._closures)}"
            self._closures[id(tracer)] = (tracer, symbols(self, name, tuple(tracer.shape)))
        return self._closures[id(tracer)][1]


def literal(ctx: Context, value: Any) -> np.ndarray:
    """An object array of IR constants for a jaxpr literal or constant.

    A float literal is read as the simplest rational that rounds to it in its own dtype
    (``float32(0.1)`` is ``1/10``, not ``13421773/134217728``): what the program's author
    wrote, and the reading the certificate states as an assumption. Integers and
    integer-valued floats are exact.
    """
    arr = np.asarray(value)
    out = np.empty(arr.shape, dtype=object)
    for idx in np.ndindex(arr.shape):
        v = arr[idx]
        if arr.dtype.kind == "f":
            named = named_constant(ctx.b, v)  # the rounding of pi, 2/sqrt(pi)...: that constant
            out[idx] = named if named is not None else ctx.b.const(simplest_rational(v))
        else:
            out[idx] = ctx.b.const(v.item())
    return out


def simplest_rational(v: np.floating) -> Fraction | float:
    """The rational with the smallest denominator that rounds to ``v`` in ``v``'s dtype.

    The candidates are the open rounding interval of ``v`` (half-way to each neighbour), so
    the result converts back to exactly ``v`` under round-to-nearest.

    Example:
        >>> simplest_rational(np.float32(0.1)), simplest_rational(np.float32(1 / 3))
        (Fraction(1, 10), Fraction(1, 3))
    """
    f = float(v)
    if not math.isfinite(f) or f.is_integer():
        return f if not math.isfinite(f) else Fraction(int(f))
    if f < 0:
        return -simplest_rational(-v)
    dt = np.asarray(v).dtype.type
    below = Fraction(float(np.nextafter(dt(v), dt(-np.inf))))
    above = Fraction(float(np.nextafter(dt(v), dt(np.inf))))
    exact = Fraction(f)
    return _simplest_between((exact + below) / 2, (exact + above) / 2)


def _simplest_between(lo: Fraction, hi: Fraction) -> Fraction:
    """Smallest-denominator rational in the open interval (lo, hi), 0 <= lo < hi."""
    n = math.floor(lo)
    if n + 1 < hi:
        return Fraction(n + 1)
    a, b = lo - n, hi - n  # 0 <= a < b <= 1
    if a == 0:
        return n + Fraction(1, math.floor(1 / b) + 1)
    return n + 1 / _simplest_between(1 / b, 1 / a)


def symbols(ctx: Context, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """An object array of fresh input variables ``name``, ``name[0]``, ..."""
    out = np.empty(shape, dtype=object)
    for idx in np.ndindex(shape):
        suffix = "" if not shape else "[" + ",".join(map(str, idx)) + "]"
        out[idx] = ctx.b.var(name + suffix)
    return out


def translate_jaxpr(ctx: Context, closed: Any, args: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Evaluate ``closed`` (a ``ClosedJaxpr``) symbolically on ``args``."""
    jaxpr = closed.jaxpr if hasattr(closed, "jaxpr") and hasattr(closed, "consts") else closed
    consts = closed.consts if jaxpr is not closed else []
    env: dict[Any, np.ndarray] = {}

    def read(v: Any) -> np.ndarray:
        if isinstance(v, jcore.Literal):
            return literal(ctx, v.val)
        return env[v]

    for v, c in zip(jaxpr.constvars, consts, strict=True):
        # a closed-over tracer (a rule defined inside a traced function) has no value yet:
        # it is an unknown, quantified like an input (proving for all of its values)
        env[v] = ctx.closure(c) if isinstance(c, jax.core.Tracer) else literal(ctx, c)
    if len(args) != len(jaxpr.invars):
        raise TypeError(f"jaxpr takes {len(jaxpr.invars)} arguments, got {len(args)}")
    for v, a in zip(jaxpr.invars, args, strict=True):
        env[v] = _as_array(a)
    for eqn in jaxpr.eqns:
        invals = [read(v) for v in eqn.invars]
        name = eqn.primitive.name
        ctx.primitives.add(name)
        if name in CALL_PARAMS:
            sub = eqn.params[CALL_PARAMS[name]]
            n_consts = eqn.params.get("num_consts", 0) if name == "custom_vjp_call" else 0
            del n_consts  # consts are ordinary leading operands of the body
            outvals = translate_jaxpr(ctx, sub, invals)
        else:
            rule = TRANSLATIONS.get(name)
            if rule is None:
                raise UnsupportedPrimitive(MSG_UNSUPPORTED.format(name=name), primitive=name)
            out = rule(ctx, *invals, **eqn.params)
            outvals = list(out) if eqn.primitive.multiple_results else [out]
        for v, val in zip(eqn.outvars, outvals, strict=True):
            val = _as_array(val)
            if tuple(val.shape) != tuple(v.aval.shape):
                raise AssertionError(
                    f"translation of {name} gave shape {val.shape}, jaxpr says {v.aval.shape}"
                )
            env[v] = val
    return [read(v) for v in jaxpr.outvars]


def _as_array(a: Any) -> np.ndarray:
    if isinstance(a, np.ndarray) and a.dtype == object:
        return a
    if isinstance(a, Node):
        out = np.empty((), dtype=object)
        out[()] = a
        return out
    raise TypeError(f"expected an object array of IR nodes, got {type(a)}")


def supported_primitives() -> list[str]:
    """Names of the primitives the translator knows, call-like ones included."""
    from . import _lax_rules  # noqa: F401

    return sorted(set(TRANSLATIONS) | set(CALL_PARAMS))
