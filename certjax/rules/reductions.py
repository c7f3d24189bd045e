# SPDX-License-Identifier: Apache-2.0
"""Numerically stable reductions: logsumexp, log_softmax, logaddexp, safe_norm.

``logsumexp`` and ``log_softmax`` reduce the last axis with the max-shift trick; they are proved
at shape (3,) (four branch regions of the max, boundaries excluded) and run at any shape.
``safe_norm`` is the Euclidean norm whose rule returns 0 instead of NaN at the origin (where
the norm has no derivative).

Example:
    >>> import jax, jax.numpy as jnp
    >>> from certjax.rules import reductions
    >>> lse = reductions.make_registrations()["logsumexp"]
    >>> jax.grad(lambda x: lse(x).sum())(jnp.zeros((2, 4))).tolist()[0]
    [0.25, 0.25, 0.25, 0.25]
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

import certjax

_VEC3 = jax.ShapeDtypeStruct((3,), np.float32)
_SCALAR = jax.ShapeDtypeStruct((), np.float32)


def _shifted(x):
    m = jax.lax.stop_gradient(jnp.max(x, axis=-1, keepdims=True))
    return x - m, m


@functools.cache
def make_registrations() -> dict[str, object]:
    """Define and prove the rules of this module (once per process)."""

    @certjax.custom_vjp
    def logsumexp(x):
        z, m = _shifted(x)
        return jnp.log(jnp.sum(jnp.exp(z), axis=-1)) + m[..., 0]

    def logsumexp_fwd(x):
        y = logsumexp(x)
        return y, (x, y)

    def logsumexp_bwd(res, g):
        x, y = res
        return (g[..., None] * jnp.exp(x - y[..., None]),)

    logsumexp.defvjp(logsumexp_fwd, logsumexp_bwd, signature=[_VEC3])

    @certjax.custom_vjp
    def log_softmax(x):
        z, _ = _shifted(x)
        return z - jnp.log(jnp.sum(jnp.exp(z), axis=-1, keepdims=True))

    def log_softmax_fwd(x):
        y = log_softmax(x)
        return y, y

    def log_softmax_bwd(y, g):
        return (g - jnp.exp(y) * jnp.sum(g, axis=-1, keepdims=True),)

    log_softmax.defvjp(log_softmax_fwd, log_softmax_bwd, signature=[_VEC3])

    @certjax.custom_vjp
    def logaddexp(x, y):
        return jnp.logaddexp(x, y)

    def logaddexp_fwd(x, y):
        return logaddexp(x, y), (x, y)

    def logaddexp_bwd(res, g):
        x, y = res
        return g * jax.nn.sigmoid(x - y), g * jax.nn.sigmoid(y - x)

    logaddexp.defvjp(logaddexp_fwd, logaddexp_bwd, signature=[_SCALAR, _SCALAR])

    @certjax.custom_vjp
    def safe_norm(x):
        return jnp.sqrt(jnp.sum(x * x, axis=-1))

    def safe_norm_fwd(x):
        n = safe_norm(x)
        return n, (x, n)

    def safe_norm_bwd(res, g):
        x, n = res
        pos = n > 0
        safe = jnp.where(pos, n, 1.0)
        return (jnp.where(pos[..., None], x * (g / safe)[..., None], 0.0),)

    safe_norm.defvjp(safe_norm_fwd, safe_norm_bwd, signature=[_VEC3])

    return {
        "logsumexp": logsumexp, "log_softmax": log_softmax, "logaddexp": logaddexp,
        "safe_norm": safe_norm,
    }
