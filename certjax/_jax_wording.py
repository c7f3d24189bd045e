# SPDX-License-Identifier: Apache-2.0
"""JAX's own words for a malformed rule: certjax finds the mistake, JAX names it.

A drop-in must fail where and as JAX fails. When certjax finds, at an instance, that
``fwd``/``bwd``/``jvp`` returns outputs of the wrong structure or shapes, it replays the same
differentiation with JAX's own class, only traced (``jax.make_jaxpr``: nothing of it runs),
and where JAX raises, the error certjax raises starts with JAX's message and has JAX's
exception type (``TypeError``, or ``ValueError`` for cotangent shapes) besides
:class:`RuleOutputMalformed`. Where JAX would not raise (``jax_disable_bwd_checks``), certjax
still refuses, with its own message: the rule is not used.

Example:
    >>> import jax, certjax
    >>> @certjax.custom_vjp
    ... def f(x):
    ...     return x
    >>> f.defvjp(lambda x: (x, None), lambda _, g: 2.0 * g)  # bwd must return a tuple
    >>> try:
    ...     jax.grad(f)(3.0)
    ... except TypeError as e:
    ...     print(str(e)[:48])
    Custom VJP bwd rule must produce an output with
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator, Sequence
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from ._errors import CertificationError, RuleOutputMalformed, RuleOutputMalformedValue


@contextlib.contextmanager
def jax_worded(owner: Any, args: Sequence[Any]) -> Iterator[None]:
    """Re-raise a :class:`RuleOutputMalformed` from the block worded as JAX words it."""
    try:
        yield
    except RuleOutputMalformed as err:
        raise reword(err, owner, args) from None


def reword(err: RuleOutputMalformed, owner: Any, args: Sequence[Any]) -> RuleOutputMalformed:
    """``err`` with JAX's message for the same call first, when JAX raises one."""
    return _with(err, _replay(owner, args))


@contextlib.contextmanager
def jax_worded_bwd(owner: Any, t: Any, cot_zeros: Sequence[bool] | None) -> Iterator[None]:
    """As :func:`jax_worded`, for a bwd checked when JAX calls it (at bwd time): JAX's call
    is replayed at the instance ``t``'s shapes, with the cotangents JAX gave (``cot_zeros``:
    which output leaves had a ``SymbolicZero``) and the inputs it differentiated."""
    try:
        yield
    except RuleOutputMalformed as err:
        raise _with(err, _replay_bwd(owner, t, cot_zeros)) from None


def _with(err: RuleOutputMalformed, jax_err: BaseException | None) -> RuleOutputMalformed:
    if not isinstance(jax_err, TypeError | ValueError) or isinstance(jax_err, CertificationError):
        return err
    cls = RuleOutputMalformedValue if isinstance(jax_err, ValueError) else RuleOutputMalformed
    return cls(f"{jax_err}\n\ncertjax: {err}")


def _plain(owner: Any) -> Any:
    """``owner``'s rule on JAX's own class (None where JAX refuses it already)."""
    plain_cls = next(c for c in type(owner).__mro__[1:] if c.__module__.startswith("jax"))
    try:
        plain = plain_cls(owner.fun, nondiff_argnums=tuple(owner.nondiff_argnums))
        if len(owner._rule) == 2:
            plain.defvjp(*owner._rule, symbolic_zeros=owner.symbolic_zeros)
        else:
            plain.defjvp(owner._rule[0], symbolic_zeros=owner.symbolic_zeros)
    except Exception:  # noqa: BLE001 - no replay: certjax's own message stands
        return None
    return plain


def _replay_bwd(owner: Any, t: Any, cot_zeros: Sequence[bool] | None) -> BaseException | None:
    """The exception JAX raises calling ``owner``'s bwd at instance ``t`` (traced only)."""
    plain, spec = _plain(owner), t.spec
    if plain is None:
        return None
    trees = [jax.tree_util.tree_flatten(s) for s in spec.sig]
    sizes = [len(ls) for ls, _ in trees]
    starts = [sum(sizes[:k]) for k in range(len(sizes))]
    pert = t.extra.get("perturbed")
    wrt = []  # flat positions JAX differentiates: perturbed inexact leaves of diff arguments
    for n, k in enumerate(spec.diff):
        for j, s in enumerate(trees[k][0]):
            p = True if pert is None else (pert[n] if len(pert) == len(spec.diff) else pert[k])[j]
            if p and jnp.issubdtype(s.dtype, jnp.inexact):
                wrt.append(starts[k] + j)

    def args_of(flat: Sequence[Any]) -> list[Any]:
        dyn = [jax.tree_util.tree_unflatten(tr, flat[a:a + m])
               for (_, tr), a, m in zip(trees, starts, sizes, strict=True)]
        return spec.merge(dyn)

    def run(wrap: Any, *flat: Any) -> Any:
        def call(*w: Any) -> Any:
            full = list(flat)
            for i, x in zip(wrt, w, strict=True):
                full[i] = x
            outs = jax.tree_util.tree_leaves(plain(*args_of(full)))
            zeros = cot_zeros if cot_zeros is not None else [False] * len(outs)
            return [o for o, z in zip(outs, zeros, strict=True) if not z]

        out, pullback = jax.vjp(wrap(call), *[flat[i] for i in wrt])
        return pullback([_ones(o) for o in out])

    for wrap in (lambda g: g, jax.jit):
        try:
            jax.make_jaxpr(functools.partial(run, wrap))(*[s for ls, _ in trees for s in ls])
        except Exception as e:  # noqa: BLE001 - JAX's error is the answer
            return e
    return None


def _replay(owner: Any, args: Sequence[Any]) -> BaseException | None:
    """The exception JAX's own class raises differentiating ``owner``'s rule at ``args``."""
    plain = _plain(owner)
    if plain is None:
        return None
    nd = tuple(owner.nondiff_argnums)
    diff = [i for i in range(len(args)) if i not in nd]

    def call(*d: Any) -> Any:
        full = list(args)
        for i, x in zip(diff, d, strict=True):
            full[i] = x
        return plain(*full)

    def run(wrap: Any, *d: Any) -> Any:
        if len(owner._rule) == 2:
            out, pullback = jax.vjp(wrap(call), *d)
            return pullback(jax.tree_util.tree_map(_ones, out))
        return jax.jvp(wrap(call), d, tuple(jax.tree_util.tree_map(_ones, x) for x in d))

    concrete = not any(isinstance(x, jax.core.Tracer) for x in jax.tree_util.tree_leaves(args))
    # first as JAX was called: eagerly on values, or initial style (under jit, scan...), where
    # JAX checks fwd's/jvp's primal output before anything else; then the other way
    wraps = (lambda g: g, jax.jit) if concrete else (jax.jit, lambda g: g)
    for wrap in wraps:
        try:
            if concrete:  # as JAX was called: eagerly (its messages then show values)
                run(wrap, *[args[i] for i in diff])
            else:
                jax.make_jaxpr(functools.partial(run, wrap))(
                    *[jax.tree_util.tree_map(_sds, args[i]) for i in diff])
        except Exception as e:  # noqa: BLE001 - JAX's error is the answer
            return e
    return None


def _sds(x: Any) -> jax.ShapeDtypeStruct:
    return jax.ShapeDtypeStruct(jnp.shape(x), jnp.result_type(x))


def _ones(x: Any) -> Any:
    if jnp.issubdtype(jnp.result_type(x), jnp.inexact):
        return jnp.ones(jnp.shape(x), jnp.result_type(x))
    return np.zeros(jnp.shape(x), jax.dtypes.float0)
