# SPDX-License-Identifier: Apache-2.0
"""``certjax.custom_vjp`` / ``certjax.custom_jvp``: JAX's, proved at ``defvjp``/``defjvp``.

The wrapper holds a real ``jax.custom_vjp``/``jax.custom_jvp`` and calls it unchanged, so
``jit``, ``vmap``, ``grad`` and the compiled program are exactly JAX's: the proof costs
nothing at run time.
"""

from __future__ import annotations

import dataclasses
import functools
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import jax

from . import _collect
from ._certificate import Certificate
from ._certified import register_certified
from ._certify import certify_jvp, certify_vjp
from ._errors import MSG_UNPROVEN, RuleRejected, RuleUnproven
from ._obligation import DEFAULT_RLIMIT


class CertjaxWarning(UserWarning):
    """A rule is used on trust: Z3 did not prove it."""


def _raise_or_trust(cert: Certificate, trust: str | None) -> Certificate:
    if cert.verdict == "refuted":
        bad = next(o for o in cert.obligations if o.verdict == "refuted")
        raise RuleRejected(
            f"{cert.rule}: obligation '{bad.name}' {bad.reason}\n  ({bad.statement})",
            rule=cert.rule, obligation=bad.name, counterexample=bad.counterexample or {},
            certificate=cert,
        )
    if cert.verdict == "unproved":
        bad = next(o for o in cert.obligations if o.verdict == "unproved")
        if trust is None:
            raise RuleUnproven(
                MSG_UNPROVEN.format(rule=cert.rule, obligation=bad.name, reason=bad.reason),
                rule=cert.rule, obligation=bad.name, certificate=cert,
            )
        warnings.warn(
            f"{cert.rule}: obligation '{bad.name}' unproved ({bad.reason}); used on trust: {trust}",
            CertjaxWarning, stacklevel=3,
        )
        # a copy: the certificate may be shared through the proof cache, and a rule defined
        # later with the same jaxprs but no trust reason must still be refused
        return dataclasses.replace(cert, verdict="trusted", trust_reason=trust)
    return cert


class custom_vjp:
    """Drop-in for :func:`jax.custom_vjp` whose ``defvjp`` proves the rule first.

    Args:
        fun: the primal function.
        nondiff_argnums: as in :func:`jax.custom_vjp`.

    Example:
        >>> import jax, jax.numpy as jnp, certjax
        >>> @certjax.custom_vjp
        ... def softplus(x):
        ...     return jnp.logaddexp(x, 0.0)
        >>> def softplus_fwd(x):
        ...     return softplus(x), x
        >>> def softplus_bwd(x, g):
        ...     return (g * jax.nn.sigmoid(x),)
        >>> softplus.defvjp(softplus_fwd, softplus_bwd)
        >>> softplus.certificate.verdict
        'proved'
        >>> float(jax.grad(softplus)(0.0))
        0.5
    """

    def __init__(self, fun: Callable, nondiff_argnums: Sequence[int] = ()) -> None:
        self.fun = fun
        self.nondiff_argnums = tuple(nondiff_argnums)
        self._jax = jax.custom_vjp(fun, nondiff_argnums=self.nondiff_argnums)
        self.certificate: Certificate | None = None
        functools.update_wrapper(self, fun)

    def defvjp(
        self, fwd: Callable, bwd: Callable, *, signature: Sequence[Any] | None = None,
        assume: Callable[..., Any] | None = None, trust: str | None = None,
        rlimit: int = DEFAULT_RLIMIT, **jax_kwargs: Any,
    ) -> None:
        """Prove ``fwd``/``bwd`` for ``fun``, then register them exactly as JAX would.

        Raises:
            RuleRejected: a confirmed counterexample (the rule is not installed).
            RuleUnproven: no proof and no ``trust`` reason (the rule is not installed).
            RuleMalformed: the rule has the wrong structure or cannot be traced.
            UnsupportedPrimitive: a primitive has no translation.
        """
        old = (self._jax.fwd, self._jax.bwd)
        # fwd usually calls the function itself, which JAX only allows once a rule is set
        self._jax.defvjp(fwd, bwd, **jax_kwargs)
        sink = _collect.active()
        if sink is not None:  # `certjax check` discovering rules: proved later, elsewhere
            sink.append(_collect.RuleDef("vjp", self, (fwd, bwd), self.nondiff_argnums,
                                         signature, assume, rlimit, trust))
            return
        try:
            cert = certify_vjp(
                self.fun, fwd, bwd, nondiff_argnums=self.nondiff_argnums, signature=signature,
                assume=assume, rlimit=rlimit, name=getattr(self.fun, "__name__", None),
            )
            cert = _raise_or_trust(cert, trust)
        except BaseException:
            self._jax.fwd, self._jax.bwd = old
            raise
        self.certificate = cert
        register_certified(self, signature=signature, assume=assume, rlimit=rlimit)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._jax(*args, **kwargs)

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        return self if obj is None else functools.partial(self, obj)


class custom_jvp:
    """Drop-in for :func:`jax.custom_jvp` whose ``defjvp`` proves the rule first.

    Example:
        >>> import jax, jax.numpy as jnp, certjax
        >>> @certjax.custom_jvp
        ... def log1pexp(x):
        ...     return jnp.log1p(jnp.exp(x))
        >>> @log1pexp.defjvp
        ... def log1pexp_jvp(primals, tangents):
        ...     (x,), (t,) = primals, tangents
        ...     return log1pexp(x), t * jax.nn.sigmoid(x)
        >>> log1pexp.certificate.verdict
        'proved'
    """

    def __init__(self, fun: Callable, nondiff_argnums: Sequence[int] = ()) -> None:
        self.fun = fun
        self.nondiff_argnums = tuple(nondiff_argnums)
        self._jax = jax.custom_jvp(fun, nondiff_argnums=self.nondiff_argnums)
        self.certificate: Certificate | None = None
        functools.update_wrapper(self, fun)

    def defjvp(
        self, jvp: Callable | None = None, *, signature: Sequence[Any] | None = None,
        assume: Callable[..., Any] | None = None, trust: str | None = None,
        rlimit: int = DEFAULT_RLIMIT, **jax_kwargs: Any,
    ) -> Callable:
        """Prove ``jvp`` for ``fun``, then register it; usable as a decorator."""
        if jvp is None:
            return functools.partial(
                self.defjvp, signature=signature, assume=assume, trust=trust, rlimit=rlimit,
                **jax_kwargs,
            )
        old = self._jax.jvp
        self._jax.defjvp(jvp, **jax_kwargs)
        sink = _collect.active()
        if sink is not None:  # `certjax check` discovering rules: proved later, elsewhere
            sink.append(_collect.RuleDef("jvp", self, (jvp,), self.nondiff_argnums,
                                         signature, assume, rlimit, trust))
            return jvp
        try:
            cert = certify_jvp(
                self.fun, jvp, nondiff_argnums=self.nondiff_argnums, signature=signature,
                assume=assume, rlimit=rlimit, name=getattr(self.fun, "__name__", None),
            )
            cert = _raise_or_trust(cert, trust)
        except BaseException:
            self._jax.jvp = old
            raise
        self.certificate = cert
        register_certified(self, signature=signature, assume=assume, rlimit=rlimit)
        return jvp

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._jax(*args, **kwargs)
