# SPDX-License-Identifier: Apache-2.0
"""Arithmetic rules: scale, add, sub, mul, div, mul_add, sum, gemm.

Certigrad's multi-argument operators (Selsam, Liang & Dill, "Developing Bug-Free Machine
Learning Systems With Formal Mathematics", ICML 2017). The elementwise ones (add, sub, mul,
div, mul_add) are proved on scalars, element by element being the same claim, and take
operands of one shape; ``scale`` multiplies an array by a scalar (proved on shape (2,));
``gemm`` is proved at ``(2, 3) @ (3, 2)`` and runs at any ``(m, k) @ (k, n)``.

Example:
    >>> import jax, jax.numpy as jnp
    >>> from certjax.rules import arithmetic
    >>> gemm = arithmetic.make_registrations()["gemm"]
    >>> gemm.certificate.shapes
    {'a': 'float32[2, 3]', 'b': 'float32[3, 2]'}
    >>> jax.grad(lambda a: gemm(a, jnp.ones((3, 2))).sum())(jnp.ones((2, 3))).shape
    (2, 3)
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

import certjax

_VEC = jax.ShapeDtypeStruct((2,), np.float32)
_SCALAR = jax.ShapeDtypeStruct((), np.float32)


@functools.cache
def make_registrations() -> dict[str, object]:
    """Define and prove the rules of this module (once per process)."""

    @certjax.custom_vjp
    def scale(alpha, x):
        return alpha * x

    def scale_fwd(alpha, x):
        return alpha * x, (alpha, x)

    def scale_bwd(res, g):
        alpha, x = res
        return jnp.sum(g * x), g * alpha

    scale.defvjp(scale_fwd, scale_bwd, signature=[_SCALAR, _VEC])

    @certjax.custom_vjp
    def add(x, y):
        return x + y

    def add_fwd(x, y):
        return x + y, None

    def add_bwd(_, g):
        return g, g

    add.defvjp(add_fwd, add_bwd)

    @certjax.custom_vjp
    def sub(x, y):
        return x - y

    def sub_fwd(x, y):
        return x - y, None

    def sub_bwd(_, g):
        return g, -g

    sub.defvjp(sub_fwd, sub_bwd)

    @certjax.custom_vjp
    def mul(x, y):
        return x * y

    def mul_fwd(x, y):
        return x * y, (x, y)

    def mul_bwd(res, g):
        x, y = res
        return g * y, g * x

    mul.defvjp(mul_fwd, mul_bwd)

    @certjax.custom_vjp
    def div(x, y):
        return x / y

    def div_fwd(x, y):
        q = x / y
        return q, (q, y)

    def div_bwd(res, g):
        q, y = res
        # (g * q) / y: each step is bounded by the primal or by the derivative; q / y first
        # overflows in float32 where g is 0 or tiny (div_bwd(x=3.8125814e37, y=-0.3347263,
        # g=0) -> nan, though JAX's derivative there is finite)
        return g / y, -(g * q) / y

    div.defvjp(div_fwd, div_bwd)

    @certjax.custom_vjp
    def mul_add(x, y, z):
        return x * y + z

    def mul_add_fwd(x, y, z):
        return x * y + z, (x, y)

    def mul_add_bwd(res, g):
        x, y = res
        return g * y, g * x, g

    mul_add.defvjp(mul_add_fwd, mul_add_bwd)

    @certjax.custom_vjp
    def sum(x):  # noqa: A001 - Certigrad's name
        return jnp.sum(x)

    def sum_fwd(x):
        return jnp.sum(x), x

    def sum_bwd(x, g):
        return (jnp.broadcast_to(g, x.shape),)

    sum.defvjp(sum_fwd, sum_bwd, signature=[jax.ShapeDtypeStruct((3,), np.float32)])

    @certjax.custom_vjp
    def gemm(a, b):
        return a @ b

    def gemm_fwd(a, b):
        return a @ b, (a, b)

    def gemm_bwd(res, g):
        a, b = res
        return g @ b.T, a.T @ g

    gemm.defvjp(gemm_fwd, gemm_bwd, signature=[
        jax.ShapeDtypeStruct((2, 3), np.float32), jax.ShapeDtypeStruct((3, 2), np.float32),
    ])

    return {
        "scale": scale, "add": add, "sub": sub, "mul": mul, "div": div, "mul_add": mul_add,
        "sum": sum, "gemm": gemm,
    }
