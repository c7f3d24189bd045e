# SPDX-License-Identifier: Apache-2.0
"""Path splitting: prove piecewise code almost everywhere, one branch region at a time.

JAX's JVP is not the derivative at a kink (``grad(abs)(0) == 1``), so obligations are proved
on each *path*: an assignment of a strict side (``a < b`` or ``a > b``) to every comparison
that a ``select`` depends on. The boundary ``a == b`` is excluded and recorded; it is a null
set when ``a - b`` is a non-zero analytic function, and :func:`paths` asks Z3 (through
``identically_equal``) before excluding it: a comparison whose sides are equal wherever they
are defined *in the current region* is decided ``==`` instead. (Residual caveat, stated in
certificates: if ``a - b`` vanished on one connected component of the region and not on
another, that component would be dropped; select-free terms are analytic, so this needs a
region whose pieces are separated by a pole or a branch of sqrt/log.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

from ._ir import Builder, Node

Atom = tuple[Node, Node]


class Undecided(Exception):
    def __init__(self, atom: Atom) -> None:
        self.atom = atom


class PathCapExceeded(Exception):
    pass


@dataclasses.dataclass(frozen=True)
class Path:
    """One branch region: ``signs[(a, b)]`` is -1 (a < b), +1 (a > b) or 0 (a == b)."""

    signs: dict[Atom, int]
    roots: list[Node]
    two_sided: frozenset = frozenset()

    def region(self, b: Builder) -> list[Node]:
        rel = {-1: "lt", 0: "eq", 1: "gt"}
        return [b.cmp(rel[s], x, y) for (x, y), s in self.signs.items()]

    def excluded(self) -> list[Atom]:
        return [a for a, s in self.signs.items() if s != 0 and a in self.two_sided]


def _key(x: Node, y: Node) -> tuple[Atom, int]:
    return ((x, y), 1) if x.uid <= y.uid else ((y, x), -1)


class Specializer:
    """Evaluate IR under a path assignment, folding every decided comparison."""

    def __init__(self, b: Builder, signs: dict[Atom, int]) -> None:
        self.b = b
        self.signs = signs
        self.memo: dict[int, Node] = {}

    def __call__(self, root: Node) -> Node:
        # an explicit stack, not recursion: terms may be thousands of nodes deep; the order
        # (arguments left to right, only the taken branch of a select) is the recursive one
        memo = self.memo
        stack = [root]
        while stack:
            n = stack[-1]
            if id(n) in memo:
                stack.pop()
                continue
            if not n.args:
                memo[id(n)] = n
                stack.pop()
                continue
            if n.op in ("and", "or"):
                # short-circuit, total conditions first: where ``x - 1 < 0`` makes JAX
                # compare a NaN (``_lax_rules.compare_xla``), the comparison of the partial
                # term itself (only explored where that term is defined) is not asked
                absorbing = n.op == "or"
                pending = None
                for a in sorted(n.args, key=lambda a: a.partial):
                    v = memo.get(id(a))
                    if v is None:
                        pending = a
                        break
                    if v.op == "bool" and v.value == absorbing:
                        memo[id(n)] = v
                        break
                    if v.op != "bool" and not a.partial and any(x.partial for x in n.args):
                        raise Undecided(_first_atom(v))  # decide it before a partial one
                if id(n) in memo:
                    stack.pop()
                elif pending is not None:
                    stack.append(pending)
                else:
                    memo[id(n)] = self._spec(n, [memo[id(a)] for a in n.args])
                    stack.pop()
                continue
            if n.op == "select":
                c = memo.get(id(n.args[0]))
                if c is None:
                    stack.append(n.args[0])
                    continue
                if c.op != "bool":
                    raise Undecided(_first_atom(c))
                branch = n.args[2] if c.value else n.args[1]
                hit = memo.get(id(branch))
                if hit is None:
                    stack.append(branch)
                    continue
                memo[id(n)] = hit
                stack.pop()
                continue
            todo = [a for a in n.args if id(a) not in memo]
            if todo:
                stack.extend(reversed(todo))
                continue
            memo[id(n)] = self._spec(n, [memo[id(a)] for a in n.args])
            stack.pop()
        return memo[id(root)]

    def _spec(self, n: Node, args: list[Node]) -> Node:
        op, b = n.op, self.b
        if op == "cmp":
            out = b.cmp(n.value, *args)
            if out.op != "cmp":
                return self._settle(out)
            x, y = out.args
            key, flip = _key(x, y)
            s = self.signs.get(key)
            if s is None:
                return out
            s *= flip
            return b.boolean({"lt": s < 0, "le": s <= 0, "eq": s == 0}[out.value])
        return b.rebuild(op, args, n.value)

    def _settle(self, c: Node) -> Node:
        """A comparison the builder rewrote (``x == x`` into ``not isnan(x)``): decide it too."""
        if c.op == "bool" or not c.is_bool:
            return c
        return self(c) if any(a.op != "bool" for a in c.args) else c


def _first_atom(c: Node) -> Atom:
    """The comparison to split ``c`` on: the first whose operands are total, if any.

    A comparison of a partial term (``sqrt(x - 1) >= 0``) is explored only where its operands
    are defined, so the condition saying where they are NaN (``x - 1 < 0``, from
    ``_lax_rules.compare_xla``) must be split first, or its region would be lost.
    """
    atoms = []
    stack = [c]
    while stack:
        n = stack.pop()
        if n.op == "cmp":
            atoms.append((n.args[0], n.args[1]))
            continue
        stack.extend(reversed([a for a in n.args if a.is_bool and a.op != "bool"]))
    if not atoms:
        raise AssertionError("undecided condition without a comparison")
    for x, y in atoms:
        if not (x.partial or y.partial):
            return x, y
    return atoms[0]


def paths(
    b: Builder,
    roots: list[Node],
    sides: Callable[[Node, Node, list[Node]], tuple[int, ...]],
    *,
    cap: int = 256,
    boundaries: bool = False,
    keep_boundary: Callable[[Atom], bool] | None = None,
) -> Iterator[Path]:
    """All branch regions of ``roots``, depth first.

    ``sides(x, y, region)`` says which of ``x < y`` (-1), ``x == y`` (0) and ``x > y`` (+1)
    to explore inside ``region``: ``(-1, 1)`` only when both strict sides are feasible there
    (the boundary ``x == y`` is then excluded), ``(0,)`` when neither is, and otherwise the
    feasible strict side together with ``0``, so a one-sided comparison (``x <= sqrt(x*x)``)
    never drops the region where it holds with equality (unless Z3 shows that region empty:
    ``exp(t) == 0``; not asked for obligation 'finite', whose queries are counted).

    With ``boundaries=True`` the boundary ``x == y`` of every split is a region of its own
    (nothing is excluded): used for definedness, which must hold at kinks too (``x / abs(x)``
    is undefined exactly on the boundary ``x == 0``).

    ``keep_boundary(atom)`` true: that atom's boundary is a region of its own even in an
    ``equal`` obligation (a comparison over an integer input: ``k == 1`` is no null set).
    """
    stack: list[dict[Atom, int]] = [{}]
    two_sided: set[Atom] = set()
    count = 0
    while stack:
        signs = stack.pop()
        spec = Specializer(b, signs)
        try:
            out = [spec(r) for r in roots]
        except Undecided as u:
            key, _ = _key(*u.atom)
            chosen = sides(*key, Path(signs, []).region(b))
            if set(chosen) == {-1, 1}:
                kept = keep_boundary is not None and keep_boundary(key)
                if not kept:  # a null-set boundary: excluded, or (boundaries) checked apart
                    two_sided.add(key)
                if boundaries or kept:
                    chosen = (-1, 0, 1)
            for s in chosen:
                stack.append({**signs, key: s})
            continue
        count += 1
        if count > cap:
            raise PathCapExceeded(f"more than {cap} paths")
        yield Path(signs, out, frozenset(two_sided))
