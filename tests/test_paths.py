# SPDX-License-Identifier: Apache-2.0
"""Branch regions: kinks excluded only where that is a null set; nothing else dropped."""

import jax.numpy as jnp
import pytest

import certjax


def _vjp(primal, bwd_factor):
    def fwd(x):
        return primal(x), x

    def bwd(x, g):
        return (bwd_factor(x) * g,)

    return certjax.certify_vjp(primal, fwd, bwd)


def test_relu_kink_is_excluded_and_recorded():
    cert = _vjp(lambda x: jnp.maximum(x, 0.0), lambda x: jnp.where(x > 0, 1.0, 0.0))
    assert cert.verdict == "proved"
    vjp = next(o for o in cert.obligations if o.name == "vjp")
    assert vjp.excluded_boundaries == ["x == 0"]


@pytest.mark.parametrize("factor,verdict", [(2.0, "proved"), (3.0, "refuted")])
def test_one_sided_comparison_keeps_equality_region(factor, verdict):
    # sqrt(x*x) > x holds only for x < 0; on x >= 0 the two sides are EQUAL, a region of
    # positive measure that must be proved, not excluded as a boundary.
    def primal(x):
        return jnp.where(jnp.sqrt(x * x) > x, x, 2.0 * x)

    cert = _vjp(primal, lambda x: jnp.where(jnp.sqrt(x * x) > x, 1.0, factor))
    assert cert.verdict == verdict
    for o in cert.obligations:
        assert all("sqrt" not in b for b in o.excluded_boundaries)


def test_wrong_only_far_from_zero_is_refuted():
    cert = _vjp(jnp.tanh, lambda x: jnp.where(jnp.abs(x) > 7.0, 0.5, 1.0 - jnp.tanh(x) ** 2))
    assert cert.verdict == "refuted"
    cex = next(o for o in cert.obligations if o.verdict == "refuted").counterexample
    assert abs(cex["x"]) > 7.0


def test_empty_domain_is_never_proved():
    def fwd(x):
        return jnp.exp(x), x

    def bwd(x, g):
        return (0.0 * g,)  # wrong everywhere, but the domain below is empty

    cert = certjax.certify_vjp(jnp.exp, fwd, bwd, assume=lambda x: (x > 1.0) & (x < 0.0))
    assert cert.verdict == "unproved"
    assert any("vacuous" in o.reason for o in cert.obligations)
