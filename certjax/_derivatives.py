# SPDX-License-Identifier: Apache-2.0
"""certjax's own table of the mathematical derivative of every primitive it translates.

The reference of an obligation is JAX's JVP of the primal body, built from JAX's primitive
JVP rules, and those rules have had bugs (``integer_pow``: ``x ** 0`` had slope 1). Each
primitive of a primal body is therefore checked against this table (``_reference.py``):
JAX's JVP of the primitive, traced and translated, must equal the textbook derivative below
wherever both are defined (kinks excluded as in ``_boundary``).

Entries, read top to bottom by a reviewer (they are trusted, like ``_facts.FACTS``):

* ``PARTIALS[name] = (statement, partials)``: an elementwise primitive; ``partials(*operands,
  **params)`` returns, per operand, its partial derivative (``None``: not differentiable,
  an integer or boolean operand), written with lax primitives as a formula, never with a
  JVP.
* ``LINEAR``: the derivative of a linear primitive is the primitive itself, applied to the
  tangents (operands that are not floats held fixed: indices, predicates).
* ``BILINEAR``: ``d P(a, b) = P(da, b) + P(a, db)``.
* ``REDUCTIONS[name] = (statement, derivative)``: ``derivative(x, t, axes=...)`` is the
  tangent of the reduction of ``x`` over ``axes`` along ``t`` (``reduce_max``, ``reduce_min``,
  ``reduce_prod``).

A primitive in none of them (``cumprod``, ``cummax``, ``sort``...) keeps JAX's JVP as its
only reference; certificates name those primitives.
"""

from __future__ import annotations

import math

import jax.numpy as jnp
from jax import lax


def _z(x):
    return jnp.zeros_like(x)


def _step(c):
    """1 where ``c``, else 0 (a float)."""
    return jnp.where(c, 1.0, 0.0)


PARTIALS = {
    "exp": ("d exp(x) = exp(x)", lambda x: (lax.exp(x),)),
    "exp2": ("d 2**x = log(2) 2**x", lambda x: (lax.exp2(x) * math.log(2.0),)),
    "log": ("d log(x) = 1 / x", lambda x: (1.0 / x,)),
    "log1p": ("d log(1 + x) = 1 / (1 + x)", lambda x: (1.0 / (1.0 + x),)),
    "expm1": ("d (exp(x) - 1) = exp(x)", lambda x: (lax.exp(x),)),
    "logistic": ("d s(x) = s(x) (1 - s(x))",
                 lambda x: (lax.logistic(x) * (1.0 - lax.logistic(x)),)),
    "tanh": ("d tanh(x) = 1 - tanh(x)**2", lambda x: (1.0 - lax.tanh(x) * lax.tanh(x),)),
    "sqrt": ("d sqrt(x) = 1 / (2 sqrt(x))", lambda x: (0.5 / lax.sqrt(x),)),
    "rsqrt": ("d x**(-1/2) = -1 / (2 x sqrt(x))", lambda x: (-0.5 / (x * lax.sqrt(x)),)),
    "sin": ("d sin(x) = cos(x)", lambda x: (lax.cos(x),)),
    "cos": ("d cos(x) = -sin(x)", lambda x: (-lax.sin(x),)),
    "tan": ("d tan(x) = 1 + tan(x)**2", lambda x: (1.0 + lax.tan(x) * lax.tan(x),)),
    "asin": ("d asin(x) = 1 / sqrt(1 - x**2)", lambda x: (1.0 / lax.sqrt(1.0 - x * x),)),
    "acos": ("d acos(x) = -1 / sqrt(1 - x**2)", lambda x: (-1.0 / lax.sqrt(1.0 - x * x),)),
    "atan": ("d atan(x) = 1 / (1 + x**2)", lambda x: (1.0 / (1.0 + x * x),)),
    "sinh": ("d sinh(x) = cosh(x)", lambda x: (lax.cosh(x),)),
    "cosh": ("d cosh(x) = sinh(x)", lambda x: (lax.sinh(x),)),
    "asinh": ("d asinh(x) = 1 / sqrt(x**2 + 1)", lambda x: (1.0 / lax.sqrt(x * x + 1.0),)),
    "acosh": ("d acosh(x) = 1 / sqrt(x**2 - 1)", lambda x: (1.0 / lax.sqrt(x * x - 1.0),)),
    "atanh": ("d atanh(x) = 1 / (1 - x**2)", lambda x: (1.0 / (1.0 - x * x),)),
    "erf": ("d erf(x) = 2 / sqrt(pi) exp(-x**2)",
            lambda x: (2.0 / math.sqrt(math.pi) * lax.exp(-x * x),)),
    "erfc": ("d erfc(x) = -2 / sqrt(pi) exp(-x**2)",
             lambda x: (-2.0 / math.sqrt(math.pi) * lax.exp(-x * x),)),
    "erf_inv": ("d erf_inv(x) = sqrt(pi) / 2 exp(erf_inv(x)**2)",
                lambda x: (math.sqrt(math.pi) / 2.0 * lax.exp(lax.erf_inv(x) ** 2),)),
    "lgamma": ("d lgamma(x) = digamma(x)", lambda x: (lax.digamma(x),)),
    "digamma": ("d digamma(x) = polygamma(1, x)",
                lambda x: (lax.polygamma(jnp.ones_like(x), x),)),
    "polygamma": ("d polygamma(m, x) / dx = polygamma(m + 1, x)",
                  lambda m, x: (None, lax.polygamma(m + 1.0, x))),
    "abs": ("d |x| = sign(x) (x != 0; a kink at 0)", lambda x: (lax.sign(x),)),
    "sign": ("d sign(x) = 0 (x != 0)", lambda x: (_z(x),)),
    "floor": ("d floor(x) = 0 (off the integers)", lambda x: (_z(x),)),
    "ceil": ("d ceil(x) = 0 (off the integers)", lambda x: (_z(x),)),
    "round": ("d round(x) = 0 (off the half-integers)", lambda x: (_z(x),)),
    "square": ("d x**2 = 2 x", lambda x: (2.0 * x,)),
    "integer_pow": ("d x**n = n x**(n - 1) for n != 0; d x**0 = 0",
                    lambda x, *, y: (_z(x) if y == 0 else
                                     y * lax.integer_pow(x, y - 1) if y != 1 else
                                     jnp.ones_like(x),)),
    "pow": ("d x**y = (y x**(y - 1), log(x) x**y)",
            lambda x, y: (y * lax.pow(x, y - 1.0),
                          lax.log(x) * lax.pow(x, y) if jnp.issubdtype(y.dtype, jnp.floating)
                          else None)),
    "div": ("d (x / y) = (1 / y, -x / y**2)", lambda x, y: (1.0 / y, -x / (y * y))),
    "atan2": ("d atan2(a, b) = (b / (a**2 + b**2), -a / (a**2 + b**2))",
              lambda a, b: (b / (a * a + b * b), -a / (a * a + b * b))),
    "max": ("d max(x, y) = (1, 0) where x > y, (0, 1) where x < y (a kink at x == y)",
            lambda x, y: (_step(x > y), _step(x < y))),
    "min": ("d min(x, y) = (1, 0) where x < y, (0, 1) where x > y (a kink at x == y)",
            lambda x, y: (_step(x < y), _step(x > y))),
    "clamp": ("d clamp(lo, x, hi) = (1, 0, 0) below lo, (0, 1, 0) between, (0, 0, 1) above",
              lambda lo, x, hi: (_step(x < lo), _step((lo < x) & (x < hi)), _step(x > hi))),
    "rem": ("d rem(x, y) = (1, -trunc(x / y)) off the multiples of y",
            lambda x, y: (jnp.ones_like(x), -(x - lax.rem(x, y)) / y)),
    "stop_gradient": ("d stop_gradient(x) = 0 (its meaning)", lambda x: (_z(x),)),
}

# d P(x) = P(dx): the tangent is the primitive applied to the tangents
LINEAR = frozenset({
    "add", "sub", "add_any", "neg", "reduce_sum", "broadcast_in_dim", "reshape", "squeeze",
    "expand_dims", "convert_element_type", "transpose", "slice", "concatenate", "pad", "rev",
    "dynamic_slice", "dynamic_update_slice", "select_n", "copy", "copy_p", "cumsum", "tile",
    "stack", "unstack", "split", "reduce_precision", "optimization_barrier",
})

# d P(a, b) = P(da, b) + P(a, db)
BILINEAR = frozenset({"mul", "dot_general"})


def _moved(x, axes):
    """``x`` with the reduced ``axes`` flattened into one last axis."""
    kept = [d for d in range(x.ndim) if d not in axes]
    x = jnp.transpose(x, (*kept, *axes))
    return x.reshape((*x.shape[:len(kept)], -1))


def _chooser(x, t, axes, reduce):
    """The directional derivative of a max (min): the mean of ``t`` over the entries equal to
    the max (min). Where several entries tie it is the derivative exactly when their tangents
    are equal (a kink otherwise, excluded as every kink is)."""
    xm, tm = _moved(x, axes), _moved(t, axes)
    at = _step(xm == reduce(xm, axis=-1, keepdims=True))
    return jnp.sum(tm * at, axis=-1) / jnp.sum(at, axis=-1)


def _prod(x, t, axes):
    """``sum_i t_i prod_{j != i} x_j`` over the reduced entries (no division: zeros allowed)."""
    xm, tm = _moved(x, axes), _moved(t, axes)
    eye = jnp.eye(xm.shape[-1], dtype=bool)
    others = jnp.prod(jnp.where(eye, jnp.ones_like(xm)[..., None, :], xm[..., None, :]), -1)
    return jnp.sum(tm * others, axis=-1)


# reductions over ``axes``: ``derivative(x, t, axes)`` is the tangent of the result
REDUCTIONS = {
    "reduce_max": ("d max(x) = t at the maximal entry (the mean over tied entries where their "
                   "tangents agree; a kink otherwise)",
                   lambda x, t, *, axes: _chooser(x, t, axes, jnp.max)),
    "reduce_min": ("d min(x) = t at the minimal entry (the mean over tied entries where their "
                   "tangents agree; a kink otherwise)",
                   lambda x, t, *, axes: _chooser(x, t, axes, jnp.min)),
    "reduce_prod": ("d prod(x) = sum_i t_i prod_{j != i} x_j",
                    lambda x, t, *, axes: _prod(x, t, axes)),
}

STATEMENTS = {
    **{name: statement for name, (statement, _) in PARTIALS.items()},
    **{name: f"d {name}(x) = {name}(dx) (linear)" for name in LINEAR},
    **{name: f"d {name}(a, b) = {name}(da, b) + {name}(a, db) (bilinear)" for name in BILINEAR},
    **{name: statement for name, (statement, _) in REDUCTIONS.items()},
}
