# SPDX-License-Identifier: Apache-2.0
"""TEMPORARY ADAPTER -- stands in for two branches that are not merged yet.

* ``bernoulli_neglogpdf`` (elementwise, from logits) and ``mvn_kl`` (summed over all
  elements, proved at shape (3,)) stand in for the rule library (``certjax.rules``, branch
  ``library``);
* ``Normal``, ``sample``, ``grad`` and ``value_and_grad`` stand in for the stochastic API
  (``certjax.sample`` / ``certjax.grad`` / ``certjax.distributions.Normal``, branch
  ``stochastic``), with the same calling convention: ``cj.sample(key, cjd.Normal(loc, scale))``
  is reparameterized, ``cj.grad(objective)(params, key, ...)``.

Nothing here is a stub: every custom rule is defined with :func:`certjax.custom_vjp` and is
PROVED by the core when this module's :func:`make_registrations` runs, exactly as a library
rule would be. What the adapter cannot give is the stochastic branch's certificate of
*unbiasedness* of the pathwise estimator: here ``grad`` is plain :func:`jax.grad`, and the
reparameterization rule proved below only says that its backward pass is the derivative of
``loc + scale * eps``. ``examples/vae_lib.py:certified_parts`` is the one place that imports
this module; delete it once ``stochastic`` and ``library`` are merged.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

import certjax

_VEC3 = jax.ShapeDtypeStruct((3,), np.float32)
ORIGIN = "TEMPORARY adapter examples/vae_adapter.py (rules proved here, not in certjax.rules)"


@functools.cache
def make_registrations() -> dict[str, Any]:
    """Define and prove the adapter's rules (once per process); name -> certified function.

    Example:
        >>> rules = make_registrations()
        >>> sorted(rules)
        ['bernoulli_neglogpdf', 'mvn_kl', 'normal_reparam']
        >>> all(r.certificate.verdict == "proved" for r in rules.values())
        True
    """

    @certjax.custom_vjp
    def bernoulli_neglogpdf(logits, x):
        # -log Bernoulli(x; sigmoid(logits)) = softplus(logits) - x * logits, written stably
        return jnp.maximum(logits, 0.0) - logits * x + jnp.log1p(jnp.exp(-jnp.abs(logits)))

    def bernoulli_neglogpdf_fwd(logits, x):
        return bernoulli_neglogpdf(logits, x), (logits, x)

    def bernoulli_neglogpdf_bwd(res, g):
        logits, x = res
        return (g * (jax.nn.sigmoid(logits) - x), -g * logits)

    bernoulli_neglogpdf.defvjp(bernoulli_neglogpdf_fwd, bernoulli_neglogpdf_bwd)

    @certjax.custom_vjp
    def mvn_kl(mu, sigma):
        # KL(N(mu, diag sigma^2) || N(0, I)), summed over every element
        return 0.5 * jnp.sum(sigma**2 + mu**2 - 1.0 - 2.0 * jnp.log(sigma))

    def mvn_kl_fwd(mu, sigma):
        return mvn_kl(mu, sigma), (mu, sigma)

    def mvn_kl_bwd(res, g):
        mu, sigma = res
        return (g * mu, g * (sigma - 1.0 / sigma))

    mvn_kl.defvjp(mvn_kl_fwd, mvn_kl_bwd, signature=[_VEC3, _VEC3],
                  assume=lambda mu, sigma: sigma > 0)

    @certjax.custom_vjp
    def normal_reparam(loc, scale, eps):
        # the pathwise sample z = loc + scale * eps, eps ~ N(0, 1) an explicit input
        return loc + scale * eps

    def normal_reparam_fwd(loc, scale, eps):
        return normal_reparam(loc, scale, eps), (scale, eps)

    def normal_reparam_bwd(res, g):
        scale, eps = res
        return (g, g * eps, g * scale)

    normal_reparam.defvjp(normal_reparam_fwd, normal_reparam_bwd)
    return {
        "bernoulli_neglogpdf": bernoulli_neglogpdf,
        "mvn_kl": mvn_kl,
        "normal_reparam": normal_reparam,
    }


class Normal(NamedTuple):
    """A diagonal Normal distribution (adapter for ``certjax.distributions.Normal``)."""

    loc: jax.Array
    scale: jax.Array


def sample(key: jax.Array, dist: Normal) -> jax.Array:
    """A reparameterized sample ``loc + scale * eps`` through the certified rule.

    Example:
        >>> z = sample(jax.random.key(0), Normal(jnp.zeros(3), jnp.ones(3)))
        >>> z.shape
        (3,)
    """
    if not isinstance(dist, Normal):
        raise TypeError(
            f"the VAE adapter samples only Normal distributions, got {type(dist).__name__}"
        )
    shape = jnp.broadcast_shapes(jnp.shape(dist.loc), jnp.shape(dist.scale))
    loc, scale = jnp.broadcast_to(dist.loc, shape), jnp.broadcast_to(dist.scale, shape)
    eps = jax.random.normal(key, shape, dtype=loc.dtype)
    return make_registrations()["normal_reparam"](loc, scale, eps)


grad = jax.grad
value_and_grad = jax.value_and_grad
