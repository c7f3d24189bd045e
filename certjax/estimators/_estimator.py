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
import numpy as np
from jax import lax

KINDS = ("reparam", "score", "enumerate")


def magic_box(tau: jax.Array) -> jax.Array:
    r"""DiCE's MagicBox: :math:`\exp(\tau - \mathrm{sg}(\tau))`, value 1, derivative
    :math:`\nabla\tau \cdot` itself, so every derivative order brings down the score.

    Foerster, Farquhar, Al-Shedivat, Rocktaschel, Xing, Whiteson (2018), "DiCE: The Infinitely
    Differentiable Monte Carlo Estimator".

    Example:
        >>> import jax
        >>> from certjax.estimators import magic_box
        >>> float(magic_box(2.0)), float(jax.grad(jax.grad(lambda t: magic_box(3 * t)))(0.0))
        (1.0, 9.0)
    """
    return jnp.exp(tau - lax.stop_gradient(tau))


def dice_cost(tau: jax.Array, cost: jax.Array) -> jax.Array:
    r"""One cost's DiCE term: :math:`c\,(\square(\tau) - 1)`, value 0.

    ``tau`` is the sum of the log-probabilities of the score-function sites the cost depends
    on. Added to the objective ``c`` it gives ``c * magic_box(tau)``, whose derivatives of every
    order are unbiased (the cost is *not* stopped: its own derivatives enter the cross terms).
    """
    return cost * (magic_box(tau) - 1.0)


def dice_baseline(log_prob: jax.Array, baseline: jax.Array) -> jax.Array:
    r"""One site's baseline term: :math:`\sum \mathrm{sg}(b)\,(1 - \square(\log p))`, value 0.

    Each derivative of :math:`\square(\log p)` is :math:`\nabla^k p / p`, of expectation 0,
    so a baseline independent of the sample adds nothing in expectation at any order (and
    reduces the variance of the first-order estimate). Foerster et al. (2018), Sec. 4.
    """
    return jnp.sum(lax.stop_gradient(baseline) * (1.0 - magic_box(log_prob)))


def loaded_dice_baseline(log_prob: jax.Array, upstream: jax.Array,
                         baseline: jax.Array) -> jax.Array:
    r"""A site's baseline term in Loaded DiCE's form, value 0:
    :math:`\sum \mathrm{sg}(b)\,(1 - \square(\log p))\;\square(\tau_{<})`.

    ``upstream`` is the summed log-probability :math:`\tau_{<}` of the score sites the site's
    parameters depend on. With it, the baseline also multiplies the cross terms
    :math:`\nabla \log p_{<} \nabla \log p` of the second derivative (Mao et al. 2019;
    Farquhar et al. 2019's Loaded DiCE, ``(box(tau_<=) - box(tau_<)) * b``, with
    :math:`\lambda = 1`); without upstream sites it is :func:`dice_baseline`. Unbiased at every
    order for a baseline independent of the sample and of what is downstream of it: given the
    upstream samples, each derivative of :math:`\square(\log p)` has expectation 0.

    Farquhar, Whiteson, Foerster (2019), "Loaded DiCE: Trading off Bias and Variance in
    Any-Order Score Function Estimators for Reinforcement Learning"; Mao, Foerster,
    Rocktaschel, Al-Shedivat, Farquhar, Whiteson (2019), "A Baseline for Any Order Gradient
    Estimation in Stochastic Computation Graphs".

    Example:
        >>> import jax, jax.numpy as jnp
        >>> from certjax.estimators import loaded_dice_baseline
        >>> f = lambda t: loaded_dice_baseline(-t**2, 3.0 * t, 0.5)
        >>> float(f(1.0)), float(jax.grad(f)(1.0))
        (0.0, 1.0)
    """
    return dice_baseline(log_prob, baseline) * magic_box(upstream)


def score_term(log_prob: jax.Array, cost: jax.Array, baseline: jax.Array) -> jax.Array:
    r"""The score-function surrogate term of one sample site whose costs sum to ``cost``.

    .. math:: c\,(\square(\textstyle\sum \log p(z;\theta)) - 1)
              + \sum \mathrm{sg}(b)\,(1 - \square(\log p(z;\theta)))

    with :func:`magic_box` :math:`\square`: :func:`dice_cost` plus :func:`dice_baseline`, the
    code :func:`certjax.grad` composes for a whole graph. Its value is exactly 0, its gradient
    :math:`(c - b)\nabla_\theta \log p(z;\theta)` (REINFORCE, Williams 1992) and its higher
    derivatives DiCE's (Foerster et al. 2018), unbiased at every order.

    Example:
        >>> import jax, jax.numpy as jnp
        >>> from certjax.estimators import score_term
        >>> f = lambda t: score_term(-jnp.exp(t), 2.0, 0.5)
        >>> float(f(0.0)), float(jax.grad(f)(0.0))
        (0.0, -1.5)
    """
    return dice_cost(jnp.sum(log_prob), cost) + dice_baseline(log_prob, baseline)


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
        truncate: ``enumerate(truncate=K)`` on an infinite support: only ``z = 0..K-1`` are
            enumerated (``None``: the whole, finite, support).
    """

    name: str
    kind: str
    baseline: Any = None
    term: Callable[..., jax.Array] = score_term
    paper: str = ""
    truncate: int | None = None

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
        return (self.kind, self.baseline_kind, self.term, fn, self.truncate)

    @property
    def label(self) -> str:
        k = self.baseline_kind
        if self.truncate is not None:
            return f"{self.name}[truncate={self.truncate}]"
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


MSG_BAD_TRUNCATE = ("enumerate(truncate=...) takes a positive int (the number of support "
                    "points 0..K-1 enumerated), got {got!r}")


def enumerate(truncate: int | None = None) -> Estimator:  # noqa: A001 - the estimator's name
    """Exact enumeration of a finite-support site: the expectation is a finite sum.

    The objective is evaluated once per support point (jointly over all enumerated sites,
    vectorized with ``vmap``), weighted by ``exp(log_prob)``; the returned value is then the
    exact expectation over the enumerated sites. As in Pyro's ``TraceEnum_ELBO``.

    Args:
        truncate: for a site of infinite support (``Poisson``, ``Geometric``), enumerate only
            ``z = 0, ..., truncate - 1``. The value and gradient are then exactly those of
            ``E[f(z) 1(z < truncate)]``: the tail ``z >= truncate`` is left out, so they are
            *biased* for ``E[f(z)]`` by the tail's share; the pair's certificate states it.

    Example:
        >>> import jax, certjax as cj, certjax.distributions as cjd, certjax.estimators as cje
        >>> def mean(rate):
        ...     return cj.sample(jax.random.key(0), cjd.Poisson(rate=rate),
        ...                      estimator=cje.enumerate(truncate=40)).astype(float)
        >>> round(float(cj.grad(mean)(3.0)), 4)  # d E[z] / d rate = 1, less a tail of 1e-20
        1.0
    """
    if truncate is not None and (isinstance(truncate, bool) or not isinstance(
            truncate, int | np.integer) or truncate < 1):
        raise ValueError(MSG_BAD_TRUNCATE.format(got=truncate))
    return Estimator("enumerate", "enumerate", paper="exact enumeration (Pyro TraceEnum_ELBO)",
                     truncate=None if truncate is None else int(truncate))


BY_NAME: dict[str, Callable[[], Estimator]] = {
    "reparam": reparam, "score": score, "enumerate": enumerate, "loo": loo,
}
