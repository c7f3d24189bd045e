# SPDX-License-Identifier: Apache-2.0
"""Where a term is NaN or infinite, as XLA computes it, over the reals the IR models.

The IR is real arithmetic: a term has a real value where it is defined and is NaN or +-inf
elsewhere (``log(-1)``, ``1 / 0``, a NaN literal). Programs test for that (``jnp.isnan``,
``jnp.isfinite``, ``x == x``, ``x < inf``), so the translator must know *where* a term is
non-finite, and that knowledge must never be a guess. :func:`nonfinite` gives, for a real
term ``t``, two IR booleans ``(nf, nan)``: ``nf`` holds exactly where ``t`` is NaN or +-inf,
``nan`` exactly where it is NaN, propagated by IEEE 754's rules. Where a rule cannot decide
(the sign of an infinity, ``exp(-inf) = 0``, a division by an infinite value), the answer is
a fresh unknown boolean: the encoding then admits both values, an over-approximation, never
a choice. Fact ``ieee_nonfinite`` in ``_facts.FACTS``.
"""

from __future__ import annotations

from ._ir import Builder, Node, walk


def nonfinite(b: Builder, t: Node) -> tuple[Node, Node]:
    """``(nf, nan)`` for ``t``: where it is non-finite, where it is NaN (memoised)."""
    memo = b._special  # noqa: SLF001 - the builder owns the memo, one per builder
    for n in walk([t]):
        if id(n) not in memo:
            memo[id(n)] = _one(b, n, memo)
    b.facts.add("ieee_nonfinite")
    return memo[id(t)]


def _one(b: Builder, n: Node, memo: dict) -> tuple[Node, Node]:
    F, T = b.boolean(False), b.boolean(True)
    op = n.op
    if n.is_bool or not n.partial and op != "inf":
        return F, F
    if op == "inf":
        return T, F
    if op == "nan":
        return T, T
    sub = [memo[id(a)] for a in n.args]
    zero = b.const(0)
    a = n.args[0] if n.args else None

    def inf_free(k: int) -> bool:  # the argument is NaN wherever it is non-finite
        return sub[k][0] is sub[k][1]

    def finite(k: int) -> Node:
        return b.not_(sub[k][0])

    def any_(*xs: Node) -> Node:
        out = F
        for x in xs:
            out = b.or_(out, x)
        return out

    def all_(*xs: Node) -> Node:
        out = T
        for x in xs:
            out = b.and_(out, x)
        return out

    def nan_of(nf: Node, *nans: Node, exact: bool) -> Node:
        known = any_(*nans)
        return known if exact else any_(known, all_(nf, b.unknown()))

    if op in ("add", "mul"):  # NaN absorbs; inf + -inf and inf * 0 are NaN, not finite
        nf = any_(sub[0][0], sub[1][0])
        return nf, nan_of(nf, sub[0][1], sub[1][1], exact=inf_free(0) and inf_free(1))
    if op == "neg":
        return sub[0]
    if op == "div" and sub[1][0] is F and sub[0][0] is F and positive(n.args[1], False):
        return F, F
    if op == "div" and inf_free(0) and inf_free(1) and positive(n.args[1], False):
        nan = any_(sub[0][1], sub[1][1])  # tanh, logistic of a partial term: NaN for NaN
        return nan, nan
    if op == "div" and sub[1][0] is F:
        d = n.args[1]
        nf = any_(sub[0][0], b.cmp("eq", d, zero))  # x / 0 is +-inf or NaN
        zero_by_zero = all_(finite(0), b.cmp("eq", a, zero), b.cmp("eq", d, zero))
        return nf, any_(sub[0][1], zero_by_zero)
    if op in ("log", "sqrt") and sub[0][0] is F and positive(a, op == "sqrt"):
        return F, F  # log(1 + exp(t)), sqrt(x * x): the argument is never out of the domain
    if op in ("log", "sqrt"):
        bad = b.cmp("le" if op == "log" else "lt", a, zero)  # log(0) = -inf, log(-1) = NaN
        nf = any_(sub[0][0], all_(finite(0), bad))
        neg = all_(finite(0), b.cmp("lt", a, zero))
        # log(+inf) = sqrt(+inf) = +inf, log(-inf) = sqrt(-inf) = NaN: the sign is not known
        unknown_inf = F if inf_free(0) else all_(sub[0][0], b.not_(sub[0][1]), b.unknown())
        return nf, any_(sub[0][1], neg, unknown_inf)
    if op == "exp":  # exp(NaN) = NaN, exp(+inf) = +inf, exp(-inf) = 0
        if inf_free(0):
            return sub[0]
        return any_(sub[0][1], all_(sub[0][0], b.unknown())), sub[0][1]
    if op == "pow":
        if n.value > 0:  # (+-inf) ** n is infinite, NaN ** n NaN
            return sub[0]
        # x ** -n: infinite at x == 0, 0 at x = +-inf
        nf = any_(sub[0][1], all_(finite(0), b.cmp("eq", a, zero)))
        return nf, sub[0][1]
    if op == "select" and n.args[1] is not n.args[2] and _negated(n.args[1], n.args[2]):
        return sub[1]  # abs: a or -a, NaN (or infinite) exactly where a is
    if op == "select":
        # the value is the branch the condition picks; where an operand of the condition
        # is NaN, the branch XLA takes is not known here (an internal comparison is not
        # XLA's): unknown there, an over-approximation
        c = n.args[0]
        nf = b.or_(b.and_(c, sub[2][0]), b.and_(b.not_(c), sub[1][0]))
        nan = b.or_(b.and_(c, sub[2][1]), b.and_(b.not_(c), sub[1][1]))
        if c.partial:
            cn = any_(*(memo[id(x)][1] for m in walk([c]) if m.op == "cmp"
                        for x in m.args if x.partial))
            if not (cn.op == "bool" and not cn.value):
                u = all_(cn, b.unknown())
                nf, nan = any_(nf, u), any_(nan, u)
        return nf, nan
    if op == "keep":  # max, min, sign...: NaN exactly where its value or an operand is
        v, ws = n.args[0], n.args[1:]
        own = v.op == "select" and all(not x.partial or x in ws for x in v.args[1:])
        # (max(a, b) = keep(select(a < b, b, a), a, b): its value is NaN only where a or b
        # is, so the comparison of the partial a itself is not part of the condition)
        nan = any_(*(x[1] for x in (sub[1:] if own else sub)))
        if all(inf_free(k) for k in range(len(sub))):
            return nan, nan
        return any_(nan, all_(any_(*(x[0] for x in sub)), b.unknown())), nan
    if op == "app" and len(n.args) == 1 and inf_free(0):
        from ._lower_special import domain

        inside = all_(*(c for c, _ in domain(n, b)))
        if n.value in NAN_OUTSIDE or inside.op == "bool" and inside.value:
            # total (tanh, erf, ...): NaN for NaN; asin: NaN outside [-1, 1] too
            nan = any_(sub[0][1], all_(finite(0), b.not_(inside)))
            return nan, nan
    # not decided (keep, parity, a partial select condition, division by a partial term...):
    # NaN operands of a keep (max, min, exp(log u)) propagate; otherwise only what is
    # certain is said: a term whose every subterm is defined is finite
    from ._lower import definedness

    defined = all_(*(c for c, _ in definedness([n], b)))
    nans = [s[1] for s in sub] if op == "keep" else []
    nan = any_(*nans, all_(b.not_(defined), b.unknown()))
    return any_(nan, all_(b.not_(defined), b.unknown())), nan


NAN_OUTSIDE = frozenset({"asin"})  # applications that are NaN, not infinite, off their domain


def _negated(x: Node, y: Node) -> bool:
    return x.op == "neg" and x.args[0] is y or y.op == "neg" and y.args[0] is x


def positive(n: Node, or_zero: bool) -> bool:
    """Structurally ``n > 0`` (``n >= 0`` with ``or_zero``) wherever ``n`` is defined."""
    stack, ok = [(n, or_zero)], True
    while stack and ok:
        m, z = stack.pop()
        op = m.op
        if op == "const":
            ok = m.value > 0 or z and m.value == 0
        elif op == "exp":
            pass
        elif op == "sqrt":
            ok = z  # sqrt(0) = 0
        elif op == "pow" and m.value % 2 == 0:
            ok = z  # x ** 2 = 0 at x = 0
        elif op in ("add", "mul"):
            if op == "add" and not z:  # a sum is positive when one term is and none negative
                stack += [(m.args[0], True), (m.args[1], True)]
                ok = _any_positive(m.args)
            else:
                stack += [(x, z) for x in m.args]
        elif op == "select":
            stack += [(m.args[1], z), (m.args[2], z)]
        else:
            ok = False
    return ok


def _any_positive(args: tuple[Node, ...]) -> bool:
    return any(positive(a, False) for a in args)
