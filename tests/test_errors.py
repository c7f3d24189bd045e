# SPDX-License-Identifier: Apache-2.0
"""Bad input: each mistake gets its own clear error, tested by its message."""

import jax
import jax.numpy as jnp
import pytest
from jax import lax

import certjax


def softplus(x):
    return jnp.logaddexp(x, 0.0)


def softplus_fwd(x):
    return softplus(x), x


def softplus_bwd(x, g):
    return (g * jax.nn.sigmoid(x),)


def _define(fwd=softplus_fwd, bwd=softplus_bwd, **kw):
    f = certjax.custom_vjp(softplus)
    f.defvjp(fwd, bwd, **kw)
    return f


def _define_and_use(**kw):
    f = _define(**kw)  # as with JAX, malformed outputs are an error where the rule is used
    assert f.certificate is None
    jax.grad(f)(1.0)


@pytest.mark.parametrize("op, name", [(lax.cbrt, "cbrt"),
                                      (lambda x: lax.igamma(x, x), "igamma")])
def test_unsupported_primitive_names_it_and_how_to_add_one(op, name):
    def bad_bwd(x, g):
        return (g * op(x),)

    with pytest.raises(certjax.UnsupportedPrimitive) as info:
        _define(bwd=bad_bwd)
    msg = str(info.value)
    assert info.value.primitive == name
    assert f"cannot translate the JAX primitive '{name}'" in msg
    assert "In bwd 'bad_bwd' of rule 'softplus'" in msg
    assert f'@certjax.register_translation("{name}")' in msg
    assert "certjax.supported_primitives()" in msg
    assert name not in certjax.supported_primitives()


def test_unsupported_primitive_in_the_primal_is_located():
    @certjax.custom_jvp
    def sine(x):
        return lax.cbrt(x)

    def sine_jvp(primals, tangents):
        (x,), (t,) = primals, tangents
        return sine(x), t

    with pytest.raises(certjax.UnsupportedPrimitive, match="In the primal of rule 'sine'"):
        sine.defjvp(sine_jvp)


def test_register_translation_adds_a_primitive():
    from certjax import _translate

    saved = dict(_translate.TRANSLATIONS)
    try:
        @certjax.register_translation("cbrt")
        def _cbrt(ctx, x, **params):
            raise AssertionError("not called")

        assert "cbrt" in certjax.supported_primitives()
        assert _translate.TRANSLATIONS["cbrt"] is _cbrt
    finally:
        _translate.TRANSLATIONS.clear()
        _translate.TRANSLATIONS.update(saved)
    assert "cbrt" not in certjax.supported_primitives()


def test_bwd_not_returning_a_tuple():
    def bwd_no_tuple(x, g):
        return g * jax.nn.sigmoid(x)

    with pytest.raises(certjax.RuleMalformed) as info:
        _define_and_use(bwd=bwd_no_tuple)
    msg = str(info.value)
    assert "The bwd rule 'bwd_no_tuple' returned float32[] (not a tuple)" in msg
    assert "takes differentiable\narguments (float32[])" in msg
    assert "note the trailing comma: a 1-tuple" in msg


def test_bwd_returning_the_wrong_number_of_cotangents():
    def bwd_two(x, g):
        return g, g

    with pytest.raises(certjax.RuleMalformed, match=r"returned \(float32\[\], float32\[\]\)"):
        _define_and_use(bwd=bwd_two)


def test_bwd_returning_the_wrong_shape():
    def bwd_vector(x, g):
        return (jnp.full(3, g),)

    with pytest.raises(certjax.RuleMalformed) as info:
        _define_and_use(bwd=bwd_vector)
    assert r"returned (float32[3],)" in str(info.value)
    assert "each of the argument's shape" in str(info.value)


def test_bwd_nested_tuple_is_not_accepted():
    @certjax.custom_vjp
    def mul(x, y):
        return x * y

    def mul_fwd(x, y):
        return mul(x, y), (x, y)

    def mul_bwd_nested(res, g):
        x, y = res
        return ((g * y, g * x),)

    mul.defvjp(mul_fwd, mul_bwd_nested)
    with pytest.raises(certjax.RuleMalformed, match=r"returned \(\(float32\[\], float32\[\]\),\)"):
        jax.grad(mul)(1.0, 2.0)


def test_bwd_may_return_none_for_a_zero_cotangent():
    @certjax.custom_vjp
    def first(x, y):
        return x + 0.0 * y

    def first_fwd(x, y):
        return first(x, y), None

    def first_bwd(res, g):
        return g, None

    first.defvjp(first_fwd, first_bwd)
    assert first.certificate.verdict == "proved"


def test_non_traceable_assume():
    with pytest.raises(certjax.RuleMalformed) as info:
        _define(assume=lambda x: float(x) > 0)
    msg = str(info.value)
    assert "the `assume` predicate of rule 'softplus' could not be traced" in msg
    assert "at the signature (float32[])" in msg
    assert "ConcretizationTypeError" in msg
    assert "not `assume=lambda x: float(x) > 0`" in msg


def test_assume_not_returning_a_boolean():
    with pytest.raises(certjax.RuleMalformed, match="must return one boolean array"):
        _define(assume=lambda x: x)


def test_rule_with_side_effects():
    def bwd_prints(x, g):
        jax.debug.print("x = {}", x)
        return (g * jax.nn.sigmoid(x),)

    with pytest.raises(certjax.RuleMalformed) as info:
        _define(bwd=bwd_prints)
    msg = str(info.value)
    assert "The bwd of rule 'softplus' has side effects (DebugEffect)" in msg
    assert "Remove the\n`jax.debug.print`" in msg


def test_fwd_not_returning_a_pair():
    def fwd_single(x):
        return softplus(x)

    with pytest.raises(certjax.RuleMalformed) as info:
        _define_and_use(fwd=fwd_single)
    msg = str(info.value)
    assert "The fwd rule 'fwd_single' of 'softplus' returned float32[]" in msg
    assert "(primal_out, residuals)" in msg


@pytest.mark.parametrize("fwd_out, shown", [
    (lambda x: (softplus(x), softplus(x)), "((float32[], float32[]), residuals)"),
    (lambda x: jnp.full(2, softplus(x)), "(float32[2], residuals)"),
])
def test_fwd_primal_out_of_the_wrong_structure_or_shape(fwd_out, shown):
    def fwd_bad(x):
        return fwd_out(x), x

    with pytest.raises(certjax.RuleMalformed) as info:
        _define_and_use(fwd=fwd_bad)
    assert f"returned {shown}" in str(info.value)
    assert "here\n(float32[], residuals)" in str(info.value)


def test_jvp_rule_of_the_wrong_structure():
    @certjax.custom_jvp
    def sp(x):
        return softplus(x)

    def sp_jvp_tangent_only(primals, tangents):
        (x,), (t,) = primals, tangents
        return t * jax.nn.sigmoid(x)

    sp.defjvp(sp_jvp_tangent_only)
    with pytest.raises(certjax.RuleMalformed) as info:
        jax.jvp(sp, (1.0,), (1.0,))
    msg = str(info.value)
    assert "The jvp rule 'sp_jvp_tangent_only' returned float32[]" in msg
    assert "must return (primal_out, tangent_out)" in msg


def test_malformed_outputs_are_worded_as_jax_words_them():
    @certjax.custom_vjp
    def foo(x, y):
        return x

    def foo_bwd(_, g):
        return jnp.zeros(3), jnp.zeros(3)

    foo.defvjp(lambda x, y: (x, None), foo_bwd)
    with pytest.raises(ValueError) as info:  # JAX's exception type for cotangent shapes
        jax.grad(lambda x, y: foo(x, y * y).sum(), 1)(jnp.ones(3), jnp.ones(4))
    assert isinstance(info.value, certjax.RuleOutputMalformed)
    msg = str(info.value)
    assert "at output[1] the bwd rule produced an output of type float32[3]" in msg  # JAX's
    assert "certjax: The bwd rule 'foo_bwd' returned (float32[3], float32[3])" in msg


def test_malformed_outputs_with_a_signature_are_refused_at_definition():
    with pytest.raises(certjax.RuleOutputMalformed, match="not a tuple"):
        _define(bwd=lambda x, g: g, signature=[jax.ShapeDtypeStruct((), jnp.float32)])


def test_untraceable_bwd():
    def bwd_python_branch(x, g):
        return (g if x > 0 else 0.0 * g,)

    f = _define(bwd=bwd_python_branch)  # as with JAX: an error where the rule is used
    with pytest.raises(certjax.RuleMalformed, match="bwd of rule 'softplus' could not be traced"):
        jax.jit(jax.grad(f))(1.0)
    # eagerly, JAX runs it at the values: it is proved there (tests/test_point.py), and this
    # one (g for softplus) is wrong there
    with pytest.raises(certjax.RuleRejected, match=r"softplus at instance \(x: float32\[\] at 1\)"):
        jax.grad(f)(1.0)


def test_error_classes():
    assert issubclass(certjax.RuleRejected, certjax.CertificationError)
    assert issubclass(certjax.RuleUnproven, certjax.CertificationError)
    assert issubclass(certjax.RuleMalformed, TypeError)
    assert issubclass(certjax.UnsupportedPrimitive, certjax.CertificationError)


def test_an_error_the_rule_raises_is_still_of_its_class():
    # equinox's `nondifferentiable`: its jvp raises RuntimeError on purpose; code that catches
    # RuntimeError under plain JAX catches it under certjax too (and it is a certjax error)
    import functools

    @functools.partial(certjax.custom_jvp, nondiff_argnums=(0,))
    def nondifferentiable(msg, x):
        return x

    @nondifferentiable.defjvp
    def _jvp(msg, primals, tangents):
        raise RuntimeError(msg)

    x = jnp.ones(3)
    assert jnp.array_equal(jax.jit(lambda x: nondifferentiable("no tangent", x))(x), x)
    with pytest.raises(RuntimeError, match="no tangent") as e:
        jax.grad(lambda x: nondifferentiable("no tangent", x).sum())(x)
    assert isinstance(e.value, certjax.RuleNotTraceable)


def test_static_values_in_the_failing_call_are_shown_as_written():
    # None and False were shown as nan and 0 (numbers): `bwd(x=..., ord=None, keepdims=False)`
    import functools

    @functools.partial(certjax.custom_vjp, nondiff_argnums=(1, 2))
    def norm(x, ord=None, keepdims=False):
        return jnp.sqrt(jnp.sum(x * x, keepdims=keepdims) + 1.0)

    def bwd(ord, keepdims, res, g):
        x, n = res
        return (2 * g * x / n,)  # twice the derivative

    norm.defvjp(lambda x, o, k: (norm(x, o, k), (x, norm(x, o, k))), bwd)
    with pytest.raises(certjax.RuleRejected, match=r"ord=None, keepdims=False, g="):
        jax.grad(lambda x: norm(x, None, False))(jnp.ones(3))
