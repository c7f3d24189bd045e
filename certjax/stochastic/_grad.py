# SPDX-License-Identifier: Apache-2.0
"""``certjax.grad`` / ``certjax.value_and_grad``: unbiased gradients of expected objectives.

The objective runs under a :class:`~._sample.Handler` and becomes a surrogate (Schulman et
al. 2015) that :func:`jax.value_and_grad` differentiates, so ``jit`` and ``vmap`` work and the
compiled program is plain JAX:

.. math::
    L = \\sum_c w_c \\Big( \\mathrm{obj}_c + \\sum_{i \\in \\text{score}}
        \\mathrm{sg}(C_i - b_i) (\\log p_i - \\mathrm{sg}(\\log p_i)) \\Big)

averaged over ``num_samples`` replicas, where ``c`` runs over the joint configurations of the
enumerated sites with weight ``w_c = exp(sum of their log_probs)`` (one configuration and
``w = 1`` when none), ``C_i`` is the sum of the costs downstream of site ``i`` and ``b_i`` its
baseline (leave-one-out across replicas for ``"loo"``). Reparameterized samples stay
differentiable. Every score term has value 0, so ``L``'s value is the objective (its exact
expectation over the enumerated sites).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from ..estimators._estimator import combine_enumeration, loo_baseline
from ._deps import dependencies, producer, reads_var
from ._errors import (
    MSG_BASELINE_DEPENDS,
    MSG_LOO_NEEDS_SAMPLES,
    MSG_NO_KEY_ARG,
    MSG_SITE_UNDER_TRANSFORM,
    MSG_TOO_MANY_CONFIGS,
    StochasticError,
)
from ._sample import Handler

MAX_CONFIGS = 1024


class _Plan:
    """What the trace-time passes learned: sites, enumeration configs, downstream costs."""

    def __init__(self, sites, n_costs: int):
        self.kinds = [s.est.kind for s in sites]
        self.ests = [s.est for s in sites]
        self.dists = [type(s.dist).__name__ for s in sites]
        self.avals = [jax.ShapeDtypeStruct(jnp.shape(s.value), s.value.dtype) for s in sites]
        self.n_costs = n_costs
        self.score = [i for i, k in enumerate(self.kinds) if k == "score"]
        self.downstream: dict[int, list[int]] = {i: list(range(n_costs)) for i in self.score}
        enum = [s for s in sites if s.est.kind == "enumerate"]
        self.configs = _configs(enum)

    @property
    def n_configs(self) -> int:
        return 1 if self.configs is None else int(self.configs[0].shape[0])


def _configs(enum_sites) -> list[np.ndarray] | None:
    if not enum_sites:
        return None
    sizes = [(s.dist.support_size(), int(np.prod(jnp.shape(s.value), dtype=int)))
             for s in enum_sites]
    m = int(np.prod([k**n for k, n in sizes], dtype=object))
    if m > MAX_CONFIGS:
        raise StochasticError(MSG_TOO_MANY_CONFIGS.format(m=m, cap=MAX_CONFIGS))
    ranges = [range(k) for k, n in sizes for _ in range(n)]
    table = np.asarray(list(itertools.product(*ranges)), np.int32).reshape(m, -1)
    out, col = [], 0
    for s, (_, n) in zip(enum_sites, sizes):
        out.append(table[:, col: col + n].reshape((m,) + tuple(jnp.shape(s.value))))
        col += n
    return out


def _split_out(out: Any, has_aux: bool) -> tuple[Any, Any]:
    if has_aux:
        if not (isinstance(out, tuple) and len(out) == 2):
            raise TypeError("with has_aux=True the objective must return (costs, aux), got "
                            f"{type(out).__name__}")
        return out
    return out, None


def _cost_leaves(out: Any, handler: Handler) -> list[jax.Array]:
    leaves = [] if out is None else jax.tree_util.tree_leaves(out)
    leaves += list(handler.costs)
    if not leaves:
        raise TypeError("the objective returned no cost: return a scalar (or a pytree of costs) "
                        "or add costs with cj.cost(x)")
    return [jnp.sum(jnp.asarray(c)) for c in leaves]


def _abstract(tree: Any) -> Any:
    def one(x):
        if isinstance(x, jax.Array | np.ndarray | float | int | np.generic):
            return jax.ShapeDtypeStruct(jnp.shape(x), jax.dtypes.result_type(x))
        return x
    return jax.tree_util.tree_map(one, tree)


def _plan(fun, args, kwargs, has_aux: bool, prune: bool) -> _Plan:
    """Pass 1 (sites and shapes) and, when it matters, pass 2 (dataflow between them)."""
    record: dict[str, Any] = {}

    def pass1(*a):
        with Handler() as h:
            out, _ = _split_out(fun(*a, **kwargs), has_aux)
            costs = _cost_leaves(out, h)
        record["sites"], record["n_costs"] = h.sites, len(costs)
        return costs

    jax.eval_shape(pass1, *_abstract(args))
    plan = _Plan(record["sites"], record["n_costs"])
    # an array baseline is computed before its sample exists, so it cannot depend on it;
    # the check below is a second line of defence, run whenever the dataflow is analysed
    const_base = [i for i in plan.score if plan.ests[i].baseline_kind == "constant"]
    if not plan.score or not (const_base or (prune and plan.n_costs > 1)):
        return plan
    n_sites = len(plan.kinds)

    def pass2(flat_args, zs):
        a = jax.tree_util.tree_unflatten(tree, flat_args)
        with Handler(inject=zs) as h:
            out, _ = _split_out(fun(*a, **kwargs), has_aux)
            costs = _cost_leaves(out, h)
        if len(h.sites) != n_sites:
            raise StochasticError("the objective made a different number of cj.sample calls on "
                                  "a second trace; its structure must not depend on values")
        extra = []
        for s in h.sites:
            key = s.key
            if jnp.issubdtype(jnp.asarray(key).dtype, jax.dtypes.prng_key):
                key = jax.random.key_data(key)
            extra.append((jax.tree_util.tree_leaves(s.dist), key,
                          s.baseline if s.baseline is not None else jnp.float32(0)))
        return costs, extra

    leaves, tree = jax.tree_util.tree_flatten(_abstract(args))
    closed, out_shape = jax.make_jaxpr(pass2, return_shape=True)(leaves, plan.avals)
    deps = dependencies(closed)
    n_args = len(leaves)
    z_in = [n_args + i for i in range(n_sites)]
    cost_deps = deps[: plan.n_costs]
    # outputs per site: (param leaves..., key, baseline)
    pos = plan.n_costs
    site_out: list[tuple[frozenset[int], frozenset[int]]] = []
    key_pos: list[int] = []
    for params, _, _ in out_shape[1]:
        k = len(params) + 1
        site_out.append((frozenset().union(*deps[pos: pos + k]), deps[pos + k]))
        key_pos.append(pos + k - 1)
        pos += k + 1
    for i in const_base:
        # the baseline is computed before its sample, so it cannot read the sample itself, but it
        # can read the sample's key (a draw with that key *is* the sample): refuse that too
        if _reads_key(closed, key_pos[i], key_pos[i] + 1):
            raise StochasticError(MSG_BASELINE_DEPENDS.format(site=i, dist=plan.dists[i]))
    for i in plan.score:
        reach = {z_in[i]}
        for j in range(i + 1, n_sites):
            if site_out[j][0] & reach:
                reach.add(z_in[j])
        if site_out[i][1] & reach:
            raise StochasticError(MSG_BASELINE_DEPENDS.format(site=i, dist=plan.dists[i]))
        if prune:
            plan.downstream[i] = [c for c, d in enumerate(cost_deps) if d & reach]
    return plan


def _reads_key(closed: Any, key_out: int, base_out: int) -> bool:
    """Whether output ``base_out`` of ``closed`` may read the key returned as ``key_out``."""
    var = closed.jaxpr.outvars[key_out]
    eqn = producer(closed, var)
    if eqn is not None and eqn.primitive.name == "random_unwrap":
        var = eqn.invars[0]  # key_data(key): the key itself is what the site received
    return reads_var(closed, var)[base_out]


def _key_argnum(args: Sequence[Any], argnums: Any, key_argnum: int | None, n: int) -> int:
    if key_argnum is not None:
        return key_argnum
    skip = {argnums} if isinstance(argnums, int) else set(argnums)
    for i, a in enumerate(args):
        if i in skip:
            continue
        dt = getattr(a, "dtype", None)
        if dt is not None and (jnp.issubdtype(dt, jax.dtypes.prng_key)
                               or (dt == jnp.uint32 and jnp.shape(a) == (2,))):
            return i
    raise StochasticError(MSG_NO_KEY_ARG.format(n=n))


def value_and_grad(fun: Callable, argnums: int | Sequence[int] = 0, has_aux: bool = False, *,
                   num_samples: int = 1, key_argnum: int | None = None,
                   prune: bool = True) -> Callable:
    """Like :func:`jax.value_and_grad`, for objectives with :func:`certjax.sample` sites.

    Args:
        fun: the objective; returns a scalar, a pytree of costs (summed), or ``None`` when all
            costs are given with :func:`certjax.cost`; with ``has_aux``, ``(costs, aux)``.
        argnums, has_aux: as in :func:`jax.grad`.
        num_samples: average ``n`` independent replicas (the key argument is split); needed
            by the leave-one-out baseline. ``aux`` then gets a leading replica axis.
        key_argnum: which argument is the key to split (default: the first PRNG-key argument).
        prune: multiply each score term by the costs downstream of its sample only (Schulman
            et al. 2015). ``False`` gives plain REINFORCE with the whole objective.

    Returns:
        A function returning ``(value, grad)`` (``((value, aux), grad)`` with ``has_aux``):
        ``value`` is the objective at the samples (averaged over replicas, exact over
        enumerated sites) and ``grad`` an unbiased estimate of the gradient of its expectation.

    Example:
        >>> import jax, jax.numpy as jnp, certjax as cj
        >>> from certjax import distributions as cjd
        >>> def objective(params, key):
        ...     k1, k2 = jax.random.split(key)
        ...     z = cj.sample(k1, cjd.Normal(params["mu"], jnp.exp(params["log_sigma"])))
        ...     b = cj.sample(k2, cjd.Bernoulli(logits=params["logit"]))
        ...     return (z - 1.0) ** 2 + 3.0 * b * z
        >>> params = {"mu": 0.0, "log_sigma": 0.0, "logit": 0.0}
        >>> v, g = jax.jit(cj.value_and_grad(objective))(params, jax.random.key(0))
        >>> sorted(g)
        ['log_sigma', 'logit', 'mu']

    References:
        Schulman, Heess, Weber, Abbeel (2015), "Gradient Estimation Using Stochastic
        Computation Graphs".
    """
    if num_samples < 1:
        raise ValueError(f"num_samples must be >= 1, got {num_samples}")

    @functools.wraps(fun)
    def vg(*args: Any, **kwargs: Any):
        try:
            return _value_and_grad(fun, argnums, has_aux, num_samples, key_argnum, prune,
                                   args, kwargs)
        except jax.errors.UnexpectedTracerError as e:
            raise StochasticError(MSG_SITE_UNDER_TRANSFORM) from e

    return vg


def _value_and_grad(fun, argnums, has_aux, n, key_argnum, prune, args, kwargs):
    plan = _plan(fun, args, kwargs, has_aux, prune)
    loo = [i for i in plan.score if plan.ests[i].baseline_kind == "loo"]
    if loo and n < 2:
        raise StochasticError(MSG_LOO_NEEDS_SAMPLES)
    m = plan.n_configs
    kpos = _key_argnum(args, argnums, key_argnum, n) if n > 1 else None

    def replica(a, config):
        with Handler(enumerated=config) as h:
            out, aux = _split_out(fun(*a, **kwargs), has_aux)
            costs = _cost_leaves(out, h)
        sites = h.sites
        if [s.est.kind for s in sites] != plan.kinds:
            raise StochasticError("the objective's cj.sample calls changed between traces")
        obj = sum(costs[1:], costs[0])
        C, lps, bases = [], [], []
        for i in plan.score:
            down = plan.downstream[i]
            C.append(sum((costs[c] for c in down), jnp.zeros((), obj.dtype)))
            lps.append(sites[i].log_prob)
            b = sites[i].baseline
            bases.append(jnp.zeros((), obj.dtype) if b is None else b)
        logw = sum((jnp.sum(s.log_prob) for s in sites if s.est.kind == "enumerate"),
                   jnp.zeros((), obj.dtype))
        return obj, aux, C, lps, bases, logw

    def surrogate(*dargs):
        a = list(args)
        if isinstance(argnums, int):
            a[argnums] = dargs[0]
        else:
            for i, d in zip(argnums, dargs):
                a[i] = d
        if n == 1 and m == 1:
            obj, aux, C, lps, bases, _ = replica(a, None)
            total = obj
            for i, c, lp, b in zip(plan.score, C, lps, bases):
                total = total + plan.ests[i].term(lp, c, b)
            return total, (obj, aux)

        def one(key, config):
            b = list(a)
            if key is not None:
                b[kpos] = key
            return replica(b, config)

        keys = jax.random.split(a[kpos], n) if n > 1 else None
        over_keys = jax.vmap(one, in_axes=(0, None)) if n > 1 else (
            lambda k, c: jax.tree_util.tree_map(lambda x: x[None], one(None, c)))
        configs = plan.configs
        if configs is None:
            run = lambda: jax.tree_util.tree_map(lambda x: x[None], over_keys(keys, None))  # noqa: E731
        else:
            run = lambda: jax.vmap(over_keys, in_axes=(None, 0))(keys, configs)  # noqa: E731
        obj, aux, C, lps, bases, logw = run()  # leading axes [m, n]
        total = obj
        for j, i in enumerate(plan.score):
            est = plan.ests[i]
            b = jax.vmap(loo_baseline)(C[j]) if est.baseline_kind == "loo" else bases[j]
            b = jnp.broadcast_to(b, C[j].shape + jnp.shape(b)[2:])
            total = total + jax.vmap(jax.vmap(est.term))(lps[j], C[j], b)
        if m > 1:
            total, value = combine_enumeration(logw, total), combine_enumeration(logw, obj)
        else:
            total, value = total[0], obj[0]
        if aux is not None:
            aux = jax.tree_util.tree_map(
                lambda x: x[:, 0] if n == 1 else (x[0] if m == 1 else x), aux)
        return jnp.mean(total), (jnp.mean(value), aux)

    darg = [args[argnums]] if isinstance(argnums, int) else [args[i] for i in argnums]
    (_, (value, aux)), g = jax.value_and_grad(
        surrogate, argnums=0 if isinstance(argnums, int) else tuple(range(len(darg))),
        has_aux=True)(*darg)
    return ((value, aux) if has_aux else value), g


def grad(fun: Callable, argnums: int | Sequence[int] = 0, has_aux: bool = False, *,
         num_samples: int = 1, key_argnum: int | None = None, prune: bool = True) -> Callable:
    """Like :func:`jax.grad`: an unbiased estimate of the gradient of ``E[fun]``.

    Same arguments as :func:`value_and_grad`; returns ``grad`` (``(grad, aux)`` with
    ``has_aux``).

    Example:
        >>> import jax, certjax as cj
        >>> from certjax import distributions as cjd
        >>> def objective(logit, key):
        ...     b = cj.sample(key, cjd.Bernoulli(logits=logit), estimator="enumerate")
        ...     return 3.0 * b
        >>> float(cj.grad(objective)(0.0, jax.random.key(0)))  # d/dl 3 sigmoid(l) at 0
        0.75
    """
    vg = value_and_grad(fun, argnums, has_aux, num_samples=num_samples, key_argnum=key_argnum,
                        prune=prune)

    @functools.wraps(fun)
    def g(*args: Any, **kwargs: Any):
        out, gr = vg(*args, **kwargs)
        return (gr, out[1]) if has_aux else gr

    return g
