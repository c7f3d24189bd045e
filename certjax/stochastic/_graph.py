# SPDX-License-Identifier: Apache-2.0
"""The whole-graph theorem: for a graph of finite-support sites, the surrogate is unbiased.

The pair certificates prove each estimator x distribution pair; :func:`certjax.grad` composes
them (Schulman et al. 2015). For an objective whose sample sites all have finite support
(score function with the DiCE term, or enumeration), this module proves the composed
statement itself, Certigrad's theorem for that graph (Selsam, Liang, Dill 2017), on request
(``cj.grad(f).certificate(...)``, or at first use with ``prove_graph=True``):

.. math::
    \\sum_e P(e)\\,\\frac{d^k}{dt^k} S_e(t) = \\frac{d^k}{dt^k} \\sum_e P(e;t) \\sum_c c_e(t),
    \\qquad k = 0, 1, 2

where ``e`` runs over the joint support of all sites (exact enumeration), ``P(e)`` is the
product of the sites' ``exp(log_prob)`` on the distributions' own code, ``S_e`` is the
surrogate :func:`certjax.grad` differentiates (:func:`~._grad.replica_total` and
``combine_enumeration``, the very functions that run) and ``t`` any direction in parameter
space (a scalar: the identity for every direction gives the gradient, and by polarization the
Hessian). Everything the graph computes is **uninterpreted**: each cost, each site's
parameters and each baseline is a free function of the samples it may depend on (by the same
jaxpr dataflow that decides pruning, an over-approximation) and of ``t``, represented by its
value and first two derivatives at ``t`` per configuration of those samples (free reals: a
function of finitely many points, whose 2-jet at ``t`` is arbitrary). So the theorem holds for
every cost and parameter computation with that dependence structure, in particular this one.

Cached by the graph's structure (the sites' classes and shapes, estimators, and the
dependence sets read off the objective's jaxpr). Past :data:`MAX_GRAPH_CONFIGS` joint support
points, or with a continuous site, nothing is proved here and the composition step is listed
as an assumption.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from .._certificate import Certificate
from .._inline import eval_inlined
from ._proof import Claim, prove_claims

MAX_GRAPH_CONFIGS = 16
GRAPH_RLIMIT = 10_000_000
A_COMPOSITION = (
    "composition (Schulman et al. 2015): the pair certificates' identities compose over the "
    "graph (costs downstream of each site by jaxpr dataflow, DiCE MagicBoxes over the upstream "
    "score sites, Loaded DiCE baselines); {why}")
A_UNINTERPRETED = (
    "graph theorem: every cost, site parameter and baseline is a function of the samples it may "
    "depend on (jaxpr dataflow, an over-approximation) and of the parameters, twice "
    "differentiable in them; each is represented by its value and first two derivatives along "
    "a direction t, free per configuration of those samples")
A_GRAPH_SAMPLER = (
    "graph sampler: site j draws its value given the earlier samples from exp(log_prob) at its "
    "parameters (obligation normalized@j), elements of a batch independently, with keys "
    "independent of everything else")
A_REPLICAS = ("replicas: with num_samples = n the estimate is the mean of n replicas drawn with "
              "independent keys, each the graph proved here (a leave-one-out baseline is one "
              "of the free baselines: it reads only the other replicas)")


@dataclasses.dataclass(frozen=True)
class GraphReport:
    """What is known about a whole stochastic graph's estimator.

    Attributes:
        verdict: ``"proved"`` (the theorem, first and second order), ``"first_order"``
            (the first-order theorem; the second order was not asked for or not proved),
            ``"assumed"`` (composition assumed: continuous sites or too large) or
            ``"unproved"``.
        theorem: the theorem's certificate (None when not attempted).
        pairs: the pair certificates' names the graph uses.
        assumptions: the composition's assumptions, item by item (each pair certificate
            lists its own).
    """

    verdict: str
    theorem: Certificate | None
    pairs: list[str]
    assumptions: list[str]


def eligible(p) -> bool:
    """Every site has finite support with scalar events (not one-hot vectors) and a DiCE
    score or enumeration estimator."""
    from ..estimators._estimator import score_term

    return bool(p.kinds) and all(
        c.support.size is not None and c.event_ndims == 0
        and (k == "enumerate" or (k == "score" and e.term is score_term))
        for c, k, e in zip(p.classes, p.kinds, p.ests, strict=True))


def n_configs(p) -> int:
    return int(np.prod([k ** n for k, n in zip(p.sizes, p.n_elems, strict=True)], dtype=object))


_CACHE: dict[tuple, Certificate] = {}


def signature(p) -> tuple:
    return (tuple(p.classes), tuple(map(str, p.param_avals)), tuple(map(str, p.avals)),
            tuple(p.kinds), tuple(e.baseline_kind for e in p.ests), tuple(p.sizes),
            tuple(tuple(p.downstream[i]) for i in p.score),
            tuple(tuple(p.upstream[i]) for i in range(len(p.kinds))),
            tuple(p.cost_sites), tuple(p.param_sites), tuple(p.base_sites), p.n_costs)


def prove_graph(p, second_order: bool = False) -> Certificate:
    """The theorem's certificate for plan ``p`` (dataflow filled in), proved once per
    structure; never raises on a failed proof (the caller reads the verdict).

    The value and first-order claims are proved when asked for (under a second for small
    graphs); the second-order claim is much harder for Z3 (seconds to minutes, one softplus
    per site multiplies the branch regions) and is proved only when asked for."""
    key = (signature(p), second_order)
    if key not in _CACHE:
        with jax.ensure_compile_time_eval():
            _CACHE[key] = _Theorem(p).prove(second_order)
    return _CACHE[key]


class _Theorem:
    def __init__(self, p):
        from ._grad import replica_total  # the surrogate's own code

        self.p, self.total = p, replica_total
        self.n = len(p.kinds)
        per_site = [list(itertools.product(range(k), repeat=m))
                    for k, m in zip(p.sizes, p.n_elems, strict=True)]
        self.configs = list(itertools.product(*per_site))  # e -> per site, its flat values
        self.per_site = per_site
        self.plen = [sum(int(np.prod(a.shape, dtype=int)) for a in av) for av in p.param_avals]
        self._lp_j: dict[tuple, Any] = {}

    # -- indexing: a free function of the samples of a set of sites is a table over them ----
    def _size(self, sites) -> int:
        return int(np.prod([len(self.per_site[j]) for j in sorted(sites)], dtype=int))

    def _index(self, sites, e) -> int:
        idx = 0
        for j in sorted(sites):
            idx = idx * len(self.per_site[j]) + self.per_site[j].index(e[j])
        return idx

    def inputs(self) -> dict[str, tuple[int, ...]]:
        p, out = self.p, {}
        for j in range(self.n):
            out[f"phi{j}"] = (self._size(self._psites(j)), self.plen[j], 3)
        for c in range(p.n_costs):
            out[f"cost{c}"] = (self._size(p.cost_sites[c]), 3)
        for i in p.score:
            if p.ests[i].baseline_kind != "none":
                out[f"b{i}"] = (self._size(p.base_sites[i]), p.n_elems[i])
        return out

    def _psites(self, j):
        return self.p.param_sites[j] - {j}

    # -- the graph at configuration e, as functions of t ----------------------------------------
    @staticmethod
    def _jet(row, t):
        # evaluated at t = 0 (a literal: the graph's own point), so its value, first and
        # second derivative are the row's three free entries
        return row[..., 0] + row[..., 1] * t + 0.5 * row[..., 2] * t * t

    @staticmethod
    def _t(inp):
        return jnp.zeros((), inp["phi0"].dtype)

    def _dist(self, j, inp, e, t):
        flat = self._jet(inp[f"phi{j}"][self._index(self._psites(j), e)], t)
        leaves, pos = [], 0
        for a in self.p.param_avals[j]:
            k = int(np.prod(a.shape, dtype=int))
            leaves.append(flat[pos: pos + k].reshape(a.shape))
            pos += k
        return leaves

    def _z(self, j, e):
        return jnp.asarray(np.asarray(e[j], np.int32).reshape(self.p.avals[j].shape))

    def _lp(self, j, leaves, e):
        return self.p.classes[j].tree_unflatten(False, leaves).log_prob(self._z(j, e))

    def _lp_ref(self, j, leaves, e):
        key = (j, jnp.result_type(leaves[0]))  # float32 proof, float64 confirmation
        if key not in self._lp_j:
            cls, av = self.p.classes[j], self.p.param_avals[j]
            sig = [jax.ShapeDtypeStruct(a.shape, key[1]) for a in av]
            self._lp_j[key] = jax.make_jaxpr(
                lambda *a: cls.tree_unflatten(False, list(a[:-1])).log_prob(a[-1]))(
                *sig, jax.ShapeDtypeStruct(self.p.avals[j].shape, np.int32))
        return eval_inlined(self._lp_j[key], *leaves, self._z(j, e))[0]

    def _costs(self, inp, e, t):
        return jnp.stack([self._jet(inp[f"cost{c}"][self._index(self.p.cost_sites[c], e)], t)
                          for c in range(self.p.n_costs)])

    def surrogate(self, inp, e, t):
        """What :func:`certjax.grad` differentiates at configuration ``e``: the enumerated
        sites' weight times :func:`~._grad.replica_total`."""
        from ..estimators._estimator import combine_enumeration

        p = self.p
        lps = {j: self._lp(j, self._dist(j, inp, e, t), e) for j in range(self.n)}
        bases = []
        for i in p.score:
            if p.ests[i].baseline_kind == "none":
                bases.append(jnp.zeros((), t.dtype))
            else:
                row = inp[f"b{i}"][self._index(p.base_sites[i], e)]
                bases.append(row.reshape(p.avals[i].shape))
        total = self.total(p, self._costs(inp, e, t), [lps[i] for i in p.score], bases)
        logw = sum((jnp.sum(lps[j]) for j in range(self.n) if p.kinds[j] == "enumerate"),
                   jnp.zeros((), t.dtype))
        return combine_enumeration(jnp.reshape(logw, (1,)), jnp.reshape(total, (1,)))

    def weight(self, inp, e):
        """``P(e)`` of the sampled (score) sites, as a value (the estimator is not
        differentiated through the sampling distribution)."""
        t = self._t(inp)
        return jnp.exp(sum((jnp.sum(self._lp(j, self._dist(j, inp, e, t), e))
                            for j in self.p.score), jnp.zeros((), t.dtype)))

    def rule(self, inp, order: int):
        t = self._t(inp)
        out = jnp.zeros((), t.dtype)
        for e in self.configs:
            f = lambda t, e=e: self.surrogate(inp, e, t)  # noqa: E731
            for _ in range(order):
                f = jax.grad(f)
            out = out + self.weight(inp, e) * f(t)
        return out

    def expected(self, inp, t):
        total = jnp.zeros((), t.dtype)
        for e in self.configs:
            logp = sum((jnp.sum(self._lp_ref(j, self._dist(j, inp, e, t), e))
                        for j in range(self.n)), jnp.zeros((), t.dtype))
            total = total + jnp.exp(logp) * jnp.sum(self._costs(inp, e, t))
        return total

    def reference(self, inp, order: int):
        f = lambda t: self.expected(inp, t)  # noqa: E731
        for _ in range(order):
            f = (lambda g: lambda t: jax.jvp(g, (t,), (jnp.ones_like(t),))[1])(f)
        return f(self._t(inp))

    def domain(self, inp):
        ok = jnp.bool_(True)
        for j in range(self.n):
            cls = self.p.classes[j]
            for e in self.configs:
                leaves = self._dist(j, inp, e, self._t(inp))
                named = dict(zip(cls.param_names, leaves, strict=True))
                ok = ok & jnp.all(cls.param_domain(**named))
        return ok

    def _normalized(self, j) -> Claim:
        cls, p = self.p.classes[j], self.p

        def total(inp):
            leaves = self._dist(j, inp, self.configs[0], self._t(inp))
            d = cls.tree_unflatten(False, leaves)
            return sum(jnp.exp(d.log_prob(jnp.full(p.avals[j].shape, k, np.int32)))
                       for k in range(p.sizes[j]))

        return Claim(f"normalized@{j}", f"site {j} ({cls.__name__}): sum_k exp(log_prob(k)) "
                     "== 1 elementwise", "equal", total,
                     lambda inp: jnp.ones(p.avals[j].shape, inp["phi0"].dtype), self.domain)

    def prove(self, second_order: bool) -> Certificate:
        claims = [self._normalized(j) for j in range(self.n)]
        names = {0: "value", 1: "first_order", 2: "second_order"}
        for k in (0, 1, 2) if second_order else (0, 1):
            stmt = (f"sum_e P(e) d^{k}/dt^{k} surrogate_e == d^{k}/dt^{k} sum_e P(e; t) "
                    "sum_c cost_c(e; t)")
            claims.append(Claim(names[k], stmt, "equal",
                                lambda inp, k=k: self.rule(inp, k),
                                lambda inp, k=k: self.reference(inp, k), self.domain,
                                rlimit=GRAPH_RLIMIT, required=k < 2))
        p = self.p
        sites = zip(p.ests, p.dists, p.avals, strict=True)
        name = "graph[" + ", ".join(f"{e.label} x {d}{list(a.shape)}" for e, d, a in sites) \
            + f"; {p.n_costs} costs]"
        return prove_claims(name, self.inputs(), claims,
                            assumptions=[A_UNINTERPRETED, A_GRAPH_SAMPLER, A_REPLICAS],
                            rlimit=GRAPH_RLIMIT)


def report(p, pair_names: list[str], n: int, second_order: bool = False) -> GraphReport:
    """Prove the theorem for plan ``p`` when it applies; else list the composition step."""
    if not eligible(p):
        why = ("not proved for this graph: it has a continuous or reparameterized site "
               "(the identities are integrals there; the whole-graph theorem is proved for "
               "finite supports only) or a site with vector events (OneHotCategorical)")
        return GraphReport("assumed", None, pair_names, [A_COMPOSITION.format(why=why)])
    m = n_configs(p)
    if m > MAX_GRAPH_CONFIGS:
        why = (f"not proved for this graph: its joint support has {m} points, more than the "
               f"{MAX_GRAPH_CONFIGS} the whole-graph theorem enumerates")
        return GraphReport("assumed", None, pair_names, [A_COMPOSITION.format(why=why)])
    cert = prove_graph(p, second_order)
    second = next((o for o in cert.obligations if o.name == "second_order"), None)
    if cert.verdict != "proved":
        verdict = cert.verdict
    else:
        verdict = "proved" if second is not None and second.verdict == "proved" else "first_order"
    why = ("second order: the theorem below was not asked for it (certificate(..., "
           "second_order=True)); the pairs' second-order identities are proved" if second is None
           else "the theorem below did not prove every order")
    extra = [] if verdict == "proved" else [A_COMPOSITION.format(why=why)]
    return GraphReport(verdict, cert, pair_names, extra)
