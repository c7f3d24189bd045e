# SPDX-License-Identifier: Apache-2.0
"""The whole-graph theorem (``certjax/stochastic/_graph.py``): proved for finite graphs,
refuted for broken compositions (a pruned cost that is downstream, a baseline that reads its
own sample), listed as an assumption for continuous or too large graphs."""


import jax
import jax.numpy as jnp

import certjax as cj
from certjax import distributions as cjd
from certjax import estimators as cje
from certjax.stochastic import _graph
from certjax.stochastic._grad import _plan

KEY = jax.random.key(0)
T = jnp.array([0.2, 0.7])


def chain(t, key):
    k1, k2 = jax.random.split(key)
    b1 = cj.sample(k1, cjd.Bernoulli(logits=t[0]), estimator="score")
    b2 = cj.sample(k2, cjd.Bernoulli(logits=t[1] * b1 - 0.5), estimator=cje.score(baseline=0.3))
    cj.cost(3.0 * b1 * b2 + t[1] * b2)
    cj.cost(b1 * t[0])


def plan_of(f, *args, **kw):
    return _plan(f, 0, False, 1, None, True, args, kw, True)[1]


def test_chain_of_two_score_sites_is_proved():
    rep = cj.grad(chain).certificate(T, KEY)
    assert rep.verdict == "first_order", rep
    assert rep.theorem.verdict == "proved"
    names = {o.name for o in rep.theorem.obligations}
    assert {"normalized@0", "normalized@1", "value", "first_order"} <= names
    assert any("second order" in a for a in rep.assumptions)
    assert set(rep.pairs) == {"score_BernoulliLogits", "score_constant_baseline_BernoulliLogits"}


def _refuted(p):
    cert = _graph._Theorem(p).prove(False)
    return cert.verdict, [o.name for o in cert.obligations if o.verdict == "refuted"]


def test_dropping_a_downstream_cost_is_refuted():
    p = plan_of(chain, T, KEY)
    assert p.downstream[0] == [0, 1] and p.downstream[1] == [0]
    assert p.upstream[1] == [0]  # b2's Loaded DiCE baseline term carries b1's MagicBox
    p.downstream[0] = [1]  # cost 0 reads b1 (through b2 too), but is pruned from b1's score
    verdict, names = _refuted(p)
    assert verdict == "refuted" and "first_order" in names


def test_a_baseline_reading_its_own_sample_is_refuted():
    p = plan_of(chain, T, KEY)
    p.base_sites[1] = frozenset({0, 1})  # the theorem's baseline may then depend on b2 itself
    verdict, names = _refuted(p)
    assert verdict == "refuted" and "first_order" in names


def test_second_order_theorem_on_request():
    def f(t, key):
        b = cj.sample(key, cjd.Bernoulli(probs=jax.nn.sigmoid(t[0])),
                      estimator=cje.score(baseline=0.2))
        return 3.0 * b + t[1] * b

    rep = cj.grad(f).certificate(T, KEY, second_order=True)
    assert rep.verdict == "proved", [(o.name, o.verdict, o.reason) for o in rep.theorem.obligations]


def test_continuous_graph_lists_the_composition_step():
    def f(t, key):
        return cj.sample(key, cjd.Normal(t[0], 1.0)) ** 2

    rep = cj.grad(f).certificate(T, KEY)
    assert rep.verdict == "assumed" and rep.theorem is None
    assert "Schulman" in rep.assumptions[0] and "continuous" in rep.assumptions[0]


def test_past_the_cap_the_composition_is_assumed():
    def f(t, key):
        b = cj.sample(key, cjd.Bernoulli(logits=jnp.full((5,), t[0])), estimator="score")
        return jnp.sum(b) * t[1]

    rep = cj.grad(f).certificate(T, KEY)
    assert rep.verdict == "assumed"
    assert f"more than the {_graph.MAX_GRAPH_CONFIGS}" in rep.assumptions[0]


def test_an_enumerated_site_feeding_a_score_site():
    # probabilities, not logits: one log per site instead of a softplus, so Z3 decides the
    # 4-configuration theorem in seconds; the enumerated site's weight enters the surrogate
    def f(t, key):
        k1, k2 = jax.random.split(key)
        a = cj.sample(k1, cjd.Bernoulli(probs=t[0]), estimator="enumerate")
        b = cj.sample(k2, cjd.Bernoulli(probs=t[1] * a + 0.25), estimator="score")
        return 2.0 * b * a + t[1] * b

    rep = cj.grad(f).certificate(T, KEY)
    assert rep.theorem is not None and rep.theorem.verdict == "proved", rep
    assert "first_order" in {o.name for o in rep.theorem.obligations}


def test_a_batched_site():
    # a batch of 2 is 4 joint configurations, each element's cost through the whole batch
    def f(t, key):
        b = cj.sample(key, cjd.Bernoulli(probs=jnp.stack([t[0], t[1]])), estimator="score")
        return jnp.sum(b) * b[0] + t[1] * b[1]

    rep = cj.grad(f).certificate(T, KEY)
    assert rep.theorem is not None and rep.theorem.verdict == "proved", rep
    assert "first_order" in {o.name for o in rep.theorem.obligations}
