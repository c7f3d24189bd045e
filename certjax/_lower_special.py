# SPDX-License-Identifier: Apache-2.0
"""Lower special-function applications (``app`` nodes) to Z3: fresh variables, ground facts.

Quantified axioms make Z3 answer ``unknown`` (FINDINGS.md), so, as for exp and log, every
distinct application ``f(a)`` becomes a fresh real variable with *ground* facts, each a true
statement about the real function, named in ``_facts.FACTS``:

* per application: its range (``sin_cos_range``, ``atan_def``, ``erf_def``...);
* per pair of applications in one problem: ``f(a) = f(b)`` where ``a = b``
  (``app_function``), order kept by increasing functions, and ``sin(a)**2 + cos(b)**2 = 1``
  where ``a = b`` (``sin_cos_square``);
* integer-valued functions exactly: ``floor`` is Z3's ``to_int``, ``round`` an integer
  within 1/2, ``trunc`` by ``floor`` on each side of 0.

Nothing here under-approximates: each fact holds of the true function at every point, so a
proof under them is a proof for the true functions. A model may give the fresh variables
values the true functions do not take; such models are not confirmed by JAX in float64 and
:func:`refine` adds enclosures of the true values around the model point before re-solving.
"""

from __future__ import annotations

import math
from fractions import Fraction

import z3

from ._ir import Builder, Node

PI_LO, PI_HI = Fraction(314159265358979, 10**14), Fraction(314159265358980, 10**14)
# strictly increasing on their domain (asin on [-1, 1], erf_inv on (-1, 1))
INCREASING = {"atan", "erf", "asin", "erf_inv"}
_LIBM = {"sin": math.sin, "cos": math.cos, "atan": math.atan, "erf": math.erf,
         "asin": math.asin}
_AT_ZERO = {"sin": 0, "cos": 1, "atan": 0, "erf": 0, "asin": 0, "erf_inv": 0}
_PARITY = {"sin": (True, "sin_cos_parity"), "cos": (False, "sin_cos_parity"),
           "atan": (True, "atan_def"), "erf": (True, "erf_def"), "asin": (True, "asin_def"),
           "erf_inv": (True, "erf_inv_def")}
_IN_DOMAIN = {"asin": lambda t: z3.And(t >= -1, t <= 1),
              "erf_inv": lambda t: z3.And(t > -1, t < 1)}


def _pi(low) -> z3.ArithRef:
    p = z3.Real("pi!", low.ctx)
    if "pi_bounds" not in low.fact_names:
        low.facts += [p > low.real(PI_LO), p < low.real(PI_HI)]
        low.fact_names.add("pi_bounds")
    return p


def lower_app(low, n: Node) -> z3.ArithRef:
    """The Z3 term of the application ``n``; its facts go to ``low.facts``."""
    name = n.value
    if name == "pi":
        return _pi(low)
    ts = [low.term(a) for a in n.args]
    real = low.real
    if name == "floor":
        low.fact_names.add("floor_def")
        return z3.ToReal(z3.ToInt(ts[0]))
    if name == "trunc":
        low.fact_names.add("rem_def")
        t = ts[0]
        return z3.If(t >= 0, z3.ToReal(z3.ToInt(t)), -z3.ToReal(z3.ToInt(-t)))
    v = z3.Real(f"{name}!{n.uid}", low.ctx)
    facts = []
    if name.startswith("float_bits"):  # bitcast_convert_type: an integer, by sign only
        low.fact_names.add("float_bits")
        half = 2 ** (int(name[len("float_bits"):]) - 1)
        a = ts[0]
        low.facts += [z3.IsInt(v), v >= -half, v <= half - 1,
                      z3.Implies(a > 0, v > 0), z3.Implies(a < 0, v < 0),
                      z3.Implies(a == 0, z3.Or(v == 0, v == -half))]
        return v
    if name.startswith("reduce_precision"):  # rounding: the sign kept (or 0), monotone
        low.fact_names.add("reduce_precision_def")
        a = ts[0]
        low.facts += [z3.Implies(a > 0, v >= 0), z3.Implies(a < 0, v <= 0),
                      z3.Implies(a == 0, v == 0)]
        for name2, ts2, v2 in low.apps:
            if name2 == name:
                low.facts.append(z3.Implies(a <= ts2[0], v <= v2))
                low.facts.append(z3.Implies(ts2[0] <= a, v2 <= v))
        low.apps.append((name, ts, v))
        return v
    if name == "round":
        low.fact_names.add("round_def")
        half = real(Fraction(1, 2))
        low.facts += [z3.IsInt(v), ts[0] - v <= half, v - ts[0] <= half]
        return v
    if name in ("sin", "cos"):
        facts += [v >= -1, v <= 1]
        low.fact_names.add("sin_cos_range")
    elif name in ("atan", "asin"):
        pi2 = _pi(low) / 2
        rng = z3.And(v >= -pi2, v <= pi2) if name == "asin" else z3.And(v > -pi2, v < pi2)
        facts.append(z3.Implies(_IN_DOMAIN[name](ts[0]), rng) if name == "asin" else rng)
        low.fact_names.add(f"{name}_def")
    elif name == "erf":
        facts += [v > -1, v < 1]
        low.fact_names.add("erf_def")
        inner = n.args[0]
        if inner.op == "app" and inner.value == "erf_inv":  # erf(erf_inv(u)) = u on (-1, 1)
            u = low.term(inner.args[0])
            facts.append(z3.Implies(_IN_DOMAIN["erf_inv"](u), v == u))
            low.fact_names.add("erf_inv_def")
    elif name == "atan2":
        y, x = ts
        p = _pi(low)
        facts += [v >= -p, v <= p, z3.Implies(y > 0, z3.And(v > 0, v < p)),
                  z3.Implies(y < 0, z3.And(v < 0, v > -p)),
                  z3.Implies(z3.And(y == 0, x > 0), v == 0),
                  z3.Implies(x > 0, z3.And(v > -p / 2, v < p / 2))]
        low.fact_names.add("atan2_def")
    elif name == "erf_inv":
        low.fact_names.add("erf_inv_def")
    elif name in ("lgamma", "digamma", "polygamma"):
        low.fact_names.add("gamma_poles")
    if name in _AT_ZERO:  # the value at 0 (odd functions vanish there; cos(0) = 1)
        facts.append(z3.Implies(ts[0] == 0, v == _AT_ZERO[name]))
    # pairs with the applications lowered before
    for name2, ts2, v2 in low.apps:
        if name2 == name:
            same = z3.And([a == b for a, b in zip(ts, ts2, strict=True)])
            facts.append(z3.Implies(same, v == v2))
            low.fact_names.add("app_function")
            if name in _PARITY:  # f(-a) = -f(a) (odd) or f(a) (even), across applications
                odd, fact = _PARITY[name]
                facts.append(z3.Implies(ts[0] == -ts2[0], v == (-v2 if odd else v2)))
                low.fact_names.add(fact)
            if name in INCREASING:
                order = z3.And((ts[0] < ts2[0]) == (v < v2), (ts2[0] < ts[0]) == (v2 < v))
                dom = _IN_DOMAIN.get(name)
                facts.append(z3.Implies(z3.And(dom(ts[0]), dom(ts2[0])), order) if dom
                             else order)
        elif {name, name2} == {"sin", "cos"}:
            s, c = (v, v2) if name == "sin" else (v2, v)
            facts.append(z3.Implies(ts[0] == ts2[0], s * s + c * c == 1))
            low.fact_names.add("sin_cos_square")
    low.apps.append((name, ts, v))
    low.facts += facts
    return v


def domain(n: Node, b: Builder) -> list[tuple[Node, str]]:
    """Where the application ``n`` is defined over the reals (``definedness``)."""
    name = n.value
    if name not in ("asin", "erf_inv", "lgamma", "digamma", "polygamma"):
        from ._library import domain as library_domain

        return library_domain(b, n)
    a = n.args[-1]
    one = b.const(1)
    if name == "asin":
        return [(b.and_(b.cmp("le", b.neg(one), a), b.cmp("le", a, one)),
                 "asin argument in [-1, 1]")]
    if name == "erf_inv":
        return [(b.and_(b.cmp("lt", b.neg(one), a), b.cmp("lt", a, one)),
                 "erf_inv argument in (-1, 1)")]
    b.facts.add("gamma_poles")
    pole = b.and_(b.cmp("le", a, b.const(0)), b.cmp("eq", b.app("floor", a), a))
    return [(b.not_(pole), f"{name} argument not 0, -1, -2, ...")]


def refine(low, model: z3.ModelRef, delta: float) -> None:
    """Enclose the true values of sin, cos, atan, erf, asin around the model's arguments.

    For ``f`` in sin, cos, atan, erf (``|f''| <= 1`` everywhere) the second-order Taylor
    bound at the model's argument ``q`` holds for every ``t``: ``|f(t) - f(q) - f'(q) (t - q)|
    <= (t - q)**2 / 2``; asin gets its monotone bounds on ``[q - delta, q + delta]``.
    """
    for name, ts, v in list(low.apps):
        if name not in _DERIV and name != "asin":
            continue
        try:
            q = Fraction(_value(model.eval(ts[0], model_completion=True))).limit_denominator(10**6)
        except (ValueError, ArithmeticError, z3.Z3Exception):
            continue
        if abs(q) > 2**20:
            continue
        t, real = ts[0], low.real
        low.fact_names.add("special_enclosure")
        if name == "asin":
            lo = max(q - Fraction(delta), Fraction(-1))
            hi = min(q + Fraction(delta), Fraction(1))
            near = z3.And(t >= real(lo), t <= real(hi))
            bounds = [v >= real(_enclose(math.asin, lo)[0]), v <= real(_enclose(math.asin, hi)[1])]
            low.facts.append(z3.Implies(near, z3.And(bounds)))
            continue
        f0 = _enclose(_LIBM[name], q)
        f1 = _enclose(_DERIV[name], q)
        mid0, mid1 = (f0[0] + f0[1]) / 2, (f1[0] + f1[1]) / 2
        e0, e1 = (f0[1] - f0[0]) / 2, (f1[1] - f1[0]) / 2
        d = t - real(q)
        # |f(t) - mid0 - mid1 d| <= d**2 / 2 + e0 + e1 |d| <= (1/2 + e1) d**2 + e0 + e1
        slack = real(Fraction(1, 2) + e1) * d * d + real(e0 + e1)
        lin = real(mid0) + real(mid1) * d
        low.facts += [v <= lin + slack, v >= lin - slack]


_DERIV = {"sin": math.cos, "cos": lambda x: -math.sin(x), "atan": lambda x: 1 / (1 + x * x),
          "erf": lambda x: 2 / math.sqrt(math.pi) * math.exp(-x * x)}


def _enclose(f, q: Fraction) -> tuple[Fraction, Fraction]:
    """An interval holding f(q): the float64 value at float(q), widened generously."""
    x = float(q)
    y = f(x)
    # |f'| <= 2**17 wherever this is evaluated (asin at most 1e-6 below 1 after rounding q)
    err = abs(y) * 2**-40 + 2**-60 + abs(Fraction(x) - q) * 2**17
    return Fraction(y) - Fraction(err), Fraction(y) + Fraction(err)


def _value(v: z3.ExprRef) -> float:
    if z3.is_rational_value(v):
        return v.numerator_as_long() / v.denominator_as_long()
    if isinstance(v, z3.AlgebraicNumRef):
        return float(v.as_decimal(20).rstrip("?"))
    return float(str(v))
