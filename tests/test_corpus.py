# SPDX-License-Identifier: Apache-2.0
"""Acceptance corpus of issue 2: every correct rule proved, every mutant refuted.

The rules live in ``tests/corpus.py`` as data. A mutant's counterexample is re-checked here
independently of certjax's own confirmation: the rule and plain ``jax.vjp``/``jax.jvp`` of the
primal are evaluated in float64 at the reported point and must disagree (or the rule must be
non-finite where the primal and its derivative are finite, for ``defined``).
"""

from __future__ import annotations

import inspect

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from corpus import CORRECT, MUTANTS, Case

import certjax


def _register(case: Case):
    """Define ``case`` through the drop-in API; returns the certified function."""
    if case.kind == "vjp":
        f = certjax.custom_vjp(case.fun, nondiff_argnums=case.nondiff_argnums)
        f.defvjp(case.fwd, case.bwd, signature=case.signature, assume=case.assume)
    else:
        f = certjax.custom_jvp(case.fun, nondiff_argnums=case.nondiff_argnums)
        f.defjvp(case.jvp, signature=case.signature, assume=case.assume)
    return f


def _diff_fun(case: Case, args):
    """The primal as a function of its differentiable arguments only."""
    diff = [i for i in range(len(args)) if i not in case.nondiff_argnums]

    def f(*d):
        full = list(args)
        for i, x in zip(diff, d, strict=True):
            full[i] = x
        return case.fun(*full)

    return f, [args[i] for i in diff]


def _leaves(tree) -> list[np.ndarray]:
    return [np.asarray(x, np.float64) for x in jax.tree_util.tree_leaves(tree)]


def _finite(tree) -> bool:
    return all(np.all(np.isfinite(x)) for x in _leaves(tree))


def _differ(a, b) -> bool:
    la, lb = _leaves(a), _leaves(b)
    assert len(la) == len(lb)
    return any(not np.allclose(x, y, rtol=1e-6, atol=1e-9) for x, y in zip(la, lb, strict=True))


def _param_names(case: Case) -> list[str]:
    return list(inspect.signature(case.fun).parameters)


def _args64(case: Case, cex: dict) -> list[np.ndarray]:
    # JAX arrays, so that a rule written with operators runs as JAX code, not NumPy code
    return [jnp.asarray(cex[n], jnp.float64) for n in _param_names(case)]


def _rule_disagrees_at(case: Case, obligation: str, cex: dict) -> bool:
    """Evaluate the rule and JAX's own derivative at ``cex`` in float64."""
    args = _args64(case, cex)
    nd = [args[i] for i in case.nondiff_argnums]
    f, diff_args = _diff_fun(case, args)
    if case.kind == "vjp":
        out, res = case.fwd(*args)
        if obligation == "fwd":
            return _differ(out, case.fun(*args))
        g = cex["g"]
        g = jax.tree_util.tree_unflatten(
            jax.tree_util.tree_structure(out),
            [jnp.asarray(x, jnp.float64) for x in (g if isinstance(out, tuple) else [g])],
        )
        ct = [np.zeros_like(a) if c is None else c for c, a in zip(
            case.bwd(*nd, res, g), diff_args, strict=True)]
        ref = jax.vjp(f, *diff_args)[1](g)
        if obligation == "vjp":
            return _differ(ct, ref)
        return _finite(case.fun(*args)) and _finite(ref) and not _finite(ct)
    tangents = [jnp.asarray(cex[k], jnp.float64) for k in cex if k == "v" or k.startswith("v_")]
    out, tan = case.jvp(*nd, tuple(diff_args), tuple(tangents))
    if obligation == "primal":
        return _differ(out, case.fun(*args))
    _, ref = jax.jvp(f, tuple(diff_args), tuple(tangents))
    if obligation == "jvp":
        return _differ(tan, ref)
    return _finite(case.fun(*args)) and _finite(ref) and not _finite(tan)


def test_corpus_meets_the_acceptance_size():
    assert len(CORRECT) >= 30
    assert len(MUTANTS) >= 60
    assert {m.breaks for m in MUTANTS} >= {"fwd", "vjp", "defined", "primal", "jvp"}


@pytest.mark.parametrize("case", CORRECT, ids=lambda c: c.id)
def test_correct_rule_is_proved(case: Case):
    f = _register(case)
    cert = f.certificate
    assert cert.verdict == "proved", cert.summary()
    assert all(o.verdict == "proved" for o in cert.obligations if o.name != "finite")
    assert cert.kind == case.kind
    if case.assume is not None:
        assert any("assume" in a for a in cert.assumptions)
    # the installed rule is the one proved: JAX's derivative of the certified function
    # equals autodiff of the plain primal at the default point
    x0 = case.default_point()
    diff = [i for i in range(len(x0)) if i not in case.nondiff_argnums]

    def loss(fn):
        def scalar(*d):
            # JAX passes nondiff arguments of custom rules as static Python values
            full = [float(x) if i in case.nondiff_argnums else x for i, x in enumerate(x0)]
            for i, x in zip(diff, d, strict=True):
                full[i] = x
            return sum(jax.numpy.sum(o) for o in jax.tree_util.tree_leaves(fn(*full)))

        return jax.grad(scalar, argnums=tuple(range(len(diff))))(*[x0[i] for i in diff])

    with jax.disable_jit():  # op by op: no XLA compilation of each rule's helpers
        pairs = list(zip(loss(f), loss(case.fun), strict=True))
    for a, b in pairs:
        np.testing.assert_allclose(a, b, rtol=2e-5, atol=1e-6)


@pytest.mark.parametrize("case", MUTANTS, ids=lambda c: c.id)
def test_mutant_is_refuted_with_confirmed_counterexample(case: Case):
    with pytest.raises(certjax.RuleRejected) as info:
        _register(case)
    e = info.value
    assert e.obligation == case.breaks, str(e)
    assert e.certificate.verdict == "refuted"
    names = _param_names(case)
    if case.kind == "vjp":
        assert set(e.counterexample) == {*names, "g"}
    else:
        diff = [n for i, n in enumerate(names) if i not in case.nondiff_argnums]
        tangents = ["v"] if len(diff) == 1 else [f"v_{n}" for n in diff]
        assert set(e.counterexample) == {*names, *tangents}
    assert f"obligation '{case.breaks}' false when calling " in str(e)
    with jax.enable_x64(True), jax.disable_jit():
        assert _rule_disagrees_at(case, e.obligation, e.counterexample), e.counterexample


def test_rejected_mutant_does_not_install_its_rule():
    case = next(m for m in MUTANTS if m.id == "softplus-sign_flip")
    f = certjax.custom_vjp(case.fun)
    with pytest.raises(certjax.RuleRejected):
        f.defvjp(case.fwd, case.bwd)
    assert f.certificate is None
