# SPDX-License-Identifier: Apache-2.0
"""Float literals that are the rounding of a named constant, read as that constant.

JAX writes the constants of its derivative rules as float literals (the JVP of ``erf`` is
``1.1283791670955126 * exp(-x**2) * t``); a rule written the natural way computes the same
number from its pieces (``2 / jnp.sqrt(jnp.pi)``). Reading both as the simplest rational
would leave two different numbers that agree to 8 digits; reading a literal that equals the
rounding of ``2 / sqrt(pi)`` in its own dtype *as* ``2 / sqrt(pi)`` (the trusted fact
``named_constant``) makes them one term. ``pi`` is the special-function node ``app("pi")``
with rational bounds (``pi_bounds``); the others are built from it with ``sqrt``, ``log``
and ``exp``, exactly as a program computing them from ``jnp.pi`` would be translated.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from ._ir import Builder, Node

Maker = Callable[[Builder], Node]


def _pi(b: Builder) -> Node:
    return b.app("pi")


def _c(v) -> Callable[[Builder], Node]:
    return lambda b: b.const(v)


_PI, _SQRT_PI = math.pi, math.sqrt(math.pi)
_TABLE: list[tuple[float, Maker]] = [
    (_PI, _pi),
    (2 * _PI, lambda b: b.mul(b.const(2), _pi(b))),
    (_PI / 2, lambda b: b.div(_pi(b), b.const(2))),
    (_PI / 4, lambda b: b.div(_pi(b), b.const(4))),
    (1 / _PI, lambda b: b.div(b.const(1), _pi(b))),
    (2 / _PI, lambda b: b.div(b.const(2), _pi(b))),
    (_SQRT_PI, lambda b: b.sqrt(_pi(b))),
    (1 / _SQRT_PI, lambda b: b.div(b.const(1), b.sqrt(_pi(b)))),
    (2 / _SQRT_PI, lambda b: b.div(b.const(2), b.sqrt(_pi(b)))),
    (_SQRT_PI / 2, lambda b: b.div(b.sqrt(_pi(b)), b.const(2))),
    (math.sqrt(2 * _PI), lambda b: b.sqrt(b.mul(b.const(2), _pi(b)))),
    (1 / math.sqrt(2 * _PI), lambda b: b.div(b.const(1), b.sqrt(b.mul(b.const(2), _pi(b))))),
    (math.sqrt(2 / _PI), lambda b: b.sqrt(b.div(b.const(2), _pi(b)))),
    (math.sqrt(2), lambda b: b.sqrt(b.const(2))),
    (1 / math.sqrt(2), lambda b: b.div(b.const(1), b.sqrt(b.const(2)))),
    (math.log(2), lambda b: b.log(b.const(2))),
    (1 / math.log(2), lambda b: b.div(b.const(1), b.log(b.const(2)))),
    (math.log(10), lambda b: b.log(b.const(10))),
    (1 / math.log(10), lambda b: b.div(b.const(1), b.log(b.const(10)))),
    (math.log(_PI), lambda b: b.log(_pi(b))),
    (math.log(2 * _PI), lambda b: b.log(b.mul(b.const(2), _pi(b)))),
    (0.5 * math.log(2 * _PI), lambda b: b.mul(b.const(0.5), b.log(b.mul(b.const(2), _pi(b))))),
    (math.e, lambda b: b.exp(b.const(1))),
]


class _InDtype:
    """A maker's formula evaluated in one dtype, operation by operation, as a program
    computing the constant from ``jnp.pi`` does (``2 / jnp.sqrt(jnp.pi)`` in float32 is
    1.1283791, one ulp from the rounding of 2/sqrt(pi), 1.1283792)."""

    def __init__(self, dtype: type) -> None:
        self.t = dtype

    def const(self, v: float):
        return self.t(v)

    def app(self, name: str):
        assert name == "pi"
        return self.t(math.pi)

    def mul(self, a, b):
        return self.t(a * b)

    def div(self, a, b):
        return self.t(a / b)

    def sqrt(self, a):
        return self.t(np.sqrt(a))

    def log(self, a):
        return self.t(np.log(a))

    def exp(self, a):
        return self.t(np.exp(a))


# (dtype name, value) -> maker: the rounding of the constant in the dtype, and its formula
# computed in the dtype; float32 literals also match when widened to float64 (JAX keeps
# weakly typed Python floats computed in float32 as float64 numbers)
_INDEX: dict[tuple[str, float], Maker] = {}
for _v, _mk in _TABLE:
    _f32 = (float(np.float32(_v)), float(_mk(_InDtype(np.float32))))
    for _dt, _w in (("float64", _v), ("float64", float(_mk(_InDtype(np.float64)))),
                    *(("float32", w) for w in _f32), *(("float64", w) for w in _f32)):
        _INDEX.setdefault((_dt, _w), _mk)


def named_constant(b: Builder, v: np.generic) -> Node | None:
    """The named constant that the float literal ``v`` is the rounding of, or None."""
    dt = np.asarray(v).dtype
    if dt not in (np.float32, np.float64):
        return None
    mk = _INDEX.get((dt.name, float(v)))
    neg = _INDEX.get((dt.name, -float(v))) if mk is None else None
    if mk is None and neg is None:
        return None
    b.facts.add("named_constant")
    return mk(b) if mk is not None else b.neg(neg(b))
