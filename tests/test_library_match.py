# SPDX-License-Identifier: Apache-2.0
"""A call is read as a table function only when it is JAX's implementation (``_library_match``).

Adversarial bodies (other constants, another series order, another dtype) are not
identified, so their rules are proved, or not, against what they compute; JAX's own
implementation is identified whatever the history of the trace that produced it.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import jax.scipy.special as jss
import numpy as np

import certjax
from certjax._library_match import UNKNOWN, identify


def _call(fn, *args):
    closed = jax.make_jaxpr(fn)(*args)
    eqns = [e for e in closed.jaxpr.eqns if e.primitive.name == "custom_jvp_call"]
    assert len(eqns) == 1, closed
    eqn = eqns[0]
    known = dict(zip(closed.jaxpr.constvars, closed.consts, strict=True))
    values = [v.val if isinstance(v, jax.extend.core.Literal) else known.get(v, UNKNOWN)
              for v in eqn.invars]
    return eqn, values


def test_jax_erfcx_identified_and_other_coefficients_are_not():
    eqn, values = _call(jss.erfcx, np.float32(1.0))
    hit = identify(eqn, values)
    assert hit is not None and hit.entry.name == "erfcx"
    leading = [k for k, v in enumerate(values) if v is not UNKNOWN]
    assert leading, "erfcx's coefficients are an operand of its call"
    for k in leading:
        changed = list(values)
        changed[k] = np.asarray(values[k]) * np.float32(1.0001)
        assert identify(eqn, changed) is None
        unknown = list(values)
        unknown[k] = UNKNOWN  # a traced coefficient: not JAX's constant, never identified
        assert identify(eqn, unknown) is None


def test_another_series_order_is_another_body():
    assert identify(*_call(jss.log_ndtr, np.float32(-3.0))) is not None
    eqn, values = _call(lambda x: jss.log_ndtr(x, series_order=5), np.float32(-3.0))
    assert identify(eqn, values) is None


def test_copy_of_the_body_with_a_changed_constant_is_translated_as_written():
    # the same Python code as JAX's _erfcx, one coefficient off: not identified, so its
    # rule (JAX's identity) is no longer proved against it
    from jax._src.scipy import special as jsp

    @jax.custom_jvp
    def _erfcx(x):
        return jsp._erfcx_impl(x, nterms=5) * 1.001

    _erfcx.defjvps(lambda g, ans, x: g * (2 * x * ans - 2 / np.sqrt(np.pi)))
    assert identify(*_call(_erfcx, np.float32(1.0))) is None
    row = certjax.audit(_erfcx, jax.ShapeDtypeStruct((), np.float32)).rows[0]
    assert row.verdict != "proved", row.detail


def test_identified_whatever_traced_before():
    # JAX hoists different constants into the call's operands depending on its trace caches
    # (weak-typed first, or another shape first): the normal form does not depend on that
    orders = [(np.float32(1.0), 1.0), (1.0, np.float32(1.0)), (jnp.ones(3), np.float32(2.0))]
    for first, second in orders:
        jax.make_jaxpr(jss.erfcx)(first)
        assert identify(*_call(jss.erfcx, second)) is not None


def test_static_order_of_expn_put_back_as_an_argument():
    eqn, values = _call(jss.exp1, np.float32(1.0))  # expn(1, x): n = 1 baked in the body
    hit = identify(eqn, values)
    assert hit is not None and hit.entry.name == "expn" and hit.static == ((0, 1),)
    assert hit.args(["x"]) == [1, "x"]
