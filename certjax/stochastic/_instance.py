# SPDX-License-Identifier: Apache-2.0
"""A callable baseline, proved constant at the instance it is used at (trace time, cached).

The pair certificate ``score[baseline=callable] x D`` is proved at ``D``'s certification
example (a scalar site). A baseline can be constant there and not on a batch:
``lambda z: jnp.sum(z) - z.reshape(-1)[0]`` is 0 on a scalar and ``z[1] + z[2]`` on three
elements, which biases the gradient of elements 1 and 2. So every site with a callable
baseline also proves, at its own sample shape, that the baseline's output does not depend on
the sample at all: ``baseline(z) == baseline(z2)`` for all ``z, z2`` in the support of that
shape. A baseline whose jaxpr does not read the sample (dataflow) needs no solver; otherwise
Z3 decides, on the jaxpr of the baseline at that shape (the sample is passed to it as floating
point, as at run time). Cached by the distribution, the shape and the jaxpr (constants
included).
"""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from .._certificate import Certificate, jaxpr_text
from ._deps import dependencies
from ._errors import (
    ADVICE_BASELINE,
    MSG_BASELINE_INSTANCE_TOO_BIG,
    MSG_BASELINE_UNTRACEABLE,
    StochasticError,
    raise_unless_proved,
)
from ._proof import Claim, prove_claims

MAX_ELEMENTS = 64
A_INSTANCE = ("instance: the callable baseline was proved constant in the sample at this "
              "sample shape, with the sample given as float32 (float64 under jax_enable_x64 "
              "runs the same operations)")
_CERTS: dict[tuple, Certificate | None] = {}


def _as_baseline(fn, z):
    return jnp.asarray(fn(z), jnp.float32)


def check_baseline(dist: Any, est: Any, shape: tuple[int, ...]) -> Certificate | None:
    """Prove ``est.baseline`` constant on ``dist``'s support at sample ``shape``, or raise.

    Returns the certificate (None when dataflow alone shows the sample is not read).

    Raises:
        RuleRejected: Z3 found, and JAX confirmed, two samples with different baselines.
        RuleUnproven / StochasticError: not proved (too large, untraceable, unknown).
    """
    fn = est.baseline
    sig = jax.ShapeDtypeStruct(tuple(shape), jnp.float32)
    try:
        with jax.ensure_compile_time_eval():
            closed = jax.make_jaxpr(lambda z: _as_baseline(fn, z))(sig)
        text = jaxpr_text(closed)
    except Exception as e:  # noqa: BLE001 - any failure to trace is "not certifiable"
        raise StochasticError(MSG_BASELINE_UNTRACEABLE.format(
            dist=type(dist).__name__, shape=tuple(shape), error=f"{type(e).__name__}: {e}")) from e
    key = (type(dist), tuple(shape), text)
    if key in _CERTS:
        return _CERTS[key]
    if not any(dependencies(closed)):  # the output reads no input: constant by dataflow
        _CERTS[key] = None
        return None
    size = int(np.prod(shape, dtype=int))
    if size > MAX_ELEMENTS:
        raise StochasticError(MSG_BASELINE_INSTANCE_TOO_BIG.format(
            dist=type(dist).__name__, shape=tuple(shape), size=size, cap=MAX_ELEMENTS))
    # the support does not read the parameters (checked at pair certification), so any
    # parameter values of the right shapes give the same predicate
    ex = type(dist).tree_unflatten(False, [np.ones(jnp.shape(p), np.float32)
                                           for p in jax.tree_util.tree_leaves(dist)])
    check = type(dist).support.check

    def on_support(inp):
        return jnp.all(check(ex, inp["z"])) & jnp.all(check(ex, inp["z2"]))

    claim = Claim("baseline_constant@instance",
                  f"baseline(z) == baseline(z2) for all z, z2 of shape {tuple(shape)} in the "
                  "support", "equal", lambda inp: _as_baseline(fn, inp["z"]),
                  lambda inp: _as_baseline(fn, inp["z2"]), on_support)
    name = f"callable_baseline_{type(dist).__name__}{list(shape)}"
    with jax.ensure_compile_time_eval():
        cert = prove_claims(name, {"z": tuple(shape), "z2": tuple(shape)}, [claim],
                            assumptions=[A_INSTANCE])
    raise_unless_proved(cert, ADVICE_BASELINE)
    _CERTS[key] = cert
    return cert


def certificates() -> list[Certificate]:
    return [c for c in _CERTS.values() if c is not None]
