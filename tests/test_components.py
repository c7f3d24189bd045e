# SPDX-License-Identifier: Apache-2.0
"""Independent parts: an obligation over disjoint input groups is proved group by group."""

import jax
import jax.numpy as jnp
import numpy as np

import certjax
from certjax import _components
from certjax._ir import Builder

X23 = [jax.ShapeDtypeStruct((2, 3), jnp.float32)]


def _rowwise(primal, bwd, signature=X23, assume=None):
    def fwd(x):
        return primal(x), x

    return certjax.certify_vjp(primal, fwd, lambda x, g: (bwd(x, g),), signature=signature,
                               assume=assume)


def _relu_sq(x):
    return jnp.sum(jax.nn.relu(x) ** 2, axis=1)


def test_rowwise_rule_is_proved_row_by_row():
    cert = _rowwise(_relu_sq, lambda x, g: g[:, None] * 2 * jax.nn.relu(x))
    assert cert.verdict == "proved"
    vjp = next(o for o in cert.obligations if o.name == "vjp")
    # two rows of 3 kinks: at most 2 * 3**3 regions; the product over all six is 3**6 = 729
    # two rows of 3 kinks, one formula up to renaming: row 0's 3**3 regions prove both (the
    # product over all six kinks is 3**6 = 729)
    assert 0 < vjp.paths <= 27, vjp.paths
    wide = _rowwise(_relu_sq, lambda x, g: g[:, None] * 2 * jax.nn.relu(x),
                    signature=[jax.ShapeDtypeStruct((8, 3), jnp.float32)])
    assert wide.verdict == "proved"
    wide_vjp = next(o for o in wide.obligations if o.name == "vjp")
    assert wide_vjp.paths == vjp.paths
    # the boundaries of every row are listed, renamed from the row proved
    bounds = wide_vjp.checked_boundaries + wide_vjp.excluded_boundaries
    assert len(bounds) == 4 * len(vjp.checked_boundaries + vjp.excluded_boundaries) > 0
    assert any("x[7,2]" in t for t in bounds), bounds


def test_a_row_unlike_the_others_is_proved_on_its_own():
    # rows 0..6 alike and right; row 7 wrong (scaled): not a renaming of row 0
    scale = jnp.ones((8, 1), jnp.float32).at[7].set(1.5)
    cert = _rowwise(_relu_sq, lambda x, g: g[:, None] * 2 * jax.nn.relu(x) * scale,
                    signature=[jax.ShapeDtypeStruct((8, 3), jnp.float32)])
    assert cert.verdict == "refuted"
    bad = next(o for o in cert.obligations if o.verdict == "refuted")
    x, g = np.asarray(bad.counterexample["x"]), np.asarray(bad.counterexample["g"])
    assert x.shape == (8, 3) and g[7] != 0 and np.any(x[7] > 0), bad.counterexample


def test_one_wrong_row_is_refuted_at_a_whole_point_in_the_domain():
    # sqrt(x - 3): the domain is x >= 3 on every row, so the other row cannot be filled with
    # 1.0 or 0.5; row 1's cotangent is wrong, row 0's right
    def primal(x):
        return jnp.sum(jnp.sqrt(x - 3.0), axis=1)

    def bwd(x, g):
        right = g[:, None] * 0.5 / jnp.sqrt(x - 3.0)
        return right * jnp.array([[1.0], [1.5]], jnp.float32)

    cert = _rowwise(primal, bwd, assume=lambda x: jnp.all(x > 3.0))
    assert cert.verdict == "refuted"
    bad = next(o for o in cert.obligations if o.verdict == "refuted")
    point = np.asarray(bad.counterexample["x"])
    assert point.size == 6 and np.all(point > 3.0), bad.counterexample


def test_a_right_rule_with_a_domain_is_proved_and_agrees_with_the_unsplit_verdict():
    def primal(x):
        return jnp.sum(jnp.log(x) * x, axis=1)

    cert = _rowwise(primal, lambda x, g: g[:, None] * (jnp.log(x) + 1.0),
                    assume=lambda x: jnp.all(x > 0.0))
    assert cert.verdict == "proved"
    wrong = _rowwise(primal, lambda x, g: g[:, None] * jnp.log(x),
                     assume=lambda x: jnp.all(x > 0.0))
    assert wrong.verdict == "refuted"


def test_a_vacuous_row_makes_the_whole_obligation_unproved():
    def primal(x):
        return jnp.sum(x * x, axis=1)

    # row 1's domain is empty (x > 1 and x < 0); row 0's cotangent is wrong everywhere
    def assume(x):
        return jnp.all(x[1] > 1.0) & jnp.all(x[1] < 0.0) & jnp.all(x[0] > -5.0)

    cert = _rowwise(primal, lambda x, g: 0.0 * x, assume=assume)
    assert cert.verdict == "unproved"
    vjp = next(o for o in cert.obligations if o.name == "vjp")
    assert vjp.verdict == "unproved" and vjp.reason.startswith("vacuous"), vjp.reason


def test_split_groups_units_by_shared_inputs():
    b = Builder()
    x, y, z = b.var("x"), b.var("y"), b.var("z")
    from certjax._obligation import Obligation

    ob = Obligation("vjp", "equal", pairs=[(b.mul(x, y), b.mul(y, x)), (z, z)],
                    assume=[b.cmp("lt", z, b.const(1))], reference=[b.log(x)], rule=[],
                    inputs=["x", "y", "z"], confirm=lambda p: (False, ""))
    parts = _components.split(ob, b)
    assert parts is not None and len(parts) == 2
    assert sorted(p.inputs for p in parts) == [["x", "y"], ["z"]]
    whole = next(p for p in parts if p.inputs == ["x", "y"])
    assert len(whole.pairs) == 1 and len(whole.reference) == 1 and not whole.assume
    one = Obligation("vjp", "equal", pairs=[(b.mul(x, y), x)], assume=[], reference=[],
                     rule=[], inputs=["x", "y"], confirm=lambda p: (False, ""))
    assert _components.split(one, b) is None


def test_zero_products_fold_only_where_definedness_is_a_hypothesis():
    b = Builder()
    x, y = b.var("x"), b.var("y")
    joined = b.add(x, b.mul(b.const(0), b.log(y)))  # 0 * log(y): joins x and y, partial
    assert joined.op == "add"
    (folded,) = _components.fold_zero_products(b, [joined])
    assert folded is x
    from certjax._obligation import Obligation

    yy = b.mul(y, y)
    equal = Obligation("vjp", "equal", pairs=[(joined, x), (yy, b.add(yy, b.const(0)))],
                       assume=[], reference=[], rule=[joined], inputs=["x", "y"],
                       confirm=lambda p: (False, ""))
    parts = _components.split(equal, b)  # folded: x alone, y alone
    assert parts is not None and sorted(p.inputs for p in parts) == [["x"], ["y"]]
    claimed = Obligation("defined", "defined", pairs=[], assume=[], reference=[],
                         rule=[joined, b.log(y)], inputs=["x", "y"],
                         confirm=lambda p: (False, ""))
    # log(y) inside 0 * log(y) is claimed defined: not folded, x and y stay one group
    assert _components.split(claimed, b) is None


def test_rowwise_logsumexp_is_split_through_its_zero_cross_terms():
    # the reference VJP of a row's output w.r.t. another row's inputs is 0 / (row's sum):
    # folded to 0 in hypotheses; the rule's definedness splits into per-row units
    def lse(x):
        return jax.nn.logsumexp(x, axis=1)

    paths = []
    for rows in (2, 12):
        cert = _rowwise(lse, lambda x, g: g[:, None] * jax.nn.softmax(x, axis=1),
                        signature=[jax.ShapeDtypeStruct((rows, 3), jnp.float32)])
        assert cert.verdict == "proved"
        paths.append({o.name: o.paths for o in cert.obligations})
    assert paths[0] == paths[1]
    wrong = _rowwise(lse, lambda x, g: g[:, None] * jax.nn.softmax(x, axis=0),
                     signature=[jax.ShapeDtypeStruct((3, 3), jnp.float32)])
    assert wrong.verdict == "refuted"


def test_definedness_units_keep_every_condition_and_drop_none():
    from certjax._lower import definedness

    b = Builder()
    x, y, g, h = b.var("x"), b.var("y"), b.var("g"), b.var("h")
    a = b.log(x)
    cross = b.div(b.const(0), b.add(y, b.const(1)))
    term = b.add(b.mul(g, a), b.mul(h, cross))
    units = _components.definedness_units([term, b.mul(g, h)])
    assert {id(u) for u in units} == {id(a), id(cross)}
    conds = {id(c) for c, _ in definedness([term], b)}
    assert conds == {id(c) for c, _ in definedness(units, b)}
