# SPDX-License-Identifier: Apache-2.0
"""The pathwise obligations of Beta and Dirichlet: normalized independent Gammas.

The sample is ``from_gammas(x)`` with independent ``x_k ~ Gamma(alpha_k, 1)``, each with the
implicit tangent of ``reparam x Gamma`` (proved before these pairs are used). What is left to
prove is that ``from_gammas(x)`` has the law ``exp(log_prob)``: write ``x = w s`` with ``w =
(u, 1 - sum u)`` on the simplex and ``s = sum x > 0``. Proved by Z3 on the code (``K`` the
number of Gammas of the certification example: 2 for Beta, 3 for Dirichlet):

* ``maps_support``: ``from_gammas(x)`` lies in the support for every ``x > 0``;
* ``left_inverse``: ``from_gammas(w s) == simplex_point(w)`` (the map ``x -> (u, s)`` is the
  inverse of ``(u, s) -> w s``);
* ``jacobian``: ``det d(w s)/d(u, s) == s**(K-1)`` (JAX's derivatives of the map);
* ``log_density[i]``: with ``F(u, s) = sum_k log Gamma(alpha_k, 1)(w_k s) + (K-1) log s -
  log_prob(simplex_point(w)) - log Gamma(sum alpha, 1)(s)`` (the distributions' own
  ``log_prob`` code), every partial derivative of ``F`` is 0 (JAX's derivatives; a rational
  identity, no logarithm left);
* ``log_density_at``: ``F == 0`` at one point (``w`` = (1/2, 1/2) or (1/4, 1/4, 1/2), ``s = 1``).

``F`` is then 0 on the whole (connected) domain, which is the factorization of the density of
``(u, s)`` into ``exp(log_prob(w)) * Gamma(sum alpha, 1)(s)``; that step (the mean value
theorem) and the integration over ``s`` are assumption items. Proving ``F == 0`` directly
would need ``log(a b) = log a + log b`` under symbolic exponents, which the exp/log
elimination does not decide; its derivative is rational.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

A_GAMMAS = (
    "Gamma draws: x_k ~ Gamma(alpha_k, 1) are independent (jax.random.gamma's entries on one "
    "key, trusted) and each is pathwise by the pair 'reparam x Gamma' (proved before this pair "
    "is used, with the assumptions it lists); the sample's tangent is JAX's chain rule through "
    "from_gammas")
A_FACTOR = (
    "density, derived: F has zero gradient on the connected open set {{u > 0, sum u < 1, s > 0}} "
    "('log_density') and F = 0 at one point of it ('log_density_at'), so F = 0 there (mean value "
    "theorem; F is continuously differentiable there, being a composition of elementary "
    "functions on their domains); with 'left_inverse' and 'jacobian' (change of variables for "
    "the bijection (u, s) -> x = w s) the law of (u, s) has density exp(log_prob(w)) * "
    "Gamma(sum alpha, 1)(s), so the sample has density exp(log_prob), independently of s, "
    "since the Gamma({k}) density integrates to 1 (trusted)")


def gamma_ratio_claims(pair) -> tuple[dict, list, list[str]]:
    """Inputs, claims and assumptions of ``reparam x`` Beta / Dirichlet."""
    from ..distributions._gamma import Gamma
    from ._pairs import _det, jvp_gradient
    from ._proof import Claim

    d = lambda inp: pair.make(pair.params(inp))  # noqa: E731
    K = int(np.shape(pair._ex.concentrations())[-1])
    inputs = {**pair.inputs(), "x": (K,), "u": (K - 1,), "s": ()}

    def alpha(inp):
        return d(inp).concentrations()

    def w_of(u):
        return jnp.concatenate([u, jnp.reshape(1.0 - jnp.sum(u), (1,))])

    def on_x(inp):
        return pair.domain(inp) & jnp.all(inp["x"] > 0)

    def on_us(inp):
        return (pair.domain(inp) & jnp.all(inp["u"] > 0) & (jnp.sum(inp["u"]) < 1)
                & (inp["s"] > 0))

    def gamma_lp(a, x):
        return Gamma(a, jnp.ones_like(a), validate_args=False).log_prob(x)

    def F(inp, u, s):
        a, w = alpha(inp), w_of(u)
        return (sum(gamma_lp(a[k], w[k] * s) for k in range(K)) + (K - 1) * jnp.log(s)
                - d(inp).log_prob(d(inp).simplex_point(w)) - gamma_lp(jnp.sum(a), s))

    def jac(inp):
        def x_of(us):
            return w_of(us[:K - 1]) * us[K - 1]
        us = jnp.concatenate([inp["u"], jnp.reshape(inp["s"], (1,))])
        m = jax.jacfwd(x_of)(us)
        return _det([[m[i, j] for j in range(K)] for i in range(K)])

    u_at = np.full((K - 1,), 0.5 if K == 2 else 0.25, np.float32)
    claims = [
        Claim("maps_support", "from_gammas(x) lies in the support for x > 0", "holds",
              lambda inp: pair.cls.support.check(d(inp), d(inp).from_gammas(inp["x"])),
              None, on_x),
        Claim("left_inverse", "from_gammas(w s) == simplex_point(w), w = (u, 1 - sum u)",
              "equal", lambda inp: d(inp).from_gammas(w_of(inp["u"]) * inp["s"]),
              lambda inp: d(inp).simplex_point(w_of(inp["u"])), on_us),
        Claim("jacobian", "det d(w s)/d(u, s) == s**(K-1)", "equal", jac,
              lambda inp: inp["s"] ** (K - 1), on_us),
        Claim("log_density", "dF/du_i == 0 and dF/ds == 0 (F: the log of the joint density "
              "of x = w s minus log_prob(w) + log Gamma(sum alpha, 1)(s))", "equal",
              lambda inp: jvp_gradient(lambda q: F(inp, q[0], q[1]), [inp["u"], inp["s"]]),
              lambda inp: [jnp.zeros((K - 1,), jnp.float32), jnp.float32(0.0)], on_us),
        Claim("log_density_at", f"F == 0 at u = {u_at.tolist()}, s = 1", "equal",
              lambda inp: F(inp, jnp.asarray(u_at), jnp.float32(1.0)),
              lambda inp: jnp.float32(0.0), pair.domain),
    ]
    return inputs, claims, [A_GAMMAS, A_FACTOR.format(k="sum alpha, 1")]
