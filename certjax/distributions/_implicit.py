# SPDX-License-Identifier: Apache-2.0
"""Implicit reparameterization (Figurnov, Mohamed & Mnih 2018): a sample's pathwise tangent.

A sample ``z`` drawn by ``jax.random`` (no gradient path) of a distribution with CDF
``F(z; theta)`` is, in law, the quantile ``F^{-1}(u; theta)`` of a ``u ~ U(0, 1)`` that does
not depend on ``theta``; differentiating ``F(z(theta); theta) = u`` gives

.. math::
    \\frac{dz}{d\\theta} = -\\frac{\\partial F / \\partial \\theta}{\\partial F / \\partial z}
    = -\\frac{\\partial F / \\partial \\theta}{p(z; \\theta)}

:func:`implicit_sample` returns ``z`` unchanged with that tangent attached (a
``jax.custom_jvp``): ``dF/dtheta`` is JAX's own derivative of the distribution's ``cdf`` code
and ``p = exp(log_prob(z))``. The tangent is computed at the *attached* ``z`` again, so its
own derivatives see ``dz/dtheta`` too (second derivatives are the implicit ones, where JAX can
differentiate the CDF's derivative at all: ``igamma_grad_a`` has no derivative rule, so a second
derivative in a Gamma's concentration raises JAX's ``NotImplementedError``, never a wrong number).
The obligations proved on this code are in :mod:`certjax.stochastic._implicit`.

References:
    Figurnov, Mohamed & Mnih (2018), "Implicit Reparameterization Gradients", NeurIPS.
"""

from __future__ import annotations

import functools
from typing import Any

import jax
import jax.numpy as jnp
from jax.custom_derivatives import SymbolicZero


def _make(cls: type, params: tuple[Any, ...]) -> Any:
    return cls.tree_unflatten(False, list(params))


def implicit_tangent(cls: type, params: tuple[Any, ...], dparams: tuple[Any, ...],
                     z: jax.Array) -> jax.Array:
    """``-(dF/dtheta . dtheta) / exp(log_prob(z))``: the tangent :func:`implicit_sample` attaches.

    A parameter whose tangent is a symbolic zero (not differentiated) is held fixed, so JAX's
    derivative of ``cdf`` in it is not even formed (a Gamma differentiated in its rate only
    never calls ``igamma_grad_a``, which JAX cannot differentiate again).
    """
    live = [i for i, t in enumerate(dparams) if not isinstance(t, SymbolicZero)]
    if not live:
        return jnp.zeros_like(z)

    def cdf(*q):
        p = list(params)
        for i, qi in zip(live, q, strict=True):
            p[i] = qi
        return _make(cls, tuple(p)).cdf(z)

    dF = jax.jvp(cdf, tuple(params[i] for i in live), tuple(dparams[i] for i in live))[1]
    return -dF / jnp.exp(_make(cls, params).log_prob(z))


@functools.partial(jax.custom_jvp, nondiff_argnums=(0,))
def _attach(cls: type, params: tuple[Any, ...], z: jax.Array) -> jax.Array:
    return z


def _attach_jvp(cls, primals, tangents):
    params, z = primals
    dparams, _ = tangents  # z is a stopped sample: its own tangent is zero
    # attached again (as primal and inside the tangent), so that an enclosing derivative sees
    # dz/dtheta in both: the returned primal is zz, not the stopped z, whose tangent is zero
    zz = _attach(cls, params, z)
    return zz, implicit_tangent(cls, params, dparams, zz)


_attach.defjvp(_attach_jvp, symbolic_zeros=True)


def implicit_sample(dist: Any, z: jax.Array) -> jax.Array:
    """``z`` (a sample of ``dist``, no gradient path) with its implicit tangent attached.

    The parameters are broadcast to ``z``'s shape first, so ``cdf`` and ``log_prob`` are
    elementwise there.
    """
    z = jax.lax.stop_gradient(z)
    params = tuple(jnp.broadcast_to(getattr(dist, n), jnp.shape(z)).astype(z.dtype)
                   for n in dist.param_names)
    return _attach(type(dist), params, z)
