# SPDX-License-Identifier: Apache-2.0
"""What :func:`certjax.grad` learns by tracing the objective before building its surrogate.

Pass 1 records the sample sites and the costs. Pass 2 (when it matters) traces the objective
once more with every sample injected as an input and tags every site's PRNG key variable, then
follows the jaxpr's dataflow (:mod:`._deps`, an over-approximation) to find

* the costs downstream of each score-function site: those that may read its sample, its key
  (a redraw with that key *is* the sample) or anything computed from them, including later
  sites whose parameters or keys do (pruning, Schulman et al. 2015);
* baselines that read any of these (refused: the gradient would be biased);
* with ``num_samples > 1``, sites whose key comes from no split key (the replicas would share
  that sample, which biases the leave-one-out baseline): refused.

One dataflow relation decides all three, so pruning and the baseline check cannot disagree.
"""

from __future__ import annotations

import itertools
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from ._deps import dependencies, producer
from ._errors import (
    MSG_BASELINE_DEPENDS,
    MSG_REPLICAS_SHARE_KEY,
    MSG_TOO_MANY_CONFIGS,
    StochasticError,
)
from ._sample import Handler

MAX_CONFIGS = 1024


class Plan:
    """Sites, enumeration configurations and, per score site, its downstream costs."""

    def __init__(self, sites, n_costs: int):
        self.kinds = [s.est.kind for s in sites]
        self.ests = [s.est for s in sites]
        self.dists = [type(s.dist).__name__ for s in sites]
        self.classes = [type(s.dist) for s in sites]
        self.param_avals = [[jax.ShapeDtypeStruct(jnp.shape(x), jnp.result_type(x))
                             for x in jax.tree_util.tree_leaves(s.dist)] for s in sites]
        self.sizes = [s.dist.support_size() or 0 for s in sites]
        self.n_elems = [int(np.prod(_events(s), dtype=int)) for s in sites]
        self.avals = [jax.ShapeDtypeStruct(jnp.shape(s.value), s.value.dtype) for s in sites]
        self.n_costs = n_costs
        self.score = [i for i, k in enumerate(self.kinds) if k == "score"]
        self.downstream: dict[int, list[int]] = {i: list(range(n_costs)) for i in self.score}
        # per site, the score sites upstream of it (whose sample its parameters or key may
        # read); filled by the dataflow pass, which runs whenever a baseline is present
        self.upstream: dict[int, list[int]] = {i: [] for i in range(len(sites))}
        # per cost / site parameters / site baseline: the sites it may depend on (dataflow)
        self.cost_sites: list[frozenset[int]] | None = None
        self.param_sites: list[frozenset[int]] | None = None
        self.base_sites: list[frozenset[int]] | None = None
        enum = [s for s in sites if s.est.kind == "enumerate"]
        self.configs = _configs(enum)

    @property
    def n_configs(self) -> int:
        return 1 if self.configs is None else int(self.configs[0].shape[0])


def _events(site) -> tuple[int, ...]:
    """The shape of a site's events (its sample's shape less the event shape): one support
    index per event is enumerated."""
    shape = tuple(jnp.shape(site.value))
    return shape[:len(shape) - len(site.dist.event_shape)]


def _configs(enum_sites) -> list[np.ndarray] | None:
    if not enum_sites:
        return None
    sizes = [(s.est.truncate or s.dist.support_size(), int(np.prod(_events(s), dtype=int)))
             for s in enum_sites]  # (a site of infinite support: its truncation)
    m = int(np.prod([k**n for k, n in sizes], dtype=object))
    if m > MAX_CONFIGS:
        raise StochasticError(MSG_TOO_MANY_CONFIGS.format(m=m, cap=MAX_CONFIGS))
    ranges = [range(k) for k, n in sizes for _ in range(n)]
    table = np.asarray(list(itertools.product(*ranges)), np.int32).reshape(m, -1)
    out, col = [], 0
    for s, (_, n) in zip(enum_sites, sizes, strict=True):
        out.append(table[:, col: col + n].reshape((m,) + _events(s)))
        col += n
    return out


def split_out(out: Any, has_aux: bool) -> tuple[Any, Any]:
    if has_aux:
        if not (isinstance(out, tuple) and len(out) == 2):
            raise TypeError("with has_aux=True the objective must return (costs, aux), got "
                            f"{type(out).__name__}")
        return out
    return out, None


def cost_leaves(out: Any, handler: Handler) -> list[jax.Array]:
    leaves = [] if out is None else jax.tree_util.tree_leaves(out)
    leaves += list(handler.costs)
    if not leaves:
        raise TypeError("the objective returned no cost: return a scalar (or a pytree of costs) "
                        "or add costs with cj.cost(x)")
    return [jnp.sum(jnp.asarray(c)) for c in leaves]


def _abstract_one(x: Any) -> Any:
    if isinstance(x, jax.Array | np.ndarray | float | int | np.generic):
        return jax.ShapeDtypeStruct(jnp.shape(x), jax.dtypes.result_type(x))
    return x


def abstract(tree: Any) -> Any:
    return jax.tree_util.tree_map(_abstract_one, tree)


def plan(fun, args, kwargs, has_aux: bool, prune: bool, *, n: int = 1,
         split_leaves: list[int] | None = None, graph: bool = False) -> Plan:
    """Pass 1 (sites and shapes) and, when it matters, pass 2 (dataflow between them).

    ``split_leaves``: positions among the leaves of ``(args, kwargs)`` of the keys split into
    the ``n`` replicas. ``graph``: the whole-graph theorem (:mod:`._graph`) will be asked
    for, so run the dataflow pass whenever the theorem applies to this graph.
    """
    from ._graph import MAX_GRAPH_CONFIGS, eligible, n_configs

    record: dict[str, Any] = {}

    def pass1(*a):
        with Handler() as h:
            out, _ = split_out(fun(*a, **kwargs), has_aux)
            costs = cost_leaves(out, h)
        record["sites"], record["n_costs"] = h.sites, len(costs)
        return costs

    jax.eval_shape(pass1, *abstract(args))
    p = Plan(record["sites"], record["n_costs"])
    need_dataflow = graph and eligible(p) and n_configs(p) <= MAX_GRAPH_CONFIGS
    with_base = [i for i in p.score if p.ests[i].baseline_kind in ("constant", "callable")]
    if n == 1 and not need_dataflow and (
            not p.score or not (with_base or (prune and p.n_costs > 1))):
        return p
    _dataflow(p, fun, args, kwargs, has_aux, prune, split_leaves if n > 1 else None)
    return p


def _dataflow(p: Plan, fun, args, kwargs, has_aux, prune, split_leaves) -> None:
    n_sites = len(p.kinds)
    # every leaf of the positional arguments is an input (as in pass 1); of the keyword
    # arguments only the arrays (a Python number there may be used as a static value)
    flat, tree = jax.tree_util.tree_flatten((tuple(args), kwargs))
    n_pos = len(jax.tree_util.tree_leaves(tuple(args)))
    dyn = [i for i, x in enumerate(flat) if i < n_pos or isinstance(x, jax.Array)]
    sig = [_abstract_one(flat[i]) for i in dyn]

    def pass2(dyn_vals, zs):
        full = list(flat)
        for i, v in zip(dyn, dyn_vals, strict=True):
            full[i] = v
        a, kw = jax.tree_util.tree_unflatten(tree, full)
        with Handler(inject=zs) as h:
            out, _ = split_out(fun(*a, **kw), has_aux)
            costs = cost_leaves(out, h)
        if len(h.sites) != n_sites:
            raise StochasticError("the objective made a different number of cj.sample calls on "
                                  "a second trace; its structure must not depend on values")
        extra = []
        for s in h.sites:
            key = s.key
            if jnp.issubdtype(jnp.asarray(key).dtype, jax.dtypes.prng_key):
                key = jax.random.key_data(key)
            base = s.baseline if s.est.baseline_kind == "constant" else jnp.float32(0)
            if s.est.baseline_kind == "callable":
                # it reads its own sample by design (proved constant in it by Z3 at this
                # instance, see _instance.py): what else it reads is checked here, with the
                # sample replaced by a constant
                base = jnp.asarray(s.est.baseline(jnp.zeros(jnp.shape(s.value), jnp.float32)))
            extra.append((jax.tree_util.tree_leaves(s.dist), key, base))
        return costs, extra

    closed, out_shape = jax.make_jaxpr(pass2, return_shape=True)(sig, p.avals)
    n_in = len(dyn)
    z_tag = [n_in + i for i in range(n_sites)]
    k_tag = [n_in + n_sites + i for i in range(n_sites)]
    outvars = closed.jaxpr.outvars
    pos = p.n_costs
    params_deps, key_deps, base_deps, seeds = [], [], [], {}
    layout = []
    for i, (params, _, _) in enumerate(out_shape[1]):
        layout.append((pos, len(params)))
        key_var = outvars[pos + len(params)]
        eqn = producer(closed, key_var)
        if eqn is not None and eqn.primitive.name == "random_unwrap":
            key_var = eqn.invars[0]  # key_data(key): the key itself is what the site received
        seeds[key_var] = seeds.get(key_var, frozenset()) | {k_tag[i]}
        pos += len(params) + 2
    deps = dependencies(closed, seeds)
    for pos, k in layout:
        params_deps.append(frozenset().union(*deps[pos: pos + k]))
        key_deps.append(deps[pos + k])
        base_deps.append(deps[pos + k + 1])
    cost_deps = deps[: p.n_costs]
    if split_leaves is not None:
        split_tags = {dyn.index(i) for i in split_leaves if i in dyn}
        for i in range(n_sites):
            if not key_deps[i] & split_tags:
                raise StochasticError(MSG_REPLICAS_SHARE_KEY.format(site=i, dist=p.dists[i]))
    reaches = {}
    for i in range(n_sites):
        reach = {z_tag[i], k_tag[i]}
        for j in range(i + 1, n_sites):
            if (params_deps[j] | key_deps[j]) & reach:
                reach |= {z_tag[j], k_tag[j]}
                if i in p.score:
                    p.upstream[j].append(i)
        reaches[i] = reach
        if i not in p.score:
            continue
        if base_deps[i] & reach:
            raise StochasticError(MSG_BASELINE_DEPENDS.format(site=i, dist=p.dists[i]))
        if prune:
            p.downstream[i] = [c for c, d in enumerate(cost_deps) if d & reach]

    def sites_of(d):
        return frozenset(i for i in range(n_sites) if d & reaches[i])

    p.cost_sites = [sites_of(d) for d in cost_deps]
    p.param_sites = [sites_of(params_deps[j]) for j in range(n_sites)]
    p.base_sites = [sites_of(base_deps[j]) for j in range(n_sites)]
