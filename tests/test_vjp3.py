# SPDX-License-Identifier: Apache-2.0
"""Under ``jax_custom_vjp3``, certjax's custom_vjp refuses what JAX's custom_vjp3 refuses."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax


@pytest.fixture
def vjp3():
    jax.config.update("jax_custom_vjp3", True)
    try:
        yield
    finally:
        jax.config.update("jax_custom_vjp3", False)


def _closing_over(x):
    @certjax.custom_vjp
    def f(y):
        return x * y

    f.defvjp(lambda y: (f(y), x), lambda x, g: (x * g,))
    return f(3.0)


def test_primal_closing_over_a_vmap_tracer_is_refused_in_jax_words(vjp3):
    with pytest.raises(jax.errors.UnexpectedTracerError, match="can't close over Tracers") as e:
        jax.vmap(_closing_over)(jnp.arange(3.0))
    assert isinstance(e.value, certjax.CertificationError)
    assert "closed over a BatchTracer of type float32[]" in str(e.value)
    assert str(e.value).endswith("errors.html#jax.errors.UnexpectedTracerError")


def test_same_program_runs_with_the_config_off():
    np.testing.assert_allclose(jax.vmap(_closing_over)(jnp.arange(3.0)), [0.0, 3.0, 6.0])


def test_nondiff_tracer_refused_in_vjp3_words_a_static_value_used(vjp3):
    def f_bwd(c, _, g):
        return (c * g,)

    f = certjax.custom_vjp(lambda c, y: c * y, nondiff_argnums=(0,))
    f.defvjp(lambda c, y: (f(c, y), None), f_bwd)
    with pytest.raises(jax.errors.UnexpectedTracerError, match="must be static, not Tracers"):
        jax.jit(lambda c, y: f(c, y))(2.0, 1.5)
    assert float(jax.jit(jax.grad(lambda y: f(2.0, y)))(1.5)) == 2.0


def test_a_rule_without_closures_is_proved_and_used_under_vjp3(vjp3):
    @certjax.custom_vjp
    def softplus(x):
        return jnp.logaddexp(x, 0.0)

    softplus.defvjp(lambda x: (softplus(x), x), lambda x, g: (g * jax.nn.sigmoid(x),))
    assert softplus.certificate.verdict == "proved"
    np.testing.assert_allclose(jax.grad(softplus)(0.0), 0.5)
    np.testing.assert_allclose(jax.vmap(jax.grad(softplus))(jnp.zeros(3)), [0.5] * 3)
