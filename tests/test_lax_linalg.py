# SPDX-License-Identifier: Apache-2.0
"""``triangular_solve`` and ``cholesky`` at small shapes (``certjax/_lax_linalg.py``)."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax
from jax.scipy.linalg import solve_triangular

from certjax._certify import certify_vjp
from certjax._ir import Builder
from certjax._translate import Context, literal, translate_jaxpr

A = np.array([[2.0, 5.0, -1.0], [1.0, 3.0, 7.0], [-2.0, 0.5, 4.0]], np.float32)
B = np.array([[1.0, 2.0], [0.0, -1.0], [3.0, 1.0]], np.float32)
SOLVES = {
    f"left={left} lower={lower} trans={trans} unit={unit}": functools_partial
    for left in (True, False) for lower in (True, False) for trans in (0, 1)
    for unit in (False, True)
    for functools_partial in [(left, lower, trans, unit)]
}


def _solve(a, b, left, lower, trans, unit):
    rhs = b if left else b.T
    return lax.linalg.triangular_solve(a, rhs, left_side=left, lower=lower,
                                       transpose_a=bool(trans), unit_diagonal=unit)


def _run(fn, *args):
    closed = jax.make_jaxpr(fn)(*args)
    ctx = Context(Builder())
    (out,) = translate_jaxpr(ctx, closed, [literal(ctx, a) for a in args])
    return out


@pytest.mark.parametrize("params", sorted(SOLVES))
def test_triangular_solve_matches_jax(params):
    fn = lambda a, b: _solve(a, b, *SOLVES[params])  # noqa: E731
    ref = np.asarray(fn(A, B), np.float64)
    out = _run(fn, A, B)
    got = np.array([float(n.value) for n in out.flat]).reshape(ref.shape)
    np.testing.assert_allclose(got, ref, rtol=1e-5)


def test_cholesky_matches_jax_and_is_nan_where_not_positive_definite():
    spd = (A @ A.T + np.eye(3, dtype=np.float32)).astype(np.float32)
    ref = np.asarray(jnp.linalg.cholesky(spd), np.float64)
    out = _run(jnp.linalg.cholesky, spd)
    got = np.array([float(n.value) if n.op == "const" else np.nan for n in out.flat])
    # sqrt of a non-square stays a term; evaluate what folded and compare the rest numerically
    assert out.shape == ref.shape
    assert all(n.op == "const" and n.value == 0 for n in out[np.triu_indices(3, 1)])
    folded = ~np.isnan(got)
    np.testing.assert_allclose(got[folded], ref.reshape(-1)[folded], rtol=1e-6)
    # not positive definite: the primitive's every entry is NaN (the mask then zeroes the
    # upper triangle), in JAX and in the translation
    bad = _run(lax.linalg.cholesky_p.bind, -spd)
    assert all(n.partial for n in bad.flat)
    assert np.isnan(np.asarray(jnp.linalg.cholesky(-spd))[np.tril_indices(3)]).all()


def _rule(f, bwd, sig):
    return certify_vjp(f, lambda *a: (f(*a), a), lambda res, g: bwd(*res, g), signature=sig)


def _tri(a, b):
    return solve_triangular(a, b, lower=True)


SIG = [np.zeros((2, 2), np.float32), np.zeros(2, np.float32)]


def test_triangular_solve_rule_proved_and_mutants_refuted():
    def bwd(a, b, g):
        x = _tri(a, b)
        gb = solve_triangular(a, g, lower=True, trans="T")
        return jnp.tril(-jnp.outer(gb, x)), gb

    cert = _rule(_tri, bwd, SIG)
    assert cert.verdict == "proved", cert.summary()
    assert "xla_linalg" in cert.trusted_facts

    def no_tril(a, b, g):  # the upper triangle of a is never read: its cotangent is 0
        x = _tri(a, b)
        gb = solve_triangular(a, g, lower=True, trans="T")
        return -jnp.outer(gb, x), gb

    def no_trans(a, b, g):
        x = _tri(a, b)
        gb = solve_triangular(a, g, lower=True)
        return jnp.tril(-jnp.outer(gb, x)), gb

    for wrong in (no_tril, no_trans):
        cert = _rule(_tri, wrong, SIG)
        assert cert.verdict == "refuted", cert.summary()


def _chol_sum(a):
    return jnp.sum(jnp.linalg.cholesky(a) * jnp.array([[1.0, 0.0], [2.0, 3.0]]))


def test_cholesky_rule_proved_and_mutant_refuted():
    def bwd(a, g):
        return (g * jax.grad(_chol_sum)(a),)

    sig = [np.zeros((2, 2), np.float32)]
    cert = _rule(_chol_sum, bwd, sig)
    assert cert.verdict == "proved", cert.summary()
    # (the transposed gradient is the same: jnp.linalg.cholesky symmetrizes its input)
    other = lambda a: jnp.sum(jnp.linalg.cholesky(a) * jnp.array([[1.0, 0.0], [3.0, 2.0]]))  # noqa: E731
    wrong = _rule(_chol_sum, lambda a, g: (g * jax.grad(other)(a),), sig)
    assert wrong.verdict == "refuted", wrong.summary()


def _run_all(fn, *args):
    closed = jax.make_jaxpr(fn)(*args)
    ctx = Context(Builder())
    return translate_jaxpr(ctx, closed, [literal(ctx, a) for a in args])


LU_CASES = {
    "general": A,
    "tie": np.array([[1.0, 2.0, 0.0], [-1.0, 0.0, 3.0], [1.0, 4.0, 5.0]], np.float32),
    "zero column": np.array([[0.0, 2.0, 1.0], [0.0, 1.0, 3.0], [0.0, 4.0, 5.0]], np.float32),
    "wide": np.array([[1.0, 2.0, 3.0], [4.0, -5.0, 6.0]], np.float32),
    "tall": np.array([[1.0, 2.0], [4.0, -5.0], [-7.0, 8.0]], np.float32),
}


@pytest.mark.parametrize("case", sorted(LU_CASES))
def test_lu_matches_lapack_pivots_ties_and_zero_pivots(case):
    a = LU_CASES[case]
    ref = [np.asarray(r) for r in lax.linalg.lu(a)]
    got = _run_all(lax.linalg.lu, a)
    for r, g in zip(ref, got, strict=True):
        assert all(n.op == "const" for n in g.flat), case
        vals = np.array([float(n.value) for n in g.flat]).reshape(r.shape)
        np.testing.assert_allclose(vals, r, rtol=1e-5, atol=1e-6)


def test_custom_linear_solve_is_its_solve_jaxpr():
    a = (A @ A.T + np.eye(3, dtype=np.float32)).astype(np.float32)
    rhs = np.array([1.0, -2.0, 0.5], np.float32)
    fn = lambda a, b: jnp.linalg.solve(a, b)  # noqa: E731 - lu + custom_linear_solve
    (out,) = _run_all(fn, a, rhs)
    got = np.array([float(n.value) for n in out.flat])
    np.testing.assert_allclose(got, np.asarray(fn(a, rhs)), rtol=1e-5)


def test_lu_of_a_traced_matrix_above_the_cap_is_refused_by_name():
    import certjax

    def f(a):
        return jnp.sum(jax.lax.linalg.lu(a)[0])

    sig = [jax.ShapeDtypeStruct((3, 3), jnp.float32)]
    with pytest.raises(certjax.CertificationError) as e:
        certjax.certify_vjp(f, lambda a: (f(a), a), lambda a, g: (g * jnp.ones((3, 3)),),
                            signature=sig)
    assert "'lu'" in str(e.value) and "order > 2" in str(e.value)
