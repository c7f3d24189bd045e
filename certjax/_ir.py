# SPDX-License-Identifier: Apache-2.0
"""A small symbolic IR for real-valued straight-line code.

The translator writes jaxpr equations into this IR instead of straight into Z3, because
``z3.simplify`` rewrites unpredictably and because exp/log must be eliminated before Z3 sees
them (see ``_lower.py``). Nodes are hash-consed by a :class:`Builder`, so structurally equal
terms are the same Python object and compare with ``is``.

Real nodes: ``const`` (exact ``Fraction``), ``inf`` (value +1/-1), ``nan`` (undefined),
``var``, ``add``, ``mul``, ``neg``, ``div``, ``pow`` (integer exponent), ``exp``, ``log``,
``sqrt``, ``select``, ``keep`` (its first argument, defined only where all are: NaN
propagation that a ``select`` alone would lose), ``parity`` (``(-1) ** y`` for integer ``y``),
and the fixed-width integer ops of XLA: ``idiv`` (truncating, ``x / 0 = -1``) and ``wrap``
(value ``(lo, hi)``: reduction modulo ``hi - lo + 1`` into ``[lo, hi]``).
Boolean nodes: ``bool`` (constant), ``cmp`` (value in ``lt le eq ne``), ``and``, ``or``,
``not``, ``isint``.
``app`` applies the special function named by its value (``sin``, ``erf``, ``floor``, ...,
``pi`` with no argument); see ``_lax_special.py``.

Every smart constructor that rewrites a term by a fact about the reals that is not plain
field arithmetic records that fact's name in :attr:`Builder.facts`, so certificates can list it.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction
from typing import Any

from ._facts import FACTS  # noqa: F401  (re-exported: the one table of trusted facts)
from ._ir_int import IntegerOps

# Special functions whose application is undefined somewhere (``Node.partial``); their domain
# conditions are in ``_lower_special.domain`` (the last three: ``_library.LIBRARY``).
PARTIAL_APPS = frozenset({"asin", "erf_inv", "lgamma", "digamma", "polygamma",
                          "expi", "expn", "ci"})

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
        return self.op in ("bool", "cmp", "and", "or", "not", "isint")

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return render(self)


def render(n: Node) -> str:
    """Human-readable infix form, used in certificates and messages."""
    memo: dict[int, str] = {}
    for m in walk([n]):  # children first: no deep recursion on long chains
        memo[id(m)] = _render(m, memo)
    return memo[id(n)]


def _render(n: Node, memo: dict[int, str]) -> str:
    op, a = n.op, n.args

    def render(x: Node) -> str:
        return memo[id(x)]

    if op == "const":
        v = n.value
        return str(v.numerator) if v.denominator == 1 else f"{float(v):.6g}"
    if op == "inf":
        return "inf" if n.value > 0 else "-inf"
    if op == "nan":
        return "nan"
    if op == "wrap":
        return f"wrap[{n.value[0]},{n.value[1]}]({render(a[0])})"
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


class Builder(IntegerOps):
    """Hash-consing factory with the smart constructors the translator uses."""

    def __init__(self) -> None:
        self._table: dict[tuple, Node] = {}
        self.facts: set[str] = set()
        self.fresh_count = 0
        # integer-valued input variables (int dtypes): name -> (lo, hi) of their dtype
        self.int_ranges: dict[str, tuple[int, int]] = {}
        self._ranges: dict[int, tuple[int, int] | None] = {}
        self._special: dict[int, tuple[Node, Node]] = {}

    # -- leaves -------------------------------------------------------------------------
    def _mk(self, op: str, args: tuple[Node, ...] = (), value: Any = None) -> Node:
        key = (op, tuple(id(x) for x in args), value)
        node = self._table.get(key)
        if node is None:
            partial = op in ("div", "log", "sqrt", "nan", "parity") or (
                op == "pow" and value < 0)
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
                return self.nan()
            if f in (float("inf"), float("-inf")):
                return self._mk("inf", (), 1 if f > 0 else -1)
            v = Fraction(v) if isinstance(v, int) else Fraction(f)
        return self._mk("const", (), v)

    def nan(self) -> Node:
        """An undefined value (XLA's NaN): defined nowhere."""
        return self._mk("nan")

    def var(self, name: str) -> Node:
        return self._mk("var", (), name)

    def fresh(self, prefix: str) -> Node:
        self.fresh_count += 1
        return self.var(f"{prefix}!{self.fresh_count}")

    def unknown(self) -> Node:
        """A boolean about which nothing is known (an over-approximation)."""
        return self._mk("cmp", (self.fresh("unknown"), self.const(0)), "lt")

    def special(self, t: Node) -> tuple[Node, Node]:
        """``(nonfinite, isnan)`` of ``t`` as IR booleans (see ``_special.py``)."""
        from ._special import nonfinite

        return nonfinite(self, t)

    def boolean(self, b: bool) -> Node:
        return self._mk("bool", (), bool(b))

    # -- arithmetic ---------------------------------------------------------------------
    def add(self, a: Node, b: Node) -> Node:
        if a.op == "inf" or b.op == "inf":
            return self._inf_add(a, b)
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
        if a is b and not a.partial and a.op != "inf":
            return self.const(0)
        return self.add(a, self.neg(b))

    def neg(self, a: Node) -> Node:
        if a.op == "inf":
            return self._mk("inf", (), -a.value)
        if a.op == "const":
            return self.const(-a.value)
        if a.op == "neg":
            return a.args[0]
        return self._mk("neg", (a,))

    def mul(self, a: Node, b: Node) -> Node:
        if a.op == "inf" or b.op == "inf":
            return self._inf_mul(a, b)
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
        if b.op == "inf" and a.op != "inf" and not a.partial:
            self.facts.add("ieee_nonfinite")
            return self.const(0)  # finite / +-inf = 0
        if a.op == "inf" and b.op == "const" and b.value != 0:
            return self._inf_mul(a, self.const(1 / b.value))
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
            self.facts.add("inf_order")
            return self.const(0) if a.value < 0 else a
        if a.op == "const" and a.value == 0:
            return self.const(1)
        if a.op == "log":
            self.facts.add("exp_log")
            # u, still NaN where log(u) is (u < 0); at u == 0, exp(log 0) = exp(-inf) = 0 = u.
            # sqrt(u) is only a carrier of that definedness (u >= 0), never evaluated
            return self.keep(a.args[0], self.sqrt(a.args[0]))
        return self._mk("exp", (a,))

    def log(self, a: Node) -> Node:
        if a.op == "inf":
            return a if a.value > 0 else self.nan()
        if a.op == "const" and a.value == 1:
            return self.const(0)
        if a.op == "exp":
            self.facts.add("log_exp")
            return a.args[0]
        return self._mk("log", (a,))

    def sqrt(self, a: Node) -> Node:
        if a.op == "inf":
            return a if a.value > 0 else self.nan()
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
        if a.op == "nan" or b.op == "nan":  # every comparison with NaN is false, but !=
            return self.boolean(rel == "ne")
        if a is b and a.op != "inf":
            # x == x is false exactly where x is NaN (the self-comparison `isnan` idiom)
            isnan = self.special(a)[1] if a.partial else self.boolean(False)
            if isnan.op == "bool" and not isnan.value:
                return self.boolean(rel in ("le", "eq"))
            return self.boolean(False) if rel == "lt" else (
                self.not_(isnan) if rel in ("le", "eq") else isnan)
        if a.op in ("const", "inf") and b.op in ("const", "inf"):
            x, y = _num(a), _num(b)
            return self.boolean({"lt": x < y, "le": x <= y, "eq": x == y, "ne": x != y}[rel])
        if a.op == "inf" or b.op == "inf":
            self.facts.add("inf_order")
            # a real term is strictly between -inf and +inf
            if rel in ("eq", "ne"):
                folded = self.boolean(rel == "ne")
            else:
                lo = (a.op == "inf" and a.value < 0) or (b.op == "inf" and b.value > 0)
                folded = self.boolean(lo)
            t = b if a.op == "inf" else a
            if not t.partial:
                return folded
            # where t is undefined it is NaN (every comparison false, but !=) or +-inf
            nf, isnan = self.special(t)
            if nf.op == "bool" and not nf.value:
                return folded
            return self.or_(self.or_(
                self.and_(self.not_(nf), folded),
                self.and_(isnan, self.boolean(rel == "ne"))),
                self.and_(self.and_(nf, self.not_(isnan)), self.unknown()))
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

    def _inf_add(self, a: Node, b: Node) -> Node:
        """``+-inf + t``: the infinity for a finite real ``t``, NaN for ``inf - inf``."""
        self.facts.add("ieee_nonfinite")
        if a.op == "inf" and b.op == "inf":
            return a if a.value == b.value else self.nan()
        inf, t = (a, b) if a.op == "inf" else (b, a)
        if t.op == "nan":
            return t
        if t.partial:
            raise InfiniteValue("arithmetic on an infinite value and a term that may be NaN")
        return inf

    def _inf_mul(self, a: Node, b: Node) -> Node:
        """``+-inf * t``: the infinity of ``t``'s sign for ``t != 0``, NaN for ``t == 0``."""
        self.facts.add("ieee_nonfinite")
        inf, t = (a, b) if a.op == "inf" else (b, a)
        if t.op == "inf":
            return self._mk("inf", (), inf.value * t.value)
        if t.op == "nan":
            return t
        if t.partial:
            raise InfiniteValue("arithmetic on an infinite value and a term that may be NaN")
        pos, neg = inf, self._mk("inf", (), -inf.value)
        if t.op == "const":
            return pos if t.value > 0 else neg if t.value < 0 else self.nan()
        zero = self.const(0)
        return self.select(self.cmp("lt", zero, t),
                           self.select(self.cmp("lt", t, zero), self.nan(), neg), pos)

    def max(self, a: Node, b: Node) -> Node:
        if a.op == "inf":
            a, b = b, a
        if b.op == "inf":
            self.facts.add("inf_order")
            return a if b.value < 0 else b
        # XLA's max is NaN where either operand is: a select alone would drop one's definedness
        return self.keep(self.select(self.cmp("lt", a, b), a, b), a, b)

    def min(self, a: Node, b: Node) -> Node:
        if a.op == "inf":
            a, b = b, a
        if b.op == "inf":
            self.facts.add("inf_order")
            return a if b.value > 0 else b
        return self.keep(self.select(self.cmp("lt", b, a), a, b), a, b)

    def keep(self, v: Node, *ws: Node) -> Node:
        """``v``, undefined wherever one of ``ws`` is (their values are not used)."""
        ws = tuple(w for w in ws if w.partial and w is not v)
        if not ws:
            return v
        if v.op == "keep":
            v, ws = v.args[0], v.args[1:] + ws
        uniq = tuple({id(w): w for w in ws}.values())
        return self._mk("keep", (v, *uniq))

    def rebuild(self, op: str, args: list[Node], value: Any) -> Node:
        """The node ``op(args)`` with ``value``, through the smart constructors."""
        if op == "pow":
            return self.pow(args[0], value)
        if op == "wrap":
            return self.wrap(args[0], *value)
        if op in ("keep", "idiv", "parity", "isint"):
            return getattr(self, op)(*args)
        if op == "app":
            return self.app(value, *args)
        return getattr(self, _METHODS[op])(*args)


_METHODS = {
    "add": "add", "mul": "mul", "neg": "neg", "div": "div", "exp": "exp", "log": "log",
    "sqrt": "sqrt", "and": "and_", "or": "or_", "not": "not_",
}


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
