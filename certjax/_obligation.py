# SPDX-License-Identifier: Apache-2.0
"""Obligations and how they are discharged.

An :class:`Obligation` is a claim over the IR: either that pairs of terms are equal
(``kind="equal"``) or that the rule's terms are defined (``kind="defined"``), under the
hypotheses ``assume`` and "the reference terms are defined". :func:`prove` negates the claim,
splits it into branch regions (``_paths``), lowers each to Z3 (``_lower``) and asks for a model.

Verdicts (never anything else):
  * ``proved``: Z3 answered ``unsat`` on every region.
  * ``refuted``: Z3 gave a model whose inputs, evaluated by ``confirm`` with the real JAX
    functions in float64, show the rule is wrong there.
  * ``unproved``: ``unknown``, the resource limit, too many paths, or models that JAX did not
    confirm even after refinement.

``defined`` is claimed at the interior points of the reference's domain: on the boundary
``a == b`` of a split, the hypothesis adds that the reference's formulas of *both* adjacent
regions are defined there. ``x / abs(x)`` at 0 is still caught (``x`` and ``-x`` are defined
at 0), while ``log(x) + 1`` at the edge ``x == 0`` of the domain of ``where(x == 0, 0,
x * log(x))`` is not required (no derivative exists there; JAX's rule returns -inf).
Spurious models (the exp atoms need not equal the real exp at the model) are refined with
tangent and secant bounds of exp at the model point, which are true facts, and re-solved.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import z3

from ._boundary import prove_on_boundary, zero_atoms
from ._budget import Budget, BudgetSpent
from ._components import prove_parts, split
from ._finite_goal import narrow
from ._ir import Builder, InfiniteValue, Node, render
from ._lower import Lowering, definedness
from ._lower import model_float as _to_float
from ._lower import refine_exp as _refine
from ._lower_special import refine as refine_special
from ._paths import Path, PathCapExceeded, Specializer, Undecided, paths

DEFAULT_RLIMIT = 20_000_000
# A wall-clock backstop: nlsat does not always count its work against ``rlimit`` (softmax's
# second order on a boundary ran for over 20 minutes). Past it the answer is unknown, which
# is never a proof.
QUERY_TIMEOUT_MS = 30_000
REFINE_ROUNDS = 6
# obligation 'finite' has its own small budget: it never delays the rule's real verdict;
# past it the float-safety verdict is "unproved". The budget is counted in work, never in
# time, so a verdict is the same on every machine: Z3's rlimit per query, a number of
# queries, paths and refinements (and ``_finite``'s caps on the float model's size).
FINITE_RLIMIT = 600_000  # per query (nlsat alone, no second solver)
FINITE_QUERIES = 24  # queries in all (path splits, regions, refinements)
FINITE_PATHS = 16
FINITE_ROUNDS = 2  # refinements after a model that does not reproduce in the dtype
# Only a backstop, like QUERY_TIMEOUT_MS: this process's CPU seconds for one obligation with
# a budget ('finite' and any other that sets ``Obligation.backstop_s``), for nlsat work that
# escapes rlimit (measured: a query charged 1.2M units ran 20 s). No library rule's 'finite'
# comes near it (the slowest spends under 2 s); where it is reached the reason says so.
BACKSTOP_S = 20.0


# confirm(point) -> (confirmed, detail); point maps input variable names to floats
Confirm = Callable[[dict[str, float]], tuple[bool, str]]


@dataclasses.dataclass
class Obligation:
    name: str
    kind: str  # "equal" | "defined" | "finite" (``rule``: booleans "may be NaN/inf", _finite.py)
    pairs: list[tuple[Node, Node]]
    assume: list[Node]
    reference: list[Node]  # terms whose definedness is a hypothesis
    rule: list[Node]  # terms whose definedness is a hypothesis ("equal") or the claim ("defined")
    inputs: list[str]  # input variable names reported in counterexamples
    confirm: Confirm
    statement: str = ""
    # input variables that take integer values only (int/bool arguments): constrained to
    # integers, and a comparison that mentions one keeps its boundary (``k == 1`` is no
    # null set when ``k`` is an integer)
    discrete: frozenset[str] = frozenset()
    unsupported: str = ""  # non-empty: not attempted, unproved for this reason
    # 'finite': hypotheses lowered whole (float-model flags of the primal and reference),
    # never split on
    lowered: list[Node] = dataclasses.field(default_factory=list)
    built_s: float = 0.0  # 'finite': CPU seconds its building took (counted by the backstop)
    # a budget in work (:class:`Budget`): solver queries and rlimit units over all of them
    # ('finite': FINITE_QUERIES by default); past it the verdict is unproved, never proved
    queries: int | None = None
    work: int | None = None
    backstop_s: float | None = None  # with a budget: its CPU-time backstop (BACKSTOP_S)
    # pairs of terms *given* equal (hypotheses, where both are defined): another obligation
    # of the same certificate claims them (``reference(x) == primal(x)``, see ``_stated``)
    given: list[tuple[Node, Node]] = dataclasses.field(default_factory=list)
    # on the boundary ``a == b`` of a split: "exclude" it (a null set), check the claim
    # "exact"ly there (values: fwd == primal), or as a "derivative" (``_boundary``: checked
    # where the one-sided derivatives agree, excluded as a kink where they differ)
    boundary: str = "exclude"
    # values(point, at) -> (rule leaves at point, reference leaves at at), None outside the
    # domain: confirms a counterexample on a boundary against nearby reference values
    values: Callable | None = None


@dataclasses.dataclass
class Result:
    name: str
    verdict: str
    statement: str = ""
    reason: str = ""
    paths: int = 0
    excluded: list[str] = dataclasses.field(default_factory=list)
    checked: list[str] = dataclasses.field(default_factory=list)  # smooth boundaries proved
    facts: list[str] = dataclasses.field(default_factory=list)
    point: dict[str, float] | None = None
    detail: str = ""
    solve_s: float = 0.0
    spurious_models: int = 0
    vacuous_paths: int = 0
    renamed: int = 0  # independent parts proved as a renaming of another (``_components``)
    smt2: list[str] = dataclasses.field(default_factory=list)
    budget: Budget | None = None  # an obligation with a budget only (see Obligation.queries)
    split_left: int | None = None  # _finite_goal.narrow's queries left (None: none asked yet)


def prove(ob: Obligation, b: Builder, *, rlimit: int = DEFAULT_RLIMIT, keep_smt2: bool = False,
          zctx: z3.Context | None = None, parts: bool = True) -> Result:
    """Discharge one obligation; see the module docstring for the verdicts.

    ``zctx``: the Z3 context to work in (default a fresh one). The obligations of one rule
    may share one (creating a context costs about 7 ms); every query is still a fresh solver
    holding only this obligation's assertions. ``parts``: an obligation over disjoint groups
    of inputs is proved group by group (``_components``).
    """
    t0 = time.perf_counter()
    res = Result(ob.name, "proved", statement=ob.statement)
    if ob.unsupported:
        res.verdict, res.reason = "unproved", ob.unsupported
        return _tested(ob, res, t0)
    if ob.kind == "equal" and ob.boundary != "derivative" and any(x is y for x, y in ob.pairs):
        # one hash-consed term on both sides (fwd calling the primal itself): equal wherever
        # it is defined, and NaN on both sides elsewhere; only the other pairs are claims.
        # (Not for a derivative, checked on boundaries against the neighbouring regions'
        # formulas: there JAX's JVP, the reference term, may itself be wrong, softplus
        # written with max at 0.)
        ob = dataclasses.replace(ob, pairs=[(x, y) for x, y in ob.pairs if x is not y])
        if not ob.pairs:
            res.facts = sorted(b.facts)  # (the rewrites that built the term)
            return res
    if parts and (groups := split(ob, b)) is not None:
        def one(part: Obligation) -> Result:
            return prove(part, b, rlimit=rlimit, keep_smt2=keep_smt2, zctx=zctx, parts=False)
        return _tested(ob, prove_parts(ob, groups, one, b, res), t0)
    # a work budget is read off the context's rlimit counter: then the context is its own
    zctx = zctx if zctx is not None and ob.work is None else z3.Context()
    low = Lowering(zctx)
    finite = ob.kind == "finite"
    if finite:
        rlimit = min(rlimit, FINITE_RLIMIT)
    if finite or ob.queries is not None or ob.work is not None:
        queries = ob.queries if ob.queries is not None else FINITE_QUERIES if finite else 10**9
        backstop = BACKSTOP_S if ob.backstop_s is None else ob.backstop_s
        res.budget = Budget(queries, time.process_time() - ob.built_s + backstop,
                            ob.work, "float-safety" if finite else f"'{ob.name}'", backstop)

    # an exact query answered unsat is not asked again: boundaries and their sides ask the
    # same region again, and a later ask carries more facts (they only grow), so unsat holds
    # a fortiori. A sat or unknown answer is not kept: the added facts could make it unsat,
    # and a kept sat would open a side (and drop the boundary path) that is not there.
    empty: dict[tuple[int, ...], list[Node]] = {}

    def feasible(conds: list[Node]) -> bool | None:
        key = tuple(map(id, conds))  # hash-consed terms, kept alive by the entry
        if key in empty:
            return False
        defs = [c for c, _ in definedness(conds, b)]
        low.prepare(conds + defs)
        r, _ = check(zctx, rlimit, [*[low.term(c) for c in conds + defs], *low.facts],
                     fallback=not finite, budget=res.budget)
        if r == z3.unsat:
            empty[key] = conds
        return None if r == z3.unknown else r == z3.sat

    def sides(x: Node, y: Node, region: list[Node]) -> tuple[int, ...]:
        lt = feasible([*region, b.cmp("lt", x, y)])
        gt = feasible([*region, b.cmp("lt", y, x)])
        if lt is False and gt is False:
            return (0,)
        if lt is True and gt is True:
            return (-1, 1)
        eq = None if finite else feasible([*region, b.cmp("eq", x, y)])  # exp(t) == 0: empty
        return tuple(s for s, f in ((-1, lt), (1, gt)) if f is not False) + (
            () if eq is False else (0,))

    # 'finite': branch regions of the domain and the reference only; the rule's flags are
    # lowered whole (a select is an if-then-else: no split, no definedness needed of them)
    roots = [t for p in ob.pairs for t in p] + ob.assume + ob.reference + (
        [] if ob.kind == "finite" else ob.rule) + [t for p in ob.given for t in p]
    excluded: set[str] = set()
    checked: set[str] = set()
    try:
        boundaries = ob.kind in ("defined", "finite") or ob.boundary != "exclude"
        def keep(atom: tuple[Node, Node]) -> bool:
            return any(_is_integer(n, ob.discrete) for n in _leaves(atom))

        for path in paths(b, roots, sides, boundaries=boundaries, keep_boundary=keep,
                          cap=FINITE_PATHS if finite else 1024 if boundaries else 256):
            res.paths += 1
            if not boundaries:
                excluded |= {f"{render(x)} == {render(y)}" for x, y in path.excluded()}
            if ob.kind == "equal" and ob.boundary == "derivative" and zero_atoms(path):
                verdict, kink, smooth = prove_on_boundary(
                    ob, b, path, lambda o, p: _prove_path(o, b, p, low, zctx, rlimit, res,
                                                          keep_smt2), feasible, res)
                excluded |= {kink} if kink else set()
                checked |= {smooth} if smooth else set()
            else:
                verdict = _prove_path(ob, b, path, low, zctx, rlimit, res, keep_smt2)
            thin = [a for a, sg in path.signs.items()
                    if sg == 0 and keep(a) and _mixed(a, ob.discrete)
                    ] if verdict == "refuted" and ob.kind == "equal" else []
            if thin:
                # on the boundary of a comparison mixing integer and real inputs (y * x == 1):
                # a null set for most integers, but not all (k * x == 0 at k = 0), so it is
                # kept; a difference found only there (JAX's JVP at a kink) is not a refutation
                x, y = thin[0]
                verdict, res.point, res.detail = "unproved", None, ""
                res.reason = (f"differs from JAX's derivative only on the boundary "
                              f"{render(x)} == {render(y)} of a comparison mixing integer and "
                              f"real inputs (a kink, unless an integer makes it hold for all "
                              f"reals): not decided")
            if verdict != "proved":
                res.verdict = verdict
                if verdict == "refuted":
                    break
    except PathCapExceeded as e:
        res.verdict, res.reason = "unproved", (
            f"float-safety budget spent ({e})" if finite else str(e))
    except BudgetSpent as e:
        res.verdict, res.reason, res.point, res.detail = "unproved", str(e), None, ""
    except InfiniteValue as e:  # a branch computes with inf: extended reals are not modelled
        res.verdict, res.reason = "unproved", f"{e} on some branch (not modelled)"
        res.point, res.detail = None, ""
    if res.verdict == "proved" and res.paths and res.vacuous_paths == res.paths:
        res.verdict = "unproved"
        res.reason = "vacuous: no input satisfies `assume` and the definedness conditions"
    res.excluded = sorted(excluded)
    res.checked = sorted(checked)
    res.facts = sorted(low.fact_names | b.facts)
    return _tested(ob, res, t0)


def _tested(ob: Obligation, res: Result, t0: float) -> Result:
    """'finite' left unproved (Z3 undecided, or no float model to ask): a few points are
    tested (``_finite_confirm.probe``); one JAX confirms in the dtype refutes it."""
    from ._finite_confirm import probe  # (it imports _finite, which imports this module)

    if ob.kind == "finite" and res.verdict == "unproved" and (
            hit := probe(ob.inputs, ob.confirm)) is not None:
        res.verdict, (res.point, res.detail), res.reason = "refuted", hit, ""
    res.solve_s = time.perf_counter() - t0
    return res


def _mixed(atom: tuple[Node, Node], discrete: frozenset[str]) -> bool:
    """The atom reads a real input besides the integer ones (outside floor, round...)."""
    return any(n.op == "var" and n.value not in discrete for n in _leaves(atom))


_INTEGER_APPS = ("floor", "round", "trunc")  # integer-valued: ``floor(x) == 2`` is no null set


def _is_integer(n: Node, discrete: frozenset[str]) -> bool:
    return (n.op == "var" and n.value in discrete) or (n.op == "app" and n.value in _INTEGER_APPS)


def _leaves(atom: tuple[Node, Node]) -> list[Node]:
    """The atom's nodes, not looking inside integer-valued applications."""
    out, seen, stack = [], set(), list(atom)
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        out.append(n)
        if not (n.op == "app" and n.value in _INTEGER_APPS):
            stack.extend(n.args)
    return out


def _adjacent_defined(ob: Obligation, b: Builder, path: Path) -> list[Node]:
    """On a boundary ``a == b`` of the path: the reference's formulas on both sides defined."""
    out: list[Node] = []
    for key, s in path.signs.items():
        if s != 0 or key not in path.two_sided:
            continue
        for side in (-1, 1):
            spec = Specializer(b, {**path.signs, key: side})
            try:
                terms = [spec(r) for r in list(ob.reference) + list(ob.assume)]
            except Undecided:  # a further split on that side: keep the point (stricter)
                continue
            out += [c for c, _ in definedness(terms, b)]
    return out


def _prove_path(ob, b, path, low: Lowering, zctx, rlimit, res: Result, keep_smt2: bool) -> str:
    n = len(ob.pairs)
    spec = path.roots
    pairs = [(spec[2 * i], spec[2 * i + 1]) for i in range(n)]
    k = 2 * n
    assume = spec[k : k + len(ob.assume)]
    k += len(ob.assume)
    ref = spec[k : k + len(ob.reference)]
    n_given = 2 * len(ob.given)
    rule = ob.rule if ob.kind == "finite" else spec[k + len(ob.reference) : len(spec) - n_given]
    given = spec[len(spec) - n_given :]
    region = path.region(b)
    hyp_nodes = list(assume) + region + [c for c, _ in definedness(
        list(ref) + list(assume) + list(given), b)]
    if ob.kind == "defined":  # not 'finite': its claim holds on boundaries as they are
        hyp_nodes += _adjacent_defined(ob, b, path)
    rule_defs = [] if ob.kind == "finite" else [
        c for c, _ in definedness(list(rule) + [t for p in pairs for t in p], b)]
    low.prepare(hyp_nodes + rule_defs + [t for p in pairs for t in p]
                + (list(rule) + ob.lowered if ob.kind == "finite" else []))
    low.prepare(list(given))
    hyps = [low.term(h) for h in hyp_nodes]
    floats = [low.term(h) for h in ob.lowered]
    hyps += [low.term(given[i]) == low.term(given[i + 1]) for i in range(0, n_given, 2)]
    hyps += [z3.IsInt(z3.Real(name, zctx)) for name in sorted(ob.discrete)]
    for name, (lo, hi) in sorted(b.int_ranges.items()):  # integer inputs: their dtype's range
        v = z3.Real(name, zctx)
        hyps += [z3.IsInt(v), v >= lo, v <= hi]
    if ob.kind == "equal":
        hyps += [low.term(c) for c in rule_defs]
        goal = z3.Or([low.term(x) != low.term(y) for x, y in pairs] or [z3.BoolVal(False, zctx)])
    elif ob.kind == "finite":  # some output may be NaN or infinite
        flags = [low.term(f) for f in rule]
        if ob.name == "finite":  # (not the search for a lost derivative)
            flags = narrow(check, zctx, res, hyps, floats, flags, low.facts, keep_smt2)
        goal = z3.Or(flags or [z3.BoolVal(False, zctx)])
    else:
        goal = z3.Not(z3.And([low.term(c) for c in rule_defs] or [z3.BoolVal(True, zctx)]))
    hyps += floats
    box: list[z3.BoolRef] = []
    restricted = False
    probed = False
    delta = 1.0
    rounds = FINITE_ROUNDS if ob.kind == "finite" else REFINE_ROUNDS
    gaps: list[str] = []  # the details of the models not confirmed
    for _round in range(rounds + 1):
        # A fresh solver per query: after push/pop Z3 switches to its incremental SMT core,
        # which is far weaker on nonlinear real arithmetic than the one-shot nlsat solver
        # (softmax on shape (3,): unsat in 6 ms one-shot, no answer in minutes incrementally).
        query = [*hyps, goal, *box, *low.facts]
        smt2 = ""
        if keep_smt2:
            q = z3.Solver(ctx=zctx)
            q.add(*query)
            smt2 = q.to_smt2()
        r, s = check(zctx, rlimit, query, fallback=ob.kind != "finite", budget=res.budget)
        if smt2 and (r != z3.sat or _round == rounds):
            res.smt2.append(smt2)  # the query that decided this region (unsat when proved)
        if r == z3.unsat:
            if restricted:
                res.reason = ("models of the float model that did not reproduce in the dtype "
                              "were blocked" if ob.kind == "finite" else
                              "only unconfirmed models outside the bounded search box")
                return "unproved"
            if _round == 0:
                res.vacuous_paths += check(zctx, rlimit, [*hyps, *low.facts])[0] == z3.unsat
            return "proved"
        if r == z3.unknown:
            res.reason = f"Z3 answered unknown ({s.reason_unknown()})"
            if res.budget is not None and res.budget.work is not None and res.budget.spent():
                res.reason = res.budget.spent()  # the query had the last of its work budget
            return "unproved"
        model = s.model()
        point = {}
        for name in ob.inputs:
            point[name] = _to_float(model.eval(z3.Real(name, zctx), model_completion=True))
        confirmed, detail, *found = ob.confirm(point)
        if confirmed:
            point = found[0] if found else point
            res.point, res.detail = point, detail
            if smt2 and smt2 not in res.smt2:
                res.smt2.append(smt2)  # sat: the counterexample's region
            return "refuted"
        res.spurious_models += 1
        gaps.append(detail)
        if ob.kind == "finite" and _round >= rounds // 2:
            # a behaviour of the float model that the dtype does not show, after refining
            # exp: blocked (a neighbourhood of the point), after which an unsat is no proof
            restricted = True
            box.append(z3.Or([_outside(z3.Real(name, zctx), x, zctx)
                              for name, x in point.items()]))
        if ob.kind == "finite":
            _refine(low, model, delta)
            refine_special(low, model, delta)
            delta /= 4
            continue
        if not probed:
            # The model may lie where float64 cannot see the error (tanh saturated at
            # |x| = 50). Look once for a model near the origin: a confirmed counterexample
            # there is as real as any; an answer of unsat or unknown changes nothing.
            probed = True
            near = _probe_box(ob, zctx, rlimit, [*hyps, goal, *low.facts])
            if near is not None:
                res.point, res.detail = near
                return "refuted"
        if detail == "non-finite":
            # search only a bounded box: a later unsat is then no proof (``restricted``)
            restricted = True
            for name in ob.inputs:
                v = z3.Real(name, zctx)
                box += [v <= 64, v >= -64]
        _refine(low, model, delta)
        refine_special(low, model, delta)
        delta /= 4
    res.reason = f"{res.spurious_models} models were not confirmed by JAX in " + (
        "the dtype" if ob.kind == "finite" else "float64")
    if gaps and all(str(d).startswith("agree ") for d in gaps):
        res.reason += (f"; at each, the rule and the reference {gaps[-1]}: they may differ by "
                       "less than float64 shows, e.g. a constant written to float precision "
                       "where the reference has the exact one")
    return "unproved"


def _outside(v: z3.ArithRef, x: float, zctx) -> z3.BoolRef:
    """``v`` outside a small neighbourhood of the model value ``x`` (an infinite ``x``, a
    real beyond float64's range, is left by any ``v`` below 1e300 in magnitude)."""
    if not abs(x) < 1e300:  # (inf, or near float64's largest value: x +- r overflows)
        return v < _to_q(zctx, 1e300) if x > 0 else v > _to_q(zctx, -1e300)
    r = max(abs(x) * 1e-3, 1e-6)
    return z3.Or(v < _to_q(zctx, x - r), v > _to_q(zctx, x + r))


def _to_q(zctx, x: float) -> z3.ArithRef:
    q = Fraction(x)
    return z3.RealVal(f"{q.numerator}/{q.denominator}", zctx)


def _probe_box(ob, zctx, rlimit: int, query: list) -> tuple[dict, str] | None:
    """A confirmed counterexample with every input in [-r, r], for r = 4 then 1, or None."""
    for r in (4, 1):
        box = [c for name in ob.inputs for v in [z3.Real(name, zctx)] for c in (v <= r, v >= -r)]
        ans, s = check(zctx, rlimit, [*query, *box])
        if ans != z3.sat:
            continue
        model = s.model()
        point = {name: _to_float(model.eval(z3.Real(name, zctx), model_completion=True))
                 for name in ob.inputs}
        confirmed, detail, *found = ob.confirm(point)
        if confirmed:
            point = found[0] if found else point
            return point, detail
    return None


def check(zctx: z3.Context, rlimit: int, query: list[z3.BoolRef], *,
          fallback: bool = True, budget: Budget | None = None) -> tuple[Any, z3.Solver]:
    """One-shot satisfiability of ``query``: Z3's nlsat tactic first, its default solver second.

    Both are complete procedures of the same Z3 on the same assertions; the nlsat tactic
    alone skips the default solver's start-up (about 6 ms a query). Only when it answers
    ``unknown`` (for instance a term outside its fragment) is the default solver asked; an
    ``unknown`` from both stays ``unknown``.
    """
    if budget is not None:  # an obligation with a budget: one query of it
        rlimit = budget.take(rlimit)
    s = z3.Tactic("qfnra-nlsat", ctx=zctx).solver()
    s.set("rlimit", rlimit)
    timeout = QUERY_TIMEOUT_MS if budget is None else max(1, min(QUERY_TIMEOUT_MS, budget.ms()))
    s.set("timeout", timeout)
    add(s, query)
    r = s.check()
    if budget is not None:
        budget.spend(s, rlimit)
    if r == z3.unknown and fallback and (budget is None or (
            budget.ms() > 0 and (budget.work is None or budget.work > 0))):
        if budget is not None:
            rlimit = budget.cap(rlimit)
            timeout = max(1, min(QUERY_TIMEOUT_MS, budget.ms()))
        s = z3.Solver(ctx=zctx)
        s.set("rlimit", rlimit)
        s.set("timeout", timeout)
        add(s, query)
        r = s.check()
        if budget is not None:
            budget.spend(s, rlimit)
    return r, s


def add(s: z3.Solver, query: list[Any]) -> None:
    """``s.add(*query)``, the same assertions in the same order, without z3py's per-term cast
    (a sort object made and compared for each): a query carries every ground fact of its
    lowering, hundreds where a rule has many exp/sin terms (fresnel: 60 % of its proof)."""
    ref, solver = s.ctx.ref(), s.solver
    for q in query:
        if type(q) is z3.BoolRef and q.ctx is s.ctx:
            z3.Z3_solver_assert(ref, solver, q.as_ast())
        else:
            s.add(q)  # a Python bool, a quantifier, another context: z3py's own checks


def fresh_context() -> z3.Context:
    """A new Z3 context (keeps ``import z3`` out of the other modules)."""
    return z3.Context()


def z3_version() -> str:
    return z3.get_version_string()


def describe(n: Node | Any) -> str:
    return render(n)
