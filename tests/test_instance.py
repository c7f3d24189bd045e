# SPDX-License-Identifier: Apache-2.0
"""Certify at use: every instance JAX uses a rule at is proved, and what runs is what was proved."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax
from certjax import _certify, _elementwise

SCALE = 1.0


def _square(bwd, **kw):
    @certjax.custom_vjp
    def square(x):
        return x * x

    def square_fwd(x):
        return square(x), x

    square.defvjp(square_fwd, bwd, **kw)
    return square


def test_rule_proved_at_a_scalar_is_proved_again_at_the_vector_it_is_used_at():
    def sum_bwd(x, g):
        return (2 * g * jnp.sum(x),)  # right at a scalar, wrong for vectors

    f = _square(sum_bwd)
    assert f.certificate.verdict == "proved"
    assert float(jax.grad(f)(3.0)) == 6.0
    with pytest.raises(certjax.RuleRejected) as info:
        jax.grad(lambda x: jnp.sum(f(x)))(jnp.array([1.0, 2.0, 3.0]))
    msg = str(info.value)
    assert "square at instance (x: float32[3])" in msg
    assert "obligation 'vjp' false when calling sum_bwd(x=" in msg and "g=" in msg
    with pytest.raises(certjax.RuleRejected):
        jax.jit(jax.grad(lambda x: jnp.sum(f(x))))(jnp.array([1.0, 2.0, 3.0]))


def test_correct_rule_gives_jax_gradients_at_every_shape_and_lists_its_instances():
    f = _square(lambda x, g: (2 * g * x,))
    x = jnp.arange(12.0).reshape(3, 4)
    np.testing.assert_allclose(jax.grad(lambda x: jnp.sum(f(x)))(x), 2 * x)
    np.testing.assert_allclose(jax.vmap(jax.grad(f))(x[0]), 2 * x[0])
    shapes = [i.shapes["x"] for i in f.instances]
    assert "float32[3, 4]" in shapes and all(i.verdict == "proved" for i in f.instances)
    by_shape = {i.shapes["x"]: i for i in f.instances}
    assert by_shape["float32[3, 4]"].how.startswith("elementwise")


def test_a_global_changed_after_registration_is_proved_afresh():
    global SCALE
    f = _square(lambda x, g: (2 * g * x * SCALE,))
    assert float(jax.grad(f)(2.0)) == 4.0
    SCALE = 3.0
    try:
        with pytest.raises(certjax.RuleRejected):
            jax.grad(f)(2.0)
        with pytest.raises(certjax.RuleRejected):
            jax.jit(jax.grad(f))(2.0)
    finally:
        SCALE = 1.0
    assert float(jax.grad(f)(2.0)) == 4.0


def test_a_branch_on_the_dtype_is_proved_at_the_dtype_used():
    def bwd(x, g):
        return (2 * g * x if x.dtype == jnp.float32 else g * x,)

    f = _square(bwd)
    assert float(jax.grad(f)(jnp.float32(2.0))) == 4.0
    with pytest.raises(certjax.RuleRejected, match=r"float16\[\]"):
        jax.grad(f)(jnp.float16(2.0))


def test_eager_calls_run_the_proved_tracer_branch():
    def bwd(x, g):
        if isinstance(g, jax.core.Tracer):
            return (2 * g * x,)
        return (7 * g * x,)  # what plain JAX would run eagerly: wrong

    f = _square(bwd)
    assert float(jax.grad(f)(2.0)) == 4.0  # the proved (traced) program ran
    plain = jax.custom_vjp(lambda x: x * x)
    plain.defvjp(lambda x: (x * x, x), bwd)
    assert float(jax.grad(plain)(2.0)) == 14.0


def test_static_nondiff_value_the_rule_branches_on():
    @certjax.custom_vjp
    def power(n, x):
        return x**n

    def power_fwd(n, x):
        return power(n, x), x

    def power_bwd(n, x, g):
        return (g * n * x ** (n - 1) if n == 2 else g * x,)  # wrong unless n == 2

    power = certjax.custom_vjp(power.fun, nondiff_argnums=(0,))
    power.defvjp(power_fwd, power_bwd)  # the default signature cannot fix n: proved at use
    assert float(jax.grad(power, argnums=1)(2, 3.0)) == 6.0
    with pytest.raises(certjax.RuleRejected, match="n: static 3"):
        jax.grad(power, argnums=1)(3, 3.0)


def test_static_float_parameter_is_proved_at_its_value_not_over_all_reals():
    # huber's jvp is the derivative for delta > 0 only: the default signature would make delta
    # a float32 scalar and refute the rule at delta = -1, a value never passed. Without an
    # `assume`, registration defers; each use is proved at its static delta.
    def huber(delta, x):
        return jnp.where(jnp.abs(x) <= delta, 0.5 * x * x, delta * (jnp.abs(x) - 0.5 * delta))

    f = certjax.custom_jvp(huber, nondiff_argnums=(0,))

    @f.defjvp
    def _(delta, primals, tangents):
        (x,), (t,) = primals, tangents
        return huber(delta, x), jnp.clip(x, -delta, delta) * t

    assert f.certificate is None
    x = jnp.array([-3.0, 0.5, 2.0])
    got = jax.grad(lambda x: jnp.sum(f(1.0, x)))(x)
    np.testing.assert_allclose(got, jax.grad(lambda x: jnp.sum(huber(1.0, x)))(x))
    assert any("static 1.0" in str(i) for i in f.instances), f.instances

    g = certjax.custom_jvp(huber, nondiff_argnums=(0,))

    @g.defjvp
    def _(delta, primals, tangents):  # right at delta = 1 only
        (x,), (t,) = primals, tangents
        return huber(delta, x), jnp.clip(x, -1.0, 1.0) * t

    assert float(jax.grad(g, argnums=1)(1.0, 3.0)) == 1.0
    with pytest.raises(certjax.RuleRejected, match="delta: static 2.0"):
        jax.grad(g, argnums=1)(2.0, 3.0)


def test_an_instance_is_proved_once(monkeypatch):
    calls = []
    orig = _certify._prove_vjp
    monkeypatch.setattr(_certify, "_prove_vjp", lambda *a: calls.append(1) or orig(*a))
    f = _square(lambda x, g: (2 * g * x,))
    _certify._CACHE.clear()  # forget the registration proof (it would cover the vector too)
    n0 = len(calls)
    x = jnp.ones(5)
    for _ in range(3):
        jax.grad(lambda x: jnp.sum(f(x)))(x)
        jax.jit(jax.grad(lambda x: jnp.sum(f(x) * 2)))(x)
    assert len(calls) - n0 == 1  # the vector instance: once (its scalar view)


def test_the_registration_proof_covers_every_shape_of_an_elementwise_rule(monkeypatch):
    calls = []
    orig = _certify._prove_vjp
    monkeypatch.setattr(_certify, "_prove_vjp", lambda *a: calls.append(1) or orig(*a))
    f = _square(lambda x, g: (2 * g * x,))
    assert len(calls) == 1 and f.certificate.verdict == "proved"
    for shape in [(5,), (3, 4), (250, 1000)]:
        np.testing.assert_allclose(jax.grad(lambda x: jnp.sum(f(x)))(jnp.ones(shape)), 2.0)
    assert len(calls) == 1  # each shape's scalar view is the registration's, already proved
    assert {i.how for i in f.instances} == {_elementwise.VIEW_NOTE}


def test_large_elementwise_shape_is_proved_on_the_scalar_view():
    import certjax.rules

    softplus = certjax.rules.load_all()["elementwise.softplus"]
    x = jnp.linspace(-5.0, 5.0, 250 * 1000).reshape(250, 1000)
    g = jax.grad(lambda x: jnp.sum(softplus(x)))(x)
    np.testing.assert_allclose(g, jax.nn.sigmoid(x), rtol=1e-5, atol=1e-6)
    (inst,) = [i for i in softplus.instances if i.shapes["x"] == "float32[250, 1000]"]
    assert inst.verdict == "proved" and inst.how.startswith("elementwise")


def test_reduction_at_a_large_shape_is_proved_at_a_proxy_and_says_so():
    import certjax.rules

    lse = certjax.rules.load_all()["reductions.logsumexp"]
    x = jax.random.normal(jax.random.key(0), (250, 1000))
    g = jax.grad(lambda x: jnp.sum(lse(x)))(x)
    np.testing.assert_allclose(g, jax.nn.softmax(x, axis=-1), rtol=1e-4, atol=1e-7)
    (inst,) = [i for i in lse.instances if i.shapes["x"] == "float32[250, 1000]"]
    assert inst.how.startswith("proxy")
    assert any("NOT proved" in a for a in inst.certificate.assumptions)


def test_a_refutation_at_a_proxy_names_the_proxy_shapes_of_its_counterexample():
    @certjax.custom_vjp
    def matvec(w, x):
        return w @ x

    def matvec_fwd(w, x):
        return w @ x, (w, x)

    def matvec_bwd(res, g):  # wrong: the cotangent of x is w.T @ g
        w, x = res
        return jnp.outer(g, x), w @ g

    matvec.defvjp(matvec_fwd, matvec_bwd)
    with pytest.raises(certjax.RuleRejected) as e:
        jax.grad(lambda w, x: jnp.sum(matvec(w, x)), argnums=1)(jnp.ones((8, 8)), jnp.ones(8))
    msg = str(e.value)
    assert "instance (w: float32[8, 8], x: float32[8])" in msg
    assert "proxy shapes w: float32[2, 2], x: float32[2]" in msg
    w = np.asarray(e.value.counterexample["w"])
    assert w.shape == (2, 2)  # the call shown is at the proxy shapes it names


def test_strict_refuses_an_instance_proved_only_at_a_proxy():
    @certjax.custom_vjp
    def total(x):
        return jnp.sum(x * x)

    def total_fwd(x):
        return total(x), x

    total.defvjp(total_fwd, lambda x, g: (2 * g * x,), strict=True)
    np.testing.assert_allclose(jax.grad(total)(jnp.ones(3)), 2 * jnp.ones(3))
    with pytest.raises(certjax.RuleUnproven, match="proxy"):
        jax.grad(total)(jnp.ones(100))


def test_closure_over_a_tracer():
    def outer(x, a):
        @certjax.custom_vjp
        def f(x):
            return a * x

        f.defvjp(lambda x: (f(x), None), lambda _, g: (a * g,))
        return f(x)

    assert float(jax.grad(outer)(2.0, 3.0)) == 3.0
    assert float(jax.jit(jax.grad(outer))(2.0, 3.0)) == 3.0


def test_untraceable_default_signature_is_proved_at_use():
    @certjax.custom_vjp
    def matvec(w, x):
        return w @ x

    def matvec_fwd(w, x):
        return matvec(w, x), (w, x)

    def matvec_bwd(res, g):
        w, x = res
        return jnp.outer(g, x), w.T @ g

    matvec.defvjp(matvec_fwd, matvec_bwd)  # `w @ x` cannot trace at two scalars
    assert matvec.certificate is None
    w, x = jnp.arange(4.0).reshape(2, 2), jnp.array([1.0, -1.0])
    gw, gx = jax.grad(lambda w, x: jnp.sum(matvec(w, x)), argnums=(0, 1))(w, x)
    np.testing.assert_allclose(gx, jnp.sum(w, axis=0))
    np.testing.assert_allclose(gw, jnp.outer(jnp.ones(2), x))
    assert [i.verdict for i in matvec.instances] == ["proved"]


def test_install_swaps_jax_classes_and_restores_them():
    jax_vjp = jax.custom_vjp
    with certjax.install():
        assert jax.custom_vjp is certjax.custom_vjp
        f = jax.custom_vjp(lambda x: x * x)
        f.defvjp(lambda x: (x * x, x), lambda x, g: (2 * g * x,))
    assert jax.custom_vjp is jax_vjp
    assert isinstance(f, certjax.custom_vjp) and f.certificate.verdict == "proved"
    assert isinstance(f, jax_vjp)  # a subclass of JAX's own


def test_swapped_classes_keep_working():
    jax_vjp, jax_jvp = jax.custom_vjp, jax.custom_jvp
    jax.custom_vjp, jax.custom_jvp = certjax.custom_vjp, certjax.custom_jvp
    try:
        f = jax.custom_vjp(lambda x: x * x)
        f.defvjp(lambda x: (x * x, x), lambda x, g: (2 * g * x,))
        assert float(jax.jit(jax.grad(f))(3.0)) == 6.0
    finally:
        jax.custom_vjp, jax.custom_jvp = jax_vjp, jax_jvp


def test_jax_api_nondiff_argnames_kwargs_defjvps_and_methods():
    f = certjax.custom_vjp(lambda x, n: x * x * n, nondiff_argnames=("n",))
    f.defvjp(lambda x, n: (x * x * n, x), lambda n, x, g: (2 * g * x * n,))
    assert float(jax.grad(lambda x: f(x, n=3.0))(2.0)) == 12.0

    @certjax.custom_jvp
    def h(x, y):
        return x * y

    h.defjvps(lambda xd, ans, x, y: xd * y, lambda yd, ans, x, y: x * yd)
    assert [float(v) for v in jax.grad(h, argnums=(0, 1))(2.0, 3.0)] == [3.0, 2.0]

    class Model:
        def __init__(self, a):
            self.a = a

        @certjax.custom_vjp
        def scaled(self, x):
            return self.a * x

    Model.scaled = certjax.custom_vjp(Model.scaled.fun, nondiff_argnums=(0,))
    Model.scaled.defvjp(lambda m, x: (m.a * x, None), lambda m, _, g: (m.a * g,))
    assert float(jax.grad(lambda x: Model(5.0).scaled(x))(1.0)) == 5.0


def test_hlo_of_a_vector_instance_is_plain_jax():
    import re

    f = _square(lambda x, g: (2 * g * x,))
    plain = jax.custom_vjp(lambda x: x * x)
    plain.defvjp(lambda x: (x * x, x), lambda x, g: (2 * g * x,))
    x = jnp.ones((4, 3))

    def text(fn):
        hlo = jax.jit(jax.grad(lambda x: jnp.sum(fn(x)))).lower(x).as_text()
        return re.sub(r"loc\(.*?\)|#loc\d*", "", hlo)

    assert text(f) == text(plain)


def test_symbolic_zeros_jvp_branch_is_proved_at_the_zero_pattern_used():
    from jax.custom_derivatives import SymbolicZero

    def make(slope_when_y_is_zero):
        @certjax.custom_jvp
        def f(x, y):
            return x * y

        def f_jvp(primals, tangents):
            (x, y), (tx, ty) = primals, tangents
            if type(ty) is SymbolicZero:
                return f(x, y), slope_when_y_is_zero(y) * tx
            if type(tx) is SymbolicZero:
                return f(x, y), x * ty
            return f(x, y), y * tx + x * ty

        f.defjvp(f_jvp, symbolic_zeros=True)
        return f

    good = make(lambda y: y)
    assert float(jax.grad(good)(2.0, 3.0)) == 3.0
    assert float(jax.grad(good, 1)(2.0, 3.0)) == 2.0
    bad = make(lambda y: 100.0)  # wrong only when y's tangent is a symbolic zero
    assert [float(v) for v in jax.grad(bad, (0, 1))(2.0, 3.0)] == [3.0, 2.0]
    with pytest.raises(certjax.RuleRejected, match="v_y=0"):
        jax.grad(bad)(2.0, 3.0)


def test_symbolic_zeros_vjp_cotangent_pattern_is_proved():
    from jax.custom_derivatives import SymbolicZero

    def make(bad):
        @certjax.custom_vjp
        def f(x, y):
            return x * y, x + y

        def fwd(x, y):
            return f(x.value, y.value), (x.value, y.value)

        def bwd(res, g):
            (x, y), (g1, g2) = res, g
            if type(g2) is SymbolicZero:
                return g1 * (100.0 if bad else y), g1 * x
            return g1 * y + g2, g1 * x + g2

        f.defvjp(fwd, bwd, symbolic_zeros=True)
        return f

    good, wrong = make(False), make(True)
    assert [float(v) for v in jax.grad(lambda x, y: good(x, y)[0], (0, 1))(2.0, 3.0)] == [3, 2]
    assert [float(v) for v in jax.grad(lambda x, y: sum(wrong(x, y)), (0, 1))(2.0, 3.0)] == [4, 3]
    with pytest.raises(certjax.RuleRejected):
        jax.grad(lambda x, y: wrong(x, y)[0])(2.0, 3.0)


def test_bwd_may_return_a_list_or_none_for_a_zero_subtree():
    @certjax.custom_vjp
    def f(x):
        return x[0] * 3.0 + x[1][1]

    f.defvjp(lambda x: (f(x), None), lambda _, g: [(3.0 * g, (None, g))])
    gx = jax.grad(f)((2.0, (3.0, 4.0)))
    assert [float(v) for v in jax.tree_util.tree_leaves(gx)] == [3.0, 0.0, 1.0]

    @certjax.custom_vjp
    def h(x):
        return x[0] * 3.0 + x[1][1]

    h.defvjp(lambda x: (h(x), None), lambda _, g: ((3.0 * g, (None, 2 * g)),))
    with pytest.raises(certjax.RuleRejected):
        jax.grad(h)((2.0, (3.0, 4.0)))


def test_nothing_escapes_raw_from_an_instance_certjax_cannot_model():
    @certjax.custom_jvp
    def f(x, key):
        return x + jax.random.uniform(key)

    f = certjax.custom_jvp(f.fun, nondiff_argnums=(1,))
    f.defjvp(lambda key, p, t: (f(p[0], key), t[0]))
    try:
        jax.jvp(lambda x: f(x, jax.random.key(0)), (1.0,), (1.0,))
    except certjax.CertificationError as e:
        assert "f" in str(e)


def test_audit_and_strict_report_the_instance_used():
    import certjax.rules

    rules = certjax.rules.load_all()
    lse, softplus = rules["reductions.logsumexp"], rules["elementwise.softplus"]
    x = jnp.linspace(-1.0, 1.0, 2000).reshape(50, 40)
    report = certjax.audit(lambda x: jnp.sum(lse(x)), x)
    (row,) = [r for r in report.rows if r.name == "logsumexp"]
    assert row.verdict == "proved" and "proxy" in row.detail and row.shapes == "float32[50, 40]"
    with pytest.raises(certjax.UnprovedRules, match="proxy"):
        certjax.strict(lambda x: jnp.sum(lse(x)))(x)
    g = certjax.strict(jax.grad(lambda x: jnp.sum(softplus(x))))(x)  # elementwise: proved
    np.testing.assert_allclose(g, jax.nn.sigmoid(x), rtol=1e-5)


@pytest.mark.parametrize("dtype", [jnp.bfloat16, jnp.float16])
def test_low_precision_floats_are_differentiable_instances(dtype):
    f = _square(lambda x, g: (2 * g * x,))
    x = jnp.asarray([1.5, -2.0], dtype)
    g = jax.grad(lambda x: jnp.sum(f(x)).astype(jnp.float32))(x)
    assert g.dtype == dtype
    np.testing.assert_allclose(np.asarray(g, np.float32), [3.0, -4.0])
    assert any(i.shapes["x"] == f"{jnp.dtype(dtype).name}[2]" for i in f.instances)
    # right at float32 (where it is defined), wrong at the low-precision instance
    wrong = _square(lambda x, g: ((2 if x.dtype == jnp.float32 else 3) * g * x,))
    with pytest.raises(certjax.RuleRejected, match=jnp.dtype(dtype).name):
        jax.grad(lambda x: jnp.sum(wrong(x)).astype(jnp.float32))(x)


_OFFSET = {"value": 0.0}


def test_bwd_runs_only_with_the_fwd_that_made_its_residuals():
    # fwd saves x + OFF, bwd subtracts OFF: right as long as both read the same OFF. Changed
    # between jax.vjp and the call of its vjp function, bwd re-traces to another jaxpr and so
    # does fwd; the residuals are the first fwd's, so proving the new pair does not cover them
    # (it used to run: gradient 4, true 6)
    @certjax.custom_vjp
    def h(x):
        return x * x

    h.defvjp(lambda x: (h(x), x + _OFFSET["value"]),
             lambda r, g: (2 * g * (r - _OFFSET["value"]),))
    _OFFSET["value"] = 0.0
    assert float(jax.grad(h)(3.0)) == 6.0
    _, vjp = jax.vjp(h, 3.0)
    _OFFSET["value"] = 1.0
    try:
        with pytest.raises(certjax.RuleUnproven, match="the residuals JAX passes were made by "
                           "the earlier fwd"):
            vjp(1.0)
        assert float(jax.grad(h)(3.0)) == 6.0  # a fresh jax.vjp: the new pair, proved
    finally:
        _OFFSET["value"] = 0.0
