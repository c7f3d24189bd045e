# SPDX-License-Identifier: Apache-2.0
"""An integer input's tangent (a ``float0`` literal in JAX's derivative) is no obstacle."""

import jax
import numpy as np
import pytest

import certjax


def _identity(scale):
    @certjax.custom_vjp
    def ident(x):
        return x

    def ident_fwd(x):
        return x, None

    def ident_bwd(_, g):
        return ((scale * g[0], np.zeros((), jax.dtypes.float0)),)

    ident.defvjp(ident_fwd, ident_bwd)
    return ident


def _grad(f):
    def loss(x, n):
        out, _ = jax.lax.scan(lambda c, _: (f(c), None), (x, n), None, length=1)
        return out[0]

    return jax.grad(loss, argnums=(0, 1), allow_int=True)(2.0, 3)


def test_identity_on_a_float_int_pair_is_proved_through_the_float0_tangent():
    gx, gn = _grad(_identity(1.0))
    assert float(gx) == 1.0 and gn.dtype == jax.dtypes.float0


def test_wrong_rule_on_a_float_int_pair_is_refuted_not_unsupported():
    with pytest.raises(certjax.RuleRejected, match="obligation 'vjp' false"):
        _grad(_identity(2.0))


def test_float0_literal_translates_to_zero():
    from certjax._ir import Builder
    from certjax._translate import Context, literal

    ctx = Context(Builder())
    out = literal(ctx, np.zeros((2,), jax.dtypes.float0))
    assert out.shape == (2,) and all(v == ctx.b.const(0) for v in out.flat)
