# SPDX-License-Identifier: Apache-2.0
"""Numerically stable elementwise rules: softplus, log-sigmoid."""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp

import certjax


@functools.cache
def make_registrations() -> dict[str, object]:
    """Define and prove the rules of this module (once per process)."""

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
    return {"softplus": softplus, "log_sigmoid": log_sigmoid}
