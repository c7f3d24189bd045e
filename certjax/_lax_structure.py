# SPDX-License-Identifier: Apache-2.0
"""The translations of the structural lax primitives (fills ``TRANSLATIONS``).

Reshape, slice, pad, concatenate, iota, reductions, cumulative folds, arg-extrema, dynamic
slices and ``dot_general`` move IR nodes around with NumPy's own index arithmetic on
``object`` arrays, so their semantics are NumPy's, not ours; ``_lax_rules.py`` holds the
elementwise primitives.
"""

from __future__ import annotations

import numpy as np

from ._ir import Node
from ._lax_rules import _map, _obj
from ._translate import register_translation


# -- structure ----------------------------------------------------------------------------
@register_translation("broadcast_in_dim")
def _broadcast_in_dim(ctx, x, *dyn, shape, broadcast_dimensions, **_):
    expanded = [1] * len(shape)
    for src, dst in enumerate(broadcast_dimensions):
        expanded[dst] = x.shape[src]
    return np.broadcast_to(x.reshape(expanded), shape).copy()


@register_translation("reshape")
def _reshape(ctx, x, *dyn, new_sizes, dimensions=None, **_):
    if dimensions is not None:
        x = np.transpose(x, dimensions)
    return x.reshape(new_sizes)


@register_translation("squeeze")
def _squeeze(ctx, x, *, dimensions):
    return np.squeeze(x, axis=tuple(dimensions))


@register_translation("expand_dims")
def _expand_dims(ctx, x, *, dimensions):
    return np.expand_dims(x, tuple(dimensions))


@register_translation("transpose")
def _transpose(ctx, x, *, permutation):
    return np.transpose(x, permutation)


@register_translation("rev")
def _rev(ctx, x, *, dimensions):
    return np.flip(x, axis=tuple(dimensions)).copy()


@register_translation("slice")
def _slice(ctx, x, *, start_indices, limit_indices, strides=None):
    strides = strides or (1,) * x.ndim
    bounds = zip(start_indices, limit_indices, strides, strict=True)
    return x[tuple(slice(s, e, st) for s, e, st in bounds)]


@register_translation("concatenate")
def _concatenate(ctx, *xs, dimension):
    return np.concatenate(xs, axis=dimension)


@register_translation("stack")
def _stack(ctx, *xs, axis=0, **_):
    return np.stack(xs, axis=axis)


@register_translation("unstack")
def _unstack(ctx, x, *, axis, **_):
    # the transpose of stack: the slices along axis, that axis removed
    return [np.take(x, i, axis=axis) for i in range(x.shape[axis])]


@register_translation("pad")
def _pad(ctx, x, padval, *, padding_config):
    out = x
    for axis, (lo, hi, interior) in enumerate(padding_config):
        lo, hi, interior = int(lo), int(hi), int(interior)
        if interior:
            n = out.shape[axis]
            idx = [slice(None)] * out.ndim
            shape = list(out.shape)
            shape[axis] = n + (n - 1) * interior if n else 0
            grown = np.full(shape, padval[()], dtype=object)
            idx[axis] = slice(None, None, interior + 1)
            grown[tuple(idx)] = out
            out = grown
        if lo < 0:
            out = np.take(out, range(-lo, out.shape[axis]), axis=axis)
            lo = 0
        if hi < 0:
            out = np.take(out, range(0, out.shape[axis] + hi), axis=axis)
            hi = 0
        widths = [(0, 0)] * out.ndim
        widths[axis] = (lo, hi)
        out = np.pad(out, widths, mode="constant", constant_values=padval[()])
    return out


@register_translation("iota")
def _iota(ctx, *, dtype, shape, dimension, **_):
    out = _obj(shape)
    for idx in np.ndindex(shape):
        out[idx] = ctx.b.const(idx[dimension])
    return out


def _reduce(fold, empty):
    def rule(ctx, x, *, axes, **_):
        moved = np.moveaxis(x, axes, range(x.ndim - len(axes), x.ndim))
        keep = moved.shape[: x.ndim - len(axes)]
        flat = moved.reshape(keep + (-1,))
        out = _obj(keep)
        for idx in np.ndindex(keep):
            items = list(flat[idx])
            if not items:  # an empty reduction is the operation's identity
                out[idx] = ctx.b.const(empty)
                continue
            acc = items[0]
            for it in items[1:]:
                acc = fold(ctx.b, acc, it)
            out[idx] = acc
        return out

    return rule


register_translation("reduce_sum", _reduce(lambda b, x, y: b.add(x, y), 0))
register_translation("reduce_max", _reduce(lambda b, x, y: b.max(x, y), float("-inf")))
register_translation("reduce_min", _reduce(lambda b, x, y: b.min(x, y), float("inf")))
register_translation("reduce_prod", _reduce(lambda b, x, y: b.mul(x, y), 1))
register_translation("reduce_and", _reduce(lambda b, x, y: b.and_(x, y), True))
register_translation("reduce_or", _reduce(lambda b, x, y: b.or_(x, y), False))


def _cumulative(fold):
    def rule(ctx, x, *, axis, reverse=False, **_):
        moved = np.moveaxis(x, axis, -1)
        out = _obj(moved.shape)
        order = range(moved.shape[-1] - 1, -1, -1) if reverse else range(moved.shape[-1])
        for idx in np.ndindex(moved.shape[:-1]):
            acc = None
            for k in order:
                acc = moved[idx + (k,)] if acc is None else fold(ctx.b, acc, moved[idx + (k,)])
                out[idx + (k,)] = acc
        return np.moveaxis(out, -1, axis)

    return rule


register_translation("cumsum", _cumulative(lambda b, x, y: b.add(x, y)))
register_translation("cumprod", _cumulative(lambda b, x, y: b.mul(x, y)))
register_translation("cummax", _cumulative(lambda b, x, y: b.max(x, y)))
register_translation("cummin", _cumulative(lambda b, x, y: b.min(x, y)))


def _arg_extremum(better):
    """argmax/argmin: the first index of the extremum (a later element wins only strictly)."""

    def rule(ctx, x, *, axes, **_):
        (axis,) = axes
        b = ctx.b
        # booleans (jnp.select's argmax over its conditions) compare as 0 < 1
        moved = _map(lambda a: b.select(a, b.const(0), b.const(1)) if a.is_bool else a,
                     np.moveaxis(x, axis, -1))
        out = _obj(moved.shape[:-1])
        for idx in np.ndindex(out.shape):
            best, arg = moved[idx + (0,)], b.const(0)
            for k in range(1, moved.shape[-1]):
                c = better(b, moved[idx + (k,)], best)
                best = b.select(c, best, moved[idx + (k,)])
                arg = b.select(c, arg, b.const(k))
            out[idx] = arg
        return out

    return rule


register_translation("argmax", _arg_extremum(lambda b, new, best: b.cmp("lt", best, new)))
register_translation("argmin", _arg_extremum(lambda b, new, best: b.cmp("lt", new, best)))


def _start_is(b, idx: Node, s: int, smax: int) -> Node:
    """Whether the start index ``idx``, clamped to [0, smax] as XLA does, equals ``s``."""
    def ge(k: int) -> Node:
        return b.cmp("le", b.const(k), idx)

    if smax == 0:
        return b.boolean(True)
    if s == 0:
        return b.not_(ge(1))
    if s == smax:
        return ge(smax)
    return b.and_(ge(s), b.not_(ge(s + 1)))


def _starts(ctx, shape, sizes, idxs):
    """Every possible (clamped) start tuple with the condition under which it is taken."""
    b = ctx.b
    per_dim = []
    for n, size, i in zip(shape, sizes, idxs, strict=True):
        smax = n - size
        node = i[()] if isinstance(i, np.ndarray) else i
        if node.op == "const":
            s = min(max(int(node.value), 0), smax)
            per_dim.append([(s, b.boolean(True))])
        else:
            per_dim.append([(s, _start_is(b, node, s, smax)) for s in range(smax + 1)])
    combos = [((), b.boolean(True))]
    for options in per_dim:
        combos = [(st + (s,), b.and_(c, c2)) for st, c in combos for s, c2 in options]
    return combos


@register_translation("dynamic_slice")
def _dynamic_slice(ctx, x, *idxs, slice_sizes, **_):
    b = ctx.b
    out = None
    for start, cond in reversed(_starts(ctx, x.shape, slice_sizes, idxs)):
        piece = x[tuple(slice(s, s + k) for s, k in zip(start, slice_sizes, strict=True))]
        out = piece if out is None else _map(
            lambda p, o, cond=cond: b.select(cond, o, p), piece, out)
    return out


@register_translation("dynamic_update_slice")
def _dynamic_update_slice(ctx, x, update, *idxs, **_):
    b = ctx.b
    out = None
    for start, cond in reversed(_starts(ctx, x.shape, update.shape, idxs)):
        piece = x.copy()
        piece[tuple(slice(s, s + k) for s, k in zip(start, update.shape, strict=True))] = update
        out = piece if out is None else _map(
            lambda p, o, cond=cond: b.select(cond, o, p), piece, out)
    return out


@register_translation("tile")
def _tile(ctx, x, *, reps, **_):
    return np.tile(x, tuple(int(r) for r in reps))


@register_translation("split")
def _split(ctx, x, *, sizes, axis, **_):
    bounds = np.cumsum([int(s) for s in sizes])[:-1]
    return [part.copy() for part in np.split(x, bounds, axis=axis)]


@register_translation("dot_general")
def _dot_general(ctx, lhs, rhs, *, dimension_numbers, **_):
    (lc, rc), (lb, rb) = dimension_numbers
    lf = [d for d in range(lhs.ndim) if d not in lc and d not in lb]
    rf = [d for d in range(rhs.ndim) if d not in rc and d not in rb]
    lt = np.transpose(lhs, list(lb) + lf + list(lc))
    rt = np.transpose(rhs, list(rb) + rf + list(rc))
    nb, nlf, nrf = len(lb), len(lf), len(rf)
    bshape = lt.shape[:nb]
    out = _obj(bshape + lt.shape[nb : nb + nlf] + rt.shape[nb : nb + nrf])
    b = ctx.b
    for idx in np.ndindex(out.shape):
        bi, li, ri = idx[:nb], idx[nb : nb + nlf], idx[nb + nlf :]
        xs = lt[bi + li + (Ellipsis,)].reshape(-1)  # Ellipsis: an array even for 0-d operands
        ys = rt[bi + ri + (Ellipsis,)].reshape(-1)
        acc = b.const(0)
        for x, y in zip(xs, ys, strict=True):
            acc = b.add(acc, b.mul(x, y))
        out[idx] = acc
    return out
