# SPDX-License-Identifier: Apache-2.0
"""Losses: sigmoid and softmax cross-entropy, Bernoulli negative log-likelihood.

``bernoulli_neglogpdf_logits`` and ``bernoulli_neglogpdf_probs`` are Certigrad's
``bernoulli_neglogpdf`` (Selsam, Liang & Dill, ICML 2017), written stably from logits
(``max(l, 0) - l z + log1p(exp(-|l|))``) and from probabilities in (0, 1). The
cross-entropies follow ``optax.sigmoid_binary_cross_entropy`` and
``optax.softmax_cross_entropy``; labels are differentiated too.

Example:
    >>> import jax
    >>> from certjax.rules import losses
    >>> nll = losses.make_registrations()["bernoulli_neglogpdf_logits"]
    >>> [float(d) for d in jax.grad(nll, argnums=(0, 1))(0.0, 1.0)]
    [-0.5, -0.0]
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

import certjax

_SCALAR = jax.ShapeDtypeStruct((), np.float32)
_VEC3 = jax.ShapeDtypeStruct((3,), np.float32)


def _log_softmax(x):
    z = x - jax.lax.stop_gradient(jnp.max(x, axis=-1, keepdims=True))
    return z - jnp.log(jnp.sum(jnp.exp(z), axis=-1, keepdims=True))


@functools.cache
def make_registrations() -> dict[str, object]:
    """Define and prove the rules of this module (once per process)."""

    @certjax.custom_vjp
    def bernoulli_neglogpdf_logits(logits, z):
        return jnp.maximum(logits, 0.0) - logits * z + jnp.log1p(jnp.exp(-jnp.abs(logits)))

    def bernoulli_neglogpdf_logits_fwd(logits, z):
        return bernoulli_neglogpdf_logits(logits, z), (logits, z)

    def bernoulli_neglogpdf_logits_bwd(res, g):
        logits, z = res
        return g * (jax.nn.sigmoid(logits) - z), -g * logits

    bernoulli_neglogpdf_logits.defvjp(
        bernoulli_neglogpdf_logits_fwd, bernoulli_neglogpdf_logits_bwd,
        signature=[_SCALAR, _SCALAR],
    )

    @certjax.custom_vjp
    def bernoulli_neglogpdf_probs(p, z):
        return -(z * jnp.log(p) + (1.0 - z) * jnp.log1p(-p))

    def bernoulli_neglogpdf_probs_fwd(p, z):
        return bernoulli_neglogpdf_probs(p, z), (p, z)

    def bernoulli_neglogpdf_probs_bwd(res, g):
        p, z = res
        return g * (p - z) / (p * (1.0 - p)), g * (jnp.log1p(-p) - jnp.log(p))

    bernoulli_neglogpdf_probs.defvjp(
        bernoulli_neglogpdf_probs_fwd, bernoulli_neglogpdf_probs_bwd,
        signature=[_SCALAR, _SCALAR], assume=lambda p, z: (p > 0) & (p < 1),
    )

    @certjax.custom_vjp
    def sigmoid_cross_entropy(logits, labels):
        log_p = -jnp.logaddexp(-logits, 0.0)
        log_not_p = -jnp.logaddexp(logits, 0.0)
        return -labels * log_p - (1.0 - labels) * log_not_p

    def sigmoid_cross_entropy_fwd(logits, labels):
        return sigmoid_cross_entropy(logits, labels), (logits, labels)

    def sigmoid_cross_entropy_bwd(res, g):
        logits, labels = res
        return g * (jax.nn.sigmoid(logits) - labels), -g * logits

    sigmoid_cross_entropy.defvjp(
        sigmoid_cross_entropy_fwd, sigmoid_cross_entropy_bwd, signature=[_SCALAR, _SCALAR],
    )

    @certjax.custom_vjp
    def softmax_cross_entropy(logits, labels):
        return -jnp.sum(labels * _log_softmax(logits), axis=-1)

    def softmax_cross_entropy_fwd(logits, labels):
        log_p = _log_softmax(logits)
        return -jnp.sum(labels * log_p, axis=-1), (log_p, labels)

    def softmax_cross_entropy_bwd(res, g):
        log_p, labels = res
        total = jnp.sum(labels, axis=-1, keepdims=True)
        return g[..., None] * (jnp.exp(log_p) * total - labels), -g[..., None] * log_p

    softmax_cross_entropy.defvjp(
        softmax_cross_entropy_fwd, softmax_cross_entropy_bwd, signature=[_VEC3, _VEC3],
    )

    return {
        "bernoulli_neglogpdf_logits": bernoulli_neglogpdf_logits,
        "bernoulli_neglogpdf_probs": bernoulli_neglogpdf_probs,
        "sigmoid_cross_entropy": sigmoid_cross_entropy,
        "softmax_cross_entropy": softmax_cross_entropy,
    }
