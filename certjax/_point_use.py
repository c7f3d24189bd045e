# SPDX-License-Identifier: Apache-2.0
"""Using a rule that branches on values: its instance at the call's point (see ``_point``).

A rule whose trace at the call's abstract signature fails on Python control flow over values
(``RuleNotTraceable(value_dependent=True)``) is, where JAX hands it concrete primal values,
proved at that point and run from the jaxprs proved there. Anywhere else (under ``jit``, or
with ``symbolic_zeros``) the trace error stands, as JAX's own would.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import jax

from ._certificate import Certificate
from ._certify import Traced, handled
from ._elementwise import prove_canonical
from ._errors import RuleNotTraceable
from ._instance import Config, Instance, Residuals, _guarded, _in_thread, check
from ._point import at_point, concrete, is_key, point, trace_jvp_at, trace_vjp_at

# what JAX raises where the rule needs a value it does not have (as plain JAX would too)
NOT_CONCRETE = (jax.errors.ConcretizationTypeError, jax.errors.TracerIntegerConversionError,
                jax.errors.TracerArrayConversionError)


def applies(e: Exception, owner: Any, args: Sequence[Any]) -> bool:
    """Whether ``e`` (raised tracing at the abstract signature) is met with a point instance."""
    return (isinstance(e, RuleNotTraceable) and e.value_dependent and concrete(args)
            and not owner.symbolic_zeros)


def keyed(owner: Any, args: Sequence[Any]) -> bool:
    """Whether a nondiff argument of this concrete call holds PRNG keys (see ``_point``)."""
    nd = [args[i] for i in owner.nondiff_argnums if i < len(args)]
    return (any(is_key(x) for a in nd for x in jax.tree_util.tree_leaves(a))
            and concrete(args) and not owner.symbolic_zeros)


def _record(owner: Any, t: Traced, pt: Any, cfg: Config) -> Certificate:
    """The point instance's certificate if it may run (proved, or trusted); raises."""
    log = owner.instances
    inst = log.by_key.get(t.key)
    if inst is None:
        done = prove_canonical(t, cfg.rlimit, prove=lambda u: _guarded(u, cfg.rlimit),
                               as_traced=False, eager=lambda thunk: _in_thread(t, thunk))
        cert, how = done if done is not None else (_guarded(t, cfg.rlimit), "as traced")
        inst = Instance(pt.shapes(), at_point(cert, pt), "at a point: " + how)
        log.by_key[t.key] = inst
    return check(inst.certificate, owner._name, inst.shapes, cfg.trust, log.warned,
                 cfg.float_safe, wrong=cfg.wrong, strict=cfg.strict)


def jvp_at(owner: Any, e: Exception | None, full: Sequence[Any], tangents: Sequence[Any]) -> Any:
    """``jvp`` at the concrete primals ``full``: proved there, then its jaxpr run."""
    (jvp,) = owner._rule
    cfg: Config = owner._config
    with handled(owner._name):
        try:
            pt = point(owner.fun, full, owner.nondiff_argnums)
            t, run = trace_jvp_at(pt, jvp, owner._name, cfg.rlimit)
        except (RuleNotTraceable, *NOT_CONCRETE):
            if e is None:  # (a keyed rule: no abstract trace was tried)
                raise
            raise e from None  # (on a tangent's value too, or under jit: the first error says it)
    _record(owner, t, pt, cfg)
    return run(*tangents)


def fwd_at(owner: Any, e: Exception | None, args: Sequence[Any]) -> Any:
    """``fwd`` at the concrete primals ``args``: the whole rule proved there (its ``bwd`` at
    fwd's residuals), fwd's output returned; ``bwd`` then runs the proved jaxpr."""
    fwd, bwd = owner._rule
    cfg: Config = owner._config
    with handled(owner._name):
        try:
            pt = point(owner.fun, args, owner.nondiff_argnums)
            t, out, _ = trace_vjp_at(pt, fwd, bwd, owner._name, cfg.rlimit)
        except (RuleNotTraceable, *NOT_CONCRETE):
            if e is None:
                raise
            raise e from None
    t.extra["point"] = True
    _record(owner, t, pt, cfg)
    owner.instances.traced[t.key] = t
    return out, Residuals((), t.key)
