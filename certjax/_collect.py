# SPDX-License-Identifier: Apache-2.0
"""Collect rule definitions without proving them: what ``certjax check`` discovers.

Inside :func:`collecting`, ``custom_vjp.defvjp`` / ``custom_jvp.defjvp`` install the rule with
JAX (``fwd`` may call the function itself) but do not prove it; they append a :class:`RuleDef`
to the collector instead, and ``certjax check`` proves each one afterwards, in worker
processes. Functions defined while collecting are never handed to users: the CLI calls
``make_registrations.__wrapped__`` (bypassing its cache) in throw-away worker processes.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ._certificate import Certificate

_SINK: contextvars.ContextVar[list[RuleDef] | None] = contextvars.ContextVar(
    "certjax_collect", default=None
)


@dataclasses.dataclass
class RuleDef:
    """One ``defvjp``/``defjvp`` call, recorded with everything needed to prove it later."""

    kind: str  # "vjp" | "jvp"
    obj: Any  # the certjax.custom_vjp / custom_jvp object
    fns: tuple[Callable, ...]  # (fwd, bwd) or (jvp,)
    nondiff_argnums: tuple[int, ...]
    signature: Sequence[Any] | None
    assume: Callable | None
    rlimit: int
    trust: str | None
    float_safe: bool = True  # defvjp(..., float_safe=False): a float-unsafe rule accepted
    stated: Any = None  # surrogate=, cotangent=..., deliberately_wrong= (``_stated.Stated``)

    @property
    def name(self) -> str:
        return getattr(self.obj.fun, "__name__", "rule")

    def certify(self, *, keep_smt2: bool = True) -> Certificate:
        """Prove the rule from scratch (the in-process cache is bypassed with ``keep_smt2``);
        a refuted rule marked ``deliberately_wrong`` gets verdict ``deliberately_wrong``."""
        from ._certify import certify_jvp, certify_vjp
        from ._stated import deliberately

        kw = dict(nondiff_argnums=self.nondiff_argnums, signature=self.signature,
                  assume=self.assume, rlimit=self.rlimit, keep_smt2=keep_smt2, name=self.name,
                  stated=self.stated)
        import dataclasses

        from ._instance import OPT_OUT

        certify = certify_vjp if self.kind == "vjp" else certify_jvp
        cert = certify(self.obj.fun, *self.fns, **kw)
        wrong = None if self.stated is None else self.stated.deliberately_wrong
        if wrong is not None and cert.verdict == "refuted":
            cert = deliberately(cert, wrong)
        if not self.float_safe and cert.float_safety == "refuted":
            cert = dataclasses.replace(cert, float_opt_out=OPT_OUT)
        return cert


def active() -> list[RuleDef] | None:
    """The collector in effect, or ``None`` when rules are proved at definition."""
    return _SINK.get()


@contextlib.contextmanager
def collecting() -> Iterator[list[RuleDef]]:
    """Record ``defvjp``/``defjvp`` calls instead of proving them.

    Example:
        >>> import jax.numpy as jnp, certjax
        >>> from certjax._collect import collecting
        >>> with collecting() as found:
        ...     f = certjax.custom_vjp(lambda x: jnp.sin(x))
        ...     f.defvjp(lambda x: (jnp.sin(x), x), lambda x, g: (g * jnp.cos(x),))
        >>> [(d.kind, f.certificate) for d in found]
        [('vjp', None)]
    """
    found: list[RuleDef] = []
    token = _SINK.set(found)
    try:
        yield found
    finally:
        _SINK.reset(token)
