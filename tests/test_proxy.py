# SPDX-License-Identifier: Apache-2.0
"""A large instance proved at a proxy shape (``certjax/_proxy.py``): the proxy's jaxprs must be
the program used, sizes aside. A rule that branches on a size (in Python) is proved at the
proxy's branch; unless the traces agree it is not run on that proof."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax
from certjax._proxy import _related


def _lse(scale_for):
    """logsumexp with a bwd that multiplies by ``scale_for(n)`` (n: the last axis' size)."""

    @certjax.custom_vjp
    def lse(x):
        return jax.nn.logsumexp(x, axis=-1)

    def fwd(x):
        y = lse(x)
        return y, (x, y)

    def bwd(res, g):
        x, y = res
        return (g[..., None] * jnp.exp(x - y[..., None]) * scale_for(x.shape[-1]),)

    lse.defvjp(fwd, bwd)
    return lse


def _grad(f, shape):
    return jax.grad(lambda x: jnp.sum(f(x)))(jnp.ones(shape))


def test_a_literal_chosen_by_a_size_is_not_run_on_the_proxys_proof():
    # same primitives at (2, 2) and (4, 100), another literal: the gradient at (4, 100) would
    # be 1.5 / 100 (true 1 / 100); it used to run, proved at the proxy
    f = _lse(lambda n: 1.5 if n > 50 else 1.0)
    np.testing.assert_allclose(_grad(f, (3, 4)), np.full((3, 4), 0.25))
    with pytest.raises(certjax.RuleUnproven, match="literal: 1.0 at the proxy, 1.5"):
        _grad(f, (4, 100))


def test_operands_swapped_by_a_size_are_caught():
    @certjax.custom_vjp
    def f(x):
        return jnp.sum(x * x, axis=-1)

    def bwd(x, g):
        a, b = 3 * x, x
        if x.shape[-1] >= 50:  # same equations and literals, the operands of '-' swapped
            a, b = b, a
        return (g[..., None] * (a - b),)

    f.defvjp(lambda x: (f(x), x), bwd)
    np.testing.assert_allclose(_grad(f, (3, 3)), 2 * np.ones((3, 3)))
    with pytest.raises(certjax.RuleUnproven, match="not the program used"):
        _grad(f, (3, 100))


def test_a_size_divisor_is_one_program_up_to_the_sizes():
    # a mean divides by the size: 2 at the proxy, 1000 at the shape used; still proved there
    @certjax.custom_vjp
    def m(x):
        return jnp.mean(x * x, axis=-1)

    def bwd(x, g):
        return (2 * g[..., None] * x / x.shape[-1],)

    m.defvjp(lambda x: (m(x), x), bwd)
    g = _grad(m, (5, 1000))
    np.testing.assert_allclose(g, np.full((5, 1000), 2 / 1000), rtol=1e-6)
    inst = [i for i in m.instances if "1000" in str(i.shapes)]
    assert inst and inst[0].how.startswith("proxy")


def test_related_values_are_one_function_of_the_sizes():
    dims = [(250, 1000), (2, 2), (3, 3)]
    assert _related([1000.0, 2.0, 3.0], dims)  # the last size
    assert _related([1 / 250000, 1 / 4, 1 / 9], dims)  # a reciprocal product
    assert _related([999, 1, 2], dims)  # a slice's limit x[:-1]
    assert _related([1000 ** -0.5, 2 ** -0.5, 3 ** -0.5], dims)  # attention's 1 / sqrt(d)
    assert not _related([1.5, 1.0, 1.0], dims)  # the same at both proxies, not at the size
    assert not _related([500, 1, 1], dims)  # n // 2: no such function


def test_a_nan_literal_is_the_same_literal_at_every_size():
    # jax.scipy.special.logsumexp(b=) holds a NaN literal (its where for b < 0): NaN != NaN
    # as numbers, but it is one literal at the proxy and at the shapes used
    from jax.scipy.special import logsumexp

    @certjax.custom_vjp
    def lse(x, b):
        return logsumexp(x, axis=-1, b=b)

    def bwd(res, g):
        x, b = res
        y = logsumexp(x, axis=-1, b=b)
        return g[..., None] * b * jnp.exp(x - y[..., None]), g[..., None] * jnp.exp(
            x - y[..., None])

    lse.defvjp(lambda x, b: (lse(x, b), (x, b)), bwd)
    x, b = jnp.ones((3, 4)), jnp.full((3, 4), 0.5)
    gx, gb = jax.grad(lambda x, b: jnp.sum(lse(x, b)), argnums=(0, 1))(x, b)
    np.testing.assert_allclose(np.asarray(gx), np.full((3, 4), 0.25), rtol=1e-6)
    np.testing.assert_allclose(np.asarray(gb), np.full((3, 4), 0.5), rtol=1e-6)
    assert [i.how for i in lse.instances][0].startswith("proxy")


@pytest.mark.parametrize("right", [True, False])
def test_symbolic_zeros_are_the_same_at_the_proxy(right):
    # equinox's filter_custom_jvp registers with symbolic_zeros=True: a tangent that is not
    # differentiated arrives as a SymbolicZero, at the proxy too (it was "another structure")
    SZ = jax.custom_derivatives.SymbolicZero

    @certjax.custom_jvp
    def f(x, y):
        return x * jnp.sin(y)

    def f_jvp(primals, tangents):
        x, y = primals
        tx, ty = tangents
        out = f(x, y)
        t = jnp.zeros_like(out)
        if type(tx) is not SZ:
            t = t + tx * jnp.sin(y)
        if type(ty) is not SZ:
            t = t + x * (jnp.cos(y) if right else jnp.sin(y)) * ty
        return out, t

    if not right:  # (refuted where it is defined, at the scalar signature)
        with pytest.raises(certjax.RuleRejected, match="obligation 'jvp' false"):
            f.defjvp(f_jvp, symbolic_zeros=True)
        return
    f.defjvp(f_jvp, symbolic_zeros=True)
    x, y = jnp.full((3, 4), 2.0), jnp.ones((3, 4))
    g = jax.grad(lambda y: f(x, y).sum())(y)
    np.testing.assert_allclose(np.asarray(g), 2 * np.cos(1.0) * np.ones((3, 4)), rtol=1e-6)
    assert [i.how for i in f.instances][-1].startswith("proxy")


def test_a_sort_of_more_than_three_is_proved_at_the_proxy():
    # projection onto the simplex (JAX's test_custom_jvp_implicit_broadcasting) at f32[5]:
    # as traced, more than 1024 regions (the orderings); at the proxy, a proof in seconds
    @certjax.custom_jvp
    def proj(x):
        u = jnp.sort(x)[::-1]
        cssv = jnp.cumsum(u) - 1.0
        ind = jnp.arange(x.shape[0], dtype=x.dtype) + 1
        idx = jnp.count_nonzero(u - cssv / ind > 0)
        return jax.nn.relu(x - cssv[idx - 1] / idx.astype(x.dtype))

    @proj.defjvp
    def proj_jvp(primals, tangents):
        (x,), (x_dot,) = primals, tangents
        out = proj(x)
        supp = (out > 0).astype(x_dot.dtype)
        card = jnp.count_nonzero(supp).astype(x_dot.dtype)
        return out, supp * x_dot - (jnp.dot(supp, x_dot) / card) * supp

    x = jnp.asarray(np.random.RandomState(0).rand(5), jnp.float32)
    J = jax.jacfwd(proj)(x)
    supp = (proj(x) > 0).astype(jnp.float32)
    want = jnp.diag(supp) - jnp.outer(supp, supp) / jnp.sum(supp)
    np.testing.assert_allclose(np.asarray(J), np.asarray(want), atol=1e-6)
    how = {str(i.shapes): i.how for i in proj.instances}
    assert how["{'x': 'float32[5]'}"].startswith("proxy")


def _masked_square(index_of):
    """sum(x * x) whose bwd zeroes the entry ``index_of(n)`` (a wrong rule there)."""
    @certjax.custom_vjp
    def f(x):
        return jnp.sum(x * x, axis=-1)

    def bwd(x, g):
        n = x.shape[-1]
        return (jnp.where(index_of(jnp.arange(n), n), 0.0, 2 * g[..., None] * x),)

    f.defvjp(lambda x: (f(x), x), bwd)
    return f


@pytest.mark.parametrize("index_of", [
    lambda i, n: i == 5,
    lambda i, n: i.astype(jnp.float32) == 5.0,
    lambda i, n: i >= 7,
])
def test_an_index_the_proxy_shapes_do_not_have_leaves_the_instance_unproved(index_of):
    # the proxies (2 and 3 entries) have no entry 5: proved there, the gradient at (10,)
    # was wrong at entry 5
    f = _masked_square(index_of)
    np.testing.assert_allclose(_grad(f, (3,)), np.full((3,), 2.0))
    with pytest.raises(certjax.RuleUnproven, match="an index the proxy shapes do not have"):
        _grad(f, (10,))


def test_an_index_that_is_a_function_of_the_size_is_proved_by_proxy():
    # entry n - 1 exists at every size: the literal differs with the size (1, 2 at the
    # proxies), and the wrong rule is refuted at the proxy
    f = _masked_square(lambda i, n: i == n - 1)
    with pytest.raises(certjax.RuleRejected):
        _grad(f, (10,))
