# SPDX-License-Identifier: Apache-2.0
"""``cj.sample`` and ``cj.cost``: effects handled by the innermost :func:`certjax.grad`.

Outside ``cj.grad`` a sample is just ``dist.sample(key, sample_shape)`` and ``cj.cost`` does
nothing. Inside, the active :class:`Handler` (a stack, like NumPyro's effect handlers) decides
what a site returns (a reparameterized sample, a stopped sample plus its ``log_prob``, an
enumerated value, or an injected input for dependency analysis) and records it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import jax
import jax.numpy as jnp
from jax.extend.core import get_opaque_trace_state

from ..distributions._base import Distribution
from ..estimators._estimator import BY_NAME, Estimator
from ._errors import MSG_KEY_REUSED, MSG_SITE_UNDER_TRANSFORM, KeyReuseError, StochasticError
from ._instance import check_baseline
from ._pairs import check_supported, has_pathwise
from ._registry import certificate

_STACK: list[Handler] = []
_VALIDATE_UNDER_JIT = [False]


def enable_validation(flag: bool = True) -> None:
    """Check distribution parameters under ``jit`` too (off by default, as in NumPyro).

    Concrete parameters are always checked when a distribution is built (a clear
    ``ValueError``; this costs nothing at run time). Under ``jit`` their values are unknown:
    by default nothing is checked there and the compiled program is exactly the estimator
    JAX would run, so invalid parameters give meaningless numbers. With validation enabled,
    an invalid site makes its ``log_prob`` and floating sample NaN, so the value and the
    gradient of :func:`certjax.grad` are NaN (a few elementwise operations per site).

    Example:
        >>> import certjax as cj
        >>> cj.enable_validation()
        >>> cj.enable_validation(False)
    """
    _VALIDATE_UNDER_JIT[0] = bool(flag)


@dataclasses.dataclass
class Site:
    """What one ``cj.sample`` call recorded."""

    index: int
    dist: Distribution
    est: Estimator
    key: Any
    value: Any
    log_prob: Any = None  # score and enumerate sites
    baseline: Any = None  # array baseline (constant kind), else None


class Handler:
    """Base handler: plain sampling with the chosen estimator's sampler, recording sites.

    Attributes:
        sites: the recorded sites, in call order.
        costs: the arrays passed to ``cj.cost``.
        enumerated: values for the enumerated sites, in order (None: sample them).
        inject: values to return for every site (dependency analysis), or None.
    """

    def __init__(self, *, enumerated: list[Any] | None = None, inject: list[Any] | None = None):
        self.sites: list[Site] = []
        self.costs: list[Any] = []
        self.enumerated = enumerated
        self.inject = inject
        self._keys: dict[int, int] = {}

    def __enter__(self) -> Handler:
        # the trace the objective runs in: a site drawn in another (under a jax.lax.scan,
        # vmap, cond or jit inside the objective) cannot be seen from here
        self._trace = get_opaque_trace_state()
        _STACK.append(self)
        return self

    def __exit__(self, *exc: Any) -> None:
        _STACK.remove(self)

    def sample(self, key, dist: Distribution, est: Estimator, sample_shape) -> jax.Array:
        if get_opaque_trace_state() != self._trace:
            raise StochasticError(MSG_SITE_UNDER_TRANSFORM)
        i = len(self.sites)
        if id(key) in self._keys:
            raise KeyReuseError(MSG_KEY_REUSED.format(first=self._keys[id(key)], second=i))
        self._keys[id(key)] = i
        lp = None
        if est.kind == "reparam":
            z = dist.rsample(key, sample_shape)
        elif est.kind == "enumerate" and self.enumerated is not None:
            n_enum = sum(s.est.kind == "enumerate" for s in self.sites)
            # one support index per event; the value is its support point (one-hot: e_k)
            shape = dist.shape(sample_shape)
            idx = jnp.broadcast_to(self.enumerated[n_enum],
                                   shape[:len(shape) - len(dist.event_shape)])
            z = jnp.asarray(dist.support_point(idx.astype(jnp.int32))).astype(jnp.int32)
        else:
            z = dist.sample(key, sample_shape)
        # invalid parameters raise when their values are known (Distribution._validate); under
        # jit they are not: with enable_validation() the site turns NaN instead, its log_prob
        # and, when floating, its sample, hence the value and the gradient
        # (a factor, not an addend: the gradient of lp * NaN is NaN, that of lp + NaN is not)
        poison = None
        if _VALIDATE_UNDER_JIT[0]:
            poison = jnp.where(dist.valid_params(), 1.0, jnp.nan)
            if jnp.issubdtype(z.dtype, jnp.floating):
                z = z * poison.astype(z.dtype)
        if self.inject is not None:
            z = jnp.asarray(self.inject[i], dtype=z.dtype)
        if est.kind in ("score", "enumerate"):
            lp = dist.log_prob(jax.lax.stop_gradient(z))
            if poison is not None:
                lp = lp * poison.astype(lp.dtype)
        base = None
        if est.baseline_kind == "constant":
            base = jnp.asarray(est.baseline, dtype=jnp.result_type(float))
        elif est.baseline_kind == "callable":
            # proved constant in the sample at this very shape (the pair's certificate is
            # about its certification example only); the sample is passed as floating point
            check_baseline(dist, est, tuple(jnp.shape(z)))
            zf = jax.lax.stop_gradient(z).astype(jnp.result_type(float))
            base = jnp.asarray(est.baseline(zf), dtype=jnp.result_type(float))
        self.sites.append(Site(i, dist, est, key, z, lp, base))
        return z

    def cost(self, x: Any) -> None:
        self.costs.append(x)


def resolve(estimator: Any, dist: Distribution) -> Estimator:
    """The estimator for a site: default reparam if the distribution has one, else score."""
    if estimator is None:
        estimator = "reparam" if has_pathwise(type(dist)) else "score"
    if isinstance(estimator, str):
        if estimator not in BY_NAME:
            raise StochasticError(
                f"unknown estimator {estimator!r} for {type(dist).__name__}; use one of "
                f"{sorted(BY_NAME)} or an Estimator from certjax.estimators")
        estimator = BY_NAME[estimator]()
    if not isinstance(estimator, Estimator):
        raise StochasticError(
            f"estimator must be a name {sorted(BY_NAME)} or a certjax.estimators.Estimator, got "
            f"{estimator!r}")
    check_supported(type(dist), estimator)
    certificate(type(dist), estimator)  # proved once per pair and process; raises if not
    return estimator


def sample(key: jax.Array, dist: Distribution, *, estimator: Any = None,
           sample_shape: tuple[int, ...] = ()) -> jax.Array:
    """Draw from ``dist``; inside :func:`certjax.grad` the draw is a stochastic node.

    Args:
        key: a PRNG key, used by this site only.
        dist: a :mod:`certjax.distributions` distribution.
        estimator: ``"reparam"``, ``"score"``, ``"enumerate"``, ``"loo"`` or an
            :class:`~certjax.estimators.Estimator`; default reparam when the distribution has a
            certified one, else score. The pair is proved before first use.
        sample_shape: leading sample dimensions, as in NumPyro.

    Returns:
        The sample, of shape ``sample_shape + dist.batch_shape + dist.event_shape``.

    Example:
        >>> import jax, certjax as cj
        >>> from certjax import distributions as cjd
        >>> def objective(mu, key):
        ...     z = cj.sample(key, cjd.Normal(mu, 1.0))
        ...     return (z - 1.0) ** 2
        >>> g = cj.grad(objective)(0.5, jax.random.key(0))  # 2 (z - 1), z = 0.5 + eps
        >>> g.shape
        ()
    """
    if not isinstance(dist, Distribution):
        raise StochasticError(
            f"cj.sample needs a certjax.distributions distribution, got {type(dist).__name__}; "
            "e.g. cj.sample(key, cjd.Normal(0.0, 1.0))")
    est = resolve(estimator, dist)
    if not _STACK:
        return dist.sample(key, tuple(sample_shape))
    return _STACK[-1].sample(key, dist, est, tuple(sample_shape))


def cost(x: jax.Array) -> None:
    """Add ``sum(x)`` to the objective of the enclosing :func:`certjax.grad` as its own cost.

    Costs are the nodes downstream-cost pruning works with: a score-function term multiplies
    only the costs that depend on its sample (Schulman et al. 2015). Returning a pytree of
    costs from the objective does the same. Outside ``cj.grad`` this does nothing.

    Example:
        >>> import jax, certjax as cj
        >>> from certjax import distributions as cjd
        >>> def objective(logit, key):
        ...     k1, k2 = jax.random.split(key)
        ...     a = cj.sample(k1, cjd.Bernoulli(logits=logit))
        ...     cj.cost((a - 0.2) ** 2)            # depends on a
        ...     cj.cost(jax.random.normal(k2))     # independent of a: pruned from a's term
        >>> float(cj.value_and_grad(objective)(0.0, jax.random.key(1))[1]) != 0.0
        True
    """
    if _STACK:
        _STACK[-1].cost(x)
