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
