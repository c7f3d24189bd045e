# SPDX-License-Identifier: Apache-2.0
"""Two rules with the same jaxprs share a proof, never each other's names in messages."""

import jax
import jax.numpy as jnp
import pytest

import certjax


def test_a_counterexample_names_this_rules_arguments_not_a_cached_twins():
    @certjax.custom_jvp
    def on_dict(p):
        return jnp.sin(p["a"])

    def dict_jvp(primals, tangents):
        (p,), (t,) = primals, tangents
        return on_dict(p), 2.0 * jnp.cos(p["a"]) * t["a"]

    with pytest.raises(certjax.RuleRejected, match=r"dict_jvp\(p=\{'a'"):
        on_dict.defjvp(dict_jvp, signature=[{"a": jax.ShapeDtypeStruct((), jnp.float32)}])

    @certjax.custom_jvp
    def on_scalar(x):
        return jnp.sin(x)

    def scalar_jvp(primals, tangents):
        (x,), (t,) = primals, tangents
        return on_scalar(x), 2.0 * jnp.cos(x) * t

    with pytest.raises(certjax.RuleRejected) as info:
        on_scalar.defjvp(scalar_jvp)
    msg = str(info.value)
    assert "scalar_jvp(x=" in msg and "{'a'" not in msg and "dict_jvp" not in msg
