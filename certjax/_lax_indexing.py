# SPDX-License-Identifier: Apache-2.0
"""``gather`` and the ``scatter`` family with traced integer indices, at the traced shapes.

XLA's semantics (``GatherDimensionNumbers``/``ScatterDimensionNumbers``, index vector in the
last dimension of the indices, as JAX always binds them) are followed element by element.
A constant index is read directly; a traced one is a case split over the finitely many
window starts at the concrete shape, each taken under the condition that the index selects
it. Out-of-range indices follow ``GatherScatterMode`` (fact ``xla_gather_modes``):

- gather, ``CLIP`` and ``PROMISE_IN_BOUNDS``: each start index is clamped into
  ``[0, dim - slice_size]`` (what XLA's gather does);
- gather, ``FILL_OR_DROP``: a window with any start index outside that range is filled with
  ``fill_value`` (NaN for floats when unset, as ``lax.gather`` sets it);
- scatter, ``CLIP``: clamped as JAX's lowering clamps them; ``FILL_OR_DROP`` and
  ``PROMISE_IN_BOUNDS``: an update window not wholly in range is discarded (XLA);
- ``ONE_HOT`` and any other mode: refused.

``scatter`` (replace) with two updates landing on one element leaves XLA free to keep
either: there the element is a fresh unknown (every value allowed, an over-approximation).
``scatter-add``/``-sub``/``-mul``/``-min``/``-max`` combine every update that lands on an
element (order does not matter over the reals).
"""

from __future__ import annotations

import itertools

import numpy as np

from ._errors import MSG_UNSUPPORTED, UnsupportedPrimitive
from ._ir import Node
from ._lax_structure import _starts
from ._translate import Context, register_translation


def _mode(name: str, mode) -> str:
    m = getattr(mode, "name", str(mode)).upper()
    if m not in ("CLIP", "FILL_OR_DROP", "PROMISE_IN_BOUNDS"):
        label = f"{name}[mode={m}]"
        raise UnsupportedPrimitive(MSG_UNSUPPORTED.format(name=label), primitive=label)
    return m


def _node(a) -> Node:
    return a[()] if isinstance(a, np.ndarray) else a


def _fill(ctx: Context, fill_value) -> Node:
    b, dt = ctx.b, ctx.out_dtype()
    if fill_value is not None:
        v = np.asarray(fill_value).item()
        return b.nan() if isinstance(v, float) and v != v else b.const(v)
    if dt.kind == "f" or dt.kind == "V":
        return b.nan()
    if dt.kind == "b":
        return b.boolean(True)
    info = np.iinfo(dt)
    return b.const(int(info.min) if dt.kind == "i" else int(info.max))


def _in_range(b, idx: Node, hi: int) -> Node:
    return b.and_(b.cmp("le", b.const(0), idx), b.cmp("le", idx, b.const(hi)))


def _exact_starts(ctx: Context, shape, sizes, idxs) -> list[tuple[tuple, Node]]:
    """In-range start tuples with the condition that the (unclamped) indices equal them."""
    b = ctx.b
    per_dim = []
    for n, size, i in zip(shape, sizes, idxs, strict=True):
        smax, node = n - size, _node(i)
        if node.op == "const":
            s = int(node.value)
            per_dim.append([(s, b.boolean(True))] if 0 <= s <= smax else [])
        else:
            per_dim.append([(s, b.cmp("eq", node, b.const(s))) for s in range(smax + 1)])
    out = []
    for combo in itertools.product(*per_dim):
        cond = b.boolean(True)
        for _, c in combo:
            cond = b.and_(cond, c)
        out.append((tuple(s for s, _ in combo), cond))
    return out


def _start_nodes(ctx, ndim, ivec, index_map, batching, batch_of, G) -> list[Node]:
    """The start index of every operand dimension: from the index vector, the batch position
    (operand batching dims), or 0."""
    b = ctx.b
    starts = [b.const(0)] * ndim
    for k, d in enumerate(index_map):
        starts[d] = _node(ivec[k])
    for j, d in enumerate(batching):
        starts[d] = b.const(G[batch_of[j]])
    return starts


@register_translation("gather")
def _gather(ctx: Context, operand, indices, *, dimension_numbers, slice_sizes, mode,
            fill_value=None, **_):
    b, dn = ctx.b, dimension_numbers
    m = _mode("gather", mode)
    b.facts.add("xla_gather_modes")
    fill = _fill(ctx, fill_value) if m == "FILL_OR_DROP" else None
    out_shape = tuple(ctx.eqn.outvars[0].aval.shape)
    offset_dims = list(dn.offset_dims)
    batch_out = [d for d in range(len(out_shape)) if d not in offset_dims]
    window = [d for d in range(operand.ndim)
              if d not in dn.collapsed_slice_dims and d not in dn.operand_batching_dims]
    out = np.empty(out_shape, dtype=object)
    for G in np.ndindex(indices.shape[:-1]):
        ivec = indices[G]
        starts = _start_nodes(ctx, operand.ndim, ivec, dn.start_index_map,
                              dn.operand_batching_dims, dn.start_indices_batching_dims, G)
        combos = _starts(ctx, operand.shape, slice_sizes, starts)
        inb = b.boolean(True)
        for k, d in enumerate(dn.start_index_map):
            inb = b.and_(inb, _in_range(b, _node(ivec[k]), operand.shape[d] - slice_sizes[d]))
        for corner in np.ndindex(*(slice_sizes[d] for d in window)):
            offs = [0] * operand.ndim
            for d, o in zip(window, corner, strict=True):
                offs[d] = o
            value = None
            for start, cond in reversed(combos):
                v = operand[tuple(s + o for s, o in zip(start, offs, strict=True))]
                value = v if value is None else b.select(cond, value, v)
            if fill is not None:
                value = b.select(inb, fill, value)
            idx = [0] * len(out_shape)
            for d, g in zip(batch_out, G, strict=True):
                idx[d] = g
            for d, o in zip(offset_dims, corner, strict=True):
                idx[d] = o
            out[tuple(idx)] = value
    return out


def _scatter(ctx: Context, name: str, combine, operand, indices, updates, dn, mode):
    b = ctx.b
    m = _mode(name, mode)
    b.facts.add("xla_gather_modes")
    uwd = list(dn.update_window_dims)
    scatter_dims = [d for d in range(updates.ndim) if d not in uwd]
    window = [d for d in range(operand.ndim)
              if d not in dn.inserted_window_dims and d not in dn.operand_batching_dims]
    sizes = [1] * operand.ndim
    for d, u in zip(window, uwd, strict=True):
        sizes[d] = updates.shape[u]
    hits: dict[tuple, list[tuple[Node, Node]]] = {}
    per_g: dict[tuple, list] = {}
    for U in np.ndindex(updates.shape):
        G = tuple(U[d] for d in scatter_dims)
        if G not in per_g:
            starts = _start_nodes(ctx, operand.ndim, indices[G], dn.scatter_dims_to_operand_dims,
                                  dn.operand_batching_dims, dn.scatter_indices_batching_dims, G)
            per_g[G] = (_starts(ctx, operand.shape, sizes, starts) if m == "CLIP"
                        else _exact_starts(ctx, operand.shape, sizes, starts))
        offs = [0] * operand.ndim
        for d, u in zip(window, uwd, strict=True):
            offs[d] = U[u]
        for start, cond in per_g[G]:
            L = tuple(s + o for s, o in zip(start, offs, strict=True))
            hits.setdefault(L, []).append((cond, updates[U]))
    out = operand.copy()
    for L, hs in hits.items():
        acc = operand[L]
        for cond, v in hs:
            acc = b.select(cond, acc, combine(acc, v))
        if combine is _replace and len(hs) > 1:
            clash = b.boolean(False)
            for (c1, v1), (c2, v2) in itertools.combinations(hs, 2):
                if v1 is not v2:  # the same value twice: either is that value
                    clash = b.or_(clash, b.and_(c1, c2))
            acc = b.select(clash, acc, b.fresh("scatter"))  # XLA keeps either update
        out[L] = acc
    return out


def _replace(acc: Node, v: Node) -> Node:
    return v


def _register_scatter(name: str, combine_of) -> None:
    def rule(ctx: Context, operand, indices, updates, *, dimension_numbers, mode,
             update_jaxpr=None, **_):
        if name == "scatter" and update_jaxpr is not None:
            raise UnsupportedPrimitive(MSG_UNSUPPORTED.format(name="scatter[update_jaxpr]"),
                                       primitive="scatter[update_jaxpr]")
        combine = combine_of(ctx.b)
        return _scatter(ctx, name, combine, operand, indices, updates, dimension_numbers, mode)

    register_translation(name, rule)


_register_scatter("scatter", lambda b: _replace)
_register_scatter("scatter-add", lambda b: b.add)
_register_scatter("scatter-sub", lambda b: b.sub)
_register_scatter("scatter-mul", lambda b: b.mul)
_register_scatter("scatter-min", lambda b: b.min)
_register_scatter("scatter-max", lambda b: b.max)

