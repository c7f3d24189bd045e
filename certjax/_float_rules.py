# SPDX-License-Identifier: Apache-2.0
"""The float model's rule table: per primitive, the output's shadow state from the operands'.

Each rule maps operand states (``_float_state.S``) and the real result ``r`` to the output
state in the output dtype: IEEE special values (fact ``float_ieee``), overflow and underflow
against the dtype's thresholds (``float_range``, ``float_functions``), cancellation in sums
(``float_cancellation``). :data:`FLOAT_RULES` is the table the interpreter
(``_float_model.shadow``) reads; a primitive missing from it makes the obligation unproved.
"""

from __future__ import annotations

import itertools
import math

import jax.numpy as jnp

from ._float_state import (
    Limits,
    NoFloatModel,
    S,
    _and,
    _arr,
    _bind,
    _exp_ovf,
    _exp_under,
    _not,
    _or,
    _ovf_n,
    _ovf_p,
    _small,
    _u,
    _where,
    is_float,
)


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
        near_one = ((w - 1) * (w - 1) <= 4 * lim.band ** 2) & _u(r, "t8")
        z = _and(a.fin, _not(wz), _or(r == 0, near_one))
    return S(r, nan, a.pinf, ninf, z)


def _sqrt(a: S, r, lim: Limits, recip: bool = False) -> S:
    neg = _and(a.fin, _not(a.z), a.v < 0)
    nan = _or(a.nan, a.ninf, neg, _and(a.zero, _u(r, "t9")))
    if recip:  # rsqrt: 1/sqrt(0) = inf, 1/sqrt(inf) = 0
        pinf = _and(_not(nan), a.zero)
        return S(_where(a.pinf, jnp.zeros_like(r), r), nan, pinf, None,
                 _or(a.pinf, _and(a.fin, _not(a.z), _small(r, lim))))
    return S(r, nan, a.pinf, None, _and(a.fin, a.z))


def _cosh(a: S, r, lim: Limits, odd: bool) -> S:
    """cosh, or sinh (``odd``): e**|a| / 2 up to e**-|a| / 2, so it overflows near |a| =
    log(2 max); XLA's value there is within ~1e-5 relative of the real one (measured 3e-6 in
    float32), so the band on the argument is 8 times exp's. sinh is small where a is."""
    x = jnp.abs(a.v)
    lo, d = lim.ln_max + math.log(2.0), 8 * lim.band * max(1.0, abs(lim.ln_max))
    ovf = _and(a.fin, (x >= lo - d) & ((x > lo + d) | _u(x, "t22")))
    if not odd:
        return S(r, a.nan, _or(a.inf, ovf), None, None)
    pinf = _or(a.pinf, _and(ovf, a.v > 0))
    ninf = _or(a.ninf, _and(ovf, a.v < 0))
    return S(r, a.nan, pinf, ninf, _and(a.fin, _or(a.z, _small(r, lim))))


def _asinh(a: S, r, lim: Limits) -> S:
    """asinh: finite at every finite argument (log(2 |a|) for large |a|), +-inf at +-inf,
    small where a is."""
    return S(r, a.nan, a.pinf, a.ninf, _and(a.fin, _or(a.z, _small(r, lim))))


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


SUBSET_TERMS = 4  # up to this many terms, a sum's overflow is judged on its subset sums


def _partial_overflow(xv, axes, c: float):
    """May some partial sum of ``xv`` over ``axes``, in some order, reach ``c`` in magnitude.

    Every partial sum of any order (sequential, pairwise, a tree) is the sum of a subset of
    at least two terms: up to :data:`SUBSET_TERMS` terms each such subset sum is compared
    with ``c`` (linear, and exact for two terms: the one addition); beyond, the criterion
    ``k * sum(x_i ** 2) >= c ** 2``, which any partial sum beyond ``c`` implies (it lies
    between the sums of the negative and of the positive terms; Cauchy-Schwarz)."""
    shp = jnp.shape(xv)
    k = math.prod(shp[a] for a in axes)
    if k > SUBSET_TERMS:
        return k * jnp.sum(xv * xv, axis=axes) >= c * c
    rest = [d for d in range(len(shp)) if d not in axes]
    terms = jnp.transpose(xv, list(axes) + rest).reshape((k, *[shp[d] for d in rest]))
    may = None
    for n in range(2, k + 1):
        for sub in itertools.combinations(range(k), n):
            t = sum(terms[i] for i in sub)
            may = _or(may, (t >= c) | (t <= -c))
    return may


def _reduce_sum(x: S, axes, lim: Limits) -> S:
    """A sum in any order: overflow is possible only where a partial sum may reach
    ``max (1 - band)`` in magnitude (:func:`_partial_overflow`)."""
    acc = _fold(x, axes, lambda p, q: _add(p, q, p.v + q.v, lim, ovf=False))
    c = lim.max * (1 - lim.band)
    fin = x.fin
    part = _partial_overflow(x.v, axes, c) if fin is not None else None
    if fin is None or part is None:
        may = None
    elif fin is True:
        may = part
    else:
        may = part & jnp.all(jnp.broadcast_to(fin, jnp.shape(x.v)), axis=axes)
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
    "cosh": _unary(lambda a, r, lim: _cosh(a, r, lim, odd=False)),
    "sinh": _unary(lambda a, r, lim: _cosh(a, r, lim, odd=True)),
    "asinh": _unary(_asinh),
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
