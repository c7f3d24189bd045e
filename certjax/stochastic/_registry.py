# SPDX-License-Identifier: Apache-2.0
"""Registries of distributions and estimators; every pair is proved before it is used.

``register_distribution`` / ``register_estimator`` prove every supported pair with the
estimators / distributions registered so far and raise if one is refuted or unproved (nothing
is inserted then). A pair met at run time (an :class:`Estimator` value built on the spot, e.g.
``cje.score(baseline=lambda z: ...)``) is proved at its first use, with the same verdicts.
"""

from __future__ import annotations

import functools

from .._certificate import Certificate
from ..distributions._base import Distribution
from ..estimators._estimator import Estimator, reparam
from ._errors import (
    ADVICE_BASELINE,
    ADVICE_DISTRIBUTION,
    ADVICE_IMPLICIT,
    MSG_NEEDED_BY,
    MSG_NEEDED_BY_GAMMAS,
    raise_unless_proved,
)
from ._pairs import certify_pair, check_supported, has_pathwise, is_finite

_DISTRIBUTIONS: dict[str, type[Distribution]] = {}
_ESTIMATORS: dict[str, Estimator] = {}
_CERTS: dict[tuple, Certificate] = {}


@functools.cache
def _load_stored() -> int:
    """Once: the library's stored pair certificates (``proofs/estimators``), so that a pair
    whose fingerprint matches one is not proved again."""
    from .._store import library_proofs_dir
    from ._proof import load_stored

    return load_stored(library_proofs_dir())


def _key(dist_cls: type[Distribution], est: Estimator) -> tuple:
    return (dist_cls, est.cert_key())


def certificate(dist_cls: type[Distribution], est: Estimator, needed_by: str = "",
                why_needed: str = MSG_NEEDED_BY) -> Certificate:
    """The proved certificate of a pair, proving it now if needed.

    Raises:
        UnsupportedEstimator: the pair is not offered (names both).
        RuleRejected: Z3 found, and JAX confirmed in float64, a point where it is wrong.
        RuleUnproven: no proof within the resource limit.
    """
    key = _key(dist_cls, est)
    cert = _CERTS.get(key)
    if cert is None:
        check_supported(dist_cls, est)
        _load_stored()
        if _needs_density_proof(dist_cls, est):
            # the score identity holds for any log_prob code, normalized or not; that
            # exp(log_prob) is the density the sampler draws from is the reparameterized
            # pair's obligation 'density' (A_SAMPLER_CONT), so that pair must prove first
            certificate(dist_cls, reparam(), needed_by=f"{est.label} x {dist_cls.__name__}")
        if est.kind == "reparam" and getattr(dist_cls, "implicit_from", "") == "gamma":
            # Beta / Dirichlet: their samples' tangents are the Gammas' implicit ones
            from ..distributions._gamma import Gamma

            certificate(Gamma, est, needed_by=f"{est.label} x {dist_cls.__name__}",
                        why_needed=MSG_NEEDED_BY_GAMMAS)
        cert = certify_pair(dist_cls, est)
        advice = (ADVICE_BASELINE if est.baseline_kind == "callable" else
                  ADVICE_IMPLICIT if getattr(dist_cls, "implicit_rsample", False) else
                  ADVICE_DISTRIBUTION)
        raise_unless_proved(cert, advice, needed_by, why_needed)
        _CERTS[key] = cert
    return cert


def _needs_density_proof(dist_cls: type[Distribution], est: Estimator) -> bool:
    """A score-type pair on a continuous distribution with a pathwise sampler: its
    ``transform(eps)``'s density, or (implicit, Gamma) the CDF's density, is proved there."""
    return est.kind != "reparam" and not is_finite(dist_cls) and has_pathwise(dist_cls)


def _supported(dist_cls: type[Distribution], est: Estimator) -> bool:
    try:
        check_supported(dist_cls, est)
    except ValueError:
        return False
    return True


def register_distribution(dist_cls: type[Distribution]) -> type[Distribution]:
    """Prove ``dist_cls`` with every registered estimator it supports, then register it.

    Usable as a class decorator. Raises on a duplicate name or a failed proof.
    """
    name = dist_cls.__name__
    if name in _DISTRIBUTIONS and _DISTRIBUTIONS[name] is not dist_cls:
        raise ValueError(f"a distribution named {name!r} is already registered")
    for est in _ESTIMATORS.values():
        if _supported(dist_cls, est):
            certificate(dist_cls, est)
    _DISTRIBUTIONS[name] = dist_cls
    return dist_cls


def register_estimator(est: Estimator) -> Estimator:
    """Prove ``est`` on every registered distribution that supports it, then register it."""
    label = est.label
    if label in _ESTIMATORS and _ESTIMATORS[label].cert_key() != est.cert_key():
        raise ValueError(f"an estimator labelled {label!r} is already registered")
    for dist_cls in _DISTRIBUTIONS.values():
        if _supported(dist_cls, est):
            certificate(dist_cls, est)
    _ESTIMATORS[label] = est
    return est


def certificates() -> dict[str, Certificate]:
    """Every certificate proved so far in this process, by rule name."""
    from ._instance import certificates as instance_certificates

    return {c.rule: c for c in [*_CERTS.values(), *instance_certificates()]}
