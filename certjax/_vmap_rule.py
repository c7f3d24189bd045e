# SPDX-License-Identifier: Apache-2.0
"""``custom_vmap`` inside a proved rule: its vmap rule is proved when JAX batches it.

A ``jax.custom_batching.custom_vmap`` function (or ``sequential_vmap``) appears in a jaxpr as
one ``custom_vmap_call`` equation holding its body (``call``) and the user's vmap rule
(``rule``). Unbatched, JAX runs the body, and that is how the translator reads it. Batched, JAX
runs the rule instead, which is other code. So before certjax evaluates a proved jaxpr, each
such equation gets a :class:`CheckedRule` (:func:`guarded`): when JAX batches it, the rule is
traced at that batch (its axis size, which inputs are batched, their types), and the traced
rule is proved equal to ``vmap`` of the body there, element by element over the reals, then
*that* traced rule runs. A rule that differs raises ``RuleRejected`` with a counterexample
evaluated by JAX; one that is not shown equal raises ``RuleUnproven``. The compiled program
is plain JAX's: only the trace-time call of the rule is wrapped.

Example:
    >>> import jax, jax.numpy as jnp, certjax
    >>> f = jax.custom_batching.custom_vmap(jnp.sin)
    >>> _ = f.def_vmap(lambda n, batched, x: (2 * jnp.sin(x), True))  # not sin's batch
    >>> closed = guarded(jax.make_jaxpr(f)(1.0), "demo")
    >>> try:
    ...     jax.vmap(jax.extend.core.jaxpr_as_fun(closed))(jnp.ones(2))
    ... except certjax.RuleRejected as e:
    ...     print(str(e).split(": false")[0])
    demo: the custom_vmap rule <lambda> at axis size 2 (batched: x) is not vmap of its function
"""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.extend.core import ClosedJaxpr, Jaxpr, jaxpr_as_fun

from ._certificate import jaxpr_text
from ._errors import RuleRejected, RuleUnproven
from ._ir import Builder
from ._obligation import DEFAULT_RLIMIT, Obligation, fresh_context, prove
from ._translate import Context, symbols, translate_jaxpr

PRIMITIVE = "custom_vmap_call"
MAX_SCALARS = 256  # batched inputs larger than this (all elements together) are not proved
RTOL, ATOL = 1e-3, 1e-6  # a model confirmed in the jaxprs' own dtype: a real difference
MSG_FALSE = ("{where}: the custom_vmap rule {rule} at axis size {n} (batched: {batched}) is "
             "not vmap of its function: false when calling {rule}({call})")
MSG_UNPROVEN = ("{where}: the custom_vmap rule {rule} at axis size {n} (batched: {batched}) "
                "was not shown equal to vmap of its function ({reason}); JAX runs the rule, "
                "not the function, under vmap, so no proof covers this batch")
MSG_TOO_BIG = "{size} scalar inputs, more than MAX_SCALARS = {cap}"
_PROVED: dict[str, tuple[str, str, dict | None]] = {}  # jaxpr texts -> verdict, reason, point


def has_custom_vmap(closed: Any) -> bool:
    """Whether ``closed`` has a ``custom_vmap_call`` at any depth."""
    return any(True for _ in _walk(_jaxpr(closed)))


def guarded(closed: Any, where: str) -> Any:
    """``closed`` with each ``custom_vmap_call``'s rule a :class:`CheckedRule` (at every
    depth); ``closed`` itself when it has none."""
    if not has_custom_vmap(closed):
        return closed
    return _rewrite(closed, where)


def _jaxpr(x: Any) -> Any:
    return x.jaxpr if isinstance(x, ClosedJaxpr) else x


def _subs(value: Any):
    if isinstance(value, (ClosedJaxpr, Jaxpr)):
        yield value
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _subs(v)


def _walk(jaxpr: Any):
    for eqn in jaxpr.eqns:
        if eqn.primitive.name == PRIMITIVE:
            yield eqn
        for value in eqn.params.values():
            for sub in _subs(value):
                yield from _walk(_jaxpr(sub))


def _rewrite(x: Any, where: str) -> Any:
    if isinstance(x, ClosedJaxpr):
        return x.replace(jaxpr=_rewrite(x.jaxpr, where))
    if isinstance(x, (tuple, list)):
        return type(x)(_rewrite(v, where) for v in x)
    if not isinstance(x, Jaxpr):
        return x
    eqns = []
    for eqn in x.eqns:
        params = {k: _rewrite(v, where) if any(True for _ in _subs(v)) else v
                  for k, v in eqn.params.items()}
        if eqn.primitive.name == PRIMITIVE and not isinstance(params["rule"], CheckedRule):
            params["rule"] = CheckedRule(params["rule"], params["call"], params["in_tree"],
                                         params["out_tree"], where)
        eqns.append(eqn.replace(params=params))
    return x.replace(eqns=eqns)


class CheckedRule:
    """A ``custom_vmap_call`` rule proved equal to ``vmap`` of the body before it runs."""

    def __init__(self, rule: Any, call: Any, in_tree: Any, out_tree: Any, where: str) -> None:
        self.rule, self.call, self.in_tree, self.out_tree = rule, call, in_tree, out_tree
        self.where = where

    def __str__(self) -> str:  # as JAX prints the rule it wraps
        return str(self.rule)

    @property
    def name(self) -> str:
        inner = getattr(self.rule, "rule", self.rule)
        return getattr(inner, "__name__", "<vmap rule>")

    def __call__(self, axis_size: int, all_in_batched: Any, *all_args: Any) -> Any:
        flat_b = jax.tree_util.tree_leaves(all_in_batched)
        flat_x = jax.tree_util.tree_leaves(list(all_args))
        avals = [jax.ShapeDtypeStruct(jnp.shape(x), jnp.result_type(x)) for x in flat_x]
        rtree = jax.tree_util.tree_structure(list(all_args))
        box: dict[str, Any] = {}

        def rule_flat(*xs: Any) -> list[Any]:
            out, out_batched = self.rule(axis_size, all_in_batched,
                                         *jax.tree_util.tree_unflatten(rtree, list(xs)))
            leaves, tree = jax.tree_util.tree_flatten(out)
            box["tree"], box["batched"] = tree, jax.tree_util.tree_leaves(out_batched)
            return leaves

        traced = jax.make_jaxpr(rule_flat)(*avals)
        self._prove(axis_size, flat_b, avals, traced, box["batched"])
        out = jaxpr_as_fun(traced)(*flat_x)
        return (jax.tree_util.tree_unflatten(box["tree"], out),
                jax.tree_util.tree_unflatten(box["tree"], box["batched"]))

    def _prove(self, n: int, flat_b: list[bool], avals: list, traced: Any,
               out_batched: list[bool]) -> None:
        body = jaxpr_as_fun(self.call)
        axes = [0 if b else None for b in flat_b]

        def lhs(*xs: Any) -> list[Any]:
            outs = jaxpr_as_fun(traced)(*xs)
            return [o if b else jnp.broadcast_to(o, (n, *jnp.shape(o)))
                    for o, b in zip(outs, out_batched, strict=True)]

        def rhs(*xs: Any) -> list[Any]:
            return list(jax.vmap(body, in_axes=axes, axis_size=n)(*xs))

        left, right = jax.make_jaxpr(lhs)(*avals), jax.make_jaxpr(rhs)(*avals)
        names = _arg_names(self.rule, self.in_tree, len(avals))
        batched = ", ".join(nm for nm, b in zip(names, flat_b, strict=True) if b) or "none"
        key = f"{jaxpr_text(left)}\0{jaxpr_text(right)}"  # (constants included)
        if key not in _PROVED:
            _PROVED[key] = _equal(left, right, avals, names)
        verdict, reason, point = _PROVED[key]
        if verdict == "proved":
            return
        fields = dict(where=self.where, rule=self.name, n=n, batched=batched)
        if verdict == "refuted":
            call = ", ".join(f"{k}={_fmt(v)}" for k, v in point.items())
            raise RuleRejected(MSG_FALSE.format(call=call, **fields), rule=self.where,
                               obligation="custom_vmap", counterexample=point)
        raise RuleUnproven(MSG_UNPROVEN.format(reason=reason, **fields), rule=self.where,
                           obligation="custom_vmap")


def _arg_names(rule: Any, in_tree: Any, n: int) -> list[str]:
    """One name per flat input: the body's consts, then the rule's parameter names."""
    import inspect

    inner = getattr(rule, "rule", rule)
    try:
        params = [p.name for p in inspect.signature(inner).parameters.values()][2:]
    except (TypeError, ValueError):
        params = []
    try:
        consts, args = in_tree.children()
        counts = [c.num_leaves for c in args.children()]
        n_consts = consts.num_leaves
    except (AttributeError, ValueError):
        return [f"x{k}" for k in range(n)]
    names = [f"const{k}" for k in range(n_consts)]
    for k, c in enumerate(counts):
        base = params[k] if k < len(params) and not params[k].startswith("*") else f"x{k}"
        names += [base] if c == 1 else [f"{base}{j}" for j in range(c)]
    return names if len(names) == n else [f"x{k}" for k in range(n)]


def _equal(left: Any, right: Any, avals: list, names: list[str]) -> tuple[str, str, dict | None]:
    """Prove ``left(x) == right(x)`` elementwise for every real ``x`` of ``avals``."""
    size = sum(int(np.prod(a.shape)) for a in avals)
    if size > MAX_SCALARS:
        return "unproved", MSG_TOO_BIG.format(size=size, cap=MAX_SCALARS), None
    b = Builder()
    ctx = Context(b, opaque_stop_gradient=False)
    X = [symbols(ctx, nm, a.shape) for nm, a in zip(names, avals, strict=True)]
    try:
        L = translate_jaxpr(ctx, left, X)
        R = translate_jaxpr(ctx, right, X)
    except Exception as e:  # noqa: BLE001 - what certjax cannot read is not proved
        return "unproved", f"not translated: {e}", None
    lt = [t for a in L for t in np.ravel(a)]
    rt = [t for a in R for t in np.ravel(a)]
    pairs = list(zip(lt, rt, strict=True))
    inputs = [n for nm, a in zip(names, avals, strict=True) for n in _flat_names(nm, a.shape)]
    discrete = frozenset(n for nm, a in zip(names, avals, strict=True)
                         if not np.issubdtype(np.dtype(a.dtype), np.floating)
                         for n in _flat_names(nm, a.shape))

    def args_at(point: dict[str, float]) -> list[Any]:
        out = []
        for nm, a in zip(names, avals, strict=True):
            flat = [point.get(n, 0.0) for n in _flat_names(nm, a.shape)]
            out.append(jnp.asarray(np.reshape(np.asarray(flat, np.float64), a.shape), a.dtype))
        return out

    def confirm(point: dict[str, float]) -> tuple[bool, str]:
        try:
            with jax.ensure_compile_time_eval():
                args = args_at(point)
                got, want = jaxpr_as_fun(left)(*args), jaxpr_as_fun(right)(*args)
        except Exception as e:  # noqa: BLE001
            return False, f"error: {e}"
        g = [np.asarray(x, np.float64) for x in got]
        w = [np.asarray(x, np.float64) for x in want]
        if not all(np.all(np.isfinite(x)) for x in g + w):
            return False, "non-finite"
        bad = any(np.any(np.abs(x - y) > RTOL * (np.abs(x) + np.abs(y)) + ATOL)
                  for x, y in zip(g, w, strict=True))
        return bad, ""

    ob = Obligation("custom_vmap", "equal", pairs, [], rt, lt, inputs, confirm,
                    "vmap rule(xs) == vmap(function)(xs)", discrete=discrete)
    r = prove(ob, b, rlimit=DEFAULT_RLIMIT, zctx=fresh_context())
    if r.verdict == "refuted" and r.point is not None:
        point = {nm: np.reshape(np.asarray([r.point.get(n, 0.0) for n in
                                            _flat_names(nm, a.shape)]), a.shape)
                 for nm, a in zip(names, avals, strict=True)}
        return "refuted", "", point
    return r.verdict, r.reason, None


def _flat_names(base: str, shape: tuple[int, ...]) -> list[str]:
    if not shape:
        return [base]
    return [f"{base}[{','.join(map(str, idx))}]" for idx in np.ndindex(*shape)]


def _fmt(v: Any) -> str:
    a = np.asarray(v)
    if a.shape == ():
        return f"{float(a):.6g}"
    return np.array2string(a, precision=4, separator=", ", max_line_width=10**6)
