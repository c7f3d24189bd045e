# SPDX-License-Identifier: Apache-2.0
"""Estimator rules: every built-in estimator x distribution pair of :mod:`certjax.stochastic`.

A pair is proved at its first use by ``cj.sample`` anyway; listing the pairs here puts their
certificates in ``proofs/`` beside the other rules, so ``certjax check`` fails when a
distribution's ``log_prob``, an estimator or the translator changes under them, and loading
them reuses the stored certificates instead of calling Z3. Estimators (Williams 1992;
Kingma & Welling 2014; Kool et al. 2019 for leave-one-out) x the built-in distributions.

Example:
    >>> from certjax.rules import estimators
    >>> pair = estimators.make_registrations()["reparam_Normal"]
    >>> pair.certificate.verdict
    'proved'
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Callable
from typing import Any

from .. import distributions as cjd
from .. import estimators as cje
from .._collect import active
from ..distributions._base import Distribution
from ..estimators._estimator import Estimator

# a constant baseline is certified for every value (the value is not code)
ESTIMATORS: list[Callable[[], Estimator]] = [
    cje.reparam, cje.score, lambda: cje.score(baseline=0.0), cje.loo, cje.enumerate,
]


def distributions() -> list[type[Distribution]]:
    """The concrete distribution classes :mod:`certjax.distributions` exports."""
    return [c for c in vars(cjd).values()
            if inspect.isclass(c) and issubclass(c, Distribution) and c is not Distribution]


@dataclasses.dataclass(eq=False)
class PairRule:
    """One estimator x distribution pair: proved (or loaded from ``proofs/``) on first use."""

    dist: type[Distribution]
    est: Estimator
    name: str
    kind: str = "estimator"
    trust: str | None = None
    nondiff_argnums: tuple[int, ...] = ()

    @property
    def obj(self) -> PairRule:  # what ``certjax check``'s discovery matches by identity
        return self

    @property
    def fun(self) -> Callable[..., Any]:
        return self.dist.log_prob

    @property
    def fns(self) -> tuple[Callable[..., Any], ...]:
        return (self.dist.log_prob,)

    @property
    def certificate(self) -> Any:
        from ..stochastic import certificate

        return certificate(self.dist, self.est)

    def certify(self, *, keep_smt2: bool = True) -> Any:
        from ..stochastic import certify_pair

        return certify_pair(self.dist, self.est, keep_smt2=keep_smt2)


@functools.cache
def make_registrations() -> dict[str, PairRule]:
    """Every supported pair, by :func:`~certjax.stochastic._pairs.pair_name`; proves nothing."""
    from ..stochastic._pairs import check_supported, pair_name

    out: dict[str, PairRule] = {}
    for dist in distributions():
        for make in ESTIMATORS:
            est = make()
            try:
                check_supported(dist, est)
            except ValueError:
                continue
            name = pair_name(dist, est)
            out[name] = PairRule(dist, est, name)
    sink = active()
    if sink is not None:  # ``certjax check`` is discovering: hand it the pairs to prove
        sink.extend(out.values())
    return out
