# SPDX-License-Identifier: Apache-2.0
"""Discrete distributions: Bernoulli, Categorical and OneHotCategorical (by logits or by
probabilities), Binomial(n), and the infinite-support Geometric and Poisson.

As in NumPyro, ``Bernoulli(logits=...)`` and ``Bernoulli(probs=...)`` return a
:class:`BernoulliLogits` or a :class:`BernoulliProbs` (likewise for Categorical), because the
two parameterizations have different code, hence different certificates. Samples are integers.

``CategoricalProbs.log_prob`` normalizes: ``log p_k - log sum_j p_j``. The gradient with
respect to ``probs`` is therefore the gradient of the expectation under ``p / sum(p)``, which
is what the sampler draws from; with that code a constant baseline is unbiased for the
unconstrained gradient. With the unnormalized ``log p_k`` (NumPyro's) a constant baseline is
biased off the simplex (see ``tests/stochastic/test_certify.py``).
"""

from __future__ import annotations

import math
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from ._base import MSG_NO_PARAMS, Distribution, Support, boolean, holds, shown

_UNIT = ("0 <= probs <= 1", lambda a: (a >= 0) & (a <= 1))


def _pick(dist: str, logits: Any, probs: Any) -> str:
    if (logits is None) == (probs is None):
        got = "both" if logits is not None else "neither"
        raise ValueError(MSG_NO_PARAMS.format(
            dist=dist, options="logits= or probs=", got=got,
            example=f"cjd.{dist}(logits=0.3) or cjd.{dist}(probs=0.5)"
            if dist == "Bernoulli" else f"cjd.{dist}(logits=jnp.zeros(3))"))
    return "logits" if logits is not None else "probs"


class BernoulliLogits(Distribution):
    """Bernoulli distribution with ``P(z = 1) = sigmoid(logits)``."""

    param_names = ("logits",)
    support = boolean
    _example = "cjd.Bernoulli(logits=0.0)"

    def _sample(self, key, sample_shape):
        return jax.random.bernoulli(key, jax.nn.sigmoid(self.logits),
                                    sample_shape + self.batch_shape).astype(jnp.int32)

    def log_prob(self, value):
        value = jnp.asarray(value).astype(self.logits.dtype)
        return value * self.logits - jax.nn.softplus(self.logits)

    @property
    def probs(self):
        return jax.nn.sigmoid(self.logits)

    @property
    def mean(self):
        return self.probs

    @property
    def variance(self):
        return self.probs * (1 - self.probs)


class BernoulliProbs(Distribution):
    """Bernoulli distribution with ``P(z = 1) = probs``."""

    param_names = ("probs",)
    support = boolean
    _checks = {"probs": _UNIT}
    _example = "cjd.Bernoulli(probs=0.5)"

    def _sample(self, key, sample_shape):
        return jax.random.bernoulli(key, self.probs,
                                    sample_shape + self.batch_shape).astype(jnp.int32)

    def log_prob(self, value):
        value = jnp.asarray(value).astype(self.probs.dtype)
        return value * jnp.log(self.probs) + (1 - value) * jnp.log1p(-self.probs)

    @staticmethod
    def param_domain(probs):
        return (0 < probs) & (probs < 1)

    @property
    def logits(self):
        return jnp.log(self.probs) - jnp.log1p(-self.probs)

    @property
    def mean(self):
        return self.probs

    @property
    def variance(self):
        return self.probs * (1 - self.probs)


def Bernoulli(logits: Any = None, probs: Any = None, *, validate_args: bool = True):  # noqa: N802
    """Bernoulli distribution on ``{0, 1}`` by ``logits=`` or ``probs=`` (exactly one).

    Example:
        >>> import jax, certjax.distributions as cjd
        >>> d = cjd.Bernoulli(probs=0.25)
        >>> float(d.mean), d.sample(jax.random.key(0), (2,)).dtype
        (0.25, dtype('int32'))
    """
    if _pick("Bernoulli", logits, probs) == "logits":
        return BernoulliLogits(logits, validate_args=validate_args)
    return BernoulliProbs(probs, validate_args=validate_args)


def _categories(d) -> int:
    return int(jnp.shape(d.params[d.param_names[0]])[-1])


categorical_support = Support("{0, ..., K-1}", lambda d, z: (z >= 0) & (z < _categories(d)),
                              size=_categories)


class _CategoricalBase(Distribution):
    support = categorical_support

    def _param_batch_shape(self, name, shape):
        return shape[:-1]

    @classmethod
    def certification_example(cls):
        return {cls.param_names[0]: np.full((3,), 1.0 / 3, np.float32)}

    def _one_hot(self, value, log_p):
        k = log_p.shape[-1]
        value = jnp.asarray(value)
        hot = jax.nn.one_hot(value, k, dtype=log_p.dtype)
        return jnp.sum(hot * log_p, axis=-1)

    @property
    def mean(self):
        p = self.probs
        return jnp.sum(p * jnp.arange(p.shape[-1], dtype=p.dtype), axis=-1)

    @property
    def variance(self):
        p = self.probs
        k = jnp.arange(p.shape[-1], dtype=p.dtype)
        return jnp.sum(p * k**2, axis=-1) - self.mean**2


class CategoricalLogits(_CategoricalBase):
    """Categorical distribution over ``0..K-1`` with ``P(k) = softmax(logits)[k]``."""

    param_names = ("logits",)
    _example = "cjd.Categorical(logits=jnp.zeros(3))"

    def _sample(self, key, sample_shape):
        return jax.random.categorical(key, self.logits, axis=-1,
                                      shape=sample_shape + self.batch_shape).astype(jnp.int32)

    def log_prob(self, value):
        return self._one_hot(value, jax.nn.log_softmax(self.logits, axis=-1))

    @property
    def probs(self):
        return jax.nn.softmax(self.logits, axis=-1)


class CategoricalProbs(_CategoricalBase):
    """Categorical distribution over ``0..K-1`` with ``P(k) = probs[k] / sum(probs)``."""

    param_names = ("probs",)
    _checks = {"probs": _UNIT}
    _example = "cjd.Categorical(probs=jnp.array([0.2, 0.3, 0.5]))"

    def _sums_to_one(self):
        return jnp.abs(jnp.sum(self.probs, axis=-1) - 1) <= 1e-4 * self.probs.shape[-1]

    def valid_params(self):
        return super().valid_params() & jnp.all(self._sums_to_one())

    def _validate(self) -> None:
        super()._validate()
        p = self.probs
        s = jnp.sum(p, axis=-1)
        if holds(self._sums_to_one()) is False:  # None: unknown (jit)
            raise ValueError(
                f"{type(self).__name__}: probs must sum to 1 along the last axis, got sums "
                f"{shown(s)}. "
                "Normalize them, e.g. cjd.Categorical(probs=p / p.sum(-1, keepdims=True)), "
                "or pass logits=jnp.log(p).")

    def _sample(self, key, sample_shape):
        return jax.random.categorical(key, jnp.log(self.probs), axis=-1,
                                      shape=sample_shape + self.batch_shape).astype(jnp.int32)

    def log_prob(self, value):
        log_p = jnp.log(self.probs) - jnp.log(jnp.sum(self.probs, axis=-1, keepdims=True))
        return self._one_hot(value, log_p)

    @staticmethod
    def param_domain(probs):
        return jnp.all(probs > 0)

    @property
    def logits(self):
        return jnp.log(self.probs)


def Categorical(logits: Any = None, probs: Any = None, *, validate_args: bool = True):  # noqa: N802
    """Categorical distribution over ``0..K-1`` (last axis) by ``logits=`` or ``probs=``.

    Example:
        >>> import jax.numpy as jnp, certjax.distributions as cjd
        >>> d = cjd.Categorical(logits=jnp.zeros((2, 3)))
        >>> d.batch_shape, float(d.log_prob(1)[0])  # doctest: +ELLIPSIS
        ((2,), -1.098...)
    """
    if _pick("Categorical", logits, probs) == "logits":
        return CategoricalLogits(logits, validate_args=validate_args)
    return CategoricalProbs(probs, validate_args=validate_args)


nonnegative_integers = Support("{0, 1, 2, ...}", lambda d, z: z >= 0)


class Geometric(Distribution):
    """Number of failures before the first success: ``P(k) = (1 - probs)**k * probs``.

    Its support is infinite, so it offers the score-function estimators, and enumeration
    only truncated (``certjax.estimators.enumerate(truncate=K)``: the sum over ``z < K``).
    The score estimators' certificates prove the score identity for every real ``z >= 0`` (a
    superset of the support). As NumPyro's ``GeometricProbs``.

    Example:
        >>> import certjax.distributions as cjd
        >>> d = cjd.Geometric(probs=0.25)
        >>> float(d.mean), float(d.variance)
        (3.0, 12.0)
    """

    param_names = ("probs",)
    support = nonnegative_integers
    _checks = {"probs": ("0 < probs <= 1", lambda a: (a > 0) & (a <= 1))}
    _example = "cjd.Geometric(probs=0.5)"

    def __init__(self, probs: Any, *, validate_args: bool = True):
        super().__init__(probs, validate_args=validate_args)

    def _sample(self, key, sample_shape):
        shape = sample_shape + self.batch_shape
        return (jax.random.geometric(key, self.probs, shape) - 1).astype(jnp.int32)

    def log_prob(self, value):
        value = jnp.asarray(value).astype(self.probs.dtype)
        return value * jnp.log1p(-self.probs) + jnp.log(self.probs)

    @staticmethod
    def param_domain(probs):
        return (0 < probs) & (probs < 1)

    @property
    def mean(self):
        return (1 - self.probs) / self.probs

    @property
    def variance(self):
        return (1 - self.probs) / self.probs**2


class _BinomialBase(Distribution):
    """``Binomial(total_count=n, probs=p)`` for a fixed small ``n`` (a class per ``n``)."""

    param_names = ("probs",)
    total_count: int = 1
    _checks = {"probs": _UNIT}

    def _sample(self, key, sample_shape):
        shape = sample_shape + self.batch_shape
        return jax.random.binomial(key, float(self.total_count), self.probs,
                                   shape).astype(jnp.int32)

    def log_prob(self, value):
        n = self.total_count
        choose = np.asarray([math.comb(n, k) for k in range(n + 1)], np.float32)
        value = jnp.asarray(value)
        k = value.astype(self.probs.dtype)
        # log C(n, k) of an exact integer table (k is an integer in 0..n): exp(log C) == C
        return (jnp.log(jnp.asarray(choose, self.probs.dtype)[value]) + k * jnp.log(self.probs)
                + (n - k) * jnp.log1p(-self.probs))

    @staticmethod
    def param_domain(probs):
        return (0 < probs) & (probs < 1)

    @property
    def mean(self):
        return self.total_count * self.probs

    @property
    def variance(self):
        return self.total_count * self.probs * (1 - self.probs)


MAX_BINOMIAL_COUNT = 16
_BINOMIALS: dict[int, type] = {}


def binomial_class(total_count: int) -> type:
    """The class of ``Binomial(total_count=n, ...)`` (one per ``n``, each certified on its
    own: its support ``{0..n}`` is enumerated exactly)."""
    n = int(total_count)
    if n != total_count or not 1 <= n <= MAX_BINOMIAL_COUNT:
        raise ValueError(f"Binomial: total_count must be an integer in 1..{MAX_BINOMIAL_COUNT} "
                         f"(its support is enumerated exactly), got {total_count!r}")
    if n not in _BINOMIALS:
        _BINOMIALS[n] = type(f"Binomial{n}", (_BinomialBase,), {
            "total_count": n, "__module__": __name__,
            "support": Support(f"{{0, ..., {n}}}", lambda d, z: (z >= 0) & (z <= n), size=n + 1),
            "_example": f"cjd.Binomial(total_count={n}, probs=0.5)",
            "__doc__": f"Binomial distribution with total_count={n}."})
    return _BINOMIALS[n]


def Binomial(total_count: int, probs: Any, *, validate_args: bool = True):  # noqa: N802
    """Binomial distribution on ``{0, ..., total_count}`` (``total_count`` a small int).

    Offers ``"score"`` (with baselines) and ``"enumerate"``; each ``total_count`` is its own
    class, certified at first use.

    Example:
        >>> import certjax.distributions as cjd
        >>> d = cjd.Binomial(total_count=4, probs=0.25)
        >>> float(d.mean), round(float(d.log_prob(0)), 4)
        (1.0, -1.1507)
    """
    return binomial_class(total_count)(probs, validate_args=validate_args)


class Poisson(Distribution):
    """Poisson distribution: ``P(k) = rate**k * exp(-rate) / k!`` on ``{0, 1, 2, ...}``.

    Its support is infinite, so it offers the score-function estimators, and enumeration
    only truncated (``certjax.estimators.enumerate(truncate=K)``: the sum over ``z < K``).
    The score estimators' certificates prove the score identity for every real ``z >= 0`` (a
    superset of the support), with ``log k! = lgamma(k + 1)``. As NumPyro's ``Poisson``.

    Example:
        >>> import jax, certjax.distributions as cjd
        >>> d = cjd.Poisson(rate=2.0)
        >>> float(d.mean), float(d.variance), round(float(d.log_prob(1)), 4)
        (2.0, 2.0, -1.3069)
        >>> d.sample(jax.random.key(0), (3,)).dtype
        dtype('int32')
    """

    param_names = ("rate",)
    support = nonnegative_integers
    _checks = {"rate": ("rate > 0", lambda a: a > 0)}
    _example = "cjd.Poisson(rate=1.0)"

    def __init__(self, rate: Any, *, validate_args: bool = True):
        super().__init__(rate, validate_args=validate_args)

    def _sample(self, key, sample_shape):
        shape = sample_shape + self.batch_shape
        return jax.random.poisson(key, self.rate, shape).astype(jnp.int32)

    def log_prob(self, value):
        value = jnp.asarray(value).astype(self.rate.dtype)
        return value * jnp.log(self.rate) - self.rate - jax.lax.lgamma(value + 1)

    @staticmethod
    def param_domain(rate):
        return rate > 0

    @property
    def mean(self):
        return jnp.broadcast_to(self.rate, self.batch_shape)

    @property
    def variance(self):
        return jnp.broadcast_to(self.rate, self.batch_shape)


def _one_hot_check(d, z):
    """``z`` is a one-hot vector along its last axis (elementwise over the batch)."""
    z = jnp.asarray(z)
    if z.ndim == 0:  # a single entry, not an event: it can only be 0 or 1
        return (z == 0) | (z == 1)
    return jnp.all((z == 0) | (z == 1), axis=-1) & (jnp.sum(z, axis=-1) == 1)


one_hot_support = Support("one-hot vectors e_0, ..., e_{K-1}", _one_hot_check, size=_categories)


class _OneHot:
    """Categorical samples as one-hot ``int32`` vectors along a last (event) axis of size K.

    The support is finite (``K`` points, index ``k`` is the vector ``e_k``), so enumeration is
    offered; its certificates evaluate ``log_prob`` at the one-hot vectors themselves, the code
    that runs. NumPyro returns floating one-hot samples; these are integers like every other
    finite-support sample here (cast them with ``.astype(float)``).
    """

    support = one_hot_support
    event_ndims = 1

    @property
    def event_shape(self):
        return (_categories(self),)

    def support_point(self, k):
        return jax.nn.one_hot(k, _categories(self), dtype=jnp.int32)

    def _sample(self, key, sample_shape):
        return self.support_point(super()._sample(key, sample_shape))

    def _log_p(self):
        raise NotImplementedError

    def log_prob(self, value):
        log_p = self._log_p()
        return jnp.sum(jnp.asarray(value).astype(log_p.dtype) * log_p, axis=-1)

    @property
    def mean(self):
        return jnp.broadcast_to(self.probs, self.batch_shape + self.event_shape)

    @property
    def variance(self):
        p = self.mean
        return p * (1 - p)


class OneHotCategoricalLogits(_OneHot, CategoricalLogits):
    """One-hot categorical with ``P(e_k) = softmax(logits)[k]``."""

    _example = "cjd.OneHotCategorical(logits=jnp.zeros(3))"

    def _log_p(self):
        return jax.nn.log_softmax(self.logits, axis=-1)


class OneHotCategoricalProbs(_OneHot, CategoricalProbs):
    """One-hot categorical with ``P(e_k) = probs[k] / sum(probs)``."""

    _example = "cjd.OneHotCategorical(probs=jnp.array([0.2, 0.3, 0.5]))"

    def _log_p(self):
        return jnp.log(self.probs) - jnp.log(jnp.sum(self.probs, axis=-1, keepdims=True))


def OneHotCategorical(logits: Any = None, probs: Any = None, *,  # noqa: N802
                      validate_args: bool = True):
    """Categorical distribution over the one-hot vectors of length K (the last axis).

    By ``logits=`` or ``probs=`` (exactly one), as :func:`Categorical`; a sample has shape
    ``sample_shape + batch_shape + (K,)``. Offers ``"score"`` (with baselines) and
    ``"enumerate"``.

    Example:
        >>> import jax, jax.numpy as jnp, certjax.distributions as cjd
        >>> d = cjd.OneHotCategorical(probs=jnp.array([0.2, 0.3, 0.5]))
        >>> d.batch_shape, d.event_shape, d.sample(jax.random.key(0), (4,)).shape
        ((), (3,), (4, 3))
        >>> round(float(d.log_prob(jnp.array([0, 0, 1]))), 4)
        -0.6931
    """
    if _pick("OneHotCategorical", logits, probs) == "logits":
        return OneHotCategoricalLogits(logits, validate_args=validate_args)
    return OneHotCategoricalProbs(probs, validate_args=validate_args)
