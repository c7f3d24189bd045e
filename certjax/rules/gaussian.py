# SPDX-License-Identifier: Apache-2.0
"""Gaussian rules: Certigrad's ``mvn_kl`` and the diagonal Gaussian log-density.

``mvn_kl(mu, sigma)`` is KL(N(mu, diag sigma^2) || N(0, I)), the analytic KL term of the VAE
(Kingma & Welling, "Auto-Encoding Variational Bayes", ICLR 2014, appendix B; Certigrad's
``mvn_iso_kl``), proved on shape (3,) for sigma > 0. ``gaussian_logpdf(x, mu, sigma)`` is the
elementwise log N(x; mu, sigma^2), proved for sigma > 0.

Example:
    >>> import jax, jax.numpy as jnp
    >>> from certjax.rules import gaussian
    >>> kl = gaussian.make_registrations()["mvn_kl"]
    >>> float(kl(jnp.zeros(3), jnp.ones(3)))
    0.0
    >>> [float(v) for v in jax.grad(kl, argnums=1)(jnp.zeros(2), jnp.full(2, 2.0))]
    [1.5, 1.5]
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

import certjax

_SCALAR = jax.ShapeDtypeStruct((), np.float32)
_VEC3 = jax.ShapeDtypeStruct((3,), np.float32)
_HALF_LOG_2PI = float(0.5 * np.log(2.0 * np.pi))


@functools.cache
def make_registrations() -> dict[str, object]:
    """Define and prove the rules of this module (once per process)."""

    @certjax.custom_vjp
    def mvn_kl(mu, sigma):
        return 0.5 * jnp.sum(sigma**2 + mu**2 - 1.0 - 2.0 * jnp.log(sigma))

    def mvn_kl_fwd(mu, sigma):
        return mvn_kl(mu, sigma), (mu, sigma)

    def mvn_kl_bwd(res, g):
        mu, sigma = res
        return g * mu, g * (sigma - 1.0 / sigma)

    mvn_kl.defvjp(
        mvn_kl_fwd, mvn_kl_bwd, signature=[_VEC3, _VEC3], assume=lambda mu, sigma: sigma > 0,
    )

    @certjax.custom_vjp
    def gaussian_logpdf(x, mu, sigma):
        z = (x - mu) / sigma
        return -0.5 * z * z - jnp.log(sigma) - _HALF_LOG_2PI

    def gaussian_logpdf_fwd(x, mu, sigma):
        z = (x - mu) / sigma
        return -0.5 * z * z - jnp.log(sigma) - _HALF_LOG_2PI, (z, sigma)

    def gaussian_logpdf_bwd(res, g):
        z, sigma = res
        dx = -g * z / sigma
        return dx, -dx, g * (z * z - 1.0) / sigma

    gaussian_logpdf.defvjp(
        gaussian_logpdf_fwd, gaussian_logpdf_bwd, signature=[_SCALAR, _SCALAR, _SCALAR],
        assume=lambda x, mu, sigma: sigma > 0,
    )

    return {"mvn_kl": mvn_kl, "gaussian_logpdf": gaussian_logpdf}
