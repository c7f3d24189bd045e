# SPDX-License-Identifier: Apache-2.0
"""``sort``/``argsort``/``top_k`` at small sizes (``certjax/_lax_sort.py``)."""

from __future__ import annotations

import itertools

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from certjax._certify import certify_vjp
from certjax._errors import UnsupportedPrimitive
from certjax._ir import Builder
from certjax._lax_sort import SORT_CAP
from certjax._translate import Context, literal, translate_jaxpr

ORDERING = {
    "sort": jnp.sort,
    "argsort": jnp.argsort,
    "argsort_desc": lambda x: jnp.argsort(-x, stable=True),
    "sort_2d_axis0": lambda x: jnp.sort(jnp.stack([x, -x]), axis=0),
    "lexsort_2keys": lambda x: lax.sort((x, -x * 0 + jnp.arange(3.0)[::-1], jnp.arange(3)),
                                        num_keys=2)[2],
    "top_k_values": lambda x: lax.top_k(x, 2)[0],
    "top_k_indices": lambda x: lax.top_k(x, 2)[1],
    "cumsum_of_sorted": lambda x: jnp.cumsum(jnp.sort(x)[::-1]),
}
POINTS = [np.array(p, np.float32) for p in
          itertools.chain(itertools.permutations([0.0, 1.0, 2.0]), [[1, 1, 0], [2, 2, 2]])]


def _value(n):
    assert n.op in ("const", "bool"), n
    return float(n.value)


@pytest.mark.parametrize("name", sorted(ORDERING))
def test_translation_matches_jax_with_ties(name):
    fn = ORDERING[name]
    for p in POINTS:
        ref = np.asarray(fn(jnp.asarray(p)), dtype=np.float64)
        closed = jax.make_jaxpr(fn)(p)
        ctx = Context(Builder())
        (out,) = translate_jaxpr(ctx, closed, [literal(ctx, p)])
        assert [_value(n) for n in out.flat] == list(ref.flat), (name, p)


V3 = [np.zeros(3, np.float32)]


def _rule(f, bwd, **kw):
    return certify_vjp(f, lambda *a: (f(*a), a), lambda res, g: bwd(*res, g),
                       signature=V3, **kw)


def _refuted(cert):
    assert cert.verdict == "refuted", cert.summary()
    assert next(o for o in cert.obligations if o.verdict == "refuted").counterexample


def _weighted_sort(x):
    return jnp.sort(x) * jnp.arange(1.0, 4.0)


def test_sort_rule_proved_and_mutants_refuted():
    def bwd(x, g):
        return (jnp.zeros_like(x).at[jnp.argsort(x)].set(g * jnp.arange(1.0, 4.0)),)

    cert = _rule(_weighted_sort, bwd)
    assert cert.verdict == "proved", cert.summary()
    assert "sort" in cert.primitives and "xla_sort_order" in cert.trusted_facts
    _refuted(_rule(_weighted_sort, lambda x, g: (g * jnp.arange(1.0, 4.0),)))
    _refuted(_rule(_weighted_sort, lambda x, g: (
        jnp.zeros_like(x).at[jnp.argsort(-x)].set(g * jnp.arange(1.0, 4.0)),)))


def _top2(x):
    return lax.top_k(x, 2)[0] ** 2


def test_top_k_rule_proved_and_mutant_refuted():
    def bwd(x, g):
        v, i = lax.top_k(x, 2)
        return (jnp.zeros_like(x).at[i].add(2 * v * g),)

    assert _rule(_top2, bwd).verdict == "proved"

    def wrong(x, g):  # the two smallest instead of the two largest
        v, i = lax.top_k(-x, 2)
        return (jnp.zeros_like(x).at[i].add(-2 * v * g),)

    _refuted(_rule(_top2, wrong))


def test_long_sort_and_nan_keys_are_refused():
    n = SORT_CAP + 1
    with pytest.raises(UnsupportedPrimitive, match=f"more than {SORT_CAP}"):
        certify_vjp(jnp.sort, lambda x: (jnp.sort(x), x), lambda x, g: (g,),
                    signature=[np.zeros(n, np.float32)])
    with pytest.raises(UnsupportedPrimitive, match="NaN or infinite"):
        _rule(lambda x: jnp.sort(jnp.log(x)), lambda x, g: (g,))


def test_optax_simplex_projection_rule_proves_and_a_mutant_is_refuted():
    # optax's own custom_jvp: sort, cumsum, count_nonzero (booleans compared), a traced index
    from optax.projections import _projections as P

    from certjax._certify import certify_jvp

    f = P._projection_unit_simplex
    sig = [np.zeros(3, np.float32)]
    cert = certify_jvp(f.fun, f.jvp, signature=sig)
    assert cert.verdict == "proved", cert.summary()
    assert {"sort", "cumsum"} <= set(cert.primitives)

    def wrong(primals, tangents):  # the tangent unprojected
        (x,), (t,) = primals, tangents
        return f.fun(x), t

    _refuted(certify_jvp(f.fun, wrong, signature=sig))
