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
import numpy as np

from ._base import Distribution, Support, positive
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
        (4.0, 8.0, -1.8863)
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


def _in_unit_interval(d, z):
    return (z > 0) & (z < 1)


def _on_simplex(d, z):
    z = jnp.asarray(z)
    if z.ndim == 0:  # one coordinate, not an event
        return (z > 0) & (z < 1)
    return jnp.all(z > 0, axis=-1) & (jnp.sum(z, axis=-1) == 1)


unit_interval = Support("0 < z < 1", _in_unit_interval, interval=True)
simplex = Support("the open simplex: z_k > 0, sum_k z_k = 1", _on_simplex)


class _GammaRatio(Distribution):
    """``z`` from ``K`` independent ``Gamma(alpha_k, 1)`` draws ``x``, normalized by their sum.

    Subclasses give ``concentrations()`` (the ``alpha_k`` on a last axis), ``from_gammas(x)``
    (the sample) and ``simplex_point(w)`` (the sample at a point ``w`` of the simplex).
    """

    implicit_rsample = True
    implicit_from = "gamma"
    base_name = "jax.random.gamma: independent Gamma(alpha_k, 1) draws (see Gamma)"

    def concentrations(self) -> jax.Array:
        raise NotImplementedError

    def from_gammas(self, x):
        raise NotImplementedError

    def simplex_point(self, w):
        raise NotImplementedError

    def _gamma(self):
        alpha = self.concentrations()
        return Gamma(alpha, jnp.ones_like(alpha), validate_args=False)

    def _sample(self, key, sample_shape):
        return self.from_gammas(self._gamma().sample(key, sample_shape))

    def rsample(self, key, sample_shape=()):
        """``from_gammas`` of Gamma samples with their implicit tangents."""
        return self.from_gammas(self._gamma().rsample(key, tuple(sample_shape)))


class Beta(_GammaRatio):
    """Beta distribution, density ``z**(c1-1) (1-z)**(c0-1) / B(c1, c0)`` on ``0 < z < 1``.

    ``concentration1`` is the exponent of ``z``, ``concentration0`` that of ``1 - z``, as in
    NumPyro. Pathwise (``"reparam"``, the default): ``z = x / (x + y)`` with independent
    ``x ~ Gamma(concentration1, 1)`` and ``y ~ Gamma(concentration0, 1)``, each with its
    implicit tangent (Figurnov et al. 2018); also the score-function estimators.

    Example:
        >>> import jax, certjax as cj, certjax.distributions as cjd
        >>> d = cjd.Beta(2.0, 3.0)
        >>> round(float(d.mean), 4), round(float(d.variance), 4), round(float(d.log_prob(0.5)), 4)
        (0.4, 0.04, 0.4055)
        >>> def f(c1, key):
        ...     return cj.sample(key, cjd.Beta(c1, 3.0))
        >>> cj.grad(f)(2.0, jax.random.key(0)).shape
        ()

    References:
        Figurnov, Mohamed & Mnih (2018), "Implicit Reparameterization Gradients", NeurIPS.
    """

    param_names = ("concentration1", "concentration0")
    support = unit_interval
    _checks = {"concentration1": _POS, "concentration0": _POS}
    _example = "cjd.Beta(concentration1=2.0, concentration0=3.0)"

    def __init__(self, concentration1: Any, concentration0: Any, *,
                 validate_args: bool = True):
        super().__init__(concentration1, concentration0, validate_args=validate_args)

    def concentrations(self):
        c1, c0 = jnp.broadcast_arrays(self.concentration1, self.concentration0)
        return jnp.stack([c1, c0], axis=-1)

    def from_gammas(self, x):
        return x[..., 0] / (x[..., 0] + x[..., 1])

    def simplex_point(self, w):
        return w[..., 0]

    def log_prob(self, value):
        c1, c0 = self.concentration1, self.concentration0
        return ((c1 - 1) * jnp.log(value) + (c0 - 1) * jnp.log1p(-value)
                - (_lgamma(c1) + _lgamma(c0) - _lgamma(c1 + c0)))

    @staticmethod
    def param_domain(concentration1, concentration0):
        return (concentration1 > 0) & (concentration0 > 0)

    @property
    def mean(self):
        c1, c0 = self.concentration1, self.concentration0
        return jnp.broadcast_to(c1 / (c1 + c0), self.batch_shape)

    @property
    def variance(self):
        c1, c0 = self.concentration1, self.concentration0
        t = c1 + c0
        return jnp.broadcast_to(c1 * c0 / (t**2 * (t + 1)), self.batch_shape)


class Dirichlet(_GammaRatio):
    """Dirichlet distribution on the simplex, density ``prod_k z_k**(alpha_k - 1) / B(alpha)``.

    ``concentration`` has the ``K`` categories on its last axis (event shape ``(K,)``). Pathwise
    (``"reparam"``, the default): ``z = x / sum(x)`` with independent ``x_k ~ Gamma(alpha_k,
    1)`` and their implicit tangents (Figurnov et al. 2018); also the score-function
    estimators (certified at ``K = 3``, on the simplex).

    Example:
        >>> import jax, jax.numpy as jnp, certjax as cj, certjax.distributions as cjd
        >>> d = cjd.Dirichlet(jnp.array([1.0, 2.0, 3.0]))
        >>> d.batch_shape, d.event_shape, d.sample(jax.random.key(0), (4,)).shape
        ((), (3,), (4, 3))
        >>> [round(float(m), 4) for m in d.mean]
        [0.1667, 0.3333, 0.5]
        >>> def f(alpha, key):
        ...     return cj.sample(key, cjd.Dirichlet(alpha))[0]
        >>> cj.grad(f)(jnp.array([1.0, 2.0, 3.0]), jax.random.key(0)).shape
        (3,)

    References:
        Figurnov, Mohamed & Mnih (2018), "Implicit Reparameterization Gradients", NeurIPS.
    """

    param_names = ("concentration",)
    support = simplex
    event_ndims = 1
    _checks = {"concentration": _POS}
    _example = "cjd.Dirichlet(concentration=jnp.ones(3))"

    def __init__(self, concentration: Any, *, validate_args: bool = True):
        super().__init__(concentration, validate_args=validate_args)
        if jnp.ndim(self.concentration) < 1 or jnp.shape(self.concentration)[-1] < 2:
            raise ValueError(
                f"Dirichlet: concentration must have the K >= 2 categories on its last axis, "
                f"got shape {jnp.shape(self.concentration)}; e.g. {self._example}")

    def _param_batch_shape(self, name, shape):
        return shape[:-1]

    @property
    def event_shape(self):
        return (jnp.shape(self.concentration)[-1],)

    @classmethod
    def certification_example(cls):
        return {"concentration": np.ones(3, np.float32)}

    def concentrations(self):
        return self.concentration

    def from_gammas(self, x):
        return x / jnp.sum(x, axis=-1, keepdims=True)

    def simplex_point(self, w):
        return w

    def log_prob(self, value):
        a = self.concentration
        return (jnp.sum((a - 1) * jnp.log(value), axis=-1) + _lgamma(jnp.sum(a, axis=-1))
                - jnp.sum(_lgamma(a), axis=-1))

    @staticmethod
    def param_domain(concentration):
        return concentration > 0

    @property
    def mean(self):
        a = self.concentration
        return jnp.broadcast_to(a / jnp.sum(a, axis=-1, keepdims=True),
                                self.batch_shape + self.event_shape)

    @property
    def variance(self):
        a = self.concentration
        a0 = jnp.sum(a, axis=-1, keepdims=True)
        return jnp.broadcast_to(a * (a0 - a) / (a0**2 * (a0 + 1)),
                                self.batch_shape + self.event_shape)
