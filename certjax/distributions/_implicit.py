# SPDX-License-Identifier: Apache-2.0
"""Implicit reparameterization (Figurnov, Mohamed & Mnih 2018): a sample's pathwise tangent.

A sample ``z`` drawn by ``jax.random`` (no gradient path) of a distribution with CDF
``F(z; theta)`` is, in law, the quantile ``z(theta) = F^{-1}(u; theta)`` of a ``u ~ U(0, 1)``
that does not depend on ``theta``; differentiating ``F(z(theta); theta) = u`` gives

.. math::
    \\frac{dz}{d\\theta} = -\\frac{\\partial F / \\partial \\theta}{\\partial F / \\partial z}
    = -\\frac{\\partial F / \\partial \\theta}{p(z; \\theta)}

:func:`implicit_sample` attaches that derivative with a stop-gradient construction, no custom
rule: ``u = sg(F(z))`` and two Newton steps for ``F(x; theta) = u`` started at the stopped
``z``,

.. math::
    x_0 = \\mathrm{sg}(z), \\qquad x_{k+1} = x_k - \\frac{F(x_k; \\theta) - u}{p(x_k; \\theta)}

Each step's correction is exactly 0 in value (``F(z) - sg(F(z))``), so the sample is ``z``
bit for bit; its derivatives are those of the implicit ``z(theta)``: one step gives the first
(``-dF/dtheta / p``), and since Newton's error is squared at each step, two give the first three
exactly. ``F`` and ``p`` are the distribution's own ``cdf`` and ``exp(log_prob)`` code, and JAX's
derivative rules of ``cdf`` (``igamma``'s) give ``dF/dtheta``. A second derivative in a Gamma's
concentration needs the derivative of ``igamma_grad_a``, which JAX does not have: it raises
``NotImplementedError``, never returns a number. As nothing here is a custom rule,
:func:`certjax.audit` and :func:`certjax.strict` find nothing to refuse; the obligations proved
on this code are in :mod:`certjax.stochastic._implicit`.

References:
    Figurnov, Mohamed & Mnih (2018), "Implicit Reparameterization Gradients", NeurIPS.
"""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp

NEWTON_STEPS = 2  # derivatives of orders 1..2**NEWTON_STEPS - 1 are the implicit ones


def attach(cls: type, params: tuple[Any, ...], z: jax.Array) -> jax.Array:
    """``z`` with the implicit derivatives of ``cls(*params)``'s CDF (broadcast ``params``)."""
    d = cls.tree_unflatten(False, list(params))
    z = jax.lax.stop_gradient(z)
    u = jax.lax.stop_gradient(d.cdf(z))
    x = z
    for _ in range(NEWTON_STEPS):
        p = jnp.exp(d.log_prob(x))
        ok = p > 0  # a density underflowed to 0 (far tails, float32): no correction there
        x = x - jnp.where(ok, (d.cdf(x) - u) / jnp.where(ok, p, 1.0), 0.0)
    return x


def implicit_sample(dist: Any, z: jax.Array) -> jax.Array:
    """``z`` (a sample of ``dist``, no gradient path) with its implicit tangent attached.

    The parameters are broadcast to ``z``'s shape first, so ``cdf`` and ``log_prob`` are
    elementwise there.
    """
    params = tuple(jnp.broadcast_to(getattr(dist, n), jnp.shape(z)).astype(z.dtype)
                   for n in dist.param_names)
    return attach(type(dist), params, z)
