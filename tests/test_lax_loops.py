# SPDX-License-Identifier: Apache-2.0
"""``scan`` and ``while`` with trip counts known at trace time (``certjax/_lax_loops.py``)."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from certjax._certify import certify_vjp
from certjax._errors import UnsupportedLoop
from certjax._lax_loops import LOOP_CAP

V3 = [np.zeros(3, np.float32)]


def _rule(f, bwd, **kw):
    return certify_vjp(f, lambda *a: (f(*a), a), lambda res, g: bwd(*res, g), **kw)


def _scan_cumsum(x, reverse=False):
    return lax.scan(lambda c, a: (c + a, c + a), 0.0, x, reverse=reverse)[1]


@pytest.mark.parametrize("reverse", [False, True])
def test_scan_cumsum_rule_proved(reverse):
    # d cumsum: the reversed cumsum of g (forward), the cumsum of g (reverse)
    def bwd(x, g):
        return (_scan_cumsum(g, reverse=not reverse),)

    cert = _rule(lambda x: _scan_cumsum(x, reverse), bwd, signature=V3)
    assert cert.verdict == "proved", cert.summary()
    assert "scan" in cert.primitives and "loop_unrolled" in cert.trusted_facts


@pytest.mark.parametrize("bwd", [
    lambda x, g: (_scan_cumsum(g),),  # forward instead of reversed cumsum
    lambda x, g: (_scan_cumsum(g, reverse=True) * 2,),
])
def test_scan_cumsum_mutants_refuted(bwd):
    cert = _rule(_scan_cumsum, bwd, signature=V3)
    assert cert.verdict == "refuted"
    ob = next(o for o in cert.obligations if o.verdict == "refuted")
    assert ob.counterexample is not None


def test_custom_vjp_of_jnp_cumsum_via_scan():
    # the rule's bwd is a scan; the primal is jnp.cumsum (the cumsum primitive)
    def bwd(x, g):
        return (lax.scan(lambda c, a: (c + a, c + a), 0.0, g, reverse=True, unroll=2)[1],)

    assert _rule(jnp.cumsum, bwd, signature=V3).verdict == "proved"
    wrong = _rule(jnp.cumsum, lambda x, g: (lax.cumsum(g),), signature=V3)
    assert wrong.verdict == "refuted"


def _power(x):  # x ** 4 by a fori_loop with concrete bounds (lowered to scan)
    return lax.fori_loop(0, 3, lambda i, c: c * x, x)


def _power_while(x):  # the same as an explicit while over a counter
    return lax.while_loop(lambda s: s[0] < 3, lambda s: (s[0] + 1, s[1] * x), (0, x))[1]


@pytest.mark.parametrize("f", [_power, _power_while])
def test_fori_and_counted_while_proved_and_refuted(f):
    assert _rule(f, lambda x, g: (4 * x**3 * g,)).verdict == "proved"
    assert _rule(f, lambda x, g: (3 * x**3 * g,)).verdict == "refuted"


def test_scan_with_consts_carries_and_ys():
    # two carries, a constant, and two stacked outputs
    def f(w, xs):
        def body(c, x):
            s, p = c
            return (s + w * x, p * x), (s, p)
        (s, p), (ss, ps) = lax.scan(body, (0.0, 1.0), xs)
        return s + p + jnp.sum(ss) + jnp.sum(ps)

    args = [np.float32(0), np.zeros(2, np.float32)]

    def bwd(w, xs, g):
        gw, gx = jax.grad(f, argnums=(0, 1))(w, xs)
        return g * gw, g * gx

    assert _rule(f, bwd, signature=args).verdict == "proved"
    assert _rule(f, lambda w, xs, g: (g * jnp.sum(xs), g * xs), signature=args).verdict \
        == "refuted"


def test_long_scan_is_refused_with_the_cap():
    n = LOOP_CAP + 1
    with pytest.raises(UnsupportedLoop, match=f"more than {LOOP_CAP} iterations"):
        _rule(_scan_cumsum, lambda x, g: (g,), signature=[np.zeros(n, np.float32)])


def test_data_dependent_while_is_refused():
    def f(x):
        return lax.while_loop(lambda c: c < 10.0, lambda c: c * 2.0, x)

    with pytest.raises(UnsupportedLoop, match="depends on values known only at run time"):
        _rule(f, lambda x, g: (g,), assume=lambda x: x > 1.0)


def test_while_with_traced_bound_is_refused():
    def f(n, x):
        return lax.fori_loop(0, n, lambda i, c: c * x, x)

    with pytest.raises(UnsupportedLoop):
        certify_vjp(f, lambda n, x: (f(n, x), x), lambda n, r, g: (g,),
                    signature=[np.int32(2), np.float32(0)], nondiff_argnums=(0,))


def test_vmapped_while_lanes():
    # a batched predicate: the same trip count in every lane proves; a data-dependent one
    # is refused with the reason (not a raw error)
    def f(x):
        return jax.vmap(_power_while)(x)

    assert _rule(f, lambda x, g: (4 * x**3 * g,), signature=V3).verdict == "proved"

    def g(x):
        return jax.vmap(lambda c: lax.while_loop(lambda c: c < 10.0, lambda c: c * 2.0, c))(x)

    with pytest.raises(UnsupportedLoop, match="known only at run time"):
        _rule(g, lambda x, gg: (gg,), signature=V3)
