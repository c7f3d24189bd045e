# SPDX-License-Identifier: Apache-2.0
"""Errors of the stochastic API and their long messages (what was wrong, and the fix)."""

from __future__ import annotations

from typing import Any

from .._errors import CertificationError, RuleRejected, RuleUnproven

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

MSG_REPLICAS_SHARE_KEY = """\
certjax.grad(..., num_samples=n) runs n replicas that must draw independently, but the key of
sample site {site} ({dist}) is computed from none of the keys it splits (every PRNG key among
the arguments: typed jax.random.key arrays and raw uint32[2] keys), so all replicas would
share that sample (and a leave-one-out baseline would be biased). Pass the key as an argument:
    def objective(params, key): ...        # not a key closed over or made inside
    cj.grad(objective, num_samples=4)(params, key)"""

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


MSG_BASELINE_UNTRACEABLE = """\
The callable baseline of a {dist} site could not be traced as a function of the sample alone
at sample shape {shape} ({error}). certjax proves a callable baseline constant at the shape it
is used at, so it must be a pure function of its argument (closing over concrete arrays is
fine, over traced values is not). For a baseline computed from traced values pass the array:
    cje.score(baseline=jax.lax.stop_gradient(b))     # b independent of this sample"""

MSG_BASELINE_INSTANCE_TOO_BIG = """\
The callable baseline of a {dist} site is used at sample shape {shape} ({size} elements, more
than the {cap} a callable baseline is proved at): its output reads the sample, so certjax
would have to prove that it does not depend on it at that shape. Pass an array baseline
(computed without the sample, e.g. cje.MovingAverage), or a callable that ignores its
argument."""

MSG_HIGHER_ORDER_CUSTOM_TERM = """\
A result of certjax.grad / value_and_grad was differentiated again (cj.grad(cj.grad(f)),
jax.jacfwd, jax.hessian, ...), but the objective has sample sites whose surrogate is proved as
a first-order estimator only ({labels}): an estimator that brings its own term, or a pair whose
second-order obligations (the second-order score identity) Z3 did not prove; its derivative
need not be an unbiased second derivative. Use the library's score estimators
(cje.score(), cje.score(baseline=...), cje.loo(): DiCE terms, unbiased at every order),
"reparam" or "enumerate" at these sites."""

MSG_PAIR_UNPROVEN = """\
{rule}: obligation '{obligation}' could not be proved ({reason}).
certjax does not use an estimator x distribution pair it cannot prove. {advice}"""

ADVICE_DISTRIBUTION = """\
For a distribution, write log_prob as base_log_prob(inverse(z)) + log d inverse/dz with
inverse the exact inverse of transform (e.g. a LogNormal: inverse(z) = (log(z) - loc) /
scale), keep the support predicate parameter-free, and check the certificate's obligation
list (cj.certify_pair(MyDist, cje.reparam())) to see which identity failed."""

ADVICE_IMPLICIT = """\
For an implicitly reparameterized distribution (implicit_rsample = True), write log_prob so
that exp(log_prob) is JAX's derivative of cdf in z, in the form of that derivative (a Gamma:
log(rate) + (a - 1) log(rate z) - rate z - lgamma(a), the shape of igamma's JVP in x: Z3 does
not split log(rate z) under a symbolic exponent), and check the certificate's obligation list
(cj.certify_pair(MyDist, cje.reparam())) to see which identity failed."""

ADVICE_BASELINE = """\
A callable baseline must not depend on the sample; pass an array baseline computed without it
(a constant, cje.MovingAverage) or use cje.loo()."""

MSG_BASE_READS_PARAMS = (
    "{dist}: {methods} reads the parameters: base_sample, base_log_prob and base_support "
    "describe parameter-free noise eps (the trusted base density); move the parameters into "
    "transform, inverse and log_prob")

MSG_NEEDED_BY = """\
{pair} rests on {dep}: the score identity holds for any log_prob code, normalized or not, so
that exp(log_prob) is the density the sampler draws from is {dep}'s obligation 'density'.
"""


MSG_NEEDED_BY_GAMMAS = """\
{pair} rests on {dep}: its sample normalizes Gamma draws, whose pathwise tangents are the
implicit ones {dep} proves.
"""


def raise_unless_proved(cert: Any, advice: str, needed_by: str = "",
                        why_needed: str = MSG_NEEDED_BY) -> Any:
    """Raise :class:`RuleRejected` / :class:`RuleUnproven` unless ``cert`` is proved.

    ``needed_by`` names the pair whose use asked for ``cert``; the message starts with why
    (``why_needed``, formatted with ``pair`` and ``dep``).
    """
    why = why_needed.format(pair=needed_by, dep=cert.rule) if needed_by else ""
    if cert.verdict == "refuted":
        bad = next(o for o in cert.obligations if o.verdict == "refuted")
        raise RuleRejected(
            f"{why}{cert.rule}: obligation '{bad.name}' {bad.reason}\n  ({bad.statement})",
            rule=cert.rule, obligation=bad.name, counterexample=bad.counterexample or {},
            certificate=cert)
    if cert.verdict == "unproved":
        bad = next(o for o in cert.obligations if o.verdict == "unproved")
        raise RuleUnproven(why + MSG_PAIR_UNPROVEN.format(
            rule=cert.rule, obligation=bad.name, reason=bad.reason, advice=advice),
            rule=cert.rule, obligation=bad.name, certificate=cert)
    return cert


class StochasticError(ValueError):
    """Misuse of cj.sample / cj.grad (bad key use, bad baseline, ...)."""


class UnsupportedEstimator(StochasticError, CertificationError):
    """The estimator is not offered for this distribution (names both)."""


class HigherOrderUnsupported(StochasticError, CertificationError):
    """A first-order-only estimator was differentiated a second time."""


class KeyReuseError(StochasticError):
    """One PRNG key object was used by two sample sites."""
