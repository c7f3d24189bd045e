# SPDX-License-Identifier: Apache-2.0
"""Continuous distributions, each reparameterized through a parameter-free base noise.

For every class, ``log_prob(z)`` is written as ``base_log_prob(inverse(z)) + log d inverse/dz``
and ``rsample`` as ``transform(base_sample(key, shape))``; certification proves that
``transform`` and ``inverse`` are mutually inverse bijections between the base support and the
support, that ``d inverse/dz > 0``, and the change-of-variables identity
``exp(log_prob(z)) == exp(base_log_prob(inverse(z))) * d inverse/dz`` on this very code.
"""

from __future__ import annotations

import math
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from ._base import Distribution, Support, holds, positive, real, shown

_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)
_LOG_2 = math.log(2.0)
_POS = ("> 0", lambda a: a > 0)


class _LocScale(Distribution):
    """``z = loc + scale * eps`` with ``eps`` from a standard base distribution."""

    param_names = ("loc", "scale")
    has_rsample = True
    _checks = {"scale": _POS}

    def __init__(self, loc: Any = 0.0, scale: Any = 1.0, *, validate_args: bool = True):
        super().__init__(loc, scale, validate_args=validate_args)

    def transform(self, eps):
        return self.loc + self.scale * eps

    def inverse(self, z):
        return (z - self.loc) / self.scale

    def log_prob(self, value):
        return self.base_log_prob(self.inverse(value)) - jnp.log(self.scale)

    @staticmethod
    def param_domain(loc, scale):
        return scale > 0

    def _dtype(self):
        return jnp.result_type(self.loc, self.scale)


class Normal(_LocScale):
    """Normal distribution ``N(loc, scale**2)``.

    Example:
        >>> import jax, certjax.distributions as cjd
        >>> d = cjd.Normal(0.0, 2.0)
        >>> d.sample(jax.random.key(0), (3,)).shape
        (3,)
        >>> round(float(d.log_prob(0.0)), 4)
        -1.6121
    """

    base_name = "jax.random.normal: standard normal, density exp(-eps**2/2)/sqrt(2 pi)"
    _example = "cjd.Normal(loc=0.0, scale=1.0)"

    def base_sample(self, key, shape):
        return jax.random.normal(key, shape, self._dtype())

    def base_log_prob(self, eps):
        return -0.5 * eps * eps - _HALF_LOG_2PI

    @property
    def mean(self):
        return jnp.broadcast_to(self.loc, self.batch_shape)

    @property
    def variance(self):
        return jnp.broadcast_to(self.scale**2, self.batch_shape)


class Laplace(_LocScale):
    """Laplace distribution with density ``exp(-|z - loc| / scale) / (2 scale)``."""

    base_name = "jax.random.laplace: density exp(-|eps|)/2"
    _example = "cjd.Laplace(loc=0.0, scale=1.0)"

    def base_sample(self, key, shape):
        return jax.random.laplace(key, shape, self._dtype())

    def base_log_prob(self, eps):
        return -jnp.abs(eps) - _LOG_2

    @property
    def mean(self):
        return jnp.broadcast_to(self.loc, self.batch_shape)

    @property
    def variance(self):
        return jnp.broadcast_to(2 * self.scale**2, self.batch_shape)


class Gumbel(_LocScale):
    """Gumbel (maximum) distribution with density ``exp(-(x + exp(-x))) / scale``."""

    base_name = "jax.random.gumbel: density exp(-(eps + exp(-eps)))"
    _example = "cjd.Gumbel(loc=0.0, scale=1.0)"

    def base_sample(self, key, shape):
        return jax.random.gumbel(key, shape, self._dtype())

    def base_log_prob(self, eps):
        return -(eps + jnp.exp(-eps))

    @property
    def mean(self):
        return jnp.broadcast_to(self.loc + self.scale * np.euler_gamma, self.batch_shape)

    @property
    def variance(self):
        return jnp.broadcast_to((math.pi**2 / 6) * self.scale**2, self.batch_shape)


class Logistic(_LocScale):
    """Logistic distribution with density ``exp(-x) / (scale (1 + exp(-x))**2)``."""

    base_name = "jax.random.logistic: density exp(-eps)/(1 + exp(-eps))**2"
    _example = "cjd.Logistic(loc=0.0, scale=1.0)"

    def base_sample(self, key, shape):
        return jax.random.logistic(key, shape, self._dtype())

    def base_log_prob(self, eps):
        return -eps - 2.0 * jax.nn.softplus(-eps)

    @property
    def mean(self):
        return jnp.broadcast_to(self.loc, self.batch_shape)

    @property
    def variance(self):
        return jnp.broadcast_to((math.pi**2 / 3) * self.scale**2, self.batch_shape)


class Exponential(Distribution):
    """Exponential distribution with density ``rate * exp(-rate * z)`` on ``z > 0``.

    Example:
        >>> import certjax.distributions as cjd
        >>> float(cjd.Exponential(2.0).mean)
        0.5
    """

    param_names = ("rate",)
    support = positive
    has_rsample = True
    base_name = "jax.random.exponential: density exp(-eps) on eps > 0"
    _checks = {"rate": _POS}
    _example = "cjd.Exponential(rate=1.0)"

    def __init__(self, rate: Any = 1.0, *, validate_args: bool = True):
        super().__init__(rate, validate_args=validate_args)

    def base_sample(self, key, shape):
        return jax.random.exponential(key, shape, jnp.result_type(self.rate))

    def base_log_prob(self, eps):
        return -eps

    def base_support(self, eps):
        return eps > 0

    def transform(self, eps):
        return eps / self.rate

    def inverse(self, z):
        return z * self.rate

    def log_prob(self, value):
        return self.base_log_prob(self.inverse(value)) + jnp.log(self.rate)

    @staticmethod
    def param_domain(rate):
        return rate > 0

    @property
    def mean(self):
        return jnp.broadcast_to(1.0 / self.rate, self.batch_shape)

    @property
    def variance(self):
        return jnp.broadcast_to(self.rate**-2, self.batch_shape)


def _in_interval(d, z):
    return (d.low < z) & (z < d.high)


class Uniform(Distribution):
    """Uniform distribution on ``(low, high)``.

    Its support moves with ``low`` and ``high``, so only the reparameterized estimator is
    offered: the score function misses the boundary terms and is biased for these parameters.
    """

    param_names = ("low", "high")
    support = Support("low < z < high", _in_interval, fixed=False, interval=True)
    has_rsample = True
    base_name = "jax.random.uniform: density 1 on 0 < eps < 1"
    _example = "cjd.Uniform(low=0.0, high=1.0)"

    def __init__(self, low: Any = 0.0, high: Any = 1.0, *, validate_args: bool = True):
        super().__init__(low, high, validate_args=validate_args)

    def valid_params(self):
        return super().valid_params() & jnp.all(self.low < self.high)

    def _validate(self) -> None:
        super()._validate()
        lo, hi = self.low, self.high
        if holds(lo < hi) is False:  # None: values unknown (jit), not checked
            raise ValueError(
                f"Uniform: invalid parameters low={shown(lo)}, high={shown(hi)}: "
                "low must be < high elementwise, e.g. cjd.Uniform(low=0.0, high=1.0)")

    def base_sample(self, key, shape):
        return jax.random.uniform(key, shape, jnp.result_type(self.low, self.high))

    def base_log_prob(self, eps):
        return jnp.zeros_like(eps)

    def base_support(self, eps):
        return (0 < eps) & (eps < 1)

    def transform(self, eps):
        return self.low + (self.high - self.low) * eps

    def inverse(self, z):
        return (z - self.low) / (self.high - self.low)

    def log_prob(self, value):
        return self.base_log_prob(self.inverse(value)) - jnp.log(self.high - self.low)

    @staticmethod
    def param_domain(low, high):
        return low < high

    @property
    def mean(self):
        return jnp.broadcast_to((self.low + self.high) / 2, self.batch_shape)

    @property
    def variance(self):
        return jnp.broadcast_to((self.high - self.low) ** 2 / 12, self.batch_shape)


# the support of the location-scale families
for _cls in (Normal, Laplace, Gumbel, Logistic):
    _cls.support = real


class LogNormal(Distribution):
    """Log-normal distribution: ``z = exp(loc + scale * eps)`` with ``eps ~ N(0, 1)``.

    Pathwise (``rsample``) and score-function estimators; ``log_prob`` is written as
    ``base_log_prob(inverse(z)) + log d inverse/dz`` with ``inverse(z) = (log z - loc) / scale``
    and ``d inverse/dz = 1 / (scale z)``. As NumPyro's ``LogNormal``.

    Example:
        >>> import jax, certjax.distributions as cjd
        >>> d = cjd.LogNormal(0.0, 1.0)
        >>> round(float(d.mean), 4), round(float(d.log_prob(1.0)), 4)
        (1.6487, -0.9189)
        >>> d.sample(jax.random.key(0), (2, 3)).shape
        (2, 3)
    """

    param_names = ("loc", "scale")
    support = positive
    has_rsample = True
    base_name = "jax.random.normal: standard normal, density exp(-eps**2/2)/sqrt(2 pi)"
    _checks = {"scale": _POS}
    _example = "cjd.LogNormal(loc=0.0, scale=1.0)"

    def __init__(self, loc: Any = 0.0, scale: Any = 1.0, *, validate_args: bool = True):
        super().__init__(loc, scale, validate_args=validate_args)

    def base_sample(self, key, shape):
        return jax.random.normal(key, shape, jnp.result_type(self.loc, self.scale))

    def base_log_prob(self, eps):
        return -0.5 * eps * eps - _HALF_LOG_2PI

    def transform(self, eps):
        return jnp.exp(self.loc + self.scale * eps)

    def inverse(self, z):
        return (jnp.log(z) - self.loc) / self.scale

    def log_prob(self, value):
        return self.base_log_prob(self.inverse(value)) - jnp.log(self.scale) - jnp.log(value)

    @staticmethod
    def param_domain(loc, scale):
        return scale > 0

    @property
    def mean(self):
        return jnp.broadcast_to(jnp.exp(self.loc + self.scale**2 / 2), self.batch_shape)

    @property
    def variance(self):
        s2 = self.scale**2
        return jnp.broadcast_to(jnp.expm1(s2) * jnp.exp(2 * self.loc + s2), self.batch_shape)
