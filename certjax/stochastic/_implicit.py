# SPDX-License-Identifier: Apache-2.0
"""The pathwise obligations of an implicitly reparameterized distribution (Gamma).

A Gamma is not ``transform(eps)`` of parameter-free noise: its sample is drawn by
``jax.random.gamma`` and gets the tangent ``-(dF/dtheta) / p(z)`` by the stop-gradient Newton
construction of :func:`certjax.distributions._implicit.implicit_sample` (Figurnov et al. 2018).
Proved here by Z3, on the code that runs (the tangent is JAX's derivative of that
construction; ``dF/dz``, ``dF/dtheta`` are JAX's derivatives of the distribution's ``cdf``):

* ``value``: the attached sample is the sample, ``implicit_sample(z) == z``;
* ``density``: ``exp(log_prob(z)) == dF/dz`` on the support (so ``log_prob`` is the density of
  the law whose CDF is ``cdf``, the law the sampler is trusted to draw from);
* ``cdf_increasing``: ``dF/dz > 0`` on the support (``F`` strictly increasing in ``z``: the
  quantile ``F^{-1}(u; theta)`` exists and the implicit function theorem applies);
* ``implicit_derivative``: per parameter, ``(dz/dtheta_i) * dF/dz == -dF/dtheta_i``, i.e. the
  attached tangent solves the implicit equation ``d/dtheta F(z(theta); theta) = 0``;
* ``defined``: the tangent is defined wherever ``dF/dz``, ``dF/dtheta`` and ``log_prob`` are.

JAX's ``igamma`` (the CDF) and ``igamma_grad_a`` (its derivative in ``a``) have no translation
in the core; while these claims are translated they are read as *uninterpreted* functions of
their arguments (only "equal arguments give equal values" is used, fact ``app_function``),
which is sound for every claim here since their domains keep both arguments positive.
That JAX's functions are the incomplete gamma function and its derivative is an assumption
item. Beta and Dirichlet (``implicit_from = "gamma"``) are in :mod:`._gamma_ratio`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import jax
import jax.numpy as jnp
from jax.extend import core as jcore

from .._lax_rules import _map
from .._translate import TRANSLATIONS
from ..distributions._implicit import attach

# primitives of a CDF read as uninterpreted functions, only while implicit claims translate
OPAQUE_CDF_PRIMITIVES = ("igamma", "igamma_grad_a")

A_SAMPLER_IMPLICIT = (
    "sampler: {base} (trusted); obligation 'density' proves exp(log_prob) is dF/dz, the "
    "density of the law with CDF F")
A_CDF_LAW = (
    "CDF: F = {dist}.cdf is, for every theta, the CDF of the law the sampler draws from (0 at "
    "the left end of the support, 1 at the right) and continuously differentiable in (z, "
    "theta) there (trusted)")
A_CDF_IGAMMA = (
    "CDF facts: jax.lax.igamma(a, x) is the regularized lower incomplete gamma function P(a, "
    "x), and JAX's JVP rules of igamma are its partial derivatives: d/dx = exp(-x + (a-1) log "
    "x - lgamma(a)) and d/da = igamma_grad_a(a, x) (trusted; in the proof igamma and "
    "igamma_grad_a are uninterpreted functions: only 'equal arguments give equal values' is "
    "used)")
A_IMPLICIT = (
    "implicit reparameterization (Figurnov et al. 2018): z = F^{-1}(u; theta) with u ~ U(0, 1) "
    "independent of theta has the sampler's law; F is continuously differentiable with dF/dz > "
    "0 ('cdf_increasing'), so by the implicit function theorem dz/dtheta = -(dF/dtheta) / "
    "(dF/dz), the tangent proved in 'implicit_derivative'; the stopped sample stands for "
    "F^{-1}(u; theta) (same law), so the pathwise estimator is that of u")
A_IMPLICIT_2 = (
    "second order, implicit (not proved): two Newton steps from the stopped sample square the "
    "error twice, so JAX's derivatives of orders 1 to 3 of the construction are those of the "
    "implicit z(theta) (only the first is proved here, 'implicit_derivative'); where JAX has no "
    "derivative rule (igamma_grad_a, in the concentration) it raises NotImplementedError, "
    "never returns a number")


@contextlib.contextmanager
def opaque_cdf() -> Iterator[None]:
    """Translate ``igamma`` / ``igamma_grad_a`` as uninterpreted functions, within the block."""

    def opaque(name):
        return lambda ctx, a, x, **_: _map(lambda p, q: ctx.b.app(name, p, q), a, x)

    added = [n for n in OPAQUE_CDF_PRIMITIVES if n not in TRANSLATIONS]
    for n in added:
        TRANSLATIONS[n] = opaque(n)
    try:
        yield
    finally:
        for n in added:
            TRANSLATIONS.pop(n, None)


def _uses_igamma(pair) -> bool:
    import numpy as np

    sig = [jax.ShapeDtypeStruct(pair.example[n].shape, np.float32) for n in pair.pnames]
    closed = jax.make_jaxpr(lambda *a: jax.jvp(
        lambda *q: pair.make(list(q[:-1])).cdf(q[-1]), a, a))(
        *sig, jax.ShapeDtypeStruct((), np.float32))
    return any(e.primitive.name in OPAQUE_CDF_PRIMITIVES for e in _eqns(closed.jaxpr))


def _eqns(jaxpr):
    for e in jaxpr.eqns:
        yield e
        for sub in jcore.jaxprs_in_params(e.params):
            yield from _eqns(sub)


def cdf_claims(pair) -> tuple[dict, list]:
    """The claims of ``reparam x pair.cls`` for ``implicit_from = "cdf"`` (scalar events)."""
    from ._pairs import jvp_gradient
    from ._proof import Claim

    inputs = {**pair.inputs(), "z": ()}
    d = lambda inp: pair.make(pair.params(inp))  # noqa: E731

    def on_support(inp):
        return pair.domain(inp) & jnp.all(pair.cls.support.check(d(inp), inp["z"]))

    def dF_dz(inp):
        return jax.jvp(lambda z: d(inp).cdf(z), (inp["z"],), (jnp.ones_like(inp["z"]),))[1]

    def dF_dtheta(inp):
        return jvp_gradient(lambda pl: pair.make(pl).cdf(inp["z"]), pair.params(inp))

    def tangents(inp):  # what cj.grad differentiates: JAX's derivative of the construction
        return jvp_gradient(lambda pl: attach(pair.cls, tuple(pl), inp["z"]), pair.params(inp))

    claims = [
        Claim("value", "implicit_sample(z) == z (the attached sample is the sample)", "equal",
              lambda inp: attach(pair.cls, tuple(pair.params(inp)), inp["z"]),
              lambda inp: inp["z"], on_support),
        Claim("density", "exp(log_prob(z)) == dF/dz (JAX's derivative of cdf)", "equal",
              lambda inp: jnp.exp(d(inp).log_prob(inp["z"])), dF_dz, on_support),
        Claim("cdf_increasing", "dF/dz > 0 on the support", "holds",
              lambda inp: dF_dz(inp) > 0, None, on_support),
        Claim("implicit_derivative", "(dz/dtheta_i) * dF/dz == -dF/dtheta_i (the attached "
              "tangent solves d/dtheta F(z(theta); theta) = 0)", "equal",
              lambda inp: [t * dF_dz(inp) for t in tangents(inp)],
              lambda inp: [-g for g in dF_dtheta(inp)], on_support),
        Claim("defined", "the tangent is defined where dF/dz, dF/dtheta and log_prob are",
              "defined", tangents,
              lambda inp: [dF_dz(inp), *dF_dtheta(inp), d(inp).log_prob(inp["z"])], on_support),
    ]
    return inputs, claims


def certify_implicit(pair, *, rlimit: int, keep_smt2: bool):
    """The certificate of ``reparam x pair.cls`` for an implicitly reparameterized class."""
    from ._pairs import A_KEYS, A_REPARAM, _source
    from ._proof import prove_claims

    cls, est = pair.cls, pair.est
    if cls.implicit_from == "gamma":
        from ._gamma_ratio import gamma_ratio_claims

        inputs, claims, assumptions = gamma_ratio_claims(pair)
    elif cls.implicit_from == "cdf":
        inputs, claims = cdf_claims(pair)
        assumptions = [A_SAMPLER_IMPLICIT.format(base=cls.base_name),
                       A_CDF_LAW.format(dist=cls.__name__)]
        if _uses_igamma(pair):
            assumptions.append(A_CDF_IGAMMA)
        assumptions.append(A_IMPLICIT)
    else:
        raise ValueError(f"{cls.__name__}.implicit_from must be 'cdf' or 'gamma', got "
                         f"{cls.implicit_from!r}")
    assumptions += [A_REPARAM, A_KEYS, A_IMPLICIT_2]
    with opaque_cdf():
        return prove_claims(f"{est.label} x {cls.__name__}", inputs, claims,
                            assumptions=assumptions, source=_source(est), rlimit=rlimit,
                            keep_smt2=keep_smt2)
