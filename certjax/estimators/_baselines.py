# SPDX-License-Identifier: Apache-2.0
"""Moving-average baseline: state threaded by the caller, like an optax optimizer state."""

from __future__ import annotations

from typing import NamedTuple

import jax
import jax.numpy as jnp


class MovingAverageState(NamedTuple):
    value: jax.Array
    count: jax.Array


class MovingAverage(NamedTuple):
    """Exponential moving average of past costs, used as a constant baseline.

    The baseline of step ``t`` is computed from the costs of steps ``< t`` only, so it does not
    depend on step ``t``'s samples: it is certified as a constant baseline (and
    :func:`certjax.grad` checks at trace time that the array passed does not depend on the
    sample). Williams (1992), Sec. 4 ("reinforcement comparison").

    Example:
        >>> import jax, jax.numpy as jnp, certjax as cj
        >>> from certjax import distributions as cjd, estimators as cje
        >>> ma = cje.MovingAverage(decay=0.9)
        >>> state = ma.init()
        >>> def objective(logit, key, b):
        ...     z = cj.sample(key, cjd.Bernoulli(logits=logit), estimator=cje.score(baseline=b))
        ...     return (z - 0.3) ** 2
        >>> value, g = cj.value_and_grad(objective)(0.0, jax.random.key(0), ma.value(state))
        >>> state = ma.update(state, value)
        >>> int(state.count)
        1
    """

    decay: float = 0.9

    def init(self, initial: float = 0.0) -> MovingAverageState:
        return MovingAverageState(jnp.asarray(initial, jnp.float32), jnp.asarray(0, jnp.int32))

    def value(self, state: MovingAverageState) -> jax.Array:
        return jax.lax.stop_gradient(state.value)

    def update(self, state: MovingAverageState, cost: jax.Array) -> MovingAverageState:
        cost = jax.lax.stop_gradient(jnp.mean(cost))
        # the first update replaces the initial value (no bias towards it)
        d = jnp.where(state.count == 0, 0.0, self.decay)
        return MovingAverageState(d * state.value + (1 - d) * cost, state.count + 1)
