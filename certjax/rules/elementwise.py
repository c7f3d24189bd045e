# SPDX-License-Identifier: Apache-2.0
"""Elementwise rules: neg, exp, log, sqrt, sigmoid, softplus, log-sigmoid, log1mexp.

Certigrad's unary operators (Selsam, Liang & Dill, "Developing Bug-Free Machine Learning
Systems With Formal Mathematics", ICML 2017) plus the numerically stable ones people write
custom rules for. Each rule is proved on a scalar and works at any shape (it is elementwise).

Example:
    >>> import jax
    >>> from certjax.rules import elementwise
    >>> softplus = elementwise.make_registrations()["softplus"]
    >>> softplus.certificate.verdict
    'proved'
    >>> float(jax.grad(softplus)(0.0))
    0.5
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

import certjax

_LOG2 = float(np.log(2.0))


@functools.cache
def make_registrations() -> dict[str, object]:
    """Define and prove the rules of this module (once per process)."""

    @certjax.custom_vjp
    def neg(x):
        return -x

    def neg_fwd(x):
        return -x, None

    def neg_bwd(_, g):
        return (-g,)

    neg.defvjp(neg_fwd, neg_bwd)

    @certjax.custom_vjp
    def exp(x):
        return jnp.exp(x)

    def exp_fwd(x):
        y = jnp.exp(x)
        return y, y

    def exp_bwd(y, g):
        return (g * y,)

    exp.defvjp(exp_fwd, exp_bwd)

    @certjax.custom_vjp
    def log(x):
        return jnp.log(x)

    def log_fwd(x):
        return jnp.log(x), x

    def log_bwd(x, g):
        return (g / x,)

    log.defvjp(log_fwd, log_bwd, assume=lambda x: x > 0)

    @certjax.custom_vjp
    def sqrt(x):
        return jnp.sqrt(x)

    def sqrt_fwd(x):
        y = jnp.sqrt(x)
        return y, y

    def sqrt_bwd(y, g):
        return (g / (2.0 * y),)

    sqrt.defvjp(sqrt_fwd, sqrt_bwd, assume=lambda x: x > 0)

    @certjax.custom_vjp
    def sigmoid(x):
        return jax.nn.sigmoid(x)

    def sigmoid_fwd(x):
        return jax.nn.sigmoid(x), x

    def sigmoid_bwd(x, g):  # s (1 - s) with 1 - s = sigmoid(-x): 1 - s cancels to 0 for x > 17
        return (g * jax.nn.sigmoid(x) * jax.nn.sigmoid(-x),)

    sigmoid.defvjp(sigmoid_fwd, sigmoid_bwd)

    @certjax.custom_vjp
    def softplus(x):
        return jnp.logaddexp(x, 0.0)

    def softplus_fwd(x):
        return softplus(x), x

    def softplus_bwd(x, g):
        return (g * jax.nn.sigmoid(x),)

    softplus.defvjp(softplus_fwd, softplus_bwd)

    @certjax.custom_vjp
    def log_sigmoid(x):
        return -jnp.logaddexp(-x, 0.0)

    def log_sigmoid_fwd(x):
        return log_sigmoid(x), x

    def log_sigmoid_bwd(x, g):
        return (g * jax.nn.sigmoid(-x),)

    log_sigmoid.defvjp(log_sigmoid_fwd, log_sigmoid_bwd)

    @certjax.custom_vjp
    def log1mexp(x):
        # log(1 - exp(x)) for x < 0, Maechler (2012) "Accurately Computing log(1 - exp(-|a|))"
        return jnp.where(x > -_LOG2, jnp.log(-jnp.expm1(x)), jnp.log1p(-jnp.exp(x)))

    def log1mexp_fwd(x):
        return log1mexp(x), x

    def log1mexp_bwd(x, g):
        return (-g / jnp.expm1(-x),)

    log1mexp.defvjp(log1mexp_fwd, log1mexp_bwd, assume=lambda x: x < 0)

    return {
        "neg": neg, "exp": exp, "log": log, "sqrt": sqrt, "sigmoid": sigmoid,
        "softplus": softplus, "log_sigmoid": log_sigmoid, "log1mexp": log1mexp,
    }
