# SPDX-License-Identifier: Apache-2.0
"""The second-order obligations of a DiCE score-function pair (Foerster et al. 2018).

The surrogate :func:`certjax.grad` differentiates is, per site, ``c + score_term(log p, c, b)``
(value ``c``): ``c * MagicBox(log p) + sg(b) (1 - MagicBox(log p))``. Its Hessian at a sample
``z`` is unbiased for the Hessian of ``E[c]`` because of the **second-order score identity**,
proved here by Z3 on the distribution's own ``log_prob`` code, per support point (finite) or
pointwise in ``z`` (continuous):

.. math::
    p(z;\\theta)\\,\\nabla^2_\\theta\\big[c(\\theta) + \\mathrm{term}(\\log p(z;\\theta),
    c(\\theta), b)\\big] = \\nabla^2_\\theta\\big[p(z;\\theta)\\,(c(\\theta) - b)\\big]

The rule side is ``jax.hessian`` (reverse over forward) of the code that runs; the reference
side is JAX's forward-mode rules applied twice to ``exp(log_prob)`` with custom derivative
rules inlined. The cost ``c`` may read ``theta`` directly (DiCE's cross terms
``grad c grad log p``): both sides read it only through its value, gradient and Hessian at
``theta`` (chain rule), so it is the quadratic ``f + g.d + d.H.d / 2`` with ``d = theta -
theta0`` and free ``f, g, H``, which takes every such triple: the identity then holds for
every twice-differentiable cost. Summed over the support (finite) or integrated (continuous,
an assumption), with ``mass_conserved_2`` (``sum_k Hessian p_k == 0``) for the baseline, it
gives ``E[Hessian of the surrogate] == Hessian of E[c]``. Enumeration is proved directly:
the Hessian of ``combine_enumeration`` equals the Hessian of ``sum_k p_k c_k(theta)``.

Claims are discharged with a smaller resource limit than the first-order ones: a pair whose
second order is not proved (Z3 gives up) stays usable at first order, and
:func:`certjax.grad` then refuses to differentiate its surrogate again.
"""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from ..estimators._estimator import combine_enumeration, score_term
from ._proof import Claim

SECOND_ORDER_RLIMIT = 1_000_000
# above this many scalar parameters (P**2 Hessian entries) the second-order claims are not
# attempted: recorded 'unproved' at once (MultivariateNormal at d = 2 has 6: 36 entries, which
# spent the whole optional budget without an answer); the library's largest otherwise is 3
SECOND_ORDER_MAX_PARAMS = 4
MSG_TOO_MANY_PARAMS = ("not attempted: {n} scalar parameters ({m} Hessian entries) exceed "
                       "SECOND_ORDER_MAX_PARAMS = {cap} (unproved, never assumed); the pair is "
                       "first order only")
PREFIX = "second_order."
A_JET = (
    "second order, costs: the identity reads the cost c only through its value, gradient and "
    "Hessian at theta (chain rule); the proof takes c = f + g.d + d.H.d/2 (d = theta - theta0) "
    "with free f, g, H, which realizes every such triple, so it holds for every twice "
    "differentiable cost")
A_DIFF_INT_2 = (
    "second order, differentiation under the integral twice: d2/dtheta2 of the integral of "
    "c(theta) p(z; theta) is the integral of d2/dtheta2 [c p] (with integrable bounds near "
    "theta), and d2/dtheta2 of the integral of p is 0")
A_REPARAM_2 = (
    "second order, pathwise: the Hessian of f(transform(theta, eps)) that JAX computes is its "
    "exact Hessian for almost every eps, and the expectation may be differentiated twice under "
    "the integral (integrable bounds); nothing more is claimed for it")


def _flat(plist: list[Any]) -> jax.Array:
    return jnp.concatenate([jnp.reshape(p, (-1,)) for p in plist])


def n_params(pair) -> int:
    return sum(int(np.prod(pair.example[n].shape, dtype=int)) for n in pair.pnames)


def cost_jet(f, g, h, plist: list[Any]) -> jax.Array:
    """``f + g.d + d.h.d / 2`` with ``d = theta - sg(theta)``: value ``f``, gradient ``g`` and
    Hessian ``(h + h^T)/2`` at ``theta``, an arbitrary cost there."""
    flat = _flat(plist)
    d = flat - jax.lax.stop_gradient(flat)
    return f + jnp.dot(g, d) + 0.5 * jnp.dot(d, h @ d)


def _basis(plist: list[Any]) -> list[list[Any]]:
    out = []
    for i, p in enumerate(plist):
        p = jnp.asarray(p)
        for idx in np.ndindex(p.shape):
            t = [jnp.zeros_like(jnp.asarray(q)) for q in plist]
            e = np.zeros(p.shape, p.dtype)
            e[idx] = 1.0
            t[i] = jnp.asarray(e)
            out.append(t)
    return out


def hessian_fwd(fn, plist: list[Any]) -> list[Any]:
    """Entries of the Hessian of scalar ``fn`` by forward over forward mode (JAX's JVPs)."""
    basis = _basis(plist)

    def dfn(q, u):
        return jax.jvp(fn, (list(q),), (u,))[1]

    return [jax.jvp(lambda q, u=u: dfn(q, u), (list(plist),), (v,))[1]
            for u in basis for v in basis]


def hessian_rev(fn, plist: list[Any]) -> list[Any]:
    """Entries of the Hessian of scalar ``fn`` as :func:`jax.hessian` computes it."""
    h = jax.hessian(lambda flat: fn(_unflat(flat, plist)))(_flat(plist))
    return [h[i, j] for i in range(h.shape[0]) for j in range(h.shape[1])]


def _unflat(flat, plist):
    out, pos = [], 0
    for p in plist:
        shape = jnp.shape(p)
        n = int(np.prod(shape, dtype=int))
        out.append(flat[pos: pos + n].reshape(shape))
        pos += n
    return out


def has_second_order(est) -> bool:
    """Only the DiCE term is claimed at second order; a user ``term`` is first order only."""
    return est.kind == "enumerate" or (est.kind == "score" and est.term is score_term)


def add_inputs(pair, inputs: dict, finite: bool) -> None:
    """The cost jet's free inputs (shared names; the first-order claims ignore them)."""
    P = n_params(pair)
    K = pair.size if finite and pair.est.kind == "enumerate" else None
    inputs["f2"] = (K,) if K else ()
    inputs["g2"] = (K, P) if K else (P,)
    inputs["h2"] = (K, P, P) if K else (P, P)


def second_order_claims(pair, ks, base, z_of, domain) -> list[Claim]:
    """Claims for ``pair`` (score with the DiCE term, or enumerate).

    Args:
        ks: the support points (finite) or ``[None]`` (continuous: ``z_of(inp, None)`` reads
            the input ``z``).
        base: ``base(inp, k)``, the baseline at support point ``k``.
        z_of: ``z_of(inp, k)``, the sample.
        domain: the claims' domain.
    """
    n = n_params(pair)
    if n > SECOND_ORDER_MAX_PARAMS:
        return [Claim(f"{PREFIX}hessian_identity", "second-order score identity (not "
                      "attempted)", "equal", lambda inp: jnp.float32(0.0),
                      lambda inp: jnp.float32(0.0), domain,
                      skip=MSG_TOO_MANY_PARAMS.format(n=n, m=n * n, cap=SECOND_ORDER_MAX_PARAMS))]
    if pair.est.kind == "enumerate":
        return _enumerate_claims(pair, ks, domain)

    def cost(inp, plist):
        return cost_jet(inp["f2"], inp["g2"], inp["h2"], plist)

    claims = []
    for k in ks:
        at = "" if k is None else f"@{int(k)}"

        def rule(inp, k=k):
            pl = pair.params(inp)
            z = z_of(inp, k)
            p = jnp.exp(pair.lp(pl, z))
            h = hessian_rev(lambda q: cost(inp, q) + pair.est.term(
                pair.lp(q, z), cost(inp, q), base(inp, k)), pl)
            return [p * x for x in h]

        def reference(inp, k=k):
            z = z_of(inp, k)
            return hessian_fwd(lambda q: jnp.exp(pair.lp_ref(q, z)) * (cost(inp, q) - base(inp, k)),
                               pair.params(inp))

        claims.append(Claim(
            f"{PREFIX}hessian_identity{at}",
            "p(z) * Hessian(c + surrogate term)(z) == Hessian(p(z) * (c - b)) (second-order "
            "score identity, c any twice differentiable cost)", "equal", rule, reference, domain))
        claims.append(Claim(f"{PREFIX}defined{at}", "second-order estimator defined where the "
                            "Hessian of p is", "defined", rule, reference, domain))
    if ks[0] is not None and pair.est.baseline_kind != "none":
        claims.append(Claim(
            f"{PREFIX}mass_conserved", "sum_k Hessian p_k == 0 (a baseline adds nothing to the "
            "second derivative in expectation)", "equal",
            lambda inp: [sum(xs) for xs in zip(*[hessian_fwd(
                lambda q, k=k: jnp.exp(pair.lp_ref(q, k)), pair.params(inp)) for k in ks],
                strict=True)],
            lambda inp: [jnp.float32(0.0)] * n_params(pair) ** 2, domain))
    return claims


def _enumerate_claims(pair, ks, domain) -> list[Claim]:
    def cost(inp, plist, k):
        i = int(k)
        return cost_jet(inp["f2"][i], inp["g2"][i], inp["h2"][i], plist)

    def rule(inp):
        def value(q):
            logw = jnp.concatenate([jnp.reshape(pair.lp(q, k), (1,)) for k in ks])
            return combine_enumeration(logw, jnp.stack([cost(inp, q, k) for k in ks]))
        return hessian_rev(value, pair.params(inp))

    def reference(inp):
        return hessian_fwd(lambda q: sum(jnp.exp(pair.lp_ref(q, k)) * cost(inp, q, k)
                                         for k in ks), pair.params(inp))

    return [Claim(f"{PREFIX}unbiased", "Hessian(enumeration) == Hessian sum_k p_k c_k(theta)",
                  "equal", rule, reference, domain)]


def second_order_proved(cert) -> bool:
    """The pair's certificate has second-order obligations and all of them are proved."""
    obs = [o for o in cert.obligations if o.name.startswith(PREFIX)]
    return bool(obs) and all(o.verdict == "proved" for o in obs)
