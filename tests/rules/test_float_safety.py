# SPDX-License-Identifier: Apache-2.0
"""Float safety of the rule library (issue 13, point 5): the rules proved float-safe at
float32 stay so, and the rules fixed for it stay fixed."""

import json
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax.rules
from certjax._float_rules import _partial_overflow
from certjax._workers import discover

PROOFS = Path(certjax.rules.__file__).resolve().parents[2] / "proofs"
# float safety unproved (over the float-safety budget, or Z3 unknown); every other rule of
# the library is proved float-safe. A rule leaving this list is progress: remove it here.
UNPROVED = {
    "elementwise.log1mexp", "gaussian.gaussian_logpdf",
    "losses.bernoulli_neglogpdf_logits", "losses.bernoulli_neglogpdf_probs",
    "losses.sigmoid_cross_entropy", "losses.softmax_cross_entropy", "reductions.log_softmax",
    "reductions.logsumexp", "reductions.safe_norm",
}
# proved float-safe by this point 5 (div by a fix of the rule, the others by the
# float model's sum, the goal narrowed in _finite_goal.py and the budget counted sensibly)
FIXED = ["arithmetic.scale", "arithmetic.div", "arithmetic.gemm", "gaussian.mvn_kl",
         "reductions.logaddexp"]  # (logaddexp: 24 solver queries, was 10)
LIBRARY = [k for k in certjax.rules.load_all() if k.split(".")[0] != "estimators"]


@pytest.mark.parametrize("rule_id", LIBRARY)
def test_stored_float_safety_verdict(rule_id):
    """The certificate in proofs/ (kept fresh by test_proofs) has the expected verdict."""
    family, name = rule_id.split(".")
    cert = json.loads((PROOFS / family / f"{name}.finite.json").read_text())
    expected = "unproved" if rule_id in UNPROVED else "proved"
    assert cert["verdict"] == expected, (rule_id, cert.get("reason"))


@pytest.mark.parametrize("rule_id", FIXED)
def test_fixed_rule_proved_float_safe_from_scratch(rule_id):
    family, name = rule_id.split(".")
    cert = discover(f"certjax.rules.{family}")[name].certify(keep_smt2=True)
    assert cert.verdict == "proved"
    assert cert.float_safety == "proved", cert.float_text()


# div_bwd as it was: -g * (q / y); q / y overflows where g is 0 (JAX's derivative is finite)
_DIV_POINT = (np.float32(3.8125814e37), np.float32(-0.3347263), np.float32(0.0))


def test_old_div_rule_was_not_float_safe_at_a_float32_point():
    x, y, g = (jnp.asarray(v) for v in _DIV_POINT)
    q = x / y
    assert bool(jnp.isfinite(q)) and abs(float(q)) <= 0.5 * float(jnp.finfo(jnp.float32).max)
    cols = [jax.jvp(lambda a, b: a / b, (x, y), t)[1]
            for t in ((jnp.float32(1), jnp.float32(0)), (jnp.float32(0), jnp.float32(1)))]
    assert all(bool(jnp.isfinite(c)) for c in cols)  # in the claim: JAX's derivative finite
    assert bool(jnp.isnan(-g * (q / y)))


def test_library_div_rule_finite_at_that_point():
    div = certjax.rules.load_all()["arithmetic.div"]
    x, y, _ = (jnp.asarray(v) for v in _DIV_POINT)
    _, vjp = jax.vjp(div, x, y)
    for g in (0.0, 1e-30, 1e-3):
        out = vjp(jnp.float32(g))
        assert all(bool(jnp.isfinite(o)) for o in out), (g, out)


def test_sum_overflow_judged_on_subset_sums():
    c = 10.0
    two = jnp.array([[9.0, -9.0], [9.0, 2.0], [-6.0, -5.0]])  # one addition: the sum itself
    assert np.asarray(_partial_overflow(two, (1,), c)).tolist() == [False, True, True]
    three = jnp.array([6.0, 5.0, -11.0])  # sum 0, but 6 + 5 may be a partial sum
    assert bool(_partial_overflow(three, (0,), c))
    assert not bool(_partial_overflow(jnp.array([6.0, -5.0, 3.0]), (0,), c))
    assert _partial_overflow(jnp.array([9.0]), (0,), c) is None  # one term: no addition
    many = jnp.full((6,), 1.5)  # beyond SUBSET_TERMS: k * sum(x**2) >= c**2 (81 < 100)
    assert not bool(_partial_overflow(many, (0,), c))
    assert bool(_partial_overflow(jnp.full((6,), 4.2), (0,), c))
