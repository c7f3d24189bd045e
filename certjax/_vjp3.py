# SPDX-License-Identifier: Apache-2.0
"""JAX's refusals under ``jax_custom_vjp3``, made by certjax's ``custom_vjp`` as JAX makes them.

With the config ``jax_custom_vjp3`` on, :func:`jax.custom_vjp` is another implementation
(``jax._src.hijax.custom_vjp3``) that refuses, at each call and before differentiating, a
nondiff argument that is a tracer and a primal that closes over a tracer (a value of an
enclosing ``vmap``/``jit``/``jvp``): "don't support anymore, but raise good errors". certjax's
class stays its own under that config (its rule is the proved one), so it raises those errors
itself, before any proof: :class:`~certjax.RuleTracerRefused`, a
:class:`jax.errors.UnexpectedTracerError` with JAX's words.
With the config off (the default) nothing here runs: no extra trace.

Example:
    >>> import jax, jax.numpy as jnp, certjax
    >>> from jax._src import config
    >>> def outer(x):
    ...     @certjax.custom_vjp
    ...     def f(y):
    ...         return x * y
    ...     f.defvjp(lambda y: (f(y), x), lambda x, g: (x * g,))
    ...     return f(3.0)
    >>> with config.custom_vjp3(True):
    ...     try:
    ...         jax.vmap(outer)(jnp.arange(3.0))
    ...     except jax.errors.UnexpectedTracerError as e:
    ...         print("can't close over" in str(e))
    True
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from typing import Any

import jax

from ._errors import RuleTracerRefused

MSG_NONDIFF_TRACER = "custom_vjp inputs marked with nondiff_argnums must be static, not Tracers"
MSG_CLOSED_OVER = ("custom_vjp-decorated function {fun} closed over a {kind} of type {aval}, "
                   "but custom_vjp functions can't close over Tracers. Rewrite {fun} to take it "
                   "as an explicit input.")


def refuse(fun: Any, nondiff_argnums: Sequence[int], args: tuple, kwargs: dict) -> None:
    """Raise JAX's ``UnexpectedTracerError`` where ``custom_vjp3`` would; else nothing."""
    if not jax.config.jax_custom_vjp3:
        return
    try:
        bound = inspect.signature(fun).bind(*args, **kwargs)
        bound.apply_defaults()
    except (TypeError, ValueError):
        return  # JAX's own call raises its own error for arguments that do not bind
    if bound.kwargs:
        return  # keyword-only arguments: JAX's resolve_kwargs refuses them, as it will
    args = bound.args
    static = tuple(i for i in nondiff_argnums if i < len(args))
    if any(isinstance(args[i], jax.core.Tracer) for i in static):
        raise RuleTracerRefused(MSG_NONDIFF_TRACER)
    try:
        closed = jax.make_jaxpr(fun, static_argnums=static)(*args)
    except Exception:  # noqa: BLE001 - the call itself will raise it, in JAX's words
        return
    tracer = next((c for c in closed.consts if isinstance(c, jax.core.Tracer)), None)
    if tracer is not None:
        raise RuleTracerRefused(MSG_CLOSED_OVER.format(
            fun=fun, kind=type(tracer).__name__, aval=jax.typeof(tracer).str_short()))
