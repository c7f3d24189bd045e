# SPDX-License-Identifier: Apache-2.0
"""Record every custom rule a function calls while it is traced, not only those left in its jaxpr.

A jaxpr keeps a ``custom_vjp_call``/``custom_jvp_call`` equation only where nothing has
differentiated the rule yet: inside ``jax.grad``, ``value_and_grad``, ``vjp``, ``jvp`` or
``linearize``, JAX calls the rule's ``fwd``/``bwd`` (``jvp``) and inlines what they return, so
the final jaxpr of ``jax.grad(loss)`` holds the bwd's arithmetic and no trace of the rule.
:func:`recording` therefore intercepts the call itself: while it is active (in this thread),
each call of a JAX ``custom_vjp``/``custom_jvp`` object, JAX's own rules (``jax.nn.relu``) and
certjax's alike, is traced once more on the spot, at the abstract values of its arguments,
with nothing around it; the ``custom_*_call`` equation of that trace is walked by
:func:`certjax._discover.find_rules` exactly as one left in a jaxpr would be (its primal body
included). A rule closing over traced values of the enclosing function shows them as traced
constants and is reported as such, never proved on made-up values.

JAX caches traces of ``jit`` functions by their arguments' types and the trace context: a
``jit`` function traced earlier at the same types would not call its rules again. While
recording, the trace context carries a fresh value of ``jax_xla_profile_version`` (a key of
that context that only remote XLA compilation profiles read; nothing is compiled while
recording), so every ``jit`` body is traced anew.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Iterator
from typing import Any

import jax

from ._custom import _JAX_JVP, _JAX_VJP
from ._discover import FoundRule, find_rules

_local = threading.local()
_lock = threading.RLock()
_patched: dict[type, Any] = {}
_depth = [0]
_fresh = itertools.count(1 << 20)


class Failed:
    """A rule call that could not be traced again on its own: reported, never passed."""

    def __init__(self, name: str, where: str, error: BaseException) -> None:
        self.name, self.where = name, where
        self.error = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"


@contextlib.contextmanager
def recording() -> Iterator[list[FoundRule | Failed]]:
    """Record the rules called (in this thread) while the block runs.

    Yields the list the rules are appended to, depth first in call order: each call's own
    rule, then the rules nested in its primal body (``nested=True``).

    Example:
        >>> import jax, jax.numpy as jnp
        >>> with recording() as met:
        ...     _ = jax.make_jaxpr(jax.grad(jax.nn.softplus))(1.0)
        >>> sorted({r.name for r in met})  # (grad's trace calls it twice: primal, then jvp)
        ['logaddexp']
    """
    met: list[FoundRule | Failed] = []
    stack = getattr(_local, "stack", None)
    if stack is None:
        stack = _local.stack = []
    with _lock:
        if _depth[0] == 0:
            for cls in (_JAX_VJP, _JAX_JVP):
                _patched[cls] = cls.__call__
                cls.__call__ = _make_call(_patched[cls])  # type: ignore[method-assign]
        _depth[0] += 1
    stack.append(met)
    holder = jax.config._value_holders["jax_xla_profile_version"]  # see the module docstring
    try:
        with holder(next(_fresh)):
            yield met
    finally:
        stack.pop()
        with _lock:
            _depth[0] -= 1
            if _depth[0] == 0:
                for cls, call in _patched.items():
                    cls.__call__ = call  # type: ignore[method-assign]
                _patched.clear()


def _make_call(original: Any) -> Any:
    def __call__(self: Any, *args: Any, **kwargs: Any) -> Any:
        stack = getattr(_local, "stack", None)
        if not stack or getattr(_local, "quiet", False):
            return original(self, *args, **kwargs)
        outer = getattr(_local, "outer", None)
        if outer is None:
            outer = _local.outer = []
        stack[-1].extend(_retrace(original, self, args, kwargs, outer))
        outer.append(_name(self))
        try:  # rules called from here on run inside this one's primal, fwd, bwd or jvp
            return original(self, *args, **kwargs)
        finally:
            outer.pop()

    __call__.__wrapped__ = original  # type: ignore[attr-defined]
    return __call__


def _name(rule: Any) -> str:
    return getattr(getattr(rule, "fun", None), "__name__", None) or type(rule).__name__


def _retrace(original: Any, rule: Any, args: tuple, kwargs: dict, outer: list[str]
             ) -> list[FoundRule | Failed]:
    leaves, tree = jax.tree_util.tree_flatten((args, kwargs))
    traced = [i for i, x in enumerate(leaves) if isinstance(x, jax.core.Tracer)]
    where = "/".join([*(f"in({o})" for o in outer), *filter(None, [_context(leaves)])])

    def call(*xs: Any) -> Any:
        full = list(leaves)
        for i, x in zip(traced, xs, strict=True):
            full[i] = x
        a, k = jax.tree_util.tree_unflatten(tree, full)
        return original(rule, *a, **k)

    avals = [jax.ShapeDtypeStruct(leaves[i].aval.shape, leaves[i].aval.dtype,
                                  weak_type=leaves[i].aval.weak_type) for i in traced]
    _local.quiet = True
    try:
        found = find_rules(jax.make_jaxpr(call)(*avals))
    except Exception as e:  # noqa: BLE001 - reported as a row of its own
        return [Failed(_name(rule), where, e)]
    finally:
        _local.quiet = False
    for f in found:
        f.where = "/".join(p for p in (where, f.where) if p)
        # called inside another rule (its primal body, fwd, bwd or jvp): first-order AD
        # does not use this rule's derivative, higher-order AD may (see _second_order.py)
        f.nested = f.nested or bool(outer)
    return found


_TRACES = {"JVPTrace": "jvp", "LinearizeTrace": "linearize", "BatchTrace": "vmap",
           "DynamicJaxprTrace": "", "EvalTrace": "", "JaxprTrace": "partial_eval"}


def _context(leaves: list[Any]) -> str:
    """How the rule's operands were being traced: ``jvp`` (under grad), ``vmap``, ...."""
    names = []
    for x in leaves:
        if isinstance(x, jax.core.Tracer):
            t = type(getattr(x, "_trace", None)).__name__
            label = _TRACES.get(t, t)
            if label and label not in names:
                names.append(label)
    return "+".join(names)
