# SPDX-License-Identifier: Apache-2.0
"""The float model's states: shadow state ``S``, dtype limits, flag algebra, thresholds.

A *shadow state* ``S(v, nan, pinf, ninf, z)`` stands for one array of a jaxpr in its dtype:
``v`` is its value over the reals (float64 JAX arrays, traced into a jaxpr the ordinary
translator reads), and four boolean arrays (or ``None``: false everywhere, no trace; ``True``:
true everywhere) say what the float value may be instead: NaN, +inf, -inf, or (``z``) zero /
a tiny number of either sign. Where rounding could go either way (a real result within
``BAND_EPS`` eps of a threshold) a flag is a fresh unknown boolean (primitive
``certjax_unknown``, read by the translator as ``Builder.unknown()``). The thresholds here are
facts ``float_range`` and ``float_functions`` of ``_facts.FACTS``; the per-primitive rules
that use them are in ``_float_rules.py``, the interpreter in ``_float_model.py``.
"""

from __future__ import annotations

import contextvars
import dataclasses
import math
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
from jax.extend import core as jcore

from ._translate import register_translation, simplest_rational

BAND_EPS = 4  # rounding band: 4 eps relative around every threshold
THETA = 0.5  # the primal and its derivative are claimed on |value| <= THETA * max


class NoFloatModel(Exception):
    """A primitive (or value) the float model has no rule for."""


# -- the unknown boolean ------------------------------------------------------------------
unknown_p = jcore.Primitive("certjax_unknown")
unknown_p.def_abstract_eval(lambda r, *, tag: jax.core.ShapedArray(r.shape, jnp.bool_))


def _unknown_translation(ctx, r, *, tag):
    # one unknown per (value, question): the same operations on the same values (the
    # primal's and the rule's copies of one computation) round the same way
    memo = ctx.__dict__.setdefault("_float_unknowns", {})
    out = np.empty(r.shape, dtype=object)
    for idx in np.ndindex(r.shape):
        key = (id(r[idx]), tag)
        if key not in memo:
            memo[key] = (r[idx], ctx.b.unknown())  # the node is kept: its id stays unique
        out[idx] = memo[key][1]
    return out


register_translation("certjax_unknown", _unknown_translation)


# the dtype the current equation rounds in (``_float_model``): part of every question's
# tag, so that one real value rounded in two dtypes gets an unknown per dtype
rounding_dtype: contextvars.ContextVar[str] = contextvars.ContextVar("rounding_dtype",
                                                                     default="")


def unknown(r, tag: str) -> jax.Array:
    """A boolean about the float value computed from ``r`` that the model leaves open.

    ``r`` may be a constant (arithmetic on a tangent basis vector): the question is staged
    all the same, with the constant as its operand. A proof that runs while JAX traces the
    program runs under ``ensure_compile_time_eval``, which would evaluate a primitive of
    constants at once; no public API turns that off for one primitive, hence the private
    switch (without it: no float model, never a wrong one)."""
    tag = f"{tag}@{rounding_dtype.get()}"
    if isinstance(r, jax.core.Tracer):
        return unknown_p.bind(r, tag=tag)
    try:
        from jax._src.config import eager_constant_folding
    except ImportError as e:
        raise NoFloatModel("a rounding question about a constant (computed before tracing)") from e
    with eager_constant_folding(False):
        try:
            return unknown_p.bind(r, tag=tag)
        except NotImplementedError as e:  # no trace at all to stage the question in
            raise NoFloatModel("a rounding question outside a trace") from e


# -- dtype limits ------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Limits:
    name: str
    max: float
    tiny: float  # smallest normal
    band: float

    @property
    def ln_max(self) -> float:
        return math.log(self.max)

    @property
    def ln_tiny(self) -> float:
        return math.log(self.tiny)


def limits(dtype: Any) -> Limits:
    fi = jnp.finfo(dtype)
    return Limits(np.dtype(dtype).name, float(fi.max), float(fi.smallest_normal),
                  BAND_EPS * float(fi.eps))


def is_float(dtype: Any) -> bool:
    try:
        return bool(jnp.issubdtype(dtype, jnp.floating))
    except TypeError:
        return False


# -- flag algebra: None is false everywhere, True true everywhere --------------------------
def _or(*xs):
    out = None
    for x in xs:
        if x is True:
            return True
        if x is None:
            continue
        out = x if out is None else out | x
    return out


def _and(*xs):
    out = True
    for x in xs:
        if x is None:
            return None
        if x is True:
            continue
        out = x if out is True else out & x
    return out


def _not(x):
    return True if x is None else None if x is True else ~x


def _arr(x, shape):
    if x is None:
        return jnp.zeros(shape, jnp.bool_)
    if x is True:
        return jnp.ones(shape, jnp.bool_)
    return jnp.broadcast_to(x, shape)


class S(NamedTuple):
    v: Any
    nan: Any = None
    pinf: Any = None
    ninf: Any = None
    z: Any = None

    @property
    def inf(self):
        return _or(self.pinf, self.ninf)

    @property
    def nf(self):
        return _or(self.nan, self.pinf, self.ninf)

    @property
    def fin(self):
        return _not(self.nf)

    @property
    def zero(self):  # finite and possibly zero
        return _and(self.fin, self.z)


def nonfinite(s: S) -> jax.Array:
    """The array "may be NaN or +-inf" of a shadow state."""
    return _arr(s.nf, jnp.shape(s.v))


def _u(r, tag: str = "u"):
    return unknown(r, tag)


def _where(c, x, y):
    """``jnp.where`` for values; a static flag picks without a trace."""
    if c is None:
        return y
    if c is True:
        return x
    return jnp.where(c, x, y)


# -- thresholds ----------------------------------------------------------------------------
def _ovf_p(r, lim: Limits):
    """A correctly rounded result overflows only above max (either way up to the band)."""
    return (r > lim.max) & ((r > lim.max * (1 + lim.band)) | _u(r, "t0"))


def _ovf_n(r, lim: Limits):
    return _ovf_p(-r, lim)


def _small(r, lim: Limits):
    """May round to 0 (underflow, flush to zero): |r| < tiny (1 + band)."""
    t = lim.tiny * (1 + lim.band)
    return (r == 0) | ((r * r < t * t) & _u(r, "t1"))


def _exp_ovf(a, r, lim: Limits, shift: float = 0.0):
    """exp may overflow: both necessary conditions, on the argument and on the value."""
    lo, d = lim.ln_max + shift, lim.band * max(1.0, abs(lim.ln_max))
    return (a >= lo - d) & (r >= lim.max * (1 - lim.band)) & ((a > lo + d) | _u(a, "t2"))


def _exp_under(a, r, lim: Limits, shift: float = 0.0):
    lo, d = lim.ln_tiny + shift, lim.band * max(1.0, abs(lim.ln_tiny))
    v = (a <= lo + d) & ((a < lo - d) | _u(a, "t3"))
    return v if r is None else v & (r <= lim.tiny * (1 + lim.band))


def _param(v: Any) -> Any:
    try:
        if isinstance(v, np.dtype | type) and is_float(v):
            return np.dtype(np.float64)
    except TypeError:
        pass
    return v


def _bind(eqn: Any, vals: list[Any]) -> list[Any]:
    params = {k: _param(p) for k, p in eqn.params.items()}
    out = eqn.primitive.bind(*vals, **params)
    return list(out) if eqn.primitive.multiple_results else [out]


def const_state(c: Any) -> S:
    """A constant's shadow: its value read as the translator reads it, specials as flags."""
    a = np.asarray(c)
    if not is_float(a.dtype):
        return S(jnp.asarray(a))
    f = a.astype(np.float64)
    nan, pinf, ninf = np.isnan(f), np.isposinf(f), np.isneginf(f)
    vals = np.zeros(a.shape, np.float64)
    for idx in np.ndindex(a.shape):
        if np.isfinite(f[idx]):
            vals[idx] = float(simplest_rational(a[idx]))

    def flag(m):
        return None if not m.any() else (True if m.all() else jnp.asarray(m))

    return S(jnp.asarray(vals), flag(nan), flag(pinf), flag(ninf), flag(vals == 0))
