# SPDX-License-Identifier: Apache-2.0
"""certjax.audit: discovery, verdicts, certified rules, strict mode."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax


# -- rules used below ----------------------------------------------------------------------
@jax.custom_vjp
def softplus_bad(x):
    return jnp.logaddexp(x, 0.0)


def softplus_bad_fwd(x):
    return softplus_bad(x), x


def softplus_bad_bwd(x, g):
    return (g * jax.nn.sigmoid(x) * 1.01,)  # 1 % too large


softplus_bad.defvjp(softplus_bad_fwd, softplus_bad_bwd)


@jax.custom_jvp
def square_ok(x):
    return x * x


@square_ok.defjvp
def square_ok_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    return square_ok(x), 2.0 * x * t


@jax.custom_jvp
def my_sin(x):
    return jax.lax.cbrt(x)  # a primitive with no translation


@my_sin.defjvp
def my_sin_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    return my_sin(x), jnp.cos(x) * t


def _verdicts(report):
    return [(r.name, r.verdict) for r in report.rows]


# -- discovery -----------------------------------------------------------------------------
def test_audit_proves_the_rule_inside_jax_nn_softplus():
    report = certjax.audit(jax.nn.softplus, 1.0)
    (row,) = report.rows
    assert (row.name, row.kind, row.verdict) == ("logaddexp", "jvp", "proved")
    assert row.module == "jax._src.lax.other"
    assert row.source.startswith("jax/_src/lax/other.py:")
    assert row.where == "jit(softplus)"
    assert row.shapes == "float32[], float32[]"
    assert row.certificate.proved and row.certificate.source == row.source
    assert report.ok and "logaddexp" in str(report)


def test_audit_walks_scan_cond_while_and_remat_bodies():
    def f(x):
        y = jax.lax.scan(lambda c, xi: (c + square_ok(xi), None), 0.0, x)[0]
        y = y + jax.lax.cond(y > 0, lambda a: square_ok(a), lambda a: a, y)
        y = y + jax.checkpoint(square_ok)(y)
        return jax.lax.while_loop(lambda c: c < 0, lambda c: c + square_ok(c), y)

    report = certjax.audit(f, jnp.ones(3))
    wheres = [r.where.split("/")[0].split("(")[0] for r in report.rows]
    assert wheres == ["scan", "cond", "remat2", "while"]  # remat2: jax.checkpoint
    assert all(r.verdict == "proved" for r in report.rows)


def test_audit_marks_rules_nested_in_a_custom_primal():
    report = certjax.audit(jax.scipy.special.entr, jnp.ones(3))
    assert [(r.name, r.nested) for r in report.rows] == [("_xlogx", False), ("xlogy", True)]


# -- verdicts ------------------------------------------------------------------------------
def test_audit_refutes_a_wrong_vjp_with_a_float64_confirmed_counterexample():
    report = certjax.audit(lambda x: jnp.sum(softplus_bad(x)), jnp.ones(2))
    (row,) = [r for r in report.rows if r.name == "softplus_bad"]
    assert row.verdict == "refuted" and not report.ok
    assert row.source.endswith(f"test_audit.py:{softplus_bad.fun.__code__.co_firstlineno}")
    ob = next(o for o in row.certificate.obligations if o.verdict == "refuted")
    assert "softplus_bad_bwd(" in row.detail
    with jax.enable_x64(True):
        x = np.asarray(ob.counterexample["x"], np.float64)
        (g,) = ob.counterexample["g"]  # the rebuilt primal returns a tuple of its outputs
        g = np.asarray(g, np.float64)
        rule = softplus_bad_bwd(x, g)[0]
        true = jax.vjp(lambda z: jnp.logaddexp(z, 0.0), x)[1](g)[0]
        assert not np.allclose(rule, true, rtol=1e-6)


def test_audit_names_the_unsupported_primitive():
    (row,) = certjax.audit(my_sin, 1.0).rows
    assert row.verdict == "unsupported" and "'cbrt'" in row.detail


def test_audit_reports_rules_closing_over_traced_values_as_unsupported():
    def loss(w, x):
        @jax.custom_jvp
        def scaled(y):
            return y * w

        scaled.defjvp(lambda p, t: (scaled(p[0]), t[0] * w))
        return scaled(x)

    (row,) = certjax.audit(loss, 2.0, 1.0).rows
    assert row.verdict == "unsupported" and "traced values" in row.detail


# -- certified rules -----------------------------------------------------------------------
def _certified_softplus():
    @certjax.custom_vjp
    def softplus_c(x):
        return jnp.logaddexp(x, 0.0)

    def softplus_c_fwd(x):
        return softplus_c(x), x

    def softplus_c_bwd(x, g):
        return (g * jax.nn.sigmoid(x),)

    softplus_c.defvjp(softplus_c_fwd, softplus_c_bwd)
    return softplus_c, softplus_c_fwd


def test_audit_reports_the_certificate_of_a_certjax_rule():
    softplus_c, _ = _certified_softplus()
    (row, _inner) = certjax.audit(softplus_c, 1.0).rows
    assert row.origin == "certjax" and row.certificate is softplus_c.certificate
    assert row.verdict == "proved"


def test_audit_reproves_a_certjax_rule_at_new_shapes():
    softplus_c, _ = _certified_softplus()
    row = certjax.audit(softplus_c, jnp.ones(2)).rows[0]
    assert row.origin == "certjax" and row.verdict == "proved"
    assert row.certificate is not softplus_c.certificate
    assert "float32[2]" in row.certificate.shapes.values()


def test_audit_does_not_take_a_rule_sharing_the_fwd_for_the_certified_one():
    _, fwd = _certified_softplus()

    def softplus_c(x):  # same name and primal, another bwd: not the certified rule
        return jnp.logaddexp(x, 0.0)

    other = jax.custom_vjp(softplus_c)
    other.defvjp(fwd, lambda x, g: (g * jax.nn.sigmoid(x) * 1.01,))
    row = certjax.audit(other, 1.0).rows[0]
    assert row.origin == "audit" and row.verdict == "refuted"


# -- strict mode ---------------------------------------------------------------------------
def test_strict_audit_raises_on_a_wrong_rule():
    with pytest.raises(certjax.UnprovedRules, match="softplus_bad") as e:
        certjax.audit(lambda x: softplus_bad(x), 1.0, strict=True)
    assert e.value.report.rows[0].verdict == "refuted"


def test_strict_wrapper_stops_a_training_step_before_compilation():
    def loss(w, x):
        return jnp.sum(softplus_bad(w * x))

    step = jax.jit(jax.grad(certjax.strict(loss)))
    with pytest.raises(certjax.UnprovedRules, match="refuted"):
        step(jnp.ones(3), jnp.ones(3))


def test_strict_wrapper_passes_a_proved_loss_and_adds_nothing_to_the_program():
    def loss(w, x):
        return jnp.sum(jax.nn.softplus(w * x) + square_ok(w))

    guarded = certjax.strict(loss)
    args = (jnp.ones(3), jnp.arange(3.0))
    got = jax.jit(jax.grad(guarded))(*args)
    np.testing.assert_allclose(got, jax.grad(loss)(*args), rtol=1e-6)
    assert len(guarded.audits) == 1
    guarded(*args)  # same shapes: no new audit
    assert len(guarded.audits) == 1
    text = jax.jit(jax.grad(guarded)).lower(*args).as_text()
    assert text == jax.jit(jax.grad(loss)).lower(*args).as_text()


# -- rules JAX has already differentiated inside the audited function ----------------------
@jax.custom_vjp
def square_bad(x):
    return x * x


square_bad.defvjp(lambda x: (x * x, x), lambda x, g: (3.0 * g * x,))  # fwd skips the primal


def _sum_square_bad(x):
    return jnp.sum(square_bad(x))


@pytest.mark.parametrize("transform", [
    jax.grad, jax.value_and_grad,
    lambda f: lambda x: jax.vjp(f, x)[1](1.0),
    lambda f: lambda x: jax.jvp(f, (x,), (x,)),
    lambda f: lambda x: jax.linearize(f, x)[1](x),
    lambda f: jax.grad(jax.checkpoint(f)),
    lambda f: jax.vmap(jax.grad(f)),
    lambda f: jax.grad(lambda x: jax.lax.scan(lambda c, xi: (c + f(xi), None), 0.0, x)[0]),
], ids=["grad", "value_and_grad", "vjp", "jvp", "linearize", "checkpoint", "vmap", "scan"])
def test_audit_sees_rules_inside_an_already_differentiated_function(transform):
    report = certjax.audit(transform(_sum_square_bad), jnp.ones(3))
    assert _verdicts(report) == [("square_bad", "refuted")]
    with pytest.raises(certjax.UnprovedRules, match="square_bad"):
        certjax.audit(transform(_sum_square_bad), jnp.ones(3), strict=True)


def test_strict_refuses_a_grad_whose_rule_is_inlined_before_it_runs():
    guarded = certjax.strict(jax.grad(lambda x: square_bad(x)))
    assert float(jax.grad(lambda x: square_bad(x))(3.0)) == 9.0  # the wrong rule runs
    with pytest.raises(certjax.UnprovedRules, match="refuted"):
        guarded(3.0)


def test_audit_retraces_a_jit_function_whose_trace_is_cached():
    jitted = jax.jit(_sum_square_bad)
    jax.grad(jitted)(jnp.ones(3))  # every trace cache is warm now
    assert _verdicts(certjax.audit(jax.grad(jitted), jnp.ones(3))) == [("square_bad", "refuted")]


def test_audit_sees_rules_in_a_shard_map_body():
    from jax.sharding import PartitionSpec as P

    mesh = jax.make_mesh((1,), ("i",), axis_types=(jax.sharding.AxisType.Auto,))
    body = jax.shard_map(jax.grad(_sum_square_bad), mesh=mesh, in_specs=P("i"),
                         out_specs=P("i"))
    assert _verdicts(certjax.audit(body, jnp.ones(2))) == [("square_bad", "refuted")]


def test_audit_marks_rules_called_inside_another_rule_as_nested():
    report = certjax.audit(jax.grad(jax.scipy.special.entr), 2.0)
    assert ("xlogy", True) in [(r.name, r.nested) for r in report.rows]
    assert ("_xlogx", False) in [(r.name, r.nested) for r in report.rows]


# -- custom_linear_solve -------------------------------------------------------------------
def _solve_loss(a, symmetric):
    def solve2(_, b):  # the exact inverse of the 2x2 `a` (Cramer's rule)
        det = a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0]
        return jnp.stack([(a[1, 1] * b[0] - a[0, 1] * b[1]) / det,
                          (a[0, 0] * b[1] - a[1, 0] * b[0]) / det])

    return lambda b: jnp.sum(jax.lax.custom_linear_solve(lambda v: a @ v, b, solve2,
                                                         symmetric=symmetric))


def test_audit_refutes_symmetric_linear_solve_on_a_non_symmetric_matrix():
    a = jnp.array([[2.0, 1.0], [0.0, 3.0]])
    loss = _solve_loss(a, True)
    wrong = jax.grad(loss)(jnp.ones(2))
    assert not np.allclose(wrong, jnp.linalg.solve(a.T, jnp.ones(2)))  # the bug is real
    report = certjax.audit(jax.grad(loss), jnp.ones(2))
    assert report.rows and {r.verdict for r in report.rows} == {"refuted"}
    assert "transpose" in report.rows[0].detail
    with pytest.raises(certjax.UnprovedRules, match="custom_linear_solve"):
        certjax.strict(jax.grad(loss))(jnp.ones(2))


def test_audit_proves_symmetric_linear_solve_on_a_symmetric_matrix():
    loss = _solve_loss(jnp.array([[2.0, 1.0], [1.0, 3.0]]), True)
    report = certjax.audit(jax.grad(loss), jnp.ones(2))
    # proved over the reals; float safety is its own column (the dtype grid confirms an
    # overflow of the solve's float32 run at right-hand sides near max / 2)
    assert report.rows and {r.verdict for r in report.rows} == {"proved"}
    assert all("inverse" in r.detail and "transpose" in r.detail for r in report.rows)


def test_audit_leaves_a_solve_false_for_some_input_matrix_unproved_not_refuted():
    def loss(a, b):  # symmetric=True holds only for the symmetric matrices the caller passes
        return _solve_loss(a, True)(b)

    report = certjax.audit(jax.grad(loss, argnums=1), jnp.eye(2), jnp.ones(2))
    assert report.rows and {r.verdict for r in report.rows} == {"unproved"}
    assert "false for some constants" in report.rows[0].detail
