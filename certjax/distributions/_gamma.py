# SPDX-License-Identifier: Apache-2.0
"""Gamma, Beta and Dirichlet: pathwise gradients through the Gamma's implicit derivative.

None of them is a transform of parameter-free noise, so ``has_rsample`` is False and
``implicit_rsample`` True: a Gamma sample is drawn by ``jax.random.gamma`` and its tangent is
the CDF's implicit derivative (:mod:`._implicit`, Figurnov et al. 2018); Beta and Dirichlet
normalize independent Gammas, ``z = G_a / (G_a + G_b)`` and ``z = G / sum(G)``, so their
gradients flow through those tangents. Their certificates are in
:mod:`certjax.stochastic._implicit`.
"""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp

from ._base import Distribution, Support, holds, positive, shown
from ._implicit import implicit_sample

_POS = ("> 0", lambda a: a > 0)


def _lgamma(x):
    return jax.lax.lgamma(x)


class Gamma(Distribution):
    """Gamma distribution with density ``rate**a z**(a-1) exp(-rate z) / Gamma(a)`` on ``z > 0``.

    ``a`` is the concentration. Pathwise (``"reparam"``, the default) by implicit
    reparameterization: the sample is ``jax.random.gamma(key, a) / rate`` and its tangent is
    ``dz/dtheta = -(dF/dtheta) / p(z)`` with ``F(z) = gammainc(a, rate z)`` (the regularized
    lower incomplete gamma function, ``jax.lax.igamma``); also the score-function estimators.
    As NumPyro's ``Gamma``.

    Example:
        >>> import jax, certjax as cj, certjax.distributions as cjd
        >>> d = cjd.Gamma(2.0, 0.5)
        >>> float(d.mean), float(d.variance), round(float(d.log_prob(1.0)), 4)
        (4.0, 8.0, -2.0794)
        >>> def f(a, key):                       # E[z] = a / rate: d/da = 1 / rate = 2
        ...     return cj.sample(key, cjd.Gamma(a, 0.5))
        >>> g = cj.grad(f)(2.0, jax.random.key(0))   # dz/da at this sample
        >>> bool(g > 0)
        True

    References:
        Figurnov, Mohamed & Mnih (2018), "Implicit Reparameterization Gradients", NeurIPS.
    """

    param_names = ("concentration", "rate")
    support = positive
    implicit_rsample = True
    implicit_from = "cdf"
    base_name = ("jax.random.gamma(key, concentration) / rate: z with CDF "
                 "gammainc(concentration, rate z)")
    _checks = {"concentration": _POS, "rate": _POS}
    _example = "cjd.Gamma(concentration=2.0, rate=1.0)"

    def __init__(self, concentration: Any, rate: Any = 1.0, *, validate_args: bool = True):
        super().__init__(concentration, rate, validate_args=validate_args)

    def _dtype(self):
        return jnp.result_type(self.concentration, self.rate)

    def _sample(self, key, sample_shape):
        shape = self.shape(sample_shape)
        a = jnp.broadcast_to(self.concentration, shape)
        return jax.random.gamma(key, a, shape, self._dtype()) / self.rate

    def rsample(self, key, sample_shape=()):
        """A sample with its implicit tangent (:func:`~._implicit.implicit_sample`)."""
        return implicit_sample(self, self._sample(key, tuple(sample_shape)))

    def cdf(self, value):
        return jax.lax.igamma(self.concentration, self.rate * value)

    def log_prob(self, value):
        # log(rate) + log of the standard Gamma density at x = rate z: the form of JAX's
        # derivative of igamma in x (rate * exp(-x + (a-1) log x - lgamma(a))), so that the
        # obligation 'density' is proved without splitting log(rate z)
        a, b = self.concentration, self.rate
        x = b * value
        return jnp.log(b) + (a - 1) * jnp.log(x) - x - _lgamma(a)

    @staticmethod
    def param_domain(concentration, rate):
        return (concentration > 0) & (rate > 0)

    @property
    def mean(self):
        return jnp.broadcast_to(self.concentration / self.rate, self.batch_shape)

    @property
    def variance(self):
        return jnp.broadcast_to(self.concentration / self.rate**2, self.batch_shape)
