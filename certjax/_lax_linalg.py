# SPDX-License-Identifier: Apache-2.0
"""Linear algebra at small shapes: ``triangular_solve`` and ``cholesky``, exactly.

Both are computed by their textbook recurrences on the IR, which over the reals give the
unique solution of the defining identity: forward/back substitution gives the ``x`` with
``op(a) x = b`` (``x op(a) = b`` for ``left_side=False``) for a triangular ``a`` with a
non-zero diagonal, and the Cholesky recurrence the lower-triangular ``l`` with positive
diagonal and ``l l^T = a``. What XLA reads and returns (fact ``xla_linalg``):

- ``triangular_solve`` reads only the triangle ``lower`` names (and not the diagonal when
  ``unit_diagonal``); a zero diagonal entry divides by zero, NaN/inf as in XLA;
- ``cholesky`` reads the lower triangle; where ``a`` is not positive definite JAX returns
  NaN everywhere (LAPACK's ``info != 0``): every entry is undefined there; the strict upper
  triangle of the primitive's result is unspecified (``lax.linalg.cholesky`` masks it), so
  it is a fresh unknown.
"""

from __future__ import annotations

import numpy as np

from ._errors import MSG_VALUE, UnsupportedValue
from ._ir import Builder, Node
from ._translate import Context, register_translation

LINALG_CAP = 6  # matrix order, at most
# lu of a traced matrix: order at most this (its pivot orderings multiply the paths: slogdet
# of a traced 3 x 3 runs for > 14 minutes); matrices of constants fold at any order
LU_CAP = 2


def _check(name: str, m: int) -> None:
    if m > LINALG_CAP:
        why = f"matrices larger than {LINALG_CAP} x {LINALG_CAP} ({m} x {m})"
        raise UnsupportedValue(MSG_VALUE.format(what="the operands", name=name, why=why),
                               primitive=f"{name}[{why}]")


def _solve_lower(b: Builder, M: np.ndarray, B: np.ndarray, lower: bool) -> np.ndarray:
    """``X`` with ``M X = B``, ``M`` (m x m) triangular: substitution, column by column."""
    m, n = B.shape
    X = np.empty((m, n), dtype=object)
    order = range(m) if lower else range(m - 1, -1, -1)
    for c in range(n):
        for i in order:
            acc = B[i, c]
            for j in (range(i) if lower else range(i + 1, m)):
                acc = b.sub(acc, b.mul(M[i, j], X[j, c]))
            X[i, c] = b.div(acc, M[i, i])
    return X


@register_translation("triangular_solve")
def _triangular_solve(ctx: Context, a, rhs, *, left_side, lower, transpose_a, conjugate_a,
                      unit_diagonal, **_):
    b = ctx.b
    m = a.shape[-1]
    _check("triangular_solve", m)
    b.facts.add("xla_linalg")
    out = np.empty(rhs.shape, dtype=object)
    for batch in np.ndindex(a.shape[:-2]):
        T = np.empty((m, m), dtype=object)  # the triangle XLA reads, zeros elsewhere
        for i in range(m):
            for j in range(m):
                inside = j <= i if lower else j >= i
                T[i, j] = (b.const(1) if i == j and unit_diagonal
                           else a[batch + (i, j)] if inside else b.const(0))
        op = T.T if transpose_a else T  # real matrices: conjugation is the identity
        op_lower = lower != bool(transpose_a)
        B = rhs[batch]
        if left_side:  # op(a) X = B
            out[batch] = _solve_lower(b, op, B, op_lower)
        else:  # X op(a) = B  <=>  op(a)^T X^T = B^T
            out[batch] = _solve_lower(b, op.T, B.T, not op_lower).T
    return out


@register_translation("cholesky")
def _cholesky(ctx: Context, a, **_):
    b = ctx.b
    m = a.shape[-1]
    _check("cholesky", m)
    b.facts.add("xla_linalg")
    out = np.empty(a.shape, dtype=object)
    for batch in np.ndindex(a.shape[:-2]):
        L = np.empty((m, m), dtype=object)
        pivots: list[Node] = []
        for j in range(m):
            d = a[batch + (j, j)]
            for k in range(j):
                d = b.sub(d, b.pow(L[j, k], 2))
            pivots.append(d)
            L[j, j] = b.sqrt(d)
            for i in range(j + 1, m):
                acc = a[batch + (i, j)]
                for k in range(j):
                    acc = b.sub(acc, b.mul(L[i, k], L[j, k]))
                L[i, j] = b.div(acc, L[j, j])
        # positive definite iff every pivot is > 0; else NaN everywhere: 1/sqrt(d) carries it
        carriers = [b.div(b.const(1), b.sqrt(d)) for d in pivots]
        for i in range(m):
            for j in range(m):
                v = L[i, j] if j <= i else b.fresh("cholesky_upper")
                out[batch + (i, j)] = b.keep(v, *carriers)
    return out


def _abs(b: Builder, x: Node) -> Node:
    return b.select(b.cmp("lt", x, b.const(0)), x, b.neg(x))


@register_translation("lu")
def _lu(ctx: Context, a, **_):
    """LAPACK's ``getrf``: Gaussian elimination with partial pivoting, exactly.

    At step ``j`` the pivot is the *first* row ``i >= j`` with the largest ``|a[i, j]|``
    (``idamax``); rows ``j`` and ``i`` are swapped; where the pivot is 0 the column below it
    is already 0 and nothing is scaled (``info > 0``, no division). Returns the packed
    ``lu`` (unit lower ``L`` below the diagonal, ``U`` on and above it), ``pivots``
    (the row swapped with row ``j`` at step ``j``) and the ``permutation`` they compose.
    """
    b = ctx.b
    *batch, m, n = a.shape
    _check("lu", max(m, n))
    b.facts.add("xla_linalg")
    if min(m, n) > LU_CAP and any(x.op != "const" for x in a.flat):
        why = (f"a traced matrix of order > {LU_CAP} ({m} x {n}): its pivot orderings "
               "exceed what is proved in reasonable time")
        raise UnsupportedValue(MSG_VALUE.format(what="the operand", name="lu", why=why),
                               primitive=f"lu[{why}]")
    k = min(m, n)
    lu = np.empty(a.shape, dtype=object)
    pivots = np.empty((*batch, k), dtype=object)
    perm = np.empty((*batch, m), dtype=object)
    for bi in np.ndindex(*batch):
        A = np.array(a[bi], dtype=object)
        P = [b.const(i) for i in range(m)]
        for j in range(k):
            best, idx = _abs(b, A[j, j]), b.const(j)
            for i in range(j + 1, m):
                cand = _abs(b, A[i, j])
                take = b.cmp("lt", best, cand)  # strictly larger: the first maximum stays
                best, idx = b.select(take, best, cand), b.select(take, idx, b.const(i))
            pivots[bi + (j,)] = idx
            is_row = [b.cmp("eq", idx, b.const(i)) for i in range(m)]
            old_j, old_pj = A[j].copy(), P[j]
            for i in range(j + 1, m):  # row j <- row idx, row idx <- row j
                for c in range(n):
                    A[j, c] = b.select(is_row[i], A[j, c], A[i, c])
                    A[i, c] = b.select(is_row[i], A[i, c], old_j[c])
                P[j] = b.select(is_row[i], P[j], P[i])
                P[i] = b.select(is_row[i], P[i], old_pj)
            pivot = A[j, j]
            zero = b.cmp("eq", pivot, b.const(0))
            for i in range(j + 1, m):
                f = b.select(zero, b.div(A[i, j], pivot), b.const(0))
                A[i, j] = f
                for c in range(j + 1, n):
                    A[i, c] = b.sub(A[i, c], b.mul(f, A[j, c]))
        lu[bi] = A
        perm[bi] = np.array(P, dtype=object)
    return [lu, pivots, perm]


@register_translation("custom_linear_solve")
def _custom_linear_solve(ctx: Context, *args, const_lengths, jaxprs, **_):
    """What XLA runs for ``lax.custom_linear_solve``: its ``solve`` jaxpr on ``b``.

    (JAX evaluates the primitive as ``solve(*solve_consts, *b)``; ``matvec`` and the
    transposes are used only by its derivative rules.)
    """
    from ._translate import translate_jaxpr

    n_mv, n_vm, n_s = const_lengths.matvec, const_lengths.vecmat, const_lengths.solve
    n_ts = const_lengths.transpose_solve
    start = n_mv + n_vm
    solve_consts = list(args[start:start + n_s])
    rhs = list(args[start + n_s + n_ts:])
    return list(translate_jaxpr(ctx, jaxprs.solve, [*solve_consts, *rhs]))
