# SPDX-License-Identifier: Apache-2.0
"""Lower select-free IR to Z3 real arithmetic, eliminating exp and log (FINDINGS.md).

Quantified axioms for exp/log make Z3 answer ``unknown``; instead every exponent is written
as a polynomial over *bases* (variables, log terms, and any non-polynomial subterm; a quotient
by a single monomial gives its bases negative powers, exact wherever the quotient is defined,
which every claim about it assumes or proves), and
``exp(sum_m c_m * m)`` becomes ``prod_m A_m ** (c_m * d_m)`` where ``A_m`` is a fresh
positive variable standing for ``exp(m / d_m)`` and ``d_m`` the common denominator of the
coefficients of ``m``. Each ``log(u)`` is a variable ``L`` whose atom satisfies
``A_L ** d_L = u``. ``sqrt(x)`` is a variable ``s`` with ``s >= 0`` and ``s * s = x``. The
result is quantifier-free nonlinear real arithmetic, which Z3's nlsat decides.

All facts added here are ground instances of the named facts in ``_facts.FACTS``.
"""

from __future__ import annotations

import decimal
import math
from fractions import Fraction
from math import lcm

import z3

from ._ir import Node, walk

_MAX_POW = 12  # largest integer power of an exp atom before falling back to a fresh atom
_MAX_MONOMIALS = 64
_MAX_EXP_CONST = 10**5
_MAX_MONOTONE = 64
_POLY_OPS = ("add", "neg", "mul", "pow", "div")

Monomial = tuple[tuple[Node, int], ...]


def _poly_mul(p: dict, q: dict) -> dict:
    out: dict = {}
    for m1, c1 in p.items():
        for m2, c2 in q.items():
            powers: dict[Node, int] = dict(m1)
            for base, k in m2:
                powers[base] = powers.get(base, 0) + k
            m = tuple(sorted(((b, k) for b, k in powers.items() if k != 0),
                             key=lambda bk: bk[0].uid))
            out[m] = out.get(m, 0) + c1 * c2
    return {m: c for m, c in out.items() if c != 0}


class Lowering:
    """One lowering into one ``z3.Context``; reuse it for every query of one obligation."""

    def __init__(self, ctx: z3.Context) -> None:
        self.ctx = ctx
        self.facts: list[z3.BoolRef] = []
        self.fact_names: set[str] = set()
        self.atoms: dict[object, tuple[z3.ArithRef, z3.ArithRef, int]] = {}  # key->(A,t,d)
        self._denoms: dict[Monomial, int] = {}
        self._terms: dict[int, z3.ExprRef] = {}
        self._polys: dict[int, dict] = {}
        self._consts: dict[Fraction, z3.ArithRef] = {}
        self._count = 0
        self.apps: list = []  # special-function applications lowered (``_lower_special``)

    def _fresh(self) -> int:
        """A number never used before in this lowering (fresh Z3 variable names)."""
        self._count += 1
        return self._count

    # -- pass 1: exponents ---------------------------------------------------------------
    def prepare(self, roots: list[Node]) -> None:
        for n in walk(roots):
            if n.op == "exp":
                for m, c in self.poly(n.args[0]).items():
                    if m:
                        self._denoms[m] = lcm(self._denoms.get(m, 1), Fraction(c).denominator)
            elif n.op == "log":
                m = ((n, 1),)
                self._denoms.setdefault(m, 1)

    def poly(self, n: Node) -> dict:
        p = self._polys.get(id(n))
        if p is not None:
            return p
        # children first, through arithmetic only, so that _poly never recurses deeply
        stack, order, seen = [n], [], set()
        while stack:
            m = stack.pop()
            if id(m) in seen or id(m) in self._polys:
                continue
            seen.add(id(m))
            order.append(m)
            if m.op in _POLY_OPS:
                stack.extend(m.args)
        for m in reversed(order):
            if id(m) not in self._polys:
                self._polys[id(m)] = self._poly(m)
        return self._polys[id(n)]

    def _poly(self, n: Node) -> dict:
        op = n.op
        if op == "const":
            p = {(): n.value} if n.value != 0 else {}
        elif op == "add":
            p = dict(self.poly(n.args[0]))
            for m, c in self.poly(n.args[1]).items():
                p[m] = p.get(m, 0) + c
            p = {m: c for m, c in p.items() if c != 0}
        elif op == "neg":
            p = {m: -c for m, c in self.poly(n.args[0]).items()}
        elif op == "mul":
            p = _poly_mul(self.poly(n.args[0]), self.poly(n.args[1]))
        elif op == "div" and len(q := self.poly(n.args[1])) == 1:
            # over a single monomial c * m: p / (c m) = sum (c_i / c) m_i m^-1; a base with a
            # negative power is nonzero wherever the quotient is defined (its definedness,
            # divisor != 0, is a hypothesis of every claim about it), so cancelling it
            # (``s * (x / s) = x``) is exact there
            ((m, c),) = q.items()
            p = _poly_mul(self.poly(n.args[0]), {tuple((b, -k) for b, k in m): 1 / Fraction(c)})
        elif op == "pow" and 0 < n.value <= 4:
            p = {(): Fraction(1)}
            for _ in range(n.value):
                p = _poly_mul(p, self.poly(n.args[0]))
        else:
            p = {((n, 1),): Fraction(1)}
        if len(p) > _MAX_MONOMIALS:
            p = {((n, 1),): Fraction(1)}
        self._polys[id(n)] = p
        return p

    # -- pass 2: terms -------------------------------------------------------------------
    def real(self, v: Fraction) -> z3.ArithRef:
        return z3.RealVal(f"{v.numerator}/{v.denominator}", self.ctx)

    def monomial(self, m: Monomial) -> z3.ArithRef:
        """The product of the bases' powers; negative powers (from a quotient) divide."""
        num, den = None, None
        for base, k in m:
            t = self.term(base)
            for _ in range(abs(k)):
                if k > 0:
                    num = t if num is None else num * t
                else:
                    den = t if den is None else den * t
        assert num is not None or den is not None
        if den is None:
            return num
        return (num if num is not None else self.real(Fraction(1))) / den

    def atom(self, m: Monomial, d: int, key: object = None) -> z3.ArithRef:
        """The positive variable standing for ``exp(m / d)``, with its ground facts."""
        key = key if key is not None else (m, d)
        hit = self.atoms.get(key)
        if hit is not None:
            return hit[0]
        # the exponent first: building it may create atoms (of log bases), and the name below
        # must be taken after them, or two different atoms would share one Z3 variable
        t = self.monomial(m) / self.real(Fraction(d)) if d != 1 else self.monomial(m)
        a = z3.Real(f"exp!{self._fresh()}", self.ctx)
        # exp is a function, and increasing: without this, two atoms whose exponents are
        # equal at a model (exp(beta*x), exp(x) at beta = 1) may differ, a spurious model
        # that the tangent/secant refinement can narrow but never rule out
        # (pairwise: quadratic, so only for the first _MAX_MONOTONE atoms; fewer facts can
        # cost a proof, never make one)
        for a2, t2, _d2 in list(self.atoms.values())[:_MAX_MONOTONE]:
            self.facts.append((t < t2) == (a < a2))
            self.facts.append((t2 < t) == (a2 < a))
            self.fact_names.add("exp_monotone")
        self.atoms[key] = (a, t, d)
        self.facts += [a > 0, (t > 0) == (a > 1), a >= 1 + t]
        self.fact_names |= {"exp_pos", "exp_sign", "exp_tangent"}
        if len(m) == 1 and m[0][0].op == "log" and m[0][1] == 1:
            u = self.term(m[0][0].args[0])
            self.facts.append(z3.Implies(u > 0, _ipow(a, d) == u))
            self.fact_names |= {"exp_log", "exp_root"}
        return a

    def exp_const(self, c: Fraction) -> z3.ArithRef:
        k = self._consts.get(c)
        if k is None:
            k = z3.Real(f"expc!{self._fresh()}", self.ctx)
            lo, hi = exp_bounds(c)
            self.facts += [k >= self.real(lo), k > 0]
            if hi is not None:
                self.facts.append(k <= self.real(hi))
            self.fact_names.add("exp_tangent")
            self._consts[c] = k
        return k

    def term(self, n: Node) -> z3.ExprRef:
        hit = self._terms.get(id(n))
        if hit is not None:
            return hit
        for m in walk([n]):  # children first, so that _term never recurses deeply
            if id(m) not in self._terms and m is not n and m.op in _TERM_OPS:
                self._terms[id(m)] = self._term(m)
        hit = self._terms.get(id(n))
        if hit is not None:
            return hit
        t = self._term(n)
        self._terms[id(n)] = t
        return t

    def _term(self, n: Node) -> z3.ExprRef:
        op, a = n.op, n.args
        T = self.term
        if op == "const":
            return self.real(n.value)
        if op == "var":
            return z3.Real(n.value, self.ctx)
        if op in ("nan", "inf"):  # no real value: any real (its definedness is false)
            return z3.Real(f"undef!{self._fresh()}", self.ctx)
        if op == "keep":
            return T(a[0])
        if op == "isint":
            return z3.IsInt(T(a[0]))
        if op == "idiv":
            return self._idiv(T(a[0]), T(a[1]))
        if op == "wrap":
            return self._wrap(T(a[0]), *n.value)
        if op == "parity":
            y = T(a[0])
            p = z3.Real(f"parity!{self._fresh()}", self.ctx)
            half = y / self.real(Fraction(2))
            self.facts.append(z3.Implies(z3.IsInt(y), z3.And(
                z3.Or(p == 1, p == -1), (p == 1) == z3.IsInt(half))))
            self.fact_names.add("pow_real")
            return p
        if op == "bool":
            return z3.BoolVal(n.value, self.ctx)
        if op == "add":
            return T(a[0]) + T(a[1])
        if op == "neg":
            return -T(a[0])
        if op == "mul":
            return T(a[0]) * T(a[1])
        if op == "div":
            return T(a[0]) / T(a[1])
        if op == "pow":
            base = _ipow(T(a[0]), abs(n.value))
            return base if n.value > 0 else 1 / base
        if op == "sqrt":
            s = z3.Real(f"sqrt!{n.uid}", self.ctx)
            x = T(a[0])
            self.facts.append(z3.Implies(x >= 0, z3.And(s >= 0, s * s == x)))
            self.fact_names.add("sqrt_def")
            return s
        if op == "log":
            lv = z3.Real(f"log!{n.uid}", self.ctx)
            self._terms[id(n)] = lv
            self.atom(((n, 1),), self._denoms.get(((n, 1),), 1))
            return lv
        if op == "exp":
            self.fact_names.add("exp_add")
            terms = sorted(self.poly(a[0]).items(), key=lambda mc: len(mc[0]))
            powers = []
            for m, c in terms:
                d = self._denoms.get(m, Fraction(c).denominator) if m else 1
                k = Fraction(c) * d
                if m and (k.denominator != 1 or abs(k) > _MAX_POW):
                    # exponent with awkward coefficients: exp of the whole exponent, one atom
                    return self.atom(((a[0], 1),), 1, key=("raw", id(a[0])))
                powers.append((m, c, d, int(k) if m else 0))
            out: z3.ArithRef = self.real(Fraction(1))
            for m, c, d, k in powers:
                if not m:
                    out = out * self.exp_const(Fraction(c))
                else:
                    p = _ipow(self.atom(m, d), abs(k))
                    out = out * p if k > 0 else out / p
            return out
        if op == "app":
            from ._lower_special import lower_app

            return lower_app(self, n)
        if op == "select":
            return z3.If(T(a[0]), T(a[2]), T(a[1]))
        if op == "cmp":
            x, y = T(a[0]), T(a[1])
            return {"lt": x < y, "le": x <= y, "eq": x == y}[n.value]
        if op == "and":
            return z3.And(T(a[0]), T(a[1]))
        if op == "or":
            return z3.Or(T(a[0]), T(a[1]))
        if op == "not":
            return z3.Not(T(a[0]))
        raise NotImplementedError(f"cannot lower IR op {op!r}")


    def _idiv(self, x: z3.ArithRef, y: z3.ArithRef) -> z3.ArithRef:
        """XLA's truncating integer division (``x / 0 = -1``): a fresh integer ``q``."""
        q = z3.Real(f"idiv!{self._fresh()}", self.ctx)
        r = x - y * q
        ay = z3.If(y >= 0, y, -y)
        self.facts += [z3.IsInt(q), z3.Implies(y == 0, q == -1),
                       z3.Implies(y != 0, z3.And(r < ay, -r < ay, r * x >= 0))]
        self.fact_names.add("xla_int_div")
        return q

    def _wrap(self, x: z3.ArithRef, lo: int, hi: int) -> z3.ArithRef:
        """``x`` modulo ``hi - lo + 1`` in ``[lo, hi]``: fresh ``w = x - k * m``, integer ``k``."""
        w = z3.Real(f"wrap!{self._fresh()}", self.ctx)
        k = z3.Real(f"wrapk!{self._fresh()}", self.ctx)
        m = self.real(Fraction(hi - lo + 1))
        self.facts += [z3.IsInt(k), z3.Implies(z3.IsInt(x), z3.And(
            w == x - k * m, w >= self.real(Fraction(lo)), w <= self.real(Fraction(hi))))]
        self.fact_names.add("xla_int_wrap")
        return w


# ops whose term may be built ahead, children first (log/sqrt/exp/... add facts when built:
# they are built only when asked for, in the order the recursive lowering asks)
_TERM_OPS = ("const", "var", "bool", "add", "neg", "mul", "div", "pow", "select", "cmp", "and",
             "or", "not", "keep")


def exp_bounds(c: Fraction) -> tuple[Fraction, Fraction | None]:
    """Rational bounds ``lo <= exp(c) <= hi``, exact to about 40 digits, for any rational ``c``.

    Python's ``decimal`` computes ``exp`` correctly rounded and has no practical exponent
    range, so ``exp(-1000)`` is bounded away from 0 (a float would round it to 0).
    """
    if abs(c) > _MAX_EXP_CONST:  # exp(1e6) has 434,295 digits: bound by exp(+-1e5) instead
        lo, hi = exp_bounds(Fraction(_MAX_EXP_CONST if c > 0 else -_MAX_EXP_CONST))
        return (lo, None) if c > 0 else (Fraction(0), hi)
    ctx = decimal.Context(prec=50, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
    x = ctx.divide(decimal.Decimal(c.numerator), decimal.Decimal(c.denominator))
    e = Fraction(ctx.exp(x))
    # |x - c| <= ulp(x) (division rounded) and exp itself rounded: a relative margin of 1e-40
    # covers both (exp(c) = exp(x) * exp(c - x), |c - x| <= |c| * 1e-49)
    margin = Fraction(1, 10**40) + abs(c) * Fraction(2, 10**49)
    return e * (1 - margin), e * (1 + margin)


def _ipow(x: z3.ArithRef, k: int) -> z3.ArithRef:
    out = x
    for _ in range(k - 1):
        out = out * x
    return out


def definedness(roots: list[Node], b) -> list[tuple[Node, str]]:
    """The conditions under which every term below ``roots`` is defined over the reals."""
    out: list[tuple[Node, str]] = []
    zero = b.const(0)
    for n in walk(roots):
        if n.op == "div":
            out.append((b.cmp("ne", n.args[1], zero), "divisor != 0"))
        elif n.op == "log":
            out.append((b.cmp("lt", zero, n.args[0]), "log argument > 0"))
        elif n.op == "sqrt":
            out.append((b.cmp("le", zero, n.args[0]), "sqrt argument >= 0"))
        elif n.op == "pow" and n.value < 0:
            out.append((b.cmp("ne", n.args[0], zero), "base of negative power != 0"))
        elif n.op == "app" and n.partial:
            from ._lower_special import domain

            out += domain(n, b)
        elif n.op in ("nan", "inf"):
            out.append((b.boolean(False), "a NaN or infinite value"))
        elif n.op == "parity":
            out.append((b.isint(n.args[0]), "negative base: exponent an integer"))
    return out


def model_float(v: z3.ExprRef) -> float:
    if z3.is_rational_value(v):
        return float(Fraction(v.numerator_as_long(), v.denominator_as_long()))
    if isinstance(v, z3.AlgebraicNumRef):
        return float(v.as_decimal(20).rstrip("?"))
    return float(str(v))


def refine_exp(low: Lowering, model: z3.ModelRef, delta: float) -> None:
    """Add tangent and secant bounds of exp around each atom's value in ``model``."""
    low.fact_names.add("exp_tangent")
    for a, t, _d in list(low.atoms.values()):
        try:
            t0 = model_float(model.eval(t, model_completion=True))
        except (ValueError, z3.Z3Exception):
            continue
        if not math.isfinite(t0) or abs(t0) > 600:
            continue
        q = Fraction(t0).limit_denominator(10**6)
        lo_pt, hi_pt = q - Fraction(delta), q + Fraction(delta)
        e_q = math.exp(float(q))
        below = Fraction(e_q * (1 - 2**-40))
        real = low.real
        # tangent: exp(t) >= exp(q) (1 + t - q) >= below (1 + t - q) where 1 + t - q >= 0
        low.facts.append(z3.Implies(t >= real(q - 1), a >= real(below) * (1 + t - real(q))))
        ua = Fraction(math.exp(float(lo_pt)) * (1 + 2**-40))
        ub = Fraction(math.exp(float(hi_pt)) * (1 + 2**-40))
        lam = (t - real(lo_pt)) / real(hi_pt - lo_pt)
        secant = real(ua) + (real(ub) - real(ua)) * lam
        low.facts.append(z3.Implies(z3.And(t >= real(lo_pt), t <= real(hi_pt)), a <= secant))
