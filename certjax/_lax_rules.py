# SPDX-License-Identifier: Apache-2.0
"""One small translation per lax primitive (fills ``TRANSLATIONS``).

Elementwise primitives map a builder method over NumPy broadcasting. The structural ones
(reshape, slice, pad, dot_general, reductions...) are in ``_lax_structure.py``, imported at
the end so that importing this module fills the whole table.
"""

from __future__ import annotations

import functools
from fractions import Fraction

import jax.numpy as jnp
import numpy as np

from ._errors import MSG_UNSUPPORTED, UnsupportedPrimitive
from ._ir import Node
from ._translate import Context, int_bounds, register_translation

_obj = functools.partial(np.empty, dtype=object)


def _map(fn, *arrays: np.ndarray) -> np.ndarray:
    arrays = np.broadcast_arrays(*arrays)
    out = _obj(arrays[0].shape)
    for idx in np.ndindex(out.shape):
        out[idx] = fn(*(a[idx] for a in arrays))
    return out


def _elementwise(name: str, method: str) -> None:
    register_translation(name, lambda ctx, *xs, **_: _map(getattr(ctx.b, method), *xs))


for _name, _method in [
    ("add", "add"), ("add_any", "add"), ("sub", "sub"), ("mul", "mul"),
    ("neg", "neg"), ("max", "max"), ("min", "min"), ("exp", "exp"), ("log", "log"),
    ("sqrt", "sqrt"),
]:
    _elementwise(_name, _method)


def _refuse(name: str, ctx: Context) -> UnsupportedPrimitive:
    label = f"{name}[{ctx.out_dtype().name}]"
    return UnsupportedPrimitive(MSG_UNSUPPORTED.format(name=label), primitive=label)


@register_translation("div")
def _div(ctx: Context, x, y, **_):
    # integer division is XLA's (truncating, x / 0 = -1), not real division
    method = ctx.b.idiv if ctx.out_dtype().kind in "iu" else ctx.b.div
    return _map(method, x, y)


@register_translation("rem")
def _rem(ctx: Context, x, y, **_):
    if ctx.out_dtype().kind not in "iu":  # float rem (fmod) is discontinuous: not modelled
        raise _refuse("rem", ctx)
    return _map(ctx.b.irem, x, y)


def _bitwise(name: str, method: str):
    def rule(ctx: Context, *xs, **_):
        if ctx.out_dtype().kind != "b":
            if name != "not":  # bitwise and/or of integers: not modelled
                raise _refuse(name, ctx)
            lo, hi = int_bounds(ctx.out_dtype())
            b = ctx.b  # ~x = -x - 1 (two's complement), = max - x (unsigned)
            return _map(lambda a: b.sub(b.const(-1 if lo < 0 else hi), a), xs[0])
        return _map(getattr(ctx.b, method), *xs)

    register_translation(name, rule)


for _name, _method in [("and", "and_"), ("or", "or_"), ("not", "not_")]:
    _bitwise(_name, _method)

@register_translation("xor")
def _xor(ctx: Context, x, y, **_):
    b = ctx.b

    def one(p: Node, q: Node) -> Node:
        if not (p.is_bool and q.is_bool):
            from ._errors import MSG_UNSUPPORTED, UnsupportedPrimitive

            raise UnsupportedPrimitive(MSG_UNSUPPORTED.format(name="xor[integer]"),
                                       primitive="xor")
        return b.or_(b.and_(p, b.not_(q)), b.and_(b.not_(p), q))

    return _map(one, x, y)


def compare_xla(b, rel: str, x: Node, y: Node) -> Node:
    """``x rel y`` as XLA computes it: false where an operand is NaN (``ne``: true).

    The IR's comparison is about real values; a term outside its domain (``sqrt(x - 1)`` at
    x < 1) has none, and its range facts (``sqrt >= 0``) hold only inside the domain. Branch
    regions are explored where operands are defined, so without this guard the region where
    JAX compares a NaN (and takes the other branch) would belong to no path.
    """
    out = b.cmp(rel, x, y)
    nan = b.boolean(False)
    for t in (x, y):
        if t.partial and not t.is_bool:
            nan = b.or_(nan, b.special(t)[1])
    if nan.op == "bool" and not nan.value or _undecided(nan):
        return out
    return b.or_(nan, out) if rel == "ne" else b.and_(b.not_(nan), out)


def _undecided(c: Node) -> bool:
    """``c`` rests on an unknown boolean of ``_special`` (NaN or infinite, not decided)."""
    from ._ir import walk

    return any(n.op == "var" and str(n.value).startswith("unknown") for n in walk([c]))


def _compare(b, rel: str, x: Node, y: Node) -> Node:
    if not (x.is_bool and y.is_bool):
        return compare_xla(b, rel, x, y)
    # booleans compare as False < True: by their logic, not as reals (count_nonzero's m != False)
    if rel in ("gt", "ge"):
        rel, x, y = {"gt": "lt", "ge": "le"}[rel], y, x
    eq = b.or_(b.and_(x, y), b.and_(b.not_(x), b.not_(y)))
    lt = b.and_(b.not_(x), y)
    return {"eq": eq, "ne": b.not_(eq), "lt": lt, "le": b.or_(lt, eq)}[rel]


for _rel in ("lt", "le", "gt", "ge", "eq", "ne"):
    register_translation(
        _rel, functools.partial(lambda rel, ctx, a, b, **_: _map(
            lambda x, y: _compare(ctx.b, rel, x, y), a, b), _rel)
    )


@register_translation("integer_pow")
def _integer_pow(ctx: Context, x, *, y: int):
    return _map(lambda a: ctx.b.pow(a, y), x)


@register_translation("square")
def _square(ctx: Context, x, **_):
    return _map(lambda a: ctx.b.pow(a, 2), x)


@register_translation("pow")
def _pow(ctx: Context, x, y, **_):
    if ctx.out_dtype().kind in "iu":
        raise _refuse("pow", ctx)
    return _map(lambda a, e: pow_real(ctx.b, a, e), x, y)


def pow_real(b, x: Node, y: Node) -> Node:
    """XLA's ``x ** y`` on its whole real domain (fact ``pow_real``), not only ``x > 0``.

    ``x > 0``: ``exp(y log x)``. ``x == 0``: 0 for ``y > 0``, 1 for ``y == 0``, inf for
    ``y < 0``. ``x < 0``: ``(-1) ** y * exp(y log(-x))``, defined where ``y`` is an integer
    (``parity``'s definedness; an integer-typed ``y`` is one), NaN otherwise.
    """
    if y.op == "const" and y.value.denominator == 1:
        return b.pow(x, int(y.value))
    b.facts |= {"pow_def", "pow_real"}
    zero, one = b.const(0), b.const(1)
    pos = b.exp(b.mul(y, b.log(x)))
    if x.op == "const" and x.value > 0:
        return pos
    inf = b.div(one, zero)  # undefined: XLA's inf
    if y.op == "const":  # a non-integer literal exponent: NaN for every negative base
        at_zero = zero if y.value > 0 else inf
        neg = b.nan()
    else:
        at_zero = b.select(b.cmp("lt", zero, y), b.select(b.cmp("lt", y, zero), one, inf), zero)
        mag = b.exp(b.mul(y, b.log(b.neg(x))))
        neg = b.mul(b.parity(y), mag)
    return b.select(b.cmp("lt", zero, x), b.select(b.cmp("lt", x, zero), at_zero, neg), pos)



@register_translation("rsqrt")
def _rsqrt(ctx: Context, x, **_):
    ctx.b.facts.add("rsqrt_def")
    return _map(lambda a: ctx.b.div(ctx.b.const(1), ctx.b.sqrt(a)), x)


@register_translation("exp2")
def _exp2(ctx: Context, x, **_):
    ctx.b.facts.add("exp2_def")
    ln2 = ctx.b.log(ctx.b.const(2))
    return _map(lambda a: ctx.b.exp(ctx.b.mul(a, ln2)), x)


@register_translation("log1p")
def _log1p(ctx: Context, x, **_):
    ctx.b.facts.add("log1p_def")
    return _map(lambda a: ctx.b.log(ctx.b.add(ctx.b.const(1), a)), x)


@register_translation("expm1")
def _expm1(ctx: Context, x, **_):
    ctx.b.facts.add("expm1_def")
    return _map(lambda a: ctx.b.sub(ctx.b.exp(a), ctx.b.const(1)), x)


@register_translation("logistic")
def _logistic(ctx: Context, x, **_):
    ctx.b.facts.add("logistic_def")
    b = ctx.b
    return _map(lambda a: b.div(b.const(1), b.add(b.const(1), b.exp(b.neg(a)))), x)


@register_translation("tanh")
def _tanh(ctx: Context, x, **_):
    ctx.b.facts.add("tanh_def")
    b = ctx.b

    def one(a: Node) -> Node:
        e2 = b.exp(b.mul(b.const(2), a))
        return b.div(b.sub(e2, b.const(1)), b.add(e2, b.const(1)))

    return _map(one, x)


@register_translation("sinh")
def _sinh(ctx: Context, x, **_):
    ctx.b.facts.add("sinh_def")
    b = ctx.b
    half = b.const(Fraction(1, 2))
    return _map(lambda a: b.mul(half, b.sub(b.exp(a), b.exp(b.neg(a)))), x)


@register_translation("cosh")
def _cosh(ctx: Context, x, **_):
    ctx.b.facts.add("cosh_def")
    b = ctx.b
    half = b.const(Fraction(1, 2))
    return _map(lambda a: b.mul(half, b.add(b.exp(a), b.exp(b.neg(a)))), x)


@register_translation("atanh")
def _atanh(ctx: Context, x, **_):
    ctx.b.facts.add("atanh_def")
    b = ctx.b
    one, half = b.const(1), b.const(Fraction(1, 2))
    return _map(lambda a: b.mul(half, b.sub(b.log(b.add(one, a)), b.log(b.sub(one, a)))), x)


@register_translation("asinh")
def _asinh(ctx: Context, x, **_):
    ctx.b.facts.add("asinh_def")
    b = ctx.b
    return _map(lambda a: b.log(b.add(a, b.sqrt(b.add(b.pow(a, 2), b.const(1))))), x)


@register_translation("acosh")
def _acosh(ctx: Context, x, **_):
    ctx.b.facts.add("acosh_def")
    b = ctx.b
    return _map(lambda a: b.log(b.add(a, b.sqrt(b.sub(b.pow(a, 2), b.const(1))))), x)


@register_translation("clamp")
def _clamp(ctx: Context, lo, x, hi, **_):
    # lax.clamp(lo, x, hi) = min(max(x, lo), hi)
    return _map(lambda low, a, high: ctx.b.min(ctx.b.max(a, low), high), lo, x, hi)


@register_translation("abs")
def _abs(ctx: Context, x, **_):
    b = ctx.b
    # (NaN where a is: both branches hold a, so its definedness is kept on either path)
    return _map(lambda a: b.select(b.cmp("lt", a, b.const(0)), a, b.neg(a)), x)


@register_translation("sign")
def _sign(ctx: Context, x, **_):
    b = ctx.b

    def one(a: Node) -> Node:  # sign(NaN) = NaN: kept undefined where a is
        zero = b.const(0)
        pos = b.select(compare_xla(b, "lt", zero, a), zero, b.const(1))
        return b.keep(b.select(compare_xla(b, "lt", a, zero), pos, b.const(-1)), a)

    return _map(one, x)


@register_translation("select_n")
def _select_n(ctx: Context, pred, *cases, **_):
    b = ctx.b

    def one(p: Node, *cs: Node) -> Node:
        if len(cs) == 2 and p.is_bool:
            return b.select(p, cs[0], cs[1])
        # integer selector: cases[p], clamped as XLA's lowering (a tree of `p < k` selects)
        # gives it: p <= 0 takes cases[0], p >= n - 1 the last
        out = cs[-1]
        for i in range(len(cs) - 2, 0, -1):
            out = b.select(b.cmp("eq", p, b.const(i)), out, cs[i])
        return b.select(b.cmp("le", p, b.const(0)), out, cs[0]) if len(cs) > 1 else out

    return _map(one, pred, *cases)


@register_translation("is_finite")
def _is_finite(ctx: Context, x, **_):
    # false exactly where the term is NaN or +-inf (its definedness), not always true
    return _map(lambda a: ctx.b.not_(ctx.b.special(a)[0]), x)


@register_translation("stop_gradient")
def _stop_gradient(ctx: Context, x, **_):
    if not ctx.opaque_stop_gradient:
        return x
    # A stop_gradient value is generalised to an arbitrary real: proving the obligation for
    # every value of it proves it for the one the program computes.
    return _map(lambda a: a if a.op in ("const", "inf") else ctx.b.var(f"sg!{a.uid}"), x)


@register_translation("convert_element_type")
def _convert(ctx: Context, x, *, new_dtype, **_):
    b = ctx.b
    if jnp.issubdtype(new_dtype, jnp.floating):  # (bfloat16 is not numpy's kind "f")
        return _map(lambda a: b.select(a, b.const(0), b.const(1)) if a.is_bool else a, x)
    if np.dtype(new_dtype).kind == "b":
        return _map(lambda a: a if a.is_bool else b.cmp("ne", a, b.const(0)), x)
    from_int = ctx.in_dtype(0).kind in "iu"

    def one(a: Node) -> Node:
        # integer -> integer: the value, wrapped into the new dtype after the equation
        if from_int or a.op == "const" and a.value.denominator == 1:
            return a
        if a.is_bool:
            return b.select(a, b.const(0), b.const(1))
        from ._errors import MSG_UNSUPPORTED, UnsupportedPrimitive

        raise UnsupportedPrimitive(
            MSG_UNSUPPORTED.format(name=f"convert_element_type[{new_dtype}]"),
            primitive="convert_element_type",
        )
    return _map(one, x)


register_translation("copy", lambda ctx, x, **_: x)
register_translation("copy_p", lambda ctx, x, **_: x)
register_translation("optimization_barrier", lambda ctx, *xs, **_: list(xs))


# the translations kept in their own modules register themselves on import
from . import (  # noqa: E402, F401
    _lax_control,
    _lax_indexing,
    _lax_linalg,
    _lax_loops,
    _lax_sort,
    _lax_special,
    _lax_structure,
)
