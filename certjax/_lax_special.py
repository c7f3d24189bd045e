# SPDX-License-Identifier: Apache-2.0
"""Translations of the transcendental and integer-valued lax primitives (``app`` nodes).

Each application becomes an ``app`` node of the IR, lowered by ``_lower_special.py`` to a
fresh Z3 variable with ground facts. The rewrites made here are the functions' symmetries
and definitions, each a named fact of ``_facts.FACTS``: ``sin(-a) = -sin(a)``, ``cos(-a) =
cos(a)``, ``tan = sin / cos``, ``acos = pi/2 - asin``, ``erfc = 1 - erf``, ``erf(erf_inv(u))
= u``, ``ceil(a) = -floor(-a)``, ``rem(a, b) = a - b * trunc(a / b)``. They make the terms of
a rule written the natural way (``g * jnp.cos(x)``) and of JAX's own JVP (``cos(x) * t``)
the same nodes, so a proof is hash-consing plus algebra.
"""

from __future__ import annotations

import math
from fractions import Fraction

import jax.numpy as jnp
import numpy as np

from ._errors import MSG_UNSUPPORTED, UnsupportedPrimitive
from ._ir import Builder, Node
from ._lax_rules import _map
from ._translate import Context, register_translation

_ODD = {"sin", "asin", "atan", "erf", "erf_inv"}  # f(-a) = -f(a)
_EVEN = {"cos"}
_ZERO = {"sin": 0, "cos": 1, "asin": 0, "atan": 0, "erf": 0, "erf_inv": 0}
_PARITY_FACT = {"sin": "sin_cos_parity", "cos": "sin_cos_parity", "asin": "asin_def",
                "atan": "atan_def", "erf": "erf_def", "erf_inv": "erf_inv_def"}


def special(b: Builder, name: str, a: Node) -> Node:
    """``name(a)`` with its parity, value at 0 and inverse folded."""
    if a.op == "const" and a.value == 0 and name in _ZERO:
        b.facts.add(_PARITY_FACT[name])
        return b.const(_ZERO[name])
    if a.op == "neg" and (name in _ODD or name in _EVEN):
        b.facts.add(_PARITY_FACT[name])
        inner = special(b, name, a.args[0])
        return b.neg(inner) if name in _ODD else inner
    if name == "erf_inv" and a.op == "app" and a.value == "erf":
        b.facts.add("erf_inv_def")
        return a.args[0]  # erf_inv(erf(a)) = a everywhere; erf(erf_inv(u)): a lowering fact
    return b.app(name, a)


def _unary(name: str):
    register_translation(name, lambda ctx, x, **_: _map(lambda a: special(ctx.b, name, a), x))


for _name in ("sin", "cos", "asin", "atan", "erf", "erf_inv", "lgamma", "digamma"):
    _unary(_name)


@register_translation("tan")
def _tan(ctx: Context, x, **_):
    b = ctx.b
    b.facts.add("tan_def")
    return _map(lambda a: b.div(special(b, "sin", a), special(b, "cos", a)), x)


@register_translation("acos")
def _acos(ctx: Context, x, **_):
    b = ctx.b
    b.facts.add("asin_def")
    return _map(lambda a: b.sub(b.div(b.app("pi"), b.const(2)), special(b, "asin", a)), x)


@register_translation("erfc")
def _erfc(ctx: Context, x, **_):
    b = ctx.b
    b.facts.add("erf_def")
    return _map(lambda a: b.sub(b.const(1), special(b, "erf", a)), x)


@register_translation("atan2")
def _atan2(ctx: Context, y, x, **_):
    return _map(lambda p, q: ctx.b.app("atan2", p, q), y, x)


@register_translation("polygamma")
def _polygamma(ctx: Context, m, x, **_):
    def one(k: Node, a: Node) -> Node:
        if k.op != "const" or k.value.denominator != 1 or k.value < 0:
            raise UnsupportedPrimitive(
                MSG_UNSUPPORTED.format(name="polygamma with a non-constant order"),
                primitive="polygamma")
        if k.value == 0:
            return ctx.b.app("digamma", a)
        return ctx.b.app("polygamma", k, a)

    return _map(one, m, x)


# -- integer-valued ------------------------------------------------------------------------
def floor(b: Builder, a: Node) -> Node:
    if a.op == "const":
        return b.const(math.floor(a.value))
    return b.app("floor", a)


@register_translation("floor")
def _floor(ctx: Context, x, **_):
    return _map(lambda a: floor(ctx.b, a), x)


@register_translation("ceil")
def _ceil(ctx: Context, x, **_):
    b = ctx.b
    b.facts.add("floor_def")
    return _map(lambda a: b.neg(floor(b, b.neg(a))), x)


@register_translation("round")
def _round(ctx: Context, x, *, rounding_method=0, **_):
    b = ctx.b

    def one(a: Node) -> Node:
        if a.op == "const":
            v = a.value
            if int(rounding_method) == 1:  # half to even
                return b.const(round(v))
            return b.const(int(math.copysign(math.floor(abs(v) + Fraction(1, 2)), v)))
        return b.app("round", a)

    return _map(one, x)


@register_translation("rem")
def _rem(ctx: Context, x, y, **_):
    b = ctx.b
    if ctx.eqn is not None and ctx.out_dtype().kind in "iu":
        return _map(b.irem, x, y)  # XLA's integer rem (truncating, rem(x, 0) = x)

    def one(p: Node, q: Node) -> Node:
        if p.is_bool or q.is_bool:
            raise UnsupportedPrimitive(MSG_UNSUPPORTED.format(name="rem[bool]"), primitive="rem")
        b.facts.add("rem_def")
        z = b.div(p, q)
        t = b.const(math.trunc(z.value)) if z.op == "const" else b.app("trunc", z)
        return b.sub(p, b.mul(q, t))

    return _map(one, x, y)


# -- the bits of a float, read as an integer -----------------------------------------------
@register_translation("bitcast_convert_type")
def _bitcast(ctx: Context, x, *, new_dtype, **_):
    """A float's bits as a signed integer of its width: known only by their sign.

    ``app('float_bits<n>', a)`` is an integer of ``int<n>``'s range that is > 0 for a > 0,
    < 0 for a < 0 and 0 or the minimum (``+0.0``/``-0.0``) at 0 (fact ``float_bits``);
    nothing else of the IEEE 754 layout is modelled, so a rule reading more of the bits
    (an exponent, a mantissa) is left unproved, never proved wrongly.
    """
    src, dst = ctx.in_dtype(0), np.dtype(new_dtype)
    if not (src.kind == "f" and dst.kind == "i" and src.itemsize == dst.itemsize):
        raise UnsupportedPrimitive(
            MSG_UNSUPPORTED.format(name=f"bitcast_convert_type[{src} -> {dst}]"),
            primitive="bitcast_convert_type")
    bits = 8 * dst.itemsize
    return _map(lambda a: ctx.b.app(f"float_bits{bits}", a), x)


@register_translation("reduce_precision")
def _reduce_precision(ctx: Context, x, *, exponent_bits, mantissa_bits, **_):
    """Rounding to ``exponent_bits`` / ``mantissa_bits``: the identity when the operand's dtype
    has no more bits than that, else ``app('reduce_precision<e>_<m>', a)``, known only by
    its sign and its monotonicity (fact ``reduce_precision_def``): a rule that needs its
    value is left unproved, or refuted at a point JAX confirms, never proved wrongly."""
    info = jnp.finfo(ctx.in_dtype(0))
    if exponent_bits >= info.nexp and mantissa_bits >= info.nmant:
        return x
    return _map(lambda a: ctx.b.app(f"reduce_precision{exponent_bits}_{mantissa_bits}", a), x)


def _shift_amount(s: Node, name: str) -> int:
    if s.op != "const" or s.value.denominator != 1:
        raise UnsupportedPrimitive(MSG_UNSUPPORTED.format(name=f"{name} by a traced amount"),
                                   primitive=name)
    return int(s.value)


@register_translation("shift_right_arithmetic")
def _shift_right_arithmetic(ctx: Context, x, s, **_):
    """``x >> s`` with sign fill: ``floor(x / 2**s)`` (``s >= bits``: as ``bits - 1``)."""
    b = ctx.b
    bits = 8 * ctx.in_dtype(0).itemsize
    if ctx.in_dtype(0).kind != "i":
        raise UnsupportedPrimitive(MSG_UNSUPPORTED.format(name="shift_right_arithmetic[uint]"),
                                   primitive="shift_right_arithmetic")

    def one(a: Node, k: Node) -> Node:
        n = _shift_amount(k, "shift_right_arithmetic")
        if n < 0:
            raise UnsupportedPrimitive(
                MSG_UNSUPPORTED.format(name="shift_right_arithmetic by a negative amount"),
                primitive="shift_right_arithmetic")
        if n == 0:
            return a
        if n >= bits - 1:  # a in [-2**(bits-1), 2**(bits-1)): the sign, -1 or 0
            return b.select(b.cmp("lt", a, b.const(0)), b.const(0), b.const(-1))
        b.facts.add("floor_def")
        return floor(b, b.mul(a, b.const(Fraction(1, 2**n))))

    return _map(one, x, s)


# -- modified Bessel functions, exponentially scaled ----------------------------------------
for _name in ("bessel_i0e", "bessel_i1e"):
    _unary(_name)
