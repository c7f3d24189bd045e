# SPDX-License-Identifier: Apache-2.0
"""The float model: where a jaxpr's float values may be NaN, +-inf or 0, in their own dtypes.

:func:`shadow` evaluates a closed jaxpr on *shadow states* ``S(v, nan, pinf, ninf, z)``: ``v``
is the value over the reals (float64 JAX arrays, so the result is traced into a jaxpr that the
ordinary translator reads), and four boolean arrays say what the float value may be instead:
NaN, +inf, -inf, or (``z``) zero / a tiny number of either sign. The flags are computed, per
equation, from the operands' flags and from the real result against the *output dtype's*
thresholds (largest finite value, smallest normal, eps), by the table :data:`FLOAT_RULES`.
Where rounding could go either way (a real result within the band around a threshold, a
cancellation) the flag is a fresh unknown boolean (primitive ``certjax_unknown``, read by the
translator as ``Builder.unknown()``): every float execution is one assignment of the unknowns,
so "no assignment makes an output non-finite" holds for the program in that dtype, up to the
modelling assumption stated in the certificate (errors accumulated over several operations
beyond the bands are not modelled). ``None`` is a flag that is false everywhere (no trace).

Facts: ``float_range``, ``float_ieee``, ``float_cancellation``, ``float_functions`` in
``_facts.FACTS``. A primitive without a float rule raises :class:`NoFloatModel`: the
obligation is then unproved, never proved.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax
from jax.extend import core as jcore

from ._translate import CALL_PARAMS, register_translation, simplest_rational

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


def unknown(r, tag: str) -> jax.Array:
    """A boolean about the float value computed from ``r`` that the model leaves open."""
    return unknown_p.bind(jnp.asarray(r), tag=tag)


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


# -- rules ---------------------------------------------------------------------------------
def _add(a: S, b: S, r, lim: Limits, ovf: bool = True) -> S:
    ip, in_ = _or(a.pinf, b.pinf), _or(a.ninf, b.ninf)
    nan = _or(a.nan, b.nan, _and(ip, in_))
    both = _and(a.fin, b.fin)
    op, on = (_ovf_p(r, lim), _ovf_n(r, lim)) if ovf else (None, None)
    pinf = _and(_not(nan), _or(ip, _and(_not(in_), both, op)))
    ninf = _and(_not(nan), _or(in_, _and(_not(ip), both, on)))
    band2 = 2 * lim.band * lim.band
    cancel = (r * r <= band2 * (a.v * a.v + b.v * b.v)) & _u(r, "t4")
    z = _and(both, _or(_small(r, lim), cancel, _and(a.z, b.z), _and(a.z, b.v == 0),
                       _and(b.z, a.v == 0)))
    v = _where(_and(a.ninf, b.fin), b.v, _where(_and(b.ninf, a.fin), a.v, r))
    return S(v, nan, pinf, ninf, z)


def _neg(a: S) -> S:
    return S(-a.v, a.nan, a.ninf, a.pinf, a.z)


def _pos(a: S):
    """May the value be positive (sign of an infinity a product or quotient yields)."""
    return _or(a.pinf, _and(a.fin, a.v > 0))


def _same(p, q):
    return _or(_and(p, q), _and(_not(p), _not(q)))


def _mul(a: S, b: S, r, lim: Limits) -> S:
    nan = _or(a.nan, b.nan, _and(a.inf, b.zero), _and(b.inf, a.zero))
    anyinf = _or(a.inf, b.inf)
    same = _same(_pos(a), _pos(b)) if anyinf is not None else None
    both = _and(a.fin, b.fin)
    pinf = _and(_not(nan), _or(_and(anyinf, same), _and(both, _ovf_p(r, lim))))
    ninf = _and(_not(nan), _or(_and(anyinf, _not(same)), _and(both, _ovf_n(r, lim))))
    z = _and(both, _or(a.z, b.z, _small(r, lim)))
    return S(r, nan, pinf, ninf, z)


def _div(a: S, b: S, r, lim: Limits) -> S:
    zb = b.zero
    nan = _or(a.nan, b.nan, _and(a.inf, b.inf), _and(zb, a.zero))
    by_zero = _and(zb, a.fin, _not(a.z))
    same = _same(_pos(a), _pos(b)) if a.inf is not None else None
    both = _and(a.fin, b.fin, _not(zb))
    u = _u(r, "t5") if by_zero is not None else None
    pinf = _and(_not(nan), _or(_and(a.inf, b.fin, same), _and(by_zero, u),
                               _and(both, _ovf_p(r, lim))))
    ninf = _and(_not(nan), _not(pinf), _or(_and(a.inf, b.fin, _not(same)), by_zero,
                                           _and(both, _ovf_n(r, lim))))
    z = _or(_and(a.fin, b.inf), _and(both, _or(a.z, _small(r, lim))))
    return S(_where(_and(a.fin, b.inf), jnp.zeros_like(r), r), nan, pinf, ninf, z)


def _exp(a: S, r, lim: Limits, scale: float = 1.0, minus_one: bool = False) -> S:
    """exp(scale * a) (exp2: scale log 2), or expm1."""
    arg = a.v * scale if scale != 1.0 else a.v
    e = r + 1 if minus_one else r
    pinf = _or(a.pinf, _and(a.fin, _exp_ovf(arg, e, lim)))
    if minus_one:  # expm1: accurate near 0, -1 at -inf
        z = _and(a.fin, _or(a.z, _small(r, lim)))
        v = _where(a.ninf, -jnp.ones_like(r), r)
    else:
        z = _or(a.ninf, _and(a.fin, _exp_under(arg, r, lim)))
        v = _where(a.ninf, jnp.zeros_like(r), r)
    return S(v, a.nan, pinf, None, z)


def _log(a: S, r, lim: Limits, one_plus: bool = False) -> S:
    """log(a), or log1p(a) (the argument of the log is then 1 + a)."""
    w = a.v + 1 if one_plus else a.v
    if one_plus:  # 1 + a may cancel to 0 (a = -1 + tiny); log1p itself is accurate near 0
        band2 = 2 * lim.band * lim.band
        wz = _and(a.fin, _or(w == 0, (w * w <= band2 * (a.v * a.v + 1)) & _u(w, "t6")))
    else:
        wz = a.zero
    neg = _and(a.fin, _not(wz), w < 0)
    nan = _or(a.nan, a.ninf, neg, _and(wz, _u(r, "t7")))
    ninf = _and(_not(nan), wz)
    if one_plus:
        z = _and(a.fin, _not(wz), _or(a.z, r == 0))
    else:  # log(1 + tiny) rounds to 0
        z = _and(a.fin, _not(wz), _or(r == 0, ((w - 1) * (w - 1) <= 4 * lim.band ** 2) & _u(r, "t8")))
    return S(r, nan, a.pinf, ninf, z)


def _sqrt(a: S, r, lim: Limits, recip: bool = False) -> S:
    neg = _and(a.fin, _not(a.z), a.v < 0)
    nan = _or(a.nan, a.ninf, neg, _and(a.zero, _u(r, "t9")))
    if recip:  # rsqrt: 1/sqrt(0) = inf, 1/sqrt(inf) = 0
        pinf = _and(_not(nan), a.zero)
        return S(_where(a.pinf, jnp.zeros_like(r), r), nan, pinf, None,
                 _or(a.pinf, _and(a.fin, _not(a.z), _small(r, lim))))
    return S(r, nan, a.pinf, None, _and(a.fin, a.z))


def _ipow(a: S, r, lim: Limits, n: int) -> S:
    if n == 0:
        return S(r)
    if n < 0:  # 1 / a ** |n|
        p = _ipow(a, a.v ** (-n), lim, -n)
        return _div(S(jnp.ones_like(r)), p, r, lim)
    even = n % 2 == 0
    pinf = _or(a.pinf if not even else a.inf, _and(a.fin, _ovf_p(r, lim)))
    ninf = None if even else _or(a.ninf, _and(a.fin, _ovf_n(r, lim)))
    z = _and(a.fin, _or(a.z, _small(r, lim)))
    return S(r, a.nan, pinf, ninf, z)


def _pow(a: S, b: S, r, lim: Limits) -> S:
    """XLA's pow: 0 ** y is 0, 1 or inf by the sign of y; a negative base needs an integer y."""
    both = _and(a.fin, b.fin)
    isint = jnp.floor(b.v) == b.v
    nan = _or(a.nan, b.nan, _and(both, _not(a.z), a.v < 0, ~isint),
              _and(both, a.z, ~isint, _u(r, "t10")))
    # anything with an infinite operand: not modelled finer than "not finite"
    wild = _or(a.inf, b.inf)
    inf = _or(_and(both, a.z, b.v < 0), _and(both, _not(a.z), _or(_ovf_p(r, lim),
                                                                  _ovf_n(r, lim))), wild)
    u = _u(r, "t11")
    pinf = _and(_not(nan), inf, u)
    ninf = _and(_not(nan), inf, ~u)
    z = _and(both, _or(_and(a.z, b.v > 0), _small(r, lim)))
    return S(r, nan, pinf, ninf, z)


def _maxmin(a: S, b: S, r, is_max: bool) -> S:
    nan = _or(a.nan, b.nan)
    hi, lo = ("pinf", "ninf") if is_max else ("ninf", "pinf")
    big = _or(getattr(a, hi), getattr(b, hi))  # max(inf, x) = inf
    small = _and(getattr(a, lo), getattr(b, lo))  # max(-inf, -inf) = -inf
    a_out, b_out = getattr(a, lo), getattr(b, lo)  # max(-inf, x) = x
    v = _where(a_out, b.v, _where(b_out, a.v, r))
    pick_a = (a.v > b.v) if is_max else (a.v < b.v)
    z = _or(_and(a.z, b.z), _and(a.z, _where(b_out, True, pick_a)),
            _and(b.z, _where(a_out, True, ~pick_a)))
    z = _and(_not(nan), _not(big), z)
    return S(v, nan, big if is_max else small, small if is_max else big, z)


def _bounded(a: S, r, lim: Limits, at_inf: tuple[float, float] | None, zeros: str) -> S:
    """A function finite at every finite argument (sin, tanh, logistic, erf, atan...).

    ``at_inf``: its values at +inf and -inf (None: NaN there). ``zeros``: ``"odd"`` (0 only
    near 0: small where the argument is), ``"logistic"`` (underflows for large negative
    arguments), ``"erfc"``, or ``"any"`` (may be 0 or tiny anywhere).
    """
    if at_inf is None:
        nan = _or(a.nan, a.inf)
        v = r
    else:
        nan = a.nan
        v = _where(a.pinf, jnp.full_like(r, at_inf[0]), _where(a.ninf,
                                                                jnp.full_like(r, at_inf[1]), r))
    if zeros == "odd":
        z = _and(a.fin, _or(a.z, r == 0))
    elif zeros == "logistic":
        z = _or(a.ninf, _and(a.fin, _exp_under(a.v, r, lim, 1e-3)))
    elif zeros == "erfc":
        lt = -lim.ln_tiny
        z = _or(a.pinf, _and(a.fin, (a.v >= 0) & (a.v * a.v >= lt - 2 * math.log(
            2 * math.sqrt(lt) + 4)) & _u(r, "t12")))
    else:
        z = _and(_not(nan), _or(r == 0, (r * r <= lim.band ** 2) & _u(r, "t13")))
    return S(v, nan, None, None, z)


def _sign_of(a: S, r) -> S:
    """sign(a): from the value where it is known; any of -1, 0, 1 where a may be tiny."""
    v = _where(a.pinf, jnp.ones_like(r), _where(a.ninf, -jnp.ones_like(r), r))
    if a.z is not None:
        u1, u2 = _u(r, "t14"), _u(r, "t15")
        v = jnp.where(_arr(a.zero, jnp.shape(r)) & u1, jnp.where(u2, jnp.ones_like(r),
                                                                  -jnp.ones_like(r)), v)
        v = jnp.where(_arr(a.zero, jnp.shape(r)) & ~u1 & u2, jnp.zeros_like(r), v)
    return S(v, a.nan, None, None, _and(a.fin, _or(a.z, r == 0)))


def _convert(a: S, r, lim: Limits | None, src_float: bool) -> S:
    """To a float dtype: overflow and underflow of the new dtype; to an integer: finite."""
    if lim is None:  # to an integer or bool dtype
        return S(r)
    if not src_float:  # an integer as a float: may exceed the range (int32 -> float16)
        return S(r, None, _ovf_p(r, lim), _ovf_n(r, lim), _small(r, lim))
    pinf = _or(a.pinf, _and(a.fin, _ovf_p(r, lim)))
    ninf = _or(a.ninf, _and(a.fin, _ovf_n(r, lim)))
    return S(r, a.nan, pinf, ninf, _and(a.fin, _or(a.z, _small(r, lim))))


def _compare(eqn, a: S, b: S, r) -> S:
    """A comparison as the float values answer it: either answer where an operand may be NaN
    or infinite; where one may have rounded to 0 (``z``), possibly the answer at 0."""
    nf = _or(a.nf, b.nf)
    shp = jnp.shape(r)
    if a.z is not None or b.z is not None:
        za = _and(a.z, _u(r, "t16")) if a.z is not None else None
        zb = _and(b.z, _u(r, "t17")) if b.z is not None else None
        z0 = jnp.zeros_like(a.v)
        alt = [(za, zb, _bind(eqn, [z0, jnp.zeros_like(b.v)])[0]),
               (za, _not(zb), _bind(eqn, [z0, b.v])[0]),
               (_not(za), zb, _bind(eqn, [a.v, jnp.zeros_like(b.v)])[0])]
        out = _and(_not(za), _not(zb), r)
        for p, q, c in alt:
            out = _or(out, _and(p, q, c))
        r = _arr(out, shp)
    if nf is None:
        return S(r)
    u = _u(r, "t18")
    f = _arr(nf, shp)
    return S((f & u) | (~f & r))


# -- reductions ----------------------------------------------------------------------------
def _fold(x: S, axes: tuple[int, ...], step) -> S:
    """Fold ``step`` over ``axes`` of ``x`` (element by element: the shapes are small)."""
    nd = jnp.ndim(x.v)
    rest = [d for d in range(nd) if d not in axes]
    perm = list(axes) + rest

    def prep(f):
        if f is None or f is True:
            return f
        f = jnp.broadcast_to(f, jnp.shape(x.v))
        f = jnp.transpose(f, perm)
        return f.reshape((-1, *f.shape[len(axes):]))

    parts = S(*[prep(f) for f in x])
    k = parts.v.shape[0]
    if k == 0:
        raise NoFloatModel("a reduction over an empty axis")

    def item(i):
        return S(*[f if f is None or f is True else f[i] for f in parts])

    acc = item(0)
    for i in range(1, k):
        acc = step(acc, item(i))
    return acc


def _reduce_sum(x: S, axes, lim: Limits) -> S:
    """A sum in any order: overflow is possible when sum(|x_i|) may exceed max (any partial
    sum lies between the sums of the negative and of the positive terms), stated with
    ``k * sum(x_i ** 2) >= (max (1 - band)) ** 2``, which that implies."""
    k = math.prod(jnp.shape(x.v)[a] for a in axes)
    acc = _fold(x, axes, lambda p, q: _add(p, q, p.v + q.v, lim, ovf=False))
    sq = jnp.sum(x.v * x.v, axis=axes)
    c = lim.max * (1 - lim.band)
    fin = x.fin
    if fin is None:
        may = None
    elif fin is True:
        may = k * sq >= c * c
    else:
        may = (k * sq >= c * c) & jnp.all(jnp.broadcast_to(fin, jnp.shape(x.v)), axis=axes)
    r = acc.v
    ov = _and(may, _u(r, "t19")) if may is not None else None  # this order overflows, or not
    pinf = _or(acc.pinf, _and(ov, _not(acc.nan), _not(acc.ninf), (r > 0) | _u(r, "t20")))
    ninf = _or(acc.ninf, _and(ov, _not(acc.nan), _not(pinf)))
    nan = _or(acc.nan, _and(ov, _u(r, "t21")))
    pinf, ninf = _and(_not(nan), pinf), _and(_not(nan), ninf)
    return S(r, nan, pinf, ninf, acc.z)


def _dot(lhs: S, rhs: S, dims, lim: Limits, out_shape) -> S:
    (lc, rc), (lb, rb) = dims
    lf = [d for d in range(jnp.ndim(lhs.v)) if d not in lc and d not in lb]
    rf = [d for d in range(jnp.ndim(rhs.v)) if d not in rc and d not in rb]

    def arrange(s: S, batch, free, contract):
        perm = list(batch) + list(free) + list(contract)
        shp = jnp.shape(s.v)
        nb, nf, nc = (math.prod(shp[d] for d in g) for g in (batch, free, contract))
        return S(*[f if f is None or f is True else
                   jnp.transpose(jnp.broadcast_to(f, shp), perm).reshape(nb, nf, nc)
                   for f in s])

    L, R = arrange(lhs, lb, lf, lc), arrange(rhs, rb, rf, rc)
    Lx = S(*[f if f is None or f is True else f[:, :, None, :] for f in L])
    Rx = S(*[f if f is None or f is True else f[:, None, :, :] for f in R])
    prod = _mul(Lx, Rx, Lx.v * Rx.v, lim)
    shape = jnp.broadcast_shapes(jnp.shape(Lx.v), jnp.shape(Rx.v))
    prod = S(jnp.broadcast_to(prod.v, shape), *[f if f is None or f is True else
                                                jnp.broadcast_to(f, shape) for f in prod[1:]])
    out = _reduce_sum(prod, (3,), lim)
    return S(*[f if f is None or f is True else jnp.reshape(f, out_shape) for f in out])


# -- the interpreter -----------------------------------------------------------------------
_STRUCTURAL = {  # primitive -> how many leading operands are data (the rest: indices)
    "broadcast_in_dim": 1, "reshape": 1, "squeeze": 1, "expand_dims": 1, "transpose": 1,
    "rev": 1, "slice": 1, "concatenate": None, "pad": 2, "dynamic_slice": 1,
    "dynamic_update_slice": 2, "gather": 1, "copy": 1, "copy_p": 1, "split": 1,
}
_CMP = ("lt", "le", "gt", "ge", "eq", "ne")


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


def shadow(closed: Any, ins: list[S]) -> list[S]:
    """Evaluate ``closed`` on shadow states (see the module docstring)."""
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    consts = closed.consts if hasattr(closed, "consts") else []
    env: dict[Any, S] = {}

    def read(v: Any) -> S:
        return const_state(v.val) if isinstance(v, jcore.Literal) else env[v]

    for v, c in zip(jaxpr.constvars, consts, strict=True):
        if isinstance(c, jax.core.Tracer):
            raise NoFloatModel("a closed-over traced value")
        env[v] = const_state(c)
    for v, a in zip(jaxpr.invars, ins, strict=True):
        env[v] = a
    for eqn in jaxpr.eqns:
        ins_ = [read(v) for v in eqn.invars]
        name = eqn.primitive.name
        if name in CALL_PARAMS:
            outs = shadow(eqn.params[CALL_PARAMS[name]], ins_)
        else:
            outs = _equation(eqn, name, ins_)
        for v, s in zip(eqn.outvars, outs, strict=True):
            env[v] = s
    return [read(v) for v in jaxpr.outvars]


def _equation(eqn: Any, name: str, ins: list[S]) -> list[S]:
    out_float = [is_float(v.aval.dtype) for v in eqn.outvars]
    flagged = any(f is not None for s in ins for f in s[1:])
    if name == "cond":
        return _cond(eqn, ins)
    if name in _STRUCTURAL:
        n = _STRUCTURAL[name] or len(ins)
        vals = _bind(eqn, [s.v for s in ins])
        fields = []
        for k in range(1, 5):
            if all(s[k] is None for s in ins[:n]):
                fields.append([None] * len(vals))
            else:
                fl = [_arr(s[k], jnp.shape(s.v)) for s in ins[:n]] + [s.v for s in ins[n:]]
                fields.append(_bind(eqn, fl))
        return [S(v, *(f[i] for f in fields)) for i, v in enumerate(vals)]
    if name == "select_n":
        pred, *cases = ins
        vals = _bind(eqn, [pred.v, *[c.v for c in cases]])
        fl = []
        for k in range(1, 5):
            if all(c[k] is None for c in cases):
                fl.append(None)
            else:
                shp = jnp.shape(vals[0])
                fl.append(lax.select_n(pred.v, *[_arr(c[k], shp) for c in cases]))
        return [S(vals[0], *fl)]
    if name in _CMP:
        (r,) = _bind(eqn, [s.v for s in ins])
        return [_compare(eqn, ins[0], ins[1], r)]
    if name == "is_finite":
        return [S(_arr(ins[0].fin, jnp.shape(ins[0].v)))]
    if not any(out_float):
        if flagged and name not in ("convert_element_type", "stop_gradient"):
            raise NoFloatModel(f"'{name}' of a value that may be NaN or infinite")
        return [S(v) for v in _bind(eqn, [s.v for s in ins])]
    rule = FLOAT_RULES.get(name)
    if rule is None:
        raise NoFloatModel(f"no float model of primitive '{name}'")
    lim = limits(eqn.outvars[0].aval.dtype)
    return rule(eqn, ins, lim)


def _cond(eqn: Any, ins: list[S]) -> list[S]:
    index, *ops = ins
    branches = [shadow(br, ops) for br in eqn.params["branches"]]
    outs = []
    for k in range(len(branches[0])):
        cases = [b[k] for b in branches]
        shp = jnp.shape(cases[0].v)
        vals = lax.select_n(index.v, *[c.v for c in cases]) if len(cases) > 1 else cases[0].v
        fl = [None if all(c[j] is None for c in cases) else
              lax.select_n(index.v, *[_arr(c[j], shp) for c in cases]) for j in range(1, 5)]
        outs.append(S(vals, *fl))
    return outs


def _r(eqn, ins):
    return _bind(eqn, [s.v for s in ins])[0]


def _unary(fn):
    return lambda eqn, ins, lim: [fn(ins[0], _r(eqn, ins), lim)]


def _reduce(eqn, ins, lim):
    (x,) = ins
    axes = tuple(eqn.params["axes"])
    name = eqn.primitive.name
    if name == "reduce_sum":
        return [_reduce_sum(x, axes, lim)]
    is_max = name == "reduce_max"
    return [_fold(x, axes, lambda p, q: _maxmin(p, q, jnp.maximum(p.v, q.v) if is_max
                                              else jnp.minimum(p.v, q.v), is_max))]


def _convert_rule(eqn, ins, lim):
    src = is_float(eqn.invars[0].aval.dtype)
    return [_convert(ins[0], _r(eqn, ins), lim, src)]


def _clamp(eqn, ins, lim):
    lo, x, hi = ins
    m = _maxmin(x, lo, jnp.maximum(x.v, lo.v), True)
    return [_maxmin(m, hi, jnp.minimum(m.v, hi.v), False)]


def _dot_rule(eqn, ins, lim):
    out_shape = eqn.outvars[0].aval.shape
    return [_dot(ins[0], ins[1], eqn.params["dimension_numbers"], lim, out_shape)]


def _abs(a: S, r, lim) -> S:
    return S(_where(a.inf, jnp.zeros_like(r), r), a.nan, a.inf, None, a.z)


FLOAT_RULES = {
    "add": lambda e, i, lim: [_add(i[0], i[1], _r(e, i), lim)],
    "add_any": lambda e, i, lim: [_add(i[0], i[1], _r(e, i), lim)],
    "sub": lambda e, i, lim: [_add(i[0], _neg(i[1]), _r(e, i), lim)],
    "mul": lambda e, i, lim: [_mul(i[0], i[1], _r(e, i), lim)],
    "div": lambda e, i, lim: [_div(i[0], i[1], _r(e, i), lim)],
    "neg": lambda e, i, lim: [_neg(i[0])],
    "max": lambda e, i, lim: [_maxmin(i[0], i[1], _r(e, i), True)],
    "min": lambda e, i, lim: [_maxmin(i[0], i[1], _r(e, i), False)],
    "exp": _unary(lambda a, r, lim: _exp(a, r, lim)),
    "exp2": _unary(lambda a, r, lim: _exp(a, r, lim, scale=math.log(2))),
    "expm1": _unary(lambda a, r, lim: _exp(a, r, lim, minus_one=True)),
    "log": _unary(lambda a, r, lim: _log(a, r, lim)),
    "log1p": _unary(lambda a, r, lim: _log(a, r, lim, one_plus=True)),
    "sqrt": _unary(lambda a, r, lim: _sqrt(a, r, lim)),
    "rsqrt": _unary(lambda a, r, lim: _sqrt(a, r, lim, recip=True)),
    "integer_pow": lambda e, i, lim: [_ipow(i[0], _r(e, i), lim, e.params["y"])],
    "square": lambda e, i, lim: [_ipow(i[0], _r(e, i), lim, 2)],
    "pow": lambda e, i, lim: [_pow(i[0], i[1], _r(e, i), lim)],
    "logistic": _unary(lambda a, r, lim: _bounded(a, r, lim, (1.0, 0.0), "logistic")),
    "tanh": _unary(lambda a, r, lim: _bounded(a, r, lim, (1.0, -1.0), "odd")),
    "erf": _unary(lambda a, r, lim: _bounded(a, r, lim, (1.0, -1.0), "odd")),
    "erfc": _unary(lambda a, r, lim: _bounded(a, r, lim, (0.0, 2.0), "erfc")),
    "atan": _unary(lambda a, r, lim: _bounded(a, r, lim, (math.pi / 2, -math.pi / 2), "odd")),
    "sin": _unary(lambda a, r, lim: _bounded(a, r, lim, None, "any")),
    "cos": _unary(lambda a, r, lim: _bounded(a, r, lim, None, "any")),
    "abs": _unary(_abs),
    "sign": lambda e, i, lim: [_sign_of(i[0], _r(e, i))],
    "floor": _unary(lambda a, r, lim: S(r, a.nan, a.pinf, a.ninf, _and(a.fin, r == 0))),
    "ceil": _unary(lambda a, r, lim: S(r, a.nan, a.pinf, a.ninf, _and(a.fin, r == 0))),
    "round": _unary(lambda a, r, lim: S(r, a.nan, a.pinf, a.ninf, _and(a.fin, r == 0))),
    "stop_gradient": lambda e, i, lim: [i[0]],
    "convert_element_type": _convert_rule,
    "reduce_sum": _reduce,
    "reduce_max": _reduce,
    "reduce_min": _reduce,
    "clamp": _clamp,
    "dot_general": _dot_rule,
}
