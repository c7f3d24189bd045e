# SPDX-License-Identifier: Apache-2.0
"""The rules certjax has certified, and how the audit recognises one in a jaxpr.

``certjax.custom_vjp``/``custom_jvp`` call :func:`register_certified` once ``defvjp``/
``defjvp`` has proved (or been told to trust) a rule. The audit then asks :func:`match`
whether a rule it met *is* one of them, and only says yes when every piece of it traces to
the same jaxpr, constants included, as the certified functions do at the shapes met: the
primal body, the jvp (or the fwd and the bwd, with ``None`` cotangents filled by zeros on both
sides). Names and function identities are only a filter: two rules whose jaxprs are equal
compute the same thing, so the certificate of one is the certificate of the other.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Callable, Sequence
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.extend import core as jcore

from ._certificate import Certificate
from ._certify import as_signature, handled, trace_jvp, trace_vjp
from ._discover import FoundRule
from ._stated import deliberately


@dataclasses.dataclass
class _Entry:
    signature: list[jax.ShapeDtypeStruct]
    assume: Callable | None
    rlimit: int


_REGISTRY: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def register_certified(wrapper: Any, *, signature: Sequence[Any] | None,
                       assume: Callable | None, rlimit: int) -> None:
    """Remember a certified ``certjax.custom_vjp``/``custom_jvp`` for the audit."""
    sig = as_signature(wrapper.fun, signature)
    _REGISTRY[wrapper] = _Entry(sig, assume, rlimit)


def match(found: FoundRule, fns: dict[str, Callable]) -> tuple[Certificate, bool] | None:
    """The certificate of the certified rule ``found`` is, or None.

    Returns ``(certificate, reproved)``: ``reproved`` is True when the certificate is the
    rule's instance at the shapes met (proved now, or earlier in this process), not its
    registration certificate.
    """
    if found.nondiff or found.consts:
        return None  # static/closed-over operands: not comparable with a certified signature
    # Rules whose jaxprs are equal may still be certified differently (one states a
    # surrogate, one is marked deliberately_wrong, one trusted): the audit cannot tell which
    # one it met, so it reports the weakest of their certificates (float safety included: one
    # twin may opt out with float_safe=False, the one met may not).
    hits = list(_matches(found, fns))
    if not hits:
        return None
    return max(hits, key=lambda h: _weakness(h[0]))


def _weakness(cert: Certificate) -> tuple[int, int]:
    float_unsafe = cert.float_safety == "refuted" and not cert.float_opt_out
    return _WEAKNESS.get(cert.verdict, len(_WEAKNESS)), int(float_unsafe)


_WEAKNESS = {"proved": 0, "trusted": 1, "deliberately_wrong": 2, "unproved": 3, "refuted": 4}


def _matches(found: FoundRule, fns: dict[str, Callable]):
    kind = found.kind
    for wrapper, entry in list(_REGISTRY.items()):
        if wrapper._rule is None or ("vjp" if len(wrapper._rule) == 2 else "jvp") != kind:
            continue
        if wrapper.nondiff_argnums:
            continue
        if getattr(wrapper.fun, "__name__", found.name) != found.name:
            continue
        if not _same(found, fns, wrapper):
            continue
        sig = [(tuple(s.shape), np.dtype(s.dtype)) for s in entry.signature]
        met = [(tuple(s.shape), np.dtype(s.dtype)) for s in found.shapes]
        if sig == met and wrapper.certificate is not None:
            yield wrapper.certificate, False
        else:
            yield _at_instance(wrapper, found), True


def _at_instance(wrapper: Any, found: FoundRule) -> Certificate:
    """The rule's instance at the shapes met, through its own instance log."""
    shapes = [jax.ShapeDtypeStruct(s.shape, s.dtype) for s in found.shapes]
    cfg = wrapper._config
    with handled(found.name):
        if found.kind == "vjp":
            t = trace_vjp(wrapper.fun, *wrapper._rule, signature=shapes, assume=cfg.assume,
                          rlimit=cfg.rlimit, name=found.name, stated=cfg.stated)
        else:
            t = trace_jvp(wrapper.fun, wrapper._rule[0], signature=shapes, assume=cfg.assume,
                          rlimit=cfg.rlimit, name=found.name, stated=cfg.stated)
    cert = wrapper.instances.certify(t, cfg).certificate
    if cert.verdict == "unproved" and cfg.trust is not None:
        cert = dataclasses.replace(cert, verdict="trusted", trust_reason=cfg.trust)
    if cert.verdict == "refuted" and cfg.wrong is not None:
        cert = deliberately(cert, cfg.wrong)
    return cert


# -- jaxpr equality ------------------------------------------------------------------------
def _same(found: FoundRule, fns: dict[str, Callable], wrapper: Any) -> bool:
    shapes = found.shapes
    n = len(shapes)
    try:
        if not _equal(fns["primal"], lambda *x: wrapper.fun(*x), shapes):
            return False
        if found.kind == "jvp":
            tangents = [jax.ShapeDtypeStruct(s.shape, s.dtype) for s in shapes]

            def ours(*a):
                return _flat(fns["jvp"](tuple(a[:n]), tuple(a[n:])))

            def theirs(*a):
                return _flat(wrapper._rule[0](tuple(a[:n]), tuple(a[n:])))

            return _equal(ours, theirs, [*shapes, *tangents])
        if not _equal(lambda *x: _flat(fns["fwd"](*x)),
                      lambda *x: _flat(wrapper._rule[0](*x)), shapes):
            return False
        out_s, res_s = jax.eval_shape(wrapper._rule[0], *shapes)
        res_leaves, res_tree = jax.tree_util.tree_flatten(res_s)
        out_leaves, out_tree = jax.tree_util.tree_flatten(out_s)
        k = len(res_leaves)

        def ours_b(*a):
            return _flat(fns["bwd"](tuple(a[:k]), tuple(a[k:])))

        def theirs_b(*a):
            res = jax.tree_util.tree_unflatten(res_tree, a[:k])
            g = jax.tree_util.tree_unflatten(out_tree, a[k:])
            cts = wrapper._rule[1](res, g)
            dt = a[k].dtype if len(a) > k else jnp.float32
            return [jnp.zeros(s.shape, dt) if c is None else c
                    for c, s in zip(cts, shapes, strict=True)]

        return _equal(ours_b, theirs_b, [*res_leaves, *out_leaves])
    except Exception:  # noqa: BLE001 - a rule that does not even trace alike is not the same
        return False


def _flat(tree: Any) -> list[Any]:
    return jax.tree_util.tree_leaves(tree)


def _equal(f: Callable, g: Callable, shapes: Sequence[Any]) -> bool:
    a, b = jax.make_jaxpr(f)(*shapes), jax.make_jaxpr(g)(*shapes)
    if str(a) != str(b):
        return False
    ca, cb = _all_consts(a), _all_consts(b)
    return len(ca) == len(cb) and all(_same_value(x, y) for x, y in zip(ca, cb, strict=True))


def _same_value(x: Any, y: Any) -> bool:
    x, y = np.asarray(x), np.asarray(y)
    if x.shape != y.shape or x.dtype != y.dtype:
        return False
    if jnp.issubdtype(x.dtype, jnp.inexact):
        return bool(np.array_equal(x, y, equal_nan=True))
    return bool(np.array_equal(x, y))


def _all_consts(closed: Any) -> list[Any]:
    out = list(closed.consts)
    for eqn in closed.jaxpr.eqns:
        for p in eqn.params.values():
            for sub in p if isinstance(p, tuple | list) else (p,):
                if isinstance(sub, jcore.ClosedJaxpr):
                    out += _all_consts(sub)
    return out
