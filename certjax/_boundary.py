# SPDX-License-Identifier: Apache-2.0
"""Smooth boundaries are checked, not excluded; only kinks are.

A derivative obligation (``vjp``, ``jvp``) is split into branch regions at every comparison a
``select`` depends on (``_paths``). On the boundary ``a == b`` of a split, JAX's JVP is not
the derivative (``grad(abs)(0) == 1``, and ``where(x == 0, 0, x * log(y))`` has slope 0 at
``x == 0`` where the true one is ``log(y)``). The derivative there is read off the
*neighbouring* regions instead: the reference formula of each side (the path with the
boundary's sign flipped to ``<`` or ``>``), evaluated on the boundary.

* Where the sides' formulas agree, the primal is differentiable there (its one-sided
  derivatives agree) and the rule must equal that derivative **on the boundary itself**:
  ``agree => rule == side formula`` is proved on the boundary region, and a counterexample
  there is a bug (softplus written with ``max``, slope 0 at 0; jax #2107).
* Where they differ the point is a **kink** (``abs``, ``relu`` at 0): no derivative exists,
  the point is excluded, and the boundary is listed in the certificate as a kink.

A boundary point found wrong is confirmed with the real JAX functions in float64: against
JAX's JVP at the point, or else against JAX's JVP at nearby points on either side (the limit
the side formulas stand for), which must settle on a value other than the rule's.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from typing import Any

import numpy as np

from ._ir import Builder, Node, render
from ._paths import Atom, Path, Specializer, _key

MAX_ZERO_ATOMS = 3  # boundaries met at one point: 2**3 neighbouring regions at most
NEAR_STEPS = (1e-3, 1e-5)


def zero_atoms(path: Path) -> list[Atom]:
    """The split boundaries ``path`` lies on (sign 0 on a two-sided comparison)."""
    return [a for a, s in path.signs.items() if s == 0 and a in path.two_sided]


def text(atom: Atom) -> str:
    return f"{render(atom[0])} == {render(atom[1])}"


class _Partial(Specializer):
    """A :class:`Specializer` that keeps a ``select`` it cannot decide as a ``select``.

    On a neighbouring region a formula may split further (``max(a0, a1)`` once ``b0 != 0``
    unmasks ``a0``); kept symbolic, the formula is the one of the sub-region the boundary
    point lies in.
    """

    def __init__(self, b: Builder, signs: dict, feasible: Callable | None = None) -> None:
        super().__init__(b, signs)
        self.feasible = feasible

    def _spec(self, n: Node, args: list[Node]) -> Node:
        out = super()._spec(n, args)
        if out.op != "cmp" or self.feasible is None or n.op != "cmp":
            return out
        # a comparison the neighbouring region decides (``x < 0`` once ``-x > 0``): decided
        # here as there, so a side's formula is that side's (never the other's at a tie)
        x, y = out.args
        key, flip = _key(x, y)
        region = Path(self.signs, []).region(self.b)
        lt = self.feasible([*region, self.b.cmp("lt", key[0], key[1])])
        gt = self.feasible([*region, self.b.cmp("lt", key[1], key[0])])
        eq = self.feasible([*region, self.b.cmp("eq", key[0], key[1])])
        open_ = [sg for sg, f in ((-1, lt), (1, gt), (0, eq)) if f is not False]
        if len(open_) != 1:
            return out
        self.signs[key] = open_[0]
        return super()._spec(n, args)

    def __call__(self, root: Node) -> Node:
        memo = self.memo
        stack = [root]
        while stack:
            n = stack[-1]
            if id(n) in memo:
                stack.pop()
                continue
            todo = [a for a in n.args if id(a) not in memo]
            if todo:
                stack.extend(reversed(todo))
                continue
            args = [memo[id(a)] for a in n.args]
            if n.op == "select":
                c = args[0]
                memo[id(n)] = (args[2] if c.value else args[1]) if c.op == "bool" else \
                    self.b.select(c, args[1], args[2])
            else:
                memo[id(n)] = self._spec(n, args) if n.args else n
            stack.pop()
        return memo[id(root)]


def side_formulas(ob: Any, b: Builder, path: Path, zero: list[Atom],
                  feasible: Callable | None = None) -> list[list[Node]] | None:
    """Per neighbouring region, the reference terms of ``ob``'s pairs there; None: too many."""
    if len(zero) > MAX_ZERO_ATOMS:
        return None
    out = []
    for flips in itertools.product((-1, 1), repeat=len(zero)):
        # comparisons the boundary forced to ``==`` (``x == 0`` once ``-x == 0``) are
        # decided again on the side (by ``feasible``), not carried over
        kept = {k: v for k, v in path.signs.items() if v != 0 or feasible is None}
        spec = _Partial(b, {**kept, **dict(zip(zero, flips, strict=True))}, feasible)
        out.append([spec(ref) for _, ref in ob.pairs])
    return out


def boundary_path(ob: Any, b: Builder, path: Path, sides: list[list[Node]]
                  ) -> tuple[Path, Node]:
    """``path`` with its pairs replaced by the boundary claim, and the "sides differ" condition.

    Pair ``i`` becomes ``(select(agree_i, side_i, rule_i), side_i)``: unequal exactly where the
    sides agree and the rule differs from them. ``differ`` holds where some pair's sides
    differ (a kink there).
    """
    n = len(ob.pairs)
    roots = list(path.roots)
    differ = b.boolean(False)
    for i in range(n):
        first = sides[0][i]
        agree = b.boolean(True)
        for other in sides[1:]:
            agree = b.and_(agree, b.cmp("eq", first, other[i]))
        differ = b.or_(differ, b.not_(agree))
        rule = roots[2 * i]
        roots[2 * i] = b.select(agree, first, rule)
        roots[2 * i + 1] = first
    return dataclasses.replace(path, roots=roots), differ


def near_confirm(ob: Any, point: dict[str, float]) -> tuple[bool, str]:
    """The rule at ``point`` against the limit of JAX's derivative at points either side.

    ``ob.values(point, at)`` gives (rule leaves at ``point``, reference leaves at ``at``), or
    None outside the domain. Confirmed when, on every side inside the domain (at least one),
    the reference settles (two steps agree to 10 % of the gap) on a value at a relative
    distance above 1e-3 from the rule's.
    """
    values: Callable | None = getattr(ob, "values", None)
    if values is None:
        return False, "no point evaluator"
    names = [k for k in ob.inputs if k not in ob.discrete]
    seen = 0
    gap_seen = 0.0
    for sign in (1, -1):
        refs = []
        rule = None
        for h in NEAR_STEPS:
            at = dict(point)
            for k, nm in enumerate(names):
                at[nm] = point[nm] + sign * h * (1 + k) * max(1.0, abs(point[nm]))
            try:
                got = values(point, at)
            except Exception:  # noqa: BLE001 - a failed evaluation confirms nothing
                got = None
            if got is None:
                break
            rule, ref = (np.concatenate([np.ravel(np.asarray(x, np.float64)) for x in v] or
                                        [np.zeros(0)]) for v in got)
            refs.append(ref)
        if len(refs) < len(NEAR_STEPS) or rule is None:
            continue
        if not (np.all(np.isfinite(rule)) and all(np.all(np.isfinite(r)) for r in refs)):
            return False, "non-finite"
        gap = np.abs(rule - refs[-1])
        scale = 1.0 + np.abs(rule) + np.abs(refs[-1])
        drift = np.abs(refs[-1] - refs[-2])
        ok = (gap > 1e-3 * scale) & (drift < 0.1 * gap)
        if not np.any(ok):
            return False, "the rule agrees with JAX's derivative near the boundary"
        seen += 1
        gap_seen = max(gap_seen, float(np.max(gap[ok])))
    if not seen:
        return False, "no point near the boundary inside the domain"
    return True, f"on a boundary where the primal is differentiable (off by {gap_seen:.3g})"


def boundary_confirm(ob: Any) -> Callable[[dict[str, float]], tuple[bool, str]]:
    """Confirm at the point (JAX's JVP there), else by :func:`near_confirm`."""

    def confirm(point: dict[str, float]) -> tuple[bool, str]:
        bad, detail = ob.confirm(point)
        if bad:
            return bad, detail
        return near_confirm(ob, point)

    return confirm


def prove_on_boundary(ob: Any, b: Builder, path: Path, prove_path: Callable,
                      feasible: Callable, res: Any) -> tuple[str, str | None, str | None]:
    """Discharge ``ob`` (a derivative obligation) on boundary path ``path``.

    Returns (verdict, kink, checked): ``kink`` is the text of a boundary excluded as a kink
    (somewhere on it the sides differ, or they could not be formed), ``checked`` of one
    where they agree everywhere (the rule proved equal to them on all of it).
    """
    zero = zero_atoms(path)
    label = " and ".join(text(a) for a in zero)
    sides = side_formulas(ob, b, path, zero, feasible)
    if sides is None:  # not decided: excluded, and said so
        return "proved", f"{label} (one-sided derivatives not formed: excluded)", None
    bpath, differ = boundary_path(ob, b, path, sides)
    ob2 = dataclasses.replace(ob, confirm=boundary_confirm(ob))
    verdict = prove_path(ob2, bpath)
    k = 2 * len(ob.pairs)
    region = [*path.region(b), *path.roots[k: k + len(ob.assume)]]
    kink = (label if feasible([*region, differ]) is not False else None)
    # (a boundary listed as a kink may be smooth in parts, e.g. where a cotangent is 0: the
    # claim was proved there all the same)
    return verdict, kink, None if kink else label
