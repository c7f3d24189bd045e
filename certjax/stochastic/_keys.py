# SPDX-License-Identifier: Apache-2.0
"""The PRNG keys among an objective's arguments, and splitting them into replicas.

``cj.grad(f, num_samples=n)`` runs ``n`` replicas of ``f`` that must draw independently: every
key among the arguments (typed keys made by :func:`jax.random.key`, at any depth of a pytree,
and raw ``uint32[2]`` keys made by :func:`jax.random.PRNGKey`) is split into ``n``, one per
replica. Splitting only one of them would let the replicas share the samples drawn with the
others (the leave-one-out baseline is then biased); :mod:`._plan` also checks by dataflow that
every sample site's key comes from a split key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import jax
import jax.numpy as jnp

from ._errors import MSG_NO_KEY_ARG, StochasticError


def is_key(x: Any) -> bool:
    """A typed PRNG key array, or a raw ``uint32[2]`` key."""
    dt = getattr(x, "dtype", None)
    if dt is None:
        return False
    if jnp.issubdtype(dt, jax.dtypes.prng_key):
        return True
    return dt == jnp.uint32 and jnp.shape(x) == (2,)


def key_leaves(args: Sequence[Any], kwargs: dict[str, Any], argnums: Any,
               key_argnum: int | Sequence[int] | None, n: int) -> list[int]:
    """Positions, among the leaves of ``(args, kwargs)``, of the keys to split.

    Default: every key leaf of every non-differentiated argument and keyword argument. With
    ``key_argnum``: the key leaves of those positional arguments only.
    """
    diff = {argnums} if isinstance(argnums, int) else set(argnums)
    if key_argnum is not None:
        chosen = {key_argnum} if isinstance(key_argnum, int) else set(key_argnum)
    else:
        chosen = set(range(len(args))) - diff
    out, pos = [], 0
    for i, a in enumerate(args):
        leaves = jax.tree_util.tree_leaves(a)
        out += [pos + j for j, x in enumerate(leaves) if i in chosen and is_key(x)]
        pos += len(leaves)
    if key_argnum is None:
        leaves = jax.tree_util.tree_leaves(kwargs)
        out += [pos + j for j, x in enumerate(leaves) if is_key(x)]
    if not out:
        raise StochasticError(MSG_NO_KEY_ARG.format(n=n))
    return out


def split(key: jax.Array, n: int) -> jax.Array:
    """``n`` independent copies of ``key`` along a new leading axis (any key-array shape)."""
    if not jnp.issubdtype(key.dtype, jax.dtypes.prng_key):
        return jax.random.split(key, n)  # raw uint32[2]
    if key.shape == ():
        return jax.random.split(key, n)
    flat = key.reshape(-1)
    parts = jax.vmap(lambda k: jax.random.split(k, n))(flat)  # [size, n]
    return jnp.moveaxis(parts, 1, 0).reshape((n,) + key.shape)
