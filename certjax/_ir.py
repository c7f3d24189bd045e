# SPDX-License-Identifier: Apache-2.0
"""A small symbolic IR for real-valued straight-line code.

The translator writes jaxpr equations into this IR instead of straight into Z3, because
``z3.simplify`` rewrites unpredictably and because exp/log must be eliminated before Z3 sees
them (see ``_lower.py``). Nodes are hash-consed by a :class:`Builder`, so structurally equal
terms are the same Python object and compare with ``is``.

Real nodes: ``const`` (exact ``Fraction``), ``inf`` (value +1/-1), ``var``, ``add``, ``mul``,
``neg``, ``div``, ``pow`` (integer exponent), ``exp``, ``log``, ``sqrt``, ``select``.
``app`` applies the special function named by its value (``sin``, ``erf``, ``floor``, ...,
``pi`` with no argument); see ``_lax_special.py``.
Boolean nodes: ``bool`` (constant), ``cmp`` (value in ``lt le eq ne``), ``and``, ``or``, ``not``.

Every smart constructor that rewrites a term by a fact about the reals that is not plain
field arithmetic records that fact's name in :attr:`Builder.facts`, so certificates can list it.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction
from typing import Any

# Trusted facts applied while building terms (name -> statement). Certificates quote these.
FACTS = {
    "exp_log": "exp(log(u)) = u for u > 0",
    "log_exp": "log(exp(a)) = a",
    "log1p_def": "log1p(x) = log(1 + x)",
    "expm1_def": "expm1(x) = exp(x) - 1",
    "logistic_def": "logistic(x) = 1 / (1 + exp(-x))",
    "tanh_def": "tanh(x) = (exp(2x) - 1) / (exp(2x) + 1)",
    "exp2_def": "exp2(x) = exp(x * log(2))",
    "pow_def": "x ** y = exp(y * log(x)) for x > 0",
    "rsqrt_def": "rsqrt(x) = 1 / sqrt(x) for x > 0",
    "sinh_def": "sinh(x) = (exp(x) - exp(-x)) / 2",
    "cosh_def": "cosh(x) = (exp(x) + exp(-x)) / 2",
    "atanh_def": "atanh(x) = (log(1 + x) - log(1 - x)) / 2 for -1 < x < 1",
    "asinh_def": "asinh(x) = log(x + sqrt(x * x + 1))",
    "acosh_def": "acosh(x) = log(x + sqrt(x * x - 1)) for x >= 1",
    "sqrt_def": "sqrt(x) = s with s >= 0 and s * s = x, for x >= 0",
    "exp_pos": "exp(a) > 0",
    "exp_add": "exp(a + b) = exp(a) * exp(b); exp(-a) = 1 / exp(a); exp(0) = 1",
    "exp_root": "exp(a / q) ** q = exp(a) for integer q > 0",
    "exp_sign": "exp(a) > 1 iff a > 0",
    "exp_tangent": "exp(a) >= 1 + a (convexity), and tangent/secant bounds at rational points",
    "exp_monotone": "exp is strictly increasing: exp(a) < exp(b) iff a < b",
    "inf_order": "-inf < x < +inf for every real x; max(x, -inf) = x; min(x, +inf) = x",
    "real_isfinite": "is_finite(x) holds for every real x (real, not float, arithmetic)",
    # special functions (``_lax_special.py`` builds them, ``_lower_special.py`` states them)
    "pi_bounds": "3.14159265358979 < pi < 3.14159265358980",
    "app_function": "f(a) = f(b) whenever a = b, for every special function f",
    "sin_cos_range": "-1 <= sin(a) <= 1 and -1 <= cos(a) <= 1",
    "sin_cos_square": "sin(a)**2 + cos(a)**2 = 1",
    "sin_cos_parity": "sin(-a) = -sin(a), cos(-a) = cos(a); sin(0) = 0, cos(0) = 1",
    "tan_def": "tan(a) = sin(a) / cos(a)",
    "asin_def": "asin(a) in [-pi/2, pi/2] for -1 <= a <= 1, odd, strictly increasing; "
                "acos(a) = pi/2 - asin(a)",
    "atan_def": "atan(a) in (-pi/2, pi/2), odd, strictly increasing",
    "atan2_def": "atan2(y, x) in [-pi, pi]; 0 < atan2(y, x) < pi for y > 0, -pi < atan2(y, x) "
                 "< 0 for y < 0; atan2(0, x) = 0 and |atan2(y, x)| < pi/2 for x > 0",
    "erf_def": "erf(a) in (-1, 1), odd, strictly increasing; erfc(a) = 1 - erf(a)",
    "erf_inv_def": "erf_inv(u) for -1 < u < 1 is the inverse of erf: erf(erf_inv(u)) = u, "
                   "erf_inv(erf(a)) = a; odd, strictly increasing",
    "gamma_poles": "lgamma, digamma and polygamma(m, .) are defined at every real except "
                   "0, -1, -2, ... (nothing else is assumed of them)",
    "special_enclosure": "|f(t) - f(q) - f'(q) (t - q)| <= (t - q)**2 / 2 for f in sin, cos, "
                         "atan, erf (|f''| <= 1) and asin is increasing; f(q), f'(q) at a "
                         "rational q lie within 2**-40 (relative) plus 2**-60 of their float64 "
                         "library values (used to refine spurious models)",
    "floor_def": "floor(a) is the integer k with k <= a < k + 1; ceil(a) = -floor(-a)",
    "round_def": "round(a) is an integer k with |a - k| <= 1/2",
    "rem_def": "rem(a, b) = a - b * trunc(a / b) for b != 0, trunc(z) the integer k with "
               "|k| <= |z| < |k| + 1 and k * z >= 0",
    "named_constant": "a float literal equal to the rounding of a named constant (pi, "
                      "sqrt(2), 2/sqrt(pi), log(2), ...) in its dtype is read as that constant",
}

# Special functions whose application is undefined somewhere (``Node.partial``); their domain
# conditions are in ``_lower_special.domain``.
PARTIAL_APPS = frozenset({"asin", "erf_inv", "lgamma", "digamma", "polygamma"})

_CMP_FLIP = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le", "eq": "eq", "ne": "ne"}


@dataclasses.dataclass(frozen=True, eq=False)
class Node:
    """One hash-consed term. Compare with ``is``; build only through a :class:`Builder`."""

    op: str
    args: tuple[Node, ...]
    value: Any = None
    uid: int = 0
    # True when the term is undefined somewhere (contains div, log, sqrt or a negative power):
    # such a term is never folded away, or its definedness condition would be lost.
    partial: bool = False

    @property
    def is_bool(self) -> bool:
        return self.op in ("bool", "cmp", "and", "or", "not")

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return render(self)


def render(n: Node) -> str:
    """Human-readable infix form, used in certificates and messages."""
    op, a = n.op, n.args
    if op == "const":
        v = n.value
        return str(v.numerator) if v.denominator == 1 else f"{float(v):.6g}"
    if op == "inf":
        return "inf" if n.value > 0 else "-inf"
    if op == "var":
        return n.value
    if op == "bool":
        return str(n.value)
    if op in ("add", "mul"):
        sym = " + " if op == "add" else " * "
        return "(" + sym.join(render(x) for x in a) + ")"
    if op == "neg":
        return f"-{render(a[0])}"
    if op == "div":
        return f"({render(a[0])} / {render(a[1])})"
    if op == "pow":
        return f"{render(a[0])}**{n.value}"
    if op == "cmp":
        sym = {"lt": "<", "le": "<=", "eq": "==", "ne": "!="}[n.value]
        return f"{render(a[0])} {sym} {render(a[1])}"
    if op == "select":
        return f"({render(a[2])} if {render(a[0])} else {render(a[1])})"
    if op in ("and", "or"):
        return "(" + f" {op} ".join(render(x) for x in a) + ")"
    if op == "not":
        return f"not {render(a[0])}"
    name = n.value if op == "app" else op
    return f"{name}({', '.join(render(x) for x in a)})" if a or op != "app" else name


class Builder:
    """Hash-consing factory with the smart constructors the translator uses."""

    def __init__(self) -> None:
        self._table: dict[tuple, Node] = {}
        self.facts: set[str] = set()
        self.fresh_count = 0

    # -- leaves -------------------------------------------------------------------------
    def _mk(self, op: str, args: tuple[Node, ...] = (), value: Any = None) -> Node:
        key = (op, tuple(id(x) for x in args), value)
        node = self._table.get(key)
        if node is None:
            partial = op in ("div", "log", "sqrt") or (op == "pow" and value < 0)
            partial = partial or (op == "app" and value in PARTIAL_APPS)
            partial = partial or any(x.partial for x in args)
            node = Node(op, args, value, len(self._table) + 1, partial)
            self._table[key] = node
        return node

    def const(self, v: Any) -> Node:
        if isinstance(v, bool):
            return self.boolean(v)
        if not isinstance(v, Fraction):
            f = float(v)
            if f != f:
                raise ValueError("NaN literal")
            if f in (float("inf"), float("-inf")):
                return self._mk("inf", (), 1 if f > 0 else -1)
            v = Fraction(v) if isinstance(v, int) else Fraction(f)
        return self._mk("const", (), v)

    def var(self, name: str) -> Node:
        return self._mk("var", (), name)

    def fresh(self, prefix: str) -> Node:
        self.fresh_count += 1
        return self.var(f"{prefix}!{self.fresh_count}")

    def boolean(self, b: bool) -> Node:
        return self._mk("bool", (), bool(b))

    # -- arithmetic ---------------------------------------------------------------------
    def add(self, a: Node, b: Node) -> Node:
        _no_inf(a, b)
        if a.op == "const" and b.op == "const":
            return self.const(a.value + b.value)
        if a.op == "const" and a.value == 0:
            return b
        if b.op == "const" and b.value == 0:
            return a
        if (b.op == "neg" and b.args[0] is a or a.op == "neg" and a.args[0] is b) and not a.partial:
            return self.const(0)
        return self._mk("add", _sorted(a, b))

    def sub(self, a: Node, b: Node) -> Node:
        if a is b and not a.partial:
            _no_inf(a, b)
            return self.const(0)
        return self.add(a, self.neg(b))

    def neg(self, a: Node) -> Node:
        _no_inf(a)
        if a.op == "const":
            return self.const(-a.value)
        if a.op == "neg":
            return a.args[0]
        return self._mk("neg", (a,))

    def mul(self, a: Node, b: Node) -> Node:
        _no_inf(a, b)
        if a.op == "const" and b.op == "const":
            return self.const(a.value * b.value)
        for x, y in ((a, b), (b, a)):
            if x.op == "const":
                if x.value == 0 and not y.partial:
                    return x
                if x.value == 1:
                    return y
                if x.value == -1:
                    return self.neg(y)
        return self._mk("mul", _sorted(a, b))

    def div(self, a: Node, b: Node) -> Node:
        _no_inf(a, b)
        if b.op == "const" and b.value != 0:
            return self.mul(self.const(1 / b.value), a)
        return self._mk("div", (a, b))

    def pow(self, a: Node, n: int) -> Node:
        _no_inf(a)
        if n == 1:
            return a
        if n == 0:
            return self.const(1)  # JAX defines x**0 = 1 everywhere, 0**0 included
        if a.op == "const" and (a.value != 0 or n > 0):
            return self.const(a.value**n)
        return self._mk("pow", (a,), int(n))

    # -- transcendental -----------------------------------------------------------------
    def exp(self, a: Node) -> Node:
        if a.op == "inf":
            if a.value < 0:
                self.facts.add("inf_order")
                return self.const(0)
            raise InfiniteValue("exp(+inf)")
        if a.op == "const" and a.value == 0:
            return self.const(1)
        if a.op == "log":
            self.facts.add("exp_log")
            return a.args[0]
        return self._mk("exp", (a,))

    def log(self, a: Node) -> Node:
        _no_inf(a)
        if a.op == "const" and a.value == 1:
            return self.const(0)
        if a.op == "exp":
            self.facts.add("log_exp")
            return a.args[0]
        return self._mk("log", (a,))

    def sqrt(self, a: Node) -> Node:
        _no_inf(a)
        if a.op == "const" and a.value in (0, 1):
            return a
        return self._mk("sqrt", (a,))

    def app(self, name: str, *args: Node) -> Node:
        """The special function ``name`` applied to ``args`` (rewrites: ``_lax_special``)."""
        _no_inf(*args)
        return self._mk("app", tuple(args), name)

    # -- piecewise ----------------------------------------------------------------------
    def select(self, cond: Node, if_false: Node, if_true: Node) -> Node:
        if cond.op == "bool":
            return if_true if cond.value else if_false
        if if_false is if_true:
            return if_true
        if cond.op == "not":
            return self.select(cond.args[0], if_true, if_false)
        return self._mk("select", (cond, if_false, if_true))

    def cmp(self, rel: str, a: Node, b: Node) -> Node:
        """Comparison ``a rel b``; normalised to ``lt``/``le``/``eq``/``ne``."""
        if rel in ("gt", "ge"):
            rel, a, b = _CMP_FLIP[rel], b, a
        if a is b and a.op != "inf":
            return self.boolean(rel in ("le", "eq"))
        if a.op in ("const", "inf") and b.op in ("const", "inf"):
            x, y = _num(a), _num(b)
            return self.boolean({"lt": x < y, "le": x <= y, "eq": x == y, "ne": x != y}[rel])
        if a.op == "inf" or b.op == "inf":
            self.facts.add("inf_order")
            # a real term is strictly between -inf and +inf
            if rel in ("eq", "ne"):
                return self.boolean(rel == "ne")
            lo = (a.op == "inf" and a.value < 0) or (b.op == "inf" and b.value > 0)
            return self.boolean(lo)
        if rel == "ne":
            return self.not_(self._mk("cmp", (a, b), "eq"))
        return self._mk("cmp", (a, b), rel)

    def not_(self, a: Node) -> Node:
        if a.op == "bool":
            return self.boolean(not a.value)
        if a.op == "not":
            return a.args[0]
        return self._mk("not", (a,))

    def and_(self, a: Node, b: Node) -> Node:
        if a.op == "bool":
            return b if a.value else a
        if b.op == "bool":
            return a if b.value else b
        if a is b:
            return a
        return self._mk("and", _sorted(a, b))

    def or_(self, a: Node, b: Node) -> Node:
        if a.op == "bool":
            return a if a.value else b
        if b.op == "bool":
            return b if b.value else a
        if a is b:
            return a
        return self._mk("or", _sorted(a, b))

    def max(self, a: Node, b: Node) -> Node:
        if a.op == "inf":
            a, b = b, a
        if b.op == "inf":
            self.facts.add("inf_order")
            return a if b.value < 0 else b
        return self.select(self.cmp("lt", a, b), a, b)

    def min(self, a: Node, b: Node) -> Node:
        if a.op == "inf":
            a, b = b, a
        if b.op == "inf":
            self.facts.add("inf_order")
            return a if b.value > 0 else b
        return self.select(self.cmp("lt", b, a), a, b)


class InfiniteValue(ValueError):
    """Arithmetic on an infinite literal that real arithmetic cannot represent."""


def _num(n: Node) -> float | Fraction:
    return n.value if n.op == "const" else float("inf") * n.value


def _no_inf(*nodes: Node) -> None:
    for n in nodes:
        if n.op == "inf":
            raise InfiniteValue("arithmetic on an infinite literal")


def _sorted(a: Node, b: Node) -> tuple[Node, Node]:
    return (a, b) if a.uid <= b.uid else (b, a)


def walk(roots: list[Node]) -> list[Node]:
    """All nodes reachable from ``roots``, children before parents."""
    seen: set[int] = set()
    out: list[Node] = []
    stack: list[tuple[Node, bool]] = [(r, False) for r in reversed(roots)]
    while stack:
        n, done = stack.pop()
        if done:
            out.append(n)
            continue
        if id(n) in seen:
            continue
        seen.add(id(n))
        stack.append((n, True))
        stack.extend((c, False) for c in reversed(n.args) if id(c) not in seen)
    return out
