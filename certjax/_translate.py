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
from ._errors import (
    MSG_DTYPE,
    MSG_UNSUPPORTED,
    MSG_VALUE,
    CertificationError,
    UnsupportedDtype,
    UnsupportedPrimitive,
    UnsupportedValue,
)
from ._ir import Builder, InfiniteValue, Node

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
    # the body: what JAX runs unbatched; batched, the vmap rule runs, proved then (_vmap_rule)
    "custom_vmap_call": "call",
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
        self.eqn: Any = None  # the equation being translated (its avals give the dtypes)

    def closure(self, tracer: Any) -> np.ndarray:
        """The symbols standing for a closed-over tracer (the same one in every jaxpr)."""
        if id(tracer) not in self._closures:
            name = f"closure{len(self._closures)}"
            self._closures[id(tracer)] = (tracer, symbols(self, name, tuple(tracer.shape)))
        return self._closures[id(tracer)][1]

    def closed_over(self) -> list[tuple[Any, np.ndarray]]:
        """Each closed-over tracer met so far, with the symbols standing for it."""
        return list(self._closures.values())

    def in_dtype(self, k: int) -> np.dtype:
        """The dtype of operand ``k`` of the equation being translated."""
        return np.dtype(self.eqn.invars[k].aval.dtype)

    def out_dtype(self, k: int = 0) -> np.dtype:
        return np.dtype(self.eqn.outvars[k].aval.dtype)


def int_bounds(dtype: Any) -> tuple[int, int] | None:
    """``(lo, hi)`` of a fixed-width integer dtype, None for other dtypes."""
    dt = np.dtype(dtype)
    if dt.kind not in "iu":
        return None
    info = np.iinfo(dt)
    return int(info.min), int(info.max)


def check_dtype(dtype: Any, where: str, primitive: str = "") -> None:
    """Refuse values the encoding cannot model: only real floats, integers and bools."""
    name = getattr(dtype, "name", None) or str(dtype)
    try:
        dt = np.dtype(dtype)
        ok = dt.kind in "iub" or (dt.kind == "f" or jnp_floating(dt))
    except TypeError:
        ok = False
    if not ok:
        raise UnsupportedDtype(MSG_DTYPE.format(dtype=name, where=where),
                               primitive=primitive or f"dtype {name}", dtype=name)


def jnp_floating(dt: np.dtype) -> bool:
    """bfloat16 and other ml_dtypes floats (NumPy kind 'V')."""
    import jax.numpy as jnp

    try:
        return bool(jnp.issubdtype(dt, jnp.floating))
    except TypeError:
        return False


FLOAT0 = np.dtype([("float0", np.void, 0)])  # jax.dtypes.float0


def literal(ctx: Context, value: Any) -> np.ndarray:
    """An object array of IR constants for a jaxpr literal or constant.

    A float literal is read as the simplest rational that rounds to it in its own dtype
    (``float32(0.1)`` is ``1/10``, not ``13421773/134217728``): what the program's author
    wrote, and the reading the certificate states as an assumption. Integers and
    integer-valued floats are exact.
    """
    arr = np.asarray(value)
    if arr.dtype == FLOAT0:  # the tangent of an integer: it carries no value, read as 0
        return np.full(arr.shape, ctx.b.const(0), dtype=object)
    check_dtype(arr.dtype, "a literal")
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


def translate_jaxpr(ctx: Context, closed: Any, args: Sequence[np.ndarray],
                    known: Sequence[Any] | None = None) -> list[np.ndarray]:
    """Evaluate ``closed`` (a ``ClosedJaxpr``) symbolically on ``args``.

    ``known``: per argument, its concrete value where it is a constant of an enclosing
    jaxpr (else ``_library.UNKNOWN``); it lets a call of a ``_library.LIBRARY`` function be
    identified.
    """
    from ._library_match import UNKNOWN

    jaxpr = closed.jaxpr if hasattr(closed, "jaxpr") and hasattr(closed, "consts") else closed
    consts = closed.consts if jaxpr is not closed else []
    env: dict[Any, np.ndarray] = {}
    concrete: dict[Any, Any] = {}  # the variables that are constants, with their values
    for v, c in zip(jaxpr.invars, known or [UNKNOWN] * len(jaxpr.invars), strict=True):
        if c is not UNKNOWN:
            concrete[v] = c

    def read(v: Any) -> np.ndarray:
        if isinstance(v, jcore.Literal):
            return literal(ctx, v.val)
        return env[v]

    def value(v: Any) -> Any:
        if isinstance(v, jcore.Literal):
            return v.val
        return concrete.get(v, UNKNOWN)

    for v, c in zip(jaxpr.constvars, consts, strict=True):
        # a closed-over tracer (a rule defined inside a traced function) has no value yet:
        # it is an unknown, quantified like an input (proving for all of its values)
        if isinstance(c, jax.core.Tracer):
            check_dtype(c.dtype, "a closed-over value")
            env[v] = ctx.closure(c)
        else:
            if np.asarray(c).dtype != FLOAT0:
                check_dtype(np.asarray(c).dtype, "a constant")
            env[v] = literal(ctx, c)
            concrete[v] = c
    if len(args) != len(jaxpr.invars):
        raise TypeError(f"jaxpr takes {len(jaxpr.invars)} arguments, got {len(args)}")
    for v, a in zip(jaxpr.invars, args, strict=True):
        if v.aval.dtype == FLOAT0:  # an integer's (co)tangent: its one value, 0
            env[v] = literal(ctx, np.zeros(v.aval.shape, FLOAT0))
            continue
        check_dtype(v.aval.dtype, "an input")
        env[v] = _as_array(a)
        bounds = int_bounds(v.aval.dtype)
        if bounds is not None:  # integer inputs range over their dtype
            for n in env[v].flat:
                if n.op == "var":
                    ctx.b.int_ranges.setdefault(n.value, bounds)
    for eqn in jaxpr.eqns:
        invals = [read(v) for v in eqn.invars]
        name = eqn.primitive.name
        ctx.primitives.add(name)
        for v in eqn.outvars:
            check_dtype(v.aval.dtype, f"an output of '{name}'", name)
        values = [value(v) for v in eqn.invars] if name in CALL_PARAMS else []
        library = _library_call(ctx, eqn, invals, values) if name == "custom_jvp_call" else None
        if library is not None:
            outvals = library
        elif name in CALL_PARAMS:
            sub = eqn.params[CALL_PARAMS[name]]
            # (consts are ordinary leading operands of the body)
            outvals = translate_jaxpr(ctx, sub, invals, values)
        else:
            rule = TRANSLATIONS.get(name)
            if rule is None:
                raise UnsupportedPrimitive(MSG_UNSUPPORTED.format(name=name), primitive=name)
            outvals = _apply(ctx, rule, eqn, invals)
        for v, val in zip(eqn.outvars, outvals, strict=True):
            val = _as_array(val)
            if tuple(val.shape) != tuple(v.aval.shape):
                raise UnsupportedValue(
                    f"translation of {name} gave shape {val.shape}, jaxpr says {v.aval.shape}"
                    " (a bug in that primitive's registered translation)", primitive=name)
            bounds = int_bounds(v.aval.dtype)
            if bounds is not None and name not in CALL_PARAMS:
                val = _wrap(ctx, val, bounds)
            env[v] = val
    return [read(v) for v in jaxpr.outvars]


def _library_call(ctx: Context, eqn: Any, invals: list[np.ndarray], values: list
                  ) -> list | None:
    """JAX's implementation of a function of ``_library.LIBRARY``: its app nodes, else None."""
    from ._library import apply
    from ._library_match import identify_or_refuse

    hit = identify_or_refuse(eqn, values)
    if hit is None:
        return None
    args = hit.args(invals, lambda v: literal(ctx, np.asarray(v)))
    return apply(ctx.b, hit.entry, args, tuple(eqn.outvars[0].aval.shape))


def _apply(ctx: Context, rule: Translation, eqn: Any, invals: list[np.ndarray]) -> list:
    """One primitive's translation; what goes wrong inside it is a CertificationError."""
    name = eqn.primitive.name
    ctx.eqn = eqn
    try:
        out = rule(ctx, *invals, **eqn.params)
    except CertificationError:
        raise
    except InfiniteValue as e:
        raise UnsupportedValue(MSG_VALUE.format(
            what="an infinite value", name=name,
            why=f"{e} (the proof is over the reals, where inf is no number)"),
            primitive=name) from None
    except RecursionError:
        raise UnsupportedValue(MSG_VALUE.format(
            what="a term", name=name, why="the term is too deep to translate"),
            primitive=name) from None
    except Exception as e:  # noqa: BLE001 - never a raw internal error out of a proof
        raise UnsupportedValue(MSG_VALUE.format(
            what="the operands", name=name, why=f"{type(e).__name__}: {e}"),
            primitive=name) from e
    return list(out) if eqn.primitive.multiple_results else [out]


def _wrap(ctx: Context, val: np.ndarray, bounds: tuple[int, int]) -> np.ndarray:
    """Fixed-width integer results: the exact result modulo 2**bits (XLA wraps around)."""
    out = np.empty(val.shape, dtype=object)
    for idx in np.ndindex(val.shape):
        out[idx] = ctx.b.wrap(val[idx], *bounds)
    return out


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
