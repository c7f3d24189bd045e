# SPDX-License-Identifier: Apache-2.0
"""Errors of the stochastic API and their long messages (what was wrong, and the fix)."""

from __future__ import annotations

from .._errors import CertificationError

MSG_UNSUPPORTED_ESTIMATOR = """\
The estimator '{estimator}' is not available for the distribution {dist}: {reason}.
Estimators offered for {dist}: {offered}. For example:
    z = cj.sample(key, dist, estimator="score")"""

MSG_BASELINE_DEPENDS = """\
The baseline of sample site {site} ({dist}) depends on that sample (or on something computed
from it, or on the PRNG key it is drawn with): a baseline must be independent of its own
sample, or the gradient is biased.
Wrong:
    z = cj.sample(k, d, estimator=cje.score(baseline=f(z_prev_or_params)))   # fine
    b = cost_of(z); ... cje.score(baseline=b)                                 # depends on z
    cj.sample(k, d, estimator=cje.score(baseline=g(jax.random.bernoulli(k, p))))  # k: the same key
Use a moving average of past costs (cje.MovingAverage), a constant, or cje.loo()."""

MSG_KEY_REUSED = """\
The same PRNG key was passed to cj.sample twice (sites {first} and {second}); the two samples
would be dependent (equal, for the same distribution), which breaks the estimators'
independence assumption. Split the key:
    k1, k2 = jax.random.split(key)
    a = cj.sample(k1, ...); b = cj.sample(k2, ...)"""

MSG_NO_KEY_ARG = """\
certjax.grad(..., num_samples={n}) needs to know which argument is the PRNG key to split
into {n} independent replicas, and found none among the positional arguments. Pass a key made
by jax.random.key(...) / jax.random.PRNGKey(...), or name it: certjax.grad(f, key_argnum=1,
num_samples={n})."""

MSG_LOO_NEEDS_SAMPLES = """\
The leave-one-out baseline needs several replicas of the objective: use
    cj.grad(objective, num_samples=4)   # n >= 2
with estimator=cje.loo() (or cje.score(baseline="loo")) at the sample site."""

MSG_SITE_UNDER_TRANSFORM = """\
cj.sample was called under a JAX transformation inside the objective (jax.vmap, jax.lax.scan,
jax.jit, ...), so certjax.grad cannot see the sample from outside that transformation.
Call cj.sample at the top level of the objective and draw a batch with the distribution's
batch shape or sample_shape instead, e.g.
    z = cj.sample(key, cjd.Normal(mu, sigma), sample_shape=(n,))"""

MSG_TOO_MANY_CONFIGS = """\
Exact enumeration would evaluate the objective {m} times (the enumerated sites have {m} joint
configurations; the limit is {cap}). Use estimator="score" (with a baseline) for the large
sites, or enumerate fewer / smaller sites."""


class StochasticError(ValueError):
    """Misuse of cj.sample / cj.grad (bad key use, bad baseline, ...)."""


class UnsupportedEstimator(StochasticError, CertificationError):
    """The estimator is not offered for this distribution (names both)."""


class KeyReuseError(StochasticError):
    """One PRNG key object was used by two sample sites."""
