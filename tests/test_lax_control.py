# SPDX-License-Identifier: Apache-2.0
"""``cond``/``switch`` and integer ``select_n`` (``certjax/_lax_control.py``, ``_lax_rules``)."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from certjax._certify import certify_vjp
from certjax._ir import Builder
from certjax._translate import Context, symbols, translate_jaxpr


def _rule(f, bwd, **kw):
    return certify_vjp(f, lambda *a: (f(*a), a), lambda res, g: bwd(*res, g), **kw)


def _cond(x):
    return lax.cond(x > 0, jnp.sin, jnp.cos, x)


def test_cond_rule_proved():
    cert = _rule(_cond, lambda x, g: (jnp.where(x > 0, jnp.cos(x), -jnp.sin(x)) * g,))
    assert cert.verdict == "proved"
    assert "cond" in cert.primitives


@pytest.mark.parametrize("bwd", [
    lambda x, g: (jnp.where(x > 0, jnp.cos(x), jnp.sin(x)) * g,),
    lambda x, g: (jnp.where(x < 0, jnp.cos(x), -jnp.sin(x)) * g,),
])
def test_cond_mutants_refuted(bwd):
    assert _rule(_cond, bwd).verdict == "refuted"


def _switch(i, x):
    return lax.switch(i, [lambda x: x * 2, jnp.sin, lambda x: x**2], x)


def _switch_rule(bwd_branches):
    return certify_vjp(
        _switch, lambda i, x: (_switch(i, x), (i, x)),
        lambda i, r, g: (lax.switch(r[0], [lambda x, f=f: f(x, g) for f in bwd_branches], r[1]),),
        signature=[np.int32(0), np.float32(0)], nondiff_argnums=(0,))


def test_switch_rule_proved():
    cert = _switch_rule([lambda x, g: 2 * g, lambda x, g: g * jnp.cos(x), lambda x, g: 2 * x * g])
    assert cert.verdict == "proved"


@pytest.mark.parametrize("branches", [
    [lambda x, g: 2 * g, lambda x, g: g * jnp.cos(x), lambda x, g: 2 * g],  # last branch
    [lambda x, g: g, lambda x, g: g * jnp.cos(x), lambda x, g: 2 * x * g],  # first branch
])
def test_switch_mutants_refuted(branches):
    cert = _switch_rule(branches)
    assert cert.verdict == "refuted"
    ob = next(o for o in cert.obligations if o.verdict == "refuted")
    assert ob.counterexample is not None


def _run_ir(fn, *args):
    import jax

    closed = jax.make_jaxpr(fn)(*args)
    b = Builder()
    ctx = Context(b)
    outs = translate_jaxpr(ctx, closed, [symbols(ctx, f"a{k}", np.shape(a))
                                         for k, a in enumerate(args)])
    return b, outs[0][()]


@pytest.mark.parametrize("i", [-3, -1, 0, 1, 2, 3, 7])
def test_cond_index_out_of_range_takes_the_last_branch(i):
    # bind cond directly (lax.switch clamps first): XLA runs the last branch
    def f(k, x, y, z):
        return lax.cond_p.bind(k, x, y, z, branches=tuple(
            __import__("jax").make_jaxpr(lambda x, y, z, j=j: [x, y, z][j])(1.0, 1.0, 1.0)
            for j in range(3)))[0]

    vals = (np.int32(i), np.float32(10.0), np.float32(20.0), np.float32(30.0))
    expected = float(f(*vals))
    b, node = _run_ir(f, *vals)
    assert _select_value(node, {"a0": i, "a1": 10.0, "a2": 20.0, "a3": 30.0}) == expected


@pytest.mark.parametrize("i", [-2, 0, 1, 2, 5])
def test_select_n_integer_selector_clamps_as_xla(i):
    f = lambda k, x, y, z: lax.select_n(k, x, y, z)  # noqa: E731
    vals = (np.int32(i), np.float32(10.0), np.float32(20.0), np.float32(30.0))
    expected = float(f(*vals))
    b, node = _run_ir(f, *vals)
    assert _select_value(node, {"a0": i, "a1": 10.0, "a2": 20.0, "a3": 30.0}) == expected


def _select_value(n, env):
    """Value of a select/cmp/var/const IR tree (enough for these tests)."""
    if n.op == "var":
        return env[n.value]
    if n.op == "const":
        return float(n.value)
    if n.op == "bool":
        return n.value
    if n.op == "select":
        return _select_value(n.args[2] if _select_value(n.args[0], env) else n.args[1], env)
    if n.op == "cmp":
        x, y = (_select_value(a, env) for a in n.args)
        return {"lt": x < y, "le": x <= y, "eq": x == y}[n.value]
    if n.op == "not":
        return not _select_value(n.args[0], env)
    raise AssertionError(n.op)


def test_jnp_select_rule():
    def sel(x):
        return jnp.select([x > 1, x > 0], [x**2, x], 0.0)

    good = _rule(sel, lambda x, g: (jnp.select([x > 1, x > 0], [2 * x, 1.0], 0.0) * g,))
    assert good.verdict == "proved"
    bad = _rule(sel, lambda x, g: (jnp.select([x > 1, x > 0], [2 * x, 2.0], 0.0) * g,))
    assert bad.verdict == "refuted"


def _per_platform(cpu, other):
    """A bwd that picks its formula by platform (``lax.platform_dependent``)."""
    def bwd(x, g):
        return (lax.platform_dependent(x, g, cpu=cpu, default=other),)
    return bwd


def _twice(x, g):
    return 2 * x * g


def test_platform_dependent_rule_proved_on_every_branch():
    # the index is the platform that runs: every branch is proved (fact platform_any)
    cert = _rule(lambda x: x * x, _per_platform(_twice, lambda x, g: x * g * 2))
    assert cert.verdict == "proved", cert.summary()
    assert "platform_index" in cert.primitives
    assert "platform_any" in {f.name if hasattr(f, "name") else f for f in cert.trusted_facts}


def test_platform_dependent_wrong_on_this_platform_refuted():
    cert = _rule(lambda x: x * x, _per_platform(lambda x, g: 3 * x * g, _twice))
    assert cert.verdict == "refuted"


def test_platform_dependent_wrong_on_another_platform_never_proved():
    # the wrong branch does not run here: its models do not reproduce, so not refuted,
    # and never proved
    cert = _rule(lambda x: x * x, _per_platform(_twice, lambda x, g: 3 * x * g))
    assert cert.verdict == "unproved", cert.summary()
