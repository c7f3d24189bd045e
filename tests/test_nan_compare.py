# SPDX-License-Identifier: Apache-2.0
"""A comparison with a NaN operand is false in XLA (``!=``: true): a term outside its domain
is not decided by its range facts (``sqrt >= 0``), and the other branch, which JAX then
takes, is proved like any other (``_lax_rules.compare_xla``, ``_paths._first_atom``)."""

import warnings

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

import certjax


def sq(x):
    return x * x


def s(x):  # NaN for x < 1
    return jnp.sqrt(x - 1)


WRONG_BWDS = {  # each is 2xg where its test holds, 999g where JAX compares a NaN
    "sqrt >= 0": lambda x, g: jnp.where(s(x) >= 0, 2 * x * g, 999 * g),
    "arcsin <= 10": lambda x, g: jnp.where(jnp.arcsin(x + 1) <= 10, 2 * x * g, 999 * g),
    "max(sqrt, 0) >= 0": lambda x, g: jnp.where(jnp.maximum(s(x), 0.0) >= 0, 2 * x * g, 999 * g),
    "clip(sqrt) >= 0": lambda x, g: jnp.where(jnp.clip(s(x), 0, 1) >= 0, 2 * x * g, 999 * g),
    "lax.cond": lambda x, g: lax.cond(s(x) >= 0, lambda: 2 * x * g, lambda: 999 * g),
    "max(log) >= -1": lambda x, g: jnp.where(jnp.maximum(jnp.log(x - 1), -1.0) >= -1,
                                             2 * x * g, 999 * g),
    "|tanh| <= 1": lambda x, g: jnp.where(jnp.abs(jnp.tanh(s(x))) <= 1, 2 * x * g, 999 * g),
    "square >= 0": lambda x, g: jnp.where(s(x) ** 2 >= 0, 2 * x * g, 999 * g),
    "sigmoid > 0": lambda x, g: jnp.where(jax.nn.sigmoid(s(x)) > 0, 2 * x * g, 999 * g),
    "exp(arccos) > 0": lambda x, g: jnp.where(jnp.exp(jnp.arccos(x + 1)) > 0, 2 * x * g,
                                              999 * g),
    "not >=": lambda x, g: 2 * x * g * jnp.where(~(s(x) >= 0), 3.0, 1.0),
    "< or >=": lambda x, g: 2 * x * g * jnp.where(s(x) < 0, 1.0, jnp.where(s(x) >= 0, 1.0, 3.0)),
}


@pytest.mark.parametrize("name", list(WRONG_BWDS))
def test_a_branch_taken_on_nan_is_proved_too(name):
    bwd = WRONG_BWDS[name]
    f = certjax.custom_vjp(sq)
    with pytest.raises(certjax.RuleRejected) as e:
        f.defvjp(lambda x: (sq(x), x), lambda x, g: (bwd(x, g),))
    # the counterexample is a point where JAX's gradient through the rule is wrong
    x0 = np.float32(e.value.counterexample["x"])
    got = bwd(jnp.float32(x0), jnp.float32(1.0))
    assert abs(float(got) - 2 * float(x0)) > 1e-3 or not np.isfinite(float(got)), (name, x0)


def test_sign_of_nan_is_nan_so_the_rule_is_undefined_there():
    sg = lambda x: jnp.sign(s(x))  # noqa: E731
    f = certjax.custom_vjp(sq)
    with pytest.raises(certjax.RuleRejected, match="obligation 'defined' false"):
        f.defvjp(lambda x: (sq(x), x), lambda x, g: (g * 2 * x * (1 + sg(x) ** 2 - sg(x) ** 2),))


def test_a_wrong_primal_output_through_nan_is_refuted():
    h = certjax.custom_jvp(sq)
    with pytest.raises(certjax.RuleRejected, match="obligation 'primal'"):
        h.defjvp(lambda p, t: (jnp.where(s(p[0]) >= 0, sq(p[0]), 999.0), 2 * p[0] * t[0]))
    k = certjax.custom_vjp(sq)
    with pytest.raises(certjax.RuleRejected, match="obligation 'fwd'"):
        k.defvjp(lambda x: (jnp.where(s(x) >= 0, sq(x), 999.0), x), lambda x, g: (2 * x * g,))


def test_nan_tests_that_are_right_still_prove():
    # the classic NaN-safe idioms: the comparison picks the branch JAX's derivative takes
    def safe_sqrt(x):
        return jnp.sqrt(jnp.maximum(x, 0.0))

    f = certjax.custom_vjp(safe_sqrt)
    f.defvjp(lambda x: (safe_sqrt(x), x),
             lambda x, g: (jnp.where(x > 0, g / (2 * jnp.sqrt(jnp.where(x > 0, x, 1.0))), 0.0),))
    assert f.certificate.verdict == "proved"

    # != of a NaN is true: where(sqrt(x - 1) != sqrt(x - 1), ...) is the isnan idiom
    h = certjax.custom_vjp(sq)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        h.defvjp(lambda x: (sq(x), x),
                 lambda x, g: (jnp.where(s(x) != s(x), 2 * x * g, 2 * x * g),))
    assert h.certificate.verdict == "proved"
    assert float(jax.grad(h)(0.7)) == pytest.approx(1.4)
