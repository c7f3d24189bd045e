# SPDX-License-Identifier: Apache-2.0
"""``certjax.grad`` / ``certjax.value_and_grad``: unbiased gradients of expected objectives.

The objective runs under a :class:`~._sample.Handler` and becomes a DiCE surrogate
(Foerster et al. 2018, on the stochastic computation graph of Schulman et al. 2015) that
:func:`jax.value_and_grad` differentiates, so ``jit`` and ``vmap`` work and the compiled
program is plain JAX:

.. math::
    L = \\sum_e w_e \\Big( \\mathrm{obj}_e + \\sum_c c\\,(\\square(\\tau_c) - 1)
        + \\sum_{i \\in \\text{score}} \\mathrm{sg}(b_i)\\,(1 - \\square(\\log p_i)) \\Big)

averaged over ``num_samples`` replicas, where ``e`` runs over the joint configurations of the
enumerated sites with weight ``w_e = exp(sum of their log_probs)`` (one configuration and
``w = 1`` when none), ``c`` over the costs, ``tau_c`` is the sum of the log-probabilities of
the score-function sites upstream of ``c`` (the sites ``c`` is downstream of), ``b_i`` the
baseline of site ``i`` (leave-one-out across replicas for ``"loo"``) and
``\\square(x) = exp(x - sg(x))`` DiCE's MagicBox. Reparameterized samples stay differentiable.
Every added term has value 0, so ``L``'s value is the objective (its exact expectation over the
enumerated sites); its gradient is the score-function estimator with pruning and baselines,
and its derivatives of every order are unbiased, so ``cj.grad(cj.grad(f))``,
``jax.jacfwd(cj.grad(f))`` and ``jax.hessian`` of a :func:`value_and_grad` value estimate the
higher derivatives of the expectation.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import jax
import jax.numpy as jnp

from ..estimators._estimator import (
    combine_enumeration,
    dice_cost,
    loaded_dice_baseline,
    loo_baseline,
    score_term,
)
from . import _keys
from ._errors import (
    MSG_HIGHER_ORDER_CUSTOM_TERM,
    MSG_LOO_NEEDS_SAMPLES,
    MSG_SITE_UNDER_TRANSFORM,
    HigherOrderUnsupported,
    StochasticError,
    raise_unless_proved,
)
from ._graph import GraphReport, report
from ._pairs import pair_name
from ._plan import Plan, cost_leaves, plan, split_out
from ._registry import certificate
from ._sample import Handler
from ._second_order import second_order_proved


def value_and_grad(fun: Callable, argnums: int | Sequence[int] = 0, has_aux: bool = False, *,
                   num_samples: int = 1, key_argnum: int | None = None,
                   prune: bool = True, prove_graph: bool = False) -> Callable:
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
        prove_graph: ``True``: at first use, prove the whole-graph theorem (the expected
            derivatives of the surrogate are those of the expected cost,
            :mod:`certjax.stochastic._graph`; proved per configuration for graphs whose
            sites all have finite support, at most ``MAX_GRAPH_CONFIGS`` joint points) and
            raise if it is refuted; cached by the graph's structure. Off by default: it is a
            Z3 proof (seconds to minutes) per new graph structure. On request, without
            changing how gradients run: ``value_and_grad(f).certificate(*args)``. The pairs'
            own certificates are checked at every use either way.

    Returns:
        A function returning ``(value, grad)`` (``((value, aux), grad)`` with ``has_aux``),
        with a ``certificate(*args)`` attribute giving the graph's :class:`GraphReport`:
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
                                   prove_graph, args, kwargs)
        except jax.errors.UnexpectedTracerError as e:
            raise StochasticError(MSG_SITE_UNDER_TRANSFORM) from e

    def certificate(*args: Any, second_order: bool = False, **kwargs: Any) -> GraphReport:
        """The whole-graph report for these arguments (see :mod:`certjax.stochastic._graph`);
        ``second_order=True`` also proves the second-order claim (slow)."""
        _, p = _plan(fun, argnums, has_aux, num_samples, key_argnum, prune, args, kwargs, True)
        return graph_report(p, num_samples, second_order)

    vg.certificate = certificate
    return vg


def _plan(fun, argnums, has_aux, n, key_argnum, prune, args, kwargs, graph):
    kpos = _keys.key_leaves(args, kwargs, argnums, key_argnum, n) if n > 1 else []
    return kpos, plan(fun, args, kwargs, has_aux, prune, n=n, split_leaves=kpos, graph=graph)


def graph_report(p: Plan, n: int, second_order: bool = False) -> GraphReport:
    """The whole-graph report of plan ``p`` (proved once per structure); raises if refuted."""
    names = [pair_name(c, e) for c, e in zip(p.classes, p.ests, strict=True)]
    rep = report(p, names, n, second_order)
    if rep.verdict == "refuted":
        raise_unless_proved(rep.theorem, "This is a bug in certjax's surrogate: please report it.")
    return rep


def _value_and_grad(fun, argnums, has_aux, n, key_argnum, prune, graph, args, kwargs):
    kpos, p = _plan(fun, argnums, has_aux, n, key_argnum, prune, args, kwargs, graph)
    if graph:
        graph_report(p, n)
    loo = [i for i in p.score if p.ests[i].baseline_kind == "loo"]
    if loo and n < 2:
        raise StochasticError(MSG_LOO_NEEDS_SAMPLES)
    m = p.n_configs

    def replica(a, kw, config):
        with Handler(enumerated=config) as h:
            out, aux = split_out(fun(*a, **kw), has_aux)
            costs = cost_leaves(out, h)
        sites = h.sites
        if [s.est.kind for s in sites] != p.kinds:
            raise StochasticError("the objective's cj.sample calls changed between traces")
        obj = sum(costs[1:], costs[0])
        C = site_costs(p, jnp.stack(costs))
        lps, bases = [], []
        for i in p.score:
            lps.append(sites[i].log_prob)
            b = sites[i].baseline
            bases.append(jnp.zeros((), obj.dtype) if b is None else b)
        logw = sum((jnp.sum(s.log_prob) for s in sites if s.est.kind == "enumerate"),
                   jnp.zeros((), obj.dtype))
        return obj, aux, jnp.stack(costs), C, lps, bases, logw

    def surrogate(*dargs):
        a = list(args)
        if isinstance(argnums, int):
            a[argnums] = dargs[0]
        else:
            for i, d in zip(argnums, dargs, strict=True):
                a[i] = d
        if n == 1 and m == 1:
            obj, aux, costs, C, lps, bases, _ = replica(a, kwargs, None)
            return replica_total(p, costs, lps, bases), (obj, aux)

        leaves, tree = jax.tree_util.tree_flatten((tuple(a), kwargs))

        def one(keys, config):
            full = list(leaves)
            for pos, k in zip(kpos, keys, strict=True):
                full[pos] = k
            b, kw = jax.tree_util.tree_unflatten(tree, full)
            return replica(list(b), kw, config)

        keys = [_keys.split(leaves[pos], n) for pos in kpos] if n > 1 else None
        over_keys = jax.vmap(one, in_axes=(0, None)) if n > 1 else (
            lambda k, c: jax.tree_util.tree_map(lambda x: x[None], one([], c)))
        configs = p.configs
        if configs is None:
            run = lambda: jax.tree_util.tree_map(lambda x: x[None], over_keys(keys, None))  # noqa: E731
        else:
            run = lambda: jax.vmap(over_keys, in_axes=(None, 0))(keys, configs)  # noqa: E731
        obj, aux, costs, C, lps, bases, logw = run()  # leading axes [m, n]
        for j, i in enumerate(p.score):
            if p.ests[i].baseline_kind == "loo":
                bases[j] = jax.vmap(loo_baseline)(C[j])
        total = jax.vmap(jax.vmap(functools.partial(replica_total, p)))(costs, lps, bases)
        if m > 1:
            total, value = combine_enumeration(logw, total), combine_enumeration(logw, obj)
        else:
            total, value = total[0], obj[0]
        if aux is not None:
            aux = jax.tree_util.tree_map(
                lambda x: x[:, 0] if n == 1 else (x[0] if m == 1 else x), aux)
        return jnp.mean(total), (jnp.mean(value), aux)

    darg = [args[argnums]] if isinstance(argnums, int) else [args[i] for i in argnums]
    (total, (value, aux)), g = jax.value_and_grad(
        surrogate, argnums=0 if isinstance(argnums, int) else tuple(range(len(darg))),
        has_aux=True)(*darg)
    # the surrogate equals the objective in value (every added term is exactly 0) and carries
    # DiCE's derivatives, so differentiating the returned value is unbiased too; the objective
    # is kept where the surrogate is not finite (an infinite cost times a zero term is NaN)
    value = jnp.where(jnp.isfinite(total), total, value)
    custom = [p.ests[i].label for i in p.score if p.ests[i].term is not score_term]
    custom += [f"{p.ests[i].label} x {p.dists[i]} (second order not proved)"
               for i, k in enumerate(p.kinds) if k in ("score", "enumerate")
               and p.ests[i].term is score_term
               and not second_order_proved(certificate(p.classes[i], p.ests[i]))]
    if custom:  # proved as first-order estimators only: differentiating again is refused
        value = _first_order_only(custom, value)
        g = jax.tree_util.tree_map(functools.partial(_first_order_only, custom), g)
    return ((value, aux) if has_aux else value), g


@functools.partial(jax.custom_jvp, nondiff_argnums=(0,))
def _first_order_only(labels: list[str], x: jax.Array) -> jax.Array:
    """Identity; its derivative raises (only reached when an outer transform differentiates)."""
    return x


@_first_order_only.defjvp
def _first_order_only_jvp(labels, primals, tangents):
    raise HigherOrderUnsupported(MSG_HIGHER_ORDER_CUSTOM_TERM.format(labels=", ".join(labels)))


def site_costs(p: Plan, costs) -> list[jax.Array]:
    """Per score site, the sum of the costs downstream of it (what its score multiplies)."""
    return [sum((costs[c] for c in p.downstream[i]), jnp.zeros((), costs.dtype))
            for i in p.score]


def replica_total(p: Plan, costs, lps, bases) -> jax.Array:
    """One replica's surrogate: the objective (sum of ``costs``) plus :func:`_terms`. The
    whole-graph theorem (:mod:`._graph`) is proved on this very function."""
    return jnp.sum(costs) + _terms(p, costs, site_costs(p, costs), lps, bases)


def _terms(p: Plan, costs, C, lps, bases) -> jax.Array:
    """The value-0 terms of one replica: DiCE's, each cost times the MagicBox of the sum of
    the log-probabilities of the score sites upstream of it, and each site's baseline term
    in Loaded DiCE's form (:func:`~certjax.estimators.loaded_dice_baseline`).

    For one site and one cost this is exactly :func:`~certjax.estimators.score_term`, the
    function each pair certificate is about. A site whose estimator brings its own ``term``
    (registered with :func:`certjax.register_estimator`) adds that term, with its downstream
    costs, instead.
    """
    dice = [j for j, i in enumerate(p.score) if p.ests[i].term is score_term]
    total = jnp.zeros((), costs.dtype)
    for c in range(p.n_costs):
        up = [j for j in dice if c in p.downstream[p.score[j]]]
        if up:
            tau = sum((jnp.sum(lps[j]) for j in up[1:]), jnp.sum(lps[up[0]]))
            total = total + dice_cost(tau, costs[c])
    for j, i in enumerate(p.score):
        b = bases[j]
        if j in dice:
            if p.ests[i].baseline_kind != "none":  # no baseline: the term is sum(0 * ...)
                up = [jj for jj in dice if p.score[jj] in p.upstream[i]]
                tau = sum((jnp.sum(lps[jj]) for jj in up), jnp.zeros((), costs.dtype))
                total = total + loaded_dice_baseline(lps[j], tau, b)
        else:
            total = total + p.ests[i].term(lps[j], C[j], b)
    return total


def grad(fun: Callable, argnums: int | Sequence[int] = 0, has_aux: bool = False, *,
         num_samples: int = 1, key_argnum: int | None = None, prune: bool = True,
         prove_graph: bool = False) -> Callable:
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
                        prune=prune, prove_graph=prove_graph)

    @functools.wraps(fun)
    def g(*args: Any, **kwargs: Any):
        out, gr = vg(*args, **kwargs)
        return (gr, out[1]) if has_aux else gr

    g.certificate = vg.certificate
    return g
