# SPDX-License-Identifier: Apache-2.0
"""Independent parts: an obligation over disjoint groups of inputs, proved group by group.

A rule applied row by row (``vmap``, a reduction along one axis) gives an obligation whose
terms fall into groups that share no input variable: the claim for row 0 reads only row 0's
inputs. The negated obligation ``H_1(x_1) & ... & H_k(x_k) & (G_1(x_1) | ... | G_k(x_k))`` is
satisfiable exactly when some ``H_g & G_g`` is and every other ``H_h`` is, so it is refuted
by refuting each ``H_g & G_g`` alone: the branch regions of one group are no longer
multiplied by those of the others (a row-wise relu at f32[2, 3]: 27 regions, not 729).

* Groups: a union-find over the input variables, joined through each unit: a pair
  ``(rule, reference)``, an ``assume`` conjunct, a reference or rule term (its definedness
  is a hypothesis or the claim), a ``given`` pair. A unit without variables joins group 0.
* A term whose definedness matters (reference and rule terms) is replaced by its units
  (:func:`definedness_units`: exactly the same conditions, each unit over the inputs it
  reads), so that a row's cotangent ``g[0] * a + g[1] * (0 / d)`` does not join two rows.
* Before grouping, ``0 * t`` and ``0 / t`` are folded to 0 and ``keep(v, w...)`` to ``v`` in
  the terms whose definedness is only a *hypothesis* (pairs, assume, reference, and the
  rule's terms in an ``equal`` obligation): dropping a hypothesis only strengthens the
  claim. Never in what is *claimed* defined (the rule of a ``defined`` obligation: ``0 *
  nan`` is NaN at run time) nor in ``given`` (a hypothesis that is a fact only where its
  terms are defined).
* Parts that state one formula up to a renaming of their variables (:func:`shape_key`: the
  rows of a ``vmap``, of a reduction along one axis) are proved once: a renaming keeps
  validity, so the proof cost of a row-wise rule does not grow with the number of rows.
* A group refuted: its model is completed with a point satisfying the other groups'
  hypotheses (a model Z3 finds for them: :func:`_witness`), else with the plain values 1.0
  and 0.5, and confirmed by JAX at the whole point, as any counterexample. A group whose
  hypotheses no input satisfies makes the whole obligation vacuous: unproved.

Obligations with a work budget (``finite``, ``queries``/``work``) are never split.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from ._ir import Builder, Node, walk

FILLS = (1.0, 0.5)  # values for the other groups' inputs when no witness was found


def fold_zero_products(b: Builder, roots: list[Node]) -> list[Node]:
    """``roots`` with ``0 * t`` -> 0 and ``keep(v, w...)`` -> ``v`` (see the module doc)."""
    memo: dict[int, Node] = {}
    for n in walk(roots):
        if not n.args:
            memo[id(n)] = n
            continue
        args = [memo[id(a)] for a in n.args]
        if n.op == "keep":
            memo[id(n)] = args[0]
        elif (n.op == "mul" and any(_zero(a) for a in args)) or (n.op == "div" and _zero(args[0])):
            memo[id(n)] = b.const(0)
        elif all(x is y for x, y in zip(args, n.args, strict=True)):
            memo[id(n)] = n
        elif n.op == "select":
            memo[id(n)] = b.select(*args)
        elif n.op == "cmp":
            memo[id(n)] = b.cmp(n.value, *args)
        else:
            memo[id(n)] = b.rebuild(n.op, args, n.value)
    return [memo[id(r)] for r in roots]


def _zero(n: Node) -> bool:
    return n.op == "const" and n.value == 0


# the ops whose definedness has a condition of its own (``_lower.definedness``), and select
# (after a path is chosen, its definedness is that of the branch taken)
_OWN = ("div", "log", "sqrt", "nan", "inf", "parity", "select")


def definedness_units(terms: list[Node]) -> list[Node]:
    """Subterms whose definedness, together, is exactly that of ``terms``.

    Through an op with no condition of its own (add, mul, exp...), a term is defined where
    its arguments are: it is replaced by them; a subterm with no condition at all (a
    polynomial, a variable) is dropped. A row's cotangent ``g[0] * a + g[1] * (0 / d)`` gives
    the units ``a`` and ``0 / d``, each over the inputs it reads.
    """
    cond: dict[int, bool] = {}
    for n in walk(terms):
        cond[id(n)] = _own(n) or any(cond[id(a)] for a in n.args)
    out, seen, stack = [], set(), list(reversed(terms))
    while stack:
        n = stack.pop()
        if id(n) in seen or not cond[id(n)]:
            continue
        seen.add(id(n))
        if _own(n):
            out.append(n)
        else:
            stack.extend(reversed(n.args))
    return out


def _own(n: Node) -> bool:
    return n.op in _OWN or (n.op == "pow" and n.value < 0) or (n.op == "app" and n.partial)


def _conjuncts(terms: list[Node]) -> list[Node]:
    """The hypotheses ``terms`` with each ``a & b`` as its two conjuncts (the same claim)."""
    out, stack = [], list(reversed(terms))
    while stack:
        t = stack.pop()
        if t.op == "and":
            stack.extend(reversed(t.args))
        else:
            out.append(t)
    return out


def _vars(units: list[list[Node]]) -> list[set[str]]:
    out = []
    for roots in units:
        out.append({n.value for n in walk(roots) if n.op == "var"})
    return out


def split(ob: Any, b: Builder) -> list[Any] | None:
    """The obligation's parts over disjoint input groups, or None when there is one group."""
    if (ob.kind not in ("equal", "defined") or ob.unsupported or ob.queries is not None
            or ob.work is not None or ob.lowered):
        return None
    rule_claimed = ob.kind == "defined"
    flat = [t for p in ob.pairs for t in p]
    n_pairs, n_assume, n_ref = len(flat), len(ob.assume), len(ob.reference)
    folded = fold_zero_products(b, flat + list(ob.assume) + list(ob.reference) + (
        [] if rule_claimed else list(ob.rule)))
    if rule_claimed:  # the pairs' definedness is claimed too: nothing folded there
        folded[:n_pairs] = flat
    pairs = [(folded[2 * i], folded[2 * i + 1]) for i in range(len(ob.pairs))]
    assume = _conjuncts(folded[n_pairs : n_pairs + n_assume])
    reference = definedness_units(folded[n_pairs + n_assume : n_pairs + n_assume + n_ref])
    rule = definedness_units(
        list(ob.rule) if rule_claimed else folded[n_pairs + n_assume + n_ref :])
    units: list[tuple[str, Any]] = (
        [("pair", p) for p in pairs] + [("assume", t) for t in assume]
        + [("reference", t) for t in reference] + [("rule", t) for t in rule]
        + [("given", p) for p in ob.given])
    names = _vars([list(u) if kind in ("pair", "given") else [u] for kind, u in units])
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for vs in names:
        first, *rest = sorted(vs) or [None]
        if first is not None:
            find(first)
            for v in rest:
                parent[find(v)] = find(first)
    roots = sorted({find(v) for v in parent})
    if len(roots) < 2:
        return None
    index = {r: i for i, r in enumerate(roots)}
    groups: list[dict[str, list]] = [
        {"pair": [], "assume": [], "reference": [], "rule": [], "given": []} for _ in roots]
    for (kind, u), vs in zip(units, names, strict=True):
        groups[index[find(min(vs))] if vs else 0][kind].append(u)
    parts = []
    for i, g in enumerate(groups):
        members = {v for v in parent if index[find(v)] == i}
        parts.append(dataclasses.replace(
            ob, pairs=g["pair"], assume=g["assume"], reference=g["reference"], rule=g["rule"],
            given=g["given"], inputs=[v for v in ob.inputs if v in members]))
    return parts


def prove_parts(ob: Any, parts: list[Any], prove_one: Callable, b: Builder, res: Any) -> Any:
    """Prove each part with ``prove_one``; ``res`` (a fresh Result) receives the verdict."""
    witnesses: dict[int, dict[str, float] | None] = {}

    def witness(h: int) -> dict[str, float] | None:
        if h not in witnesses:
            rep = asked.get(keys[h], h)
            if rep != h:  # a renaming of part rep: its witness, renamed
                w = witness(rep)
                ren = dict(zip(_order(parts[rep]), _order(parts[h]), strict=True))
                witnesses[h] = None if w is None else {ren.get(k, k): v for k, v in w.items()}
            else:
                witnesses[h] = _witness(parts[h], prove_one, b)
        return witnesses[h]

    def completions(g: int, point: dict[str, float]) -> list[dict[str, float]]:
        out = []
        found = [w for h in range(len(parts)) if h != g and (w := witness(h)) is not None]
        for fill in FILLS:
            base = {name: fill for name in ob.inputs}
            if fill == FILLS[0]:
                for w in found:
                    base.update(w)
            out.append({**base, **point})
        return out

    hit: dict[str, dict[str, float]] = {}

    def confirmer(g: int) -> Callable:
        def confirm(point: dict[str, float]) -> tuple:
            last: tuple = (False, "no completion")
            for whole in completions(g, point):
                last = ob.confirm(whole)
                if last[0]:
                    hit["point"] = last[2] if len(last) > 2 else whole
                    return last
            return last
        return confirm

    def valuer(g: int) -> Callable | None:
        if ob.values is None:
            return None

        def values(point: dict[str, float], at: dict[str, float]) -> Any:
            base = completions(g, {})[0]
            return ob.values({**base, **point}, {**base, **at})
        return values

    asked: dict[tuple, int] = {}  # a part's form up to renaming -> the part proved for it
    keys = [shape_key(p, b) for p in parts]
    done: dict[int, Any] = {}
    for g, part in enumerate(parts):
        key = keys[g]
        if key in asked:  # the same claim over other variables: the same verdict
            res.renamed += 1
            rep = asked[key]
            ren = _renaming(dict(zip(_order(parts[rep]), _order(part), strict=True)))
            res.excluded += [ren(t) for t in done[rep].excluded]  # its boundaries, renamed
            res.checked += [ren(t) for t in done[rep].checked]
            continue
        asked[key] = g
        hit.clear()
        part = dataclasses.replace(part, confirm=confirmer(g), values=valuer(g))
        r = done[g] = prove_one(part)
        res.paths += r.paths
        res.excluded += r.excluded
        res.checked += r.checked
        res.facts += r.facts
        res.smt2 += r.smt2
        res.spurious_models += r.spurious_models
        res.vacuous_paths += r.vacuous_paths
        if r.verdict == "refuted":
            res.verdict, res.reason, res.detail = "refuted", "", r.detail
            # the whole point JAX confirmed (a boundary confirmed nearby: the part's point,
            # completed as ``values`` completed it)
            res.point = {**completions(g, {})[0], **hit.get("point", {}), **(r.point or {})}
            break
        if r.verdict != "proved" and (res.verdict == "proved" or r.reason.startswith(
                "vacuous") and not res.reason.startswith("vacuous")):
            # a vacuous part (no input satisfies its hypotheses) makes the whole vacuous
            res.verdict = r.verdict
            res.reason = (r.reason if r.reason.startswith("vacuous") else
                          f"part {g + 1} of {len(parts)} (inputs {', '.join(part.inputs)}): "
                          f"{r.reason}")
    res.excluded = sorted(set(res.excluded))
    res.checked = sorted(set(res.checked))
    res.facts = sorted(set(res.facts))
    return res


def _roots(part: Any) -> list[Node]:
    return [t for p in part.pairs for t in p] + list(part.assume) + list(part.reference) + (
        list(part.rule) + [t for p in part.given for t in p])


def _renaming(names: dict[str, str]) -> Callable[[str], str]:
    """Rename whole variable names in rendered text (``x[1]`` in ``x[1] == 0``, not ``x[11]``)."""
    if not names:
        return lambda text: text
    pattern = re.compile(r"(?<![\w!\]])(" + "|".join(
        re.escape(k) for k in sorted(names, key=len, reverse=True)) + r")(?![\w!\[])")
    return lambda text: pattern.sub(lambda m: names[m.group(1)], text)


def _order(part: Any) -> list[str]:
    """The part's variables in order of first occurrence (the renaming of ``shape_key``)."""
    return list(dict.fromkeys(n.value for n in walk(_roots(part)) if n.op == "var"))


def shape_key(part: Any, b: Builder) -> tuple:
    """The part's claim up to a renaming of its variables (in order of first occurrence).

    Two parts with one key state one formula over different variables: valid for one, valid
    for the other (rows a rule treats alike, ``vmap``). A variable's integrality and integer
    range are part of its key; what the terms do not show (a different node order of the
    same terms) only gives another key, which costs a proof, never soundness.
    """
    roots = _roots(part)
    index: dict[int, int] = {}
    names: dict[str, int] = {}
    enc = []
    for n in walk(roots):
        if n.op == "var":
            value: Any = ("var", names.setdefault(n.value, len(names)), n.value in part.discrete,
                          b.int_ranges.get(n.value))
        else:
            value = (type(n.value).__name__, n.value)
        index[id(n)] = len(enc)
        enc.append((n.op, value, tuple(index[id(a)] for a in n.args)))
    sizes = (len(part.pairs), len(part.assume), len(part.reference), len(part.rule),
             len(part.given))
    return part.kind, part.boundary, sizes, tuple(index[id(r)] for r in roots), tuple(enc)


def _witness(part: Any, prove_one: Callable, b: Builder) -> dict[str, float] | None:
    """A point where ``part``'s hypotheses hold (its rule defined too), or None.

    Asked as a false claim ``0 == 1`` under those hypotheses: the first model Z3 gives is it.
    """
    seen: dict[str, dict[str, float]] = {}

    def capture(point: dict[str, float]) -> tuple[bool, str]:
        seen["point"] = dict(point)
        return True, "witness"

    probe = dataclasses.replace(part, kind="equal", pairs=[(b.const(0), b.const(1))],
                                confirm=capture, values=None, boundary="exclude",
                                given=part.given)
    r = prove_one(probe)
    return seen.get("point") if r.verdict == "refuted" else None
