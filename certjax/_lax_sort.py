# SPDX-License-Identifier: Apache-2.0
"""Ordering primitives at small sizes: ``sort`` (multi-operand, ``num_keys``) and ``top_k``.

Each element's position in the result is its *rank*: the number of elements ordered before
it, comparisons being the lexicographic order over the ``num_keys`` key operands, ties
broken by position (a stable sort; ``top_k`` puts the lower index first, as XLA's TopK).
The rank is a sum of comparisons, so the obligations' path splitting decides every pairwise
comparison and the rank becomes a constant on each path: the paths are the orderings (at
most ``n!`` for ``n`` elements, capped by :data:`SORT_CAP` and the path cap). Output
position ``r`` holds the element whose rank is ``r``, exactly.

NaN and infinities: XLA orders NaN after every number; a key that may be NaN or infinite
is refused (its order against a real would not be modelled). ``-0.0`` and ``+0.0`` are one
real here, so their tie is broken by position (XLA puts ``-0.0`` first): this moves a
non-key payload only on the null set where two keys are both zero. An unstable sort
(``is_stable=False``) of payloads may order equal keys either way: there a payload element
is a fresh unknown. Fact ``xla_sort_order``.
"""

from __future__ import annotations

import numpy as np

from ._errors import MSG_VALUE, UnsupportedValue
from ._ir import Builder, Node
from ._translate import Context, register_translation

SORT_CAP = 6  # elements per sorted row, at most (6! = 720 orderings)


def _refuse(name: str, why: str) -> UnsupportedValue:
    return UnsupportedValue(MSG_VALUE.format(what="the operands", name=name, why=why),
                            primitive=f"{name}[{why}]")


def _key(b: Builder, name: str, t: Node) -> Node:
    if t.is_bool:
        return b.select(t, b.const(0), b.const(1))
    nf, _ = b.special(t)
    if not (nf.op == "bool" and not nf.value):
        raise _refuse(name, "a key may be NaN or infinite")
    return t


def _lex(b: Builder, xs: list[Node], ys: list[Node]) -> tuple[Node, Node]:
    """``(xs < ys, xs == ys)`` in the lexicographic order."""
    lt, eq = b.boolean(False), b.boolean(True)
    for x, y in zip(xs, ys, strict=True):
        lt = b.or_(lt, b.and_(eq, b.cmp("lt", x, y)))
        eq = b.and_(eq, b.cmp("eq", x, y))
    return lt, eq


def _ranks(b: Builder, keys: list[list[Node]], before) -> tuple[list[Node], Node]:
    """Each element's rank (``before(j, i)``: j strictly first) and whether any two tie."""
    n = len(keys)
    ranks, tie = [], b.boolean(False)
    one, zero = b.const(1), b.const(0)
    for i in range(n):
        r = zero
        for j in range(n):
            if j == i:
                continue
            first, eq = before(keys[j], keys[i])
            if j < i:
                first = b.or_(first, eq)
                tie = b.or_(tie, eq)
            r = b.add(r, b.select(first, zero, one))
        ranks.append(r)
    return ranks, tie


def _place(b: Builder, ranks: list[Node], values: list[Node], r: int) -> Node:
    """The value whose rank is ``r`` (exactly one on every decided path)."""
    out = values[-1]
    for i in range(len(values) - 2, -1, -1):
        out = b.select(b.cmp("eq", ranks[i], b.const(r)), out, values[i])
    return out


def _rows(x: np.ndarray, axis: int):
    moved = np.moveaxis(x, axis, -1)
    return moved, list(np.ndindex(moved.shape[:-1]))


@register_translation("sort")
def _sort(ctx: Context, *operands, dimension, is_stable, num_keys, **_):
    b = ctx.b
    n = operands[0].shape[dimension]
    if n > SORT_CAP:
        raise _refuse("sort", f"more than {SORT_CAP} elements along the sorted axis ({n})")
    b.facts.add("xla_sort_order")
    moved = [np.moveaxis(o, dimension, -1) for o in operands]
    outs = [np.empty(m.shape, dtype=object) for m in moved]
    for idx in np.ndindex(moved[0].shape[:-1]):
        keys = [[_key(b, "sort", moved[k][idx + (i,)]) for k in range(num_keys)]
                for i in range(n)]
        ranks, tie = _ranks(b, keys, lambda p, q: _lex(b, p, q))
        for m, out, k in zip(moved, outs, range(len(moved)), strict=True):
            vals = [m[idx + (i,)] for i in range(n)]
            for r in range(n):
                v = _place(b, ranks, vals, r)
                if not is_stable and k >= num_keys:  # equal keys: either payload first
                    v = b.select(tie, v, b.fresh("sort"))
                out[idx + (r,)] = v
    return [np.moveaxis(o, -1, dimension) for o in outs]


@register_translation("top_k")
def _top_k(ctx: Context, x, *, k, axis=-1, **_):
    b = ctx.b
    axis = axis % x.ndim
    n = x.shape[axis]
    if n > SORT_CAP:
        raise _refuse("top_k", f"more than {SORT_CAP} elements along the axis ({n})")
    b.facts.add("xla_sort_order")
    moved = np.moveaxis(x, axis, -1)
    vals = np.empty(moved.shape[:-1] + (k,), dtype=object)
    idxs = np.empty(moved.shape[:-1] + (k,), dtype=object)
    for idx in np.ndindex(moved.shape[:-1]):
        keys = [[_key(b, "top_k", moved[idx + (i,)])] for i in range(n)]
        # j before i: x_j > x_i, or equal with j < i (added by _ranks)
        ranks, _ = _ranks(b, keys, lambda p, q: _lex(b, q, p))
        elems = [moved[idx + (i,)] for i in range(n)]
        positions = [b.const(i) for i in range(n)]
        for r in range(k):
            vals[idx + (r,)] = _place(b, ranks, elems, r)
            idxs[idx + (r,)] = _place(b, ranks, positions, r)
    return [np.moveaxis(vals, -1, axis), np.moveaxis(idxs, -1, axis)]
