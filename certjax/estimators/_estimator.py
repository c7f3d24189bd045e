# SPDX-License-Identifier: Apache-2.0
"""Gradient estimators as values: a factory returns a small frozen :class:`Estimator`.

An estimator says how :func:`certjax.grad` turns one sample site into a differentiable
surrogate. Its pure functions (``term``, ``loo_baseline``, ``combine_enumeration``) are the
code :func:`certjax.grad` runs *and* the code certification translates, so the certificate of
an estimator x distribution pair is about the program that executes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
from jax import lax

KINDS = ("reparam", "score", "enumerate")


def score_term(log_prob: jax.Array, cost: jax.Array, baseline: jax.Array) -> jax.Array:
    r"""The score-function (REINFORCE) surrogate term of one sample site.

    .. math:: \mathrm{sg}(c - b) \, (\log p(z;\theta) - \mathrm{sg}(\log p(z;\theta)))

    Its value is exactly 0 and its gradient is :math:`(c - b)\nabla_\theta \log p(z;\theta)`.

    Example:
        >>> import jax, jax.numpy as jnp
        >>> from certjax.estimators import score_term
        >>> f = lambda t: score_term(-jnp.exp(t), 2.0, 0.5)
        >>> float(f(0.0)), float(jax.grad(f)(0.0))
        (0.0, -1.5)
    """
    return jnp.sum(lax.stop_gradient(cost - baseline) * (log_prob - lax.stop_gradient(log_prob)))


def loo_baseline(costs: jax.Array) -> jax.Array:
    """Leave-one-out baseline along axis 0: replica ``r`` gets the mean cost of the others.

    Kool, van Hoof, Welling (2019), "Buy 4 REINFORCE samples, get a baseline for free!".

    Example:
        >>> import jax.numpy as jnp
        >>> from certjax.estimators import loo_baseline
        >>> loo_baseline(jnp.array([1.0, 2.0, 6.0])).tolist()
        [4.0, 3.5, 1.5]
    """
    n = costs.shape[0]
    return (jnp.sum(costs, axis=0, keepdims=True) - costs) / (n - 1)


def combine_enumeration(log_weights: jax.Array, values: jax.Array) -> jax.Array:
    """Exact expectation over enumerated configurations (axis 0): ``sum(exp(log_w) * values)``."""
    w = jnp.exp(log_weights)
    return jnp.sum(w.reshape(w.shape + (1,) * (values.ndim - w.ndim)) * values, axis=0)


class Estimator(NamedTuple):
    """One gradient estimator (build it with :func:`reparam`, :func:`score`, :func:`enumerate`).

    Attributes:
        name: short name used in certificates and errors.
        kind: ``"reparam"``, ``"score"`` or ``"enumerate"``.
        baseline: ``None``; an array (a constant baseline, independent of the sample: checked at
            trace time); ``"loo"`` (leave-one-out, needs ``certjax.grad(..., num_samples=n)``);
            or a callable of the sample ``z`` (certified at first use: only accepted if Z3 proves
            it does not change the expected gradient, so a baseline depending on ``z`` is refused).
        term: the surrogate term function (:func:`score_term` for score estimators).
        paper: the reference the estimator comes from.
    """

    name: str
    kind: str
    baseline: Any = None
    term: Callable[..., jax.Array] = score_term
    paper: str = ""

    @property
    def baseline_kind(self) -> str:
        b = self.baseline
        if b is None:
            return "none"
        if isinstance(b, str):
            return b
        if callable(b):
            return "callable"
        return "constant"

    def cert_key(self) -> tuple:
        """What certification depends on: the code, not the run-time baseline value."""
        fn = self.baseline if self.baseline_kind == "callable" else None
        return (self.kind, self.baseline_kind, self.term, fn)

    @property
    def label(self) -> str:
        k = self.baseline_kind
        return self.name if k == "none" else f"{self.name}[baseline={k}]"


def reparam() -> Estimator:
    """Pathwise (reparameterization) estimator: ``z = transform(theta, eps)`` stays differentiable.

    Kingma & Welling (2014), "Auto-Encoding Variational Bayes"; Rezende, Mohamed, Wierstra
    (2014), "Stochastic Backpropagation and Approximate Inference in Deep Generative Models".

    Example:
        >>> import certjax.estimators as cje
        >>> cje.reparam().kind
        'reparam'
    """
    return Estimator("reparam", "reparam", paper="Kingma & Welling 2014")


def score(baseline: Any = None) -> Estimator:
    """Score-function (REINFORCE / likelihood-ratio) estimator, optionally with a baseline.

    The gradient contribution of a site is ``(C - b) * grad log p(z; theta)`` where ``C`` is the
    sum of the costs downstream of ``z`` (Schulman et al. 2015 pruning) and ``b`` the baseline.

    Williams (1992), "Simple statistical gradient-following algorithms for connectionist
    reinforcement learning"; Schulman, Heess, Weber, Abbeel (2015), "Gradient Estimation Using
    Stochastic Computation Graphs".

    Args:
        baseline: ``None``, an array independent of the sample (e.g. a moving average, see
            :class:`certjax.estimators.MovingAverage`), ``"loo"``, or a callable of ``z``.

    Example:
        >>> import certjax.estimators as cje
        >>> cje.score(baseline=0.5).label
        'score[baseline=constant]'
    """
    return Estimator("score", "score", baseline=baseline, paper="Williams 1992")


def loo() -> Estimator:
    """Score function with the leave-one-out baseline (``score(baseline="loo")``).

    Needs ``certjax.grad(fun, num_samples=n)`` with ``n >= 2``. Kool, van Hoof, Welling (2019).
    """
    return Estimator("score", "score", baseline="loo", paper="Kool et al. 2019")


def enumerate() -> Estimator:  # noqa: A001 - the estimator's name
    """Exact enumeration of a finite-support site: the expectation is a finite sum.

    The objective is evaluated once per support point (jointly over all enumerated sites,
    vectorized with ``vmap``), weighted by ``exp(log_prob)``; the returned value is then the
    exact expectation over the enumerated sites. As in Pyro's ``TraceEnum_ELBO``.
    """
    return Estimator("enumerate", "enumerate", paper="exact enumeration (Pyro TraceEnum_ELBO)")


BY_NAME: dict[str, Callable[[], Estimator]] = {
    "reparam": reparam, "score": score, "enumerate": enumerate, "loo": loo,
}
