# SPDX-License-Identifier: Apache-2.0
"""The multivariate normal with a Cholesky factor: a vector event (``event_ndims = 1``).

``z = loc + L eps`` with ``eps ~ N(0, I_d)`` and ``L`` lower triangular with a positive
diagonal; ``inverse(z) = L^{-1} (z - loc)`` (a triangular solve) and
``log_prob(z) = base_log_prob(inverse(z)) - sum_i log L_ii``, since
``|det d inverse/dz| = 1 / prod_i L_ii``. Its reparameterization certificate is the vector
change of variables of :func:`certjax.stochastic._pairs._reparam_claims`, proved at
``d = 2``.
"""

from __future__ import annotations

import math
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from ._base import Distribution, Support

_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)


def _finite_vector(d, z):
    return jnp.all(jnp.isfinite(z), axis=-1)


real_vector = Support("all real vectors", _finite_vector)


def _diag(L):
    """The diagonal on a last axis (indexing: ``jnp.diagonal`` lowers to a platform switch)."""
    return jnp.stack([L[..., i, i] for i in range(L.shape[-1])], axis=-1)


def _lower_cholesky_ok(L):
    d = L.shape[-1]
    i, j = np.indices((d, d))
    return jnp.where(i == j, L > 0, jnp.where(j > i, L == 0, True))


class MultivariateNormal(Distribution):
    """Multivariate normal ``N(loc, L L^T)`` given by its lower Cholesky factor ``scale_tril``.

    ``loc`` has the ``d`` coordinates on its last axis, ``scale_tril`` is ``(..., d, d)``,
    lower triangular with a positive diagonal (validated, as NumPyro's ``lower_cholesky``
    constraint); the event shape is ``(d,)``. Pathwise (``"reparam"``, the default:
    ``z = loc + L eps``, Kingma & Welling 2014) and the score-function estimators, first
    order only: their second-order claims at ``d = 2`` (6 parameters, 36 Hessian entries) are
    not attempted, so differentiating such a site twice raises ``HigherOrderUnsupported``.

    Example:
        >>> import jax, jax.numpy as jnp, certjax as cj, certjax.distributions as cjd
        >>> L = jnp.array([[1.0, 0.0], [0.5, 2.0]])
        >>> d = cjd.MultivariateNormal(jnp.zeros(2), L)
        >>> d.event_shape, d.sample(jax.random.key(0), (5,)).shape
        ((2,), (5, 2))
        >>> round(float(d.log_prob(jnp.zeros(2))), 4)        # -log(2 pi) - log 2
        -2.531
        >>> def f(loc, key):
        ...     return jnp.sum(cj.sample(key, cjd.MultivariateNormal(loc, L)) ** 2)
        >>> cj.grad(f)(jnp.ones(2), jax.random.key(1)).shape
        (2,)

    References:
        Kingma & Welling (2014), "Auto-Encoding Variational Bayes", ICLR.
    """

    param_names = ("loc", "scale_tril")
    support = real_vector
    has_rsample = True
    event_ndims = 1
    base_name = ("jax.random.normal: independent standard normals, density "
                 "exp(-|eps|^2/2)/(2 pi)^(d/2)")
    _checks = {"scale_tril": ("lower triangular with a positive diagonal", _lower_cholesky_ok)}
    _example = "cjd.MultivariateNormal(loc=jnp.zeros(2), scale_tril=jnp.eye(2))"

    def __init__(self, loc: Any, scale_tril: Any, *, validate_args: bool = True):
        super().__init__(loc, scale_tril, validate_args=validate_args)
        ls, Ls = jnp.shape(self.loc), jnp.shape(self.scale_tril)
        if len(ls) < 1 or len(Ls) < 2 or Ls[-1] != Ls[-2] or ls[-1] != Ls[-1]:
            raise ValueError(
                f"MultivariateNormal: loc must be (..., d) and scale_tril (..., d, d), got "
                f"{ls} and {Ls}; e.g. {self._example}")

    def _param_batch_shape(self, name, shape):
        return shape[:-1] if name == "loc" else shape[:-2]

    @property
    def event_shape(self):
        return (jnp.shape(self.loc)[-1],)

    @classmethod
    def certification_example(cls):
        return {"loc": np.zeros(2, np.float32), "scale_tril": np.eye(2, dtype=np.float32)}

    @staticmethod
    def param_domain(loc, scale_tril):
        return jnp.all(_diag(scale_tril) > 0)

    def _tril(self):
        return jnp.tril(self.scale_tril)

    def base_sample(self, key, shape):
        return jax.random.normal(key, shape, jnp.result_type(self.loc, self.scale_tril))

    def base_log_prob(self, eps):
        return -0.5 * jnp.sum(eps * eps, axis=-1) - eps.shape[-1] * _HALF_LOG_2PI

    def base_support(self, eps):
        return jnp.isfinite(eps)

    def transform(self, eps):
        return self.loc + jnp.einsum("...ij,...j->...i", self._tril(), eps)

    def inverse(self, z):
        z = jnp.asarray(z)
        r = z - self.loc
        L = jnp.broadcast_to(self._tril(), r.shape[:-1] + self.scale_tril.shape[-2:])
        return jax.lax.linalg.triangular_solve(L, r[..., None], left_side=True,
                                               lower=True)[..., 0]

    def log_prob(self, value):
        diag = _diag(self.scale_tril)
        return self.base_log_prob(self.inverse(value)) - jnp.sum(jnp.log(diag), axis=-1)

    @property
    def mean(self):
        return jnp.broadcast_to(self.loc, self.batch_shape + self.event_shape)

    @property
    def covariance_matrix(self):
        L = self._tril()
        return jnp.broadcast_to(L @ jnp.swapaxes(L, -1, -2),
                                self.batch_shape + self.event_shape + self.event_shape)

    @property
    def variance(self):
        return jnp.broadcast_to(jnp.sum(self._tril() ** 2, axis=-1),
                                self.batch_shape + self.event_shape)
