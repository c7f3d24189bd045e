# SPDX-License-Identifier: Apache-2.0
"""Deliberate non-derivatives: stated surrogates/cotangent maps are proved, wrong ones
refuted; ``deliberately_wrong=`` is recorded, warned about and refused by strict."""

import io
import warnings

import jax
import jax.numpy as jnp
import pytest

import certjax
from certjax._cli import main
from certjax._collect import collecting


def verdicts(cert):
    return {o.name: o.verdict for o in cert.obligations}


def ste_round():
    @certjax.custom_vjp
    def round_ste(x):
        return jnp.round(x)

    return round_ste


def _fwd(x):
    return jnp.round(x), None


def _identity_bwd(_, g):
    return (g,)


# -- surrogate= --------------------------------------------------------------------------
@pytest.mark.parametrize("surrogate,right", [
    (lambda x: x, True),            # straight-through: the VJP of the identity
    (lambda x: 2 * x, False),
    (lambda x: -x, False),
])
def test_straight_through_surrogate(surrogate, right):
    f = ste_round()
    if right:
        f.defvjp(_fwd, _identity_bwd, surrogate=surrogate)
        cert = f.certificate
        assert cert.verdict == "proved", verdicts(cert)
        assert "NOT of the primal 'round_ste'" in cert.stated
        assert any("NOT of the primal" in a for a in cert.assumptions)
        assert "NOT the VJP of round_ste" in cert.obligations[1].statement
        g = jax.grad(lambda x: jnp.sum(f(x) ** 2))(jnp.array([0.3, 1.6]))
        assert jnp.allclose(g, 2 * jnp.round(jnp.array([0.3, 1.6])))
    else:
        with pytest.raises(certjax.RuleRejected, match="obligation 'vjp'"):
            f.defvjp(_fwd, _identity_bwd, surrogate=surrogate)


@pytest.mark.parametrize("sign,right", [(-1.0, True), (1.0, False)])
def test_gradient_reversal_surrogate(sign, right):
    @certjax.custom_vjp
    def reverse(x):
        return x

    def bwd(_, g):
        return (sign * g,)

    kw = dict(surrogate=lambda x: -x)
    if right:
        reverse.defvjp(lambda x: (x, None), bwd, **kw)
        assert reverse.certificate.verdict == "proved"
        assert float(jax.grad(reverse)(3.0)) == -1.0
    else:
        with pytest.raises(certjax.RuleRejected):
            reverse.defvjp(lambda x: (x, None), bwd, **kw)


@pytest.mark.parametrize("factor,right", [(1.0, True), (2.0, False)])
def test_scale_gradient_surrogate_with_a_scale_argument(factor, right):
    from functools import partial

    @partial(certjax.custom_vjp, nondiff_argnums=(1,))
    def scale_gradient(x, scale):
        return x

    def fwd(x, scale):
        return x, None

    def bwd(scale, _, g):
        return (g * scale * factor,)

    kw = dict(surrogate=lambda x, scale: scale * x, signature=[1.0, 1.0])
    if right:
        scale_gradient.defvjp(fwd, bwd, **kw)
        assert scale_gradient.certificate.verdict == "proved"
        assert float(jax.grad(scale_gradient)(1.0, 0.25)) == 0.25
    else:
        with pytest.raises(certjax.RuleRejected):
            scale_gradient.defvjp(fwd, bwd, **kw)


def test_a_surrogate_is_differentiated_in_every_argument():
    """``scale * x`` also depends on ``scale``: a bwd that drops that cotangent is refuted."""
    @certjax.custom_vjp
    def scale_gradient(x, scale):
        return x

    with pytest.raises(certjax.RuleRejected, match="obligation .vjp."):
        scale_gradient.defvjp(lambda x, s: (x, s), lambda s, g: (g * s, None),
                              surrogate=lambda x, scale: scale * x)


def test_zero_gradient_surrogate():
    f = ste_round()
    f.defvjp(_fwd, lambda _, g: (jnp.zeros_like(g),), surrogate=jax.lax.stop_gradient)
    assert f.certificate.verdict == "proved"
    g = ste_round()
    with pytest.raises(certjax.RuleRejected):
        g.defvjp(_fwd, _identity_bwd, surrogate=jax.lax.stop_gradient)


# -- cotangent= (clip_gradient, from JAX's docs) ---------------------------------------------
def clip_gradient_rule():
    @certjax.custom_vjp
    def clip_gradient(lo, hi, x):
        return x  # identity function

    def clip_gradient_fwd(lo, hi, x):
        return x, (lo, hi)  # save bounds as residuals

    def clip_gradient_bwd(res, g):
        lo, hi = res
        return (None, None, jnp.clip(g, lo, hi))

    return clip_gradient, clip_gradient_fwd, clip_gradient_bwd


def test_clip_gradient_plain_is_refuted_and_stated_is_proved():
    f, fwd, bwd = clip_gradient_rule()
    with pytest.raises(certjax.RuleRejected, match="surrogate=, cotangent="):
        f.defvjp(fwd, bwd)
    f, fwd, bwd = clip_gradient_rule()
    f.defvjp(fwd, bwd, cotangent=lambda lo, hi, x, g: (None, None, jnp.clip(g, lo, hi)))
    cert = f.certificate
    assert cert.verdict == "proved", verdicts(cert)
    assert "NOT the VJP of the primal 'clip_gradient'" in cert.stated
    # certified at use: another instance, proved against the stated map there
    loss = jax.jit(jax.grad(lambda x: jnp.sum(3.0 * f(-1.0, 1.0, x))))
    assert jnp.allclose(loss(jnp.ones(2)), jnp.ones(2))
    assert {i.shapes["x"] for i in f.instances} >= {"float32[2]"}
    assert all(i.verdict == "proved" for i in f.instances)


@pytest.mark.parametrize("stated", [
    lambda lo, hi, x, g: (None, None, jnp.clip(g, lo, 2 * hi)),
    lambda lo, hi, x, g: (None, None, g),
    lambda lo, hi, x, g: (g, None, jnp.clip(g, lo, hi)),
])
def test_clip_gradient_wrong_stated_map_is_refuted(stated):
    f, fwd, bwd = clip_gradient_rule()
    with pytest.raises(certjax.RuleRejected, match="obligation 'vjp'") as e:
        f.defvjp(fwd, bwd, cotangent=stated)
    assert e.value.counterexample


def test_custom_jvp_straight_through_without_a_statement_is_refuted():
    @certjax.custom_jvp
    def round_ste(x):
        return jnp.round(x)

    with pytest.raises(certjax.RuleRejected, match="obligation 'jvp'"):
        @round_ste.defjvp
        def _plain(p, t):
            return jnp.round(p[0]), t[0]


def test_custom_jvp_surrogate_and_tangent():
    def make():
        @certjax.custom_jvp
        def rnd(x):
            return jnp.round(x)
        return rnd

    def jvp(p, t):
        return jnp.round(p[0]), t[0]

    f = make()
    f.defjvp(jvp, surrogate=lambda x: x)
    assert f.certificate.verdict == "proved"
    assert "JVP of the surrogate" in f.certificate.stated
    assert float(jax.grad(f)(0.3)) == 1.0
    f = make()
    f.defjvp(jvp, tangent=lambda p, t: t[0])
    assert f.certificate.verdict == "proved"
    with pytest.raises(certjax.RuleRejected):
        make().defjvp(jvp, tangent=lambda p, t: 2 * t[0])
    with pytest.raises(certjax.RuleRejected):
        make().defjvp(jvp, surrogate=lambda x: -x)


def test_stated_arguments_are_validated():
    with pytest.raises(certjax.RuleMalformed, match="at most one"):
        ste_round().defvjp(_fwd, _identity_bwd, surrogate=lambda x: x,
                           cotangent=lambda x, g: (g,))
    with pytest.raises(certjax.RuleMalformed, match="surrogate"):
        ste_round().defvjp(_fwd, _identity_bwd, surrogate=lambda x: (x, x))
    with pytest.raises(certjax.RuleMalformed, match="reason"):
        ste_round().defvjp(_fwd, _identity_bwd, deliberately_wrong="")


# -- deliberately_wrong= -------------------------------------------------------------------
def test_deliberately_wrong_is_recorded_and_warned():
    f = ste_round()
    with pytest.warns(certjax.DeliberatelyWrongWarning, match="REFUTED"):
        f.defvjp(_fwd, _identity_bwd, deliberately_wrong="straight-through by design")
    cert = f.certificate
    assert cert.verdict == "deliberately_wrong"
    assert cert.deliberately_wrong == "straight-through by design"
    bad = next(o for o in cert.obligations if o.name == "vjp")
    assert bad.verdict == "refuted" and bad.counterexample  # kept, confirmed
    assert "REFUTED, used on purpose" in cert.summary()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", certjax.DeliberatelyWrongWarning)
        assert float(jax.grad(f)(0.3)) == 1.0


def test_deliberately_wrong_is_not_trust():
    # trust= never overrides a refutation
    with pytest.raises(certjax.RuleRejected):
        ste_round().defvjp(_fwd, _identity_bwd, trust="checked")


def test_deliberately_wrong_refused_by_strict():
    with pytest.raises(certjax.RuleRejected, match="strict=True refuses"):
        ste_round().defvjp(_fwd, _identity_bwd, deliberately_wrong="why", strict=True)
    f = ste_round()
    with pytest.warns(certjax.DeliberatelyWrongWarning):
        f.defvjp(_fwd, _identity_bwd, deliberately_wrong="why")
    with pytest.raises(certjax.UnprovedRules, match="deliberately_wrong"):
        certjax.strict(lambda x: f(x))(1.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", certjax.DeliberatelyWrongWarning)
        ok = certjax.strict(lambda x: f(x), allow_deliberately_wrong=True)
        assert float(jax.grad(ok)(1.3)) == 1.0
        rows = certjax.audit(lambda x: f(x), 1.0).rows
    assert rows[0].verdict == "deliberately_wrong" and "used on purpose" in rows[0].detail


RULES_MODULE = '''
import jax.numpy as jnp
import certjax


def make_registrations():
    @certjax.custom_vjp
    def round_ste(x):
        return jnp.round(x)

    round_ste.defvjp(lambda x: (jnp.round(x), None), lambda _, g: (g,),
                     deliberately_wrong="straight-through estimator")
    return {"round_ste": round_ste}
'''


def run(*argv):
    out = io.StringIO()
    return main(list(argv), stream=out), out.getvalue()


def test_check_refuses_deliberately_wrong_unless_allowed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ste_rules.py").write_text(RULES_MODULE)
    code, text = run("check", "ste_rules.py", "--jobs", "1", "--update")
    assert code == 1 and "--allow-deliberately-wrong" in text, text
    code, text = run("check", "ste_rules.py", "--jobs", "1", "--allow-deliberately-wrong")
    assert code == 0, text
    code, text = run("check", "ste_rules.py", "--jobs", "1")
    assert code == 1, text


def test_collected_rule_carries_what_it_states():
    with collecting() as found:
        f = ste_round()
        f.defvjp(_fwd, _identity_bwd, surrogate=lambda x: x)
    (rd,) = found
    assert rd.certify().verdict == "proved"
