# SPDX-License-Identifier: Apache-2.0
"""``certjax.custom_vjp`` / ``certjax.custom_jvp``: JAX's classes, proved where they are used.

Each class *is* JAX's (a subclass of the ``jax.custom_vjp``/``jax.custom_jvp`` that existed
when certjax was imported, so a program may later set ``jax.custom_vjp = certjax.custom_vjp``):
calling, ``nondiff_argnums``/``nondiff_argnames``, keyword arguments, ``defjvps``,
``optimize_remat`` and attribute forwarding are JAX's own code. Only the rule JAX is given
differs: a wrapper that, at every call JAX makes, traces the user's rule at that instance,
proves it (or finds its proof) and evaluates the proved jaxpr (see ``_instance.py``).

``defvjp``/``defjvp`` also prove at registration: at ``signature=`` when given (libraries
ship these certificates), else at one float32 scalar per argument when the rule traces there.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import jax

from . import _collect
from ._certificate import Certificate
from ._certified import register_certified
from ._certify import certify_jvp, certify_vjp
from ._errors import RuleNotTraceable, RuleOutputMalformed
from ._instance import (
    CertjaxWarning,
    Config,
    DeliberatelyWrongWarning,
    FloatSafetyWarning,
    InstanceLog,
    check,
    jvp_rule,
    vjp_bwd,
    vjp_fwd,
)
from ._obligation import DEFAULT_RLIMIT
from ._stated import Stated
from ._vjp3 import refuse as refuse_as_vjp3

# JAX's classes as they were at import: never looked up through ``jax.`` again, so that a
# program that swaps ``jax.custom_vjp = certjax.custom_vjp`` keeps working.
_JAX_VJP = jax.custom_vjp
_JAX_JVP = jax.custom_jvp

__all__ = ["CertjaxWarning", "DeliberatelyWrongWarning", "FloatSafetyWarning", "custom_jvp",
           "custom_vjp", "install"]


def _register(owner: Any, certify: Callable[..., Certificate], signature, cfg: Config) -> None:
    """The registration proof (see the module docstring); raises on a wrong rule."""
    try:
        cert = _eagerly(lambda: certify(signature))
    except (RuleOutputMalformed, RuleNotTraceable) as e:
        # As JAX does: a rule is an error where it is used (differentiated), not where it is
        # defined: no default signature may fit it (static values, array-only code), and a
        # rule with malformed outputs or Python control flow on values may never be used.
        # With a signature asked for, or a bad `assume` (certjax's own), the error is now.
        if signature is not None or "assume" in getattr(e, "what", ""):
            raise
        register_certified(owner, signature=None, assume=cfg.assume, rlimit=cfg.rlimit)
        return
    if (signature is None and cfg.assume is None and owner.nondiff_argnums
            and cert.verdict != "proved"):
        # The default signature made the static nondiff arguments float32 scalars, so the
        # proof quantified over every value: JAX passes the rule the values it is called with
        # (``huber(1.0, x)``), and a rule right at those may be wrong at others (a negative
        # delta), which no `assume` excluded. Each use is proved at its static values.
        register_certified(owner, signature=None, assume=cfg.assume, rlimit=cfg.rlimit)
        return
    shapes = dict(cert.shapes)
    owner.certificate = check(cert, owner._name, shapes, cfg.trust, owner.instances.warned,
                              cfg.float_safe, wrong=cfg.wrong, strict=cfg.strict)
    register_certified(owner, signature=signature, assume=cfg.assume, rlimit=cfg.rlimit)


def _eagerly(thunk: Callable[[], Any]) -> Any:
    """``thunk()`` outside the trace JAX may be building (a rule registered inside ``jit``,
    ``vmap``...): the proof evaluates the rule at solver points and formats counterexamples,
    which must run eagerly, not be staged into the user's program. (In this thread, unlike
    instance proofs: the caller's configuration contexts, ``enable_x64``, still apply.)"""
    with jax.ensure_compile_time_eval():
        return thunk()


class custom_vjp(_JAX_VJP):
    """Drop-in for :func:`jax.custom_vjp` whose rule is proved at every instance it is used at.

    Args:
        fun: the primal function.
        nondiff_argnums, nondiff_argnames: as in :func:`jax.custom_vjp`.

    Attributes:
        certificate: the registration certificate (None when the rule could not be traced at
            a default signature; it is then proved at each use).
        instances: the instances proved in this process (shapes, static values, verdicts).

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

    def __new__(cls, *args: Any, **kwargs: Any) -> custom_vjp:
        # never JAX's ``custom_vjp3`` (config ``jax_custom_vjp3``): this class's rule is the
        # certified one under either implementation
        return object.__new__(cls)

    def __init__(self, fun: Callable, nondiff_argnums: Sequence[int] = (),
                 nondiff_argnames: Sequence[str] = ()) -> None:
        super().__init__(fun, nondiff_argnums=nondiff_argnums, nondiff_argnames=nondiff_argnames)
        self.certificate: Certificate | None = None
        self.instances = InstanceLog()
        self._name = getattr(fun, "__name__", "rule")
        self._rule: tuple[Callable, ...] | None = None
        self._config = Config(None, None, DEFAULT_RLIMIT)

    def defvjp(
        self, fwd: Callable, bwd: Callable, symbolic_zeros: bool = False,
        optimize_remat: bool = False, *, signature: Sequence[Any] | None = None,
        assume: Callable[..., Any] | None = None, trust: str | None = None,
        rlimit: int = DEFAULT_RLIMIT, strict: bool = False, float_safe: bool = True,
        surrogate: Callable | None = None, cotangent: Callable | None = None,
        reference: Callable | None = None, deliberately_wrong: str | None = None,
    ) -> None:
        """Prove ``fwd``/``bwd`` for ``fun`` (here and at each use), then register them.

        Args:
            fwd, bwd, symbolic_zeros, optimize_remat: as for :meth:`jax.custom_vjp.defvjp`.
            signature: shapes to prove at now (default: one float32 scalar per argument).
            assume: a JAX predicate on the primal arguments: the domain.
            trust: a reason to use the rule where it is *unproved* (never where refuted).
            rlimit: Z3's deterministic resource limit per query.
            strict: refuse instances proved only at a proxy shape (an unproved argument),
                and rules marked ``deliberately_wrong``.
            surrogate: bwd is the VJP of this function (the primal's signature) instead of
                the primal's: straight-through ``lambda x: x``; proved, and the certificate
                says "NOT the VJP of the primal".
            cotangent: bwd equals ``cotangent(*primal_args, g)`` (bwd's output structure),
                a stated cotangent map that need not be a VJP (``clip_gradient``).
            reference: the primal cannot be differentiated by JAX (``pure_callback``): a JAX
                function equal to it (proved as obligation ``reference``) whose VJP bwd is
                proved against.
            deliberately_wrong: the reason to use the rule although it is *refuted*: recorded
                in the certificate (verdict ``deliberately_wrong``, with the confirmed
                counterexample), warned about at each instance, refused by ``strict``.
            float_safe: ``False`` accepts a rule that is not float-safe in its dtype (obligation
                'finite' refuted) without a :class:`FloatSafetyWarning`; recorded in the
                certificate, and ``certjax check``/``certjax.strict`` then do not refuse it.

        Raises:
            RuleRejected: a confirmed counterexample (the rule is not installed).
            RuleUnproven: no proof and no ``trust`` reason (the rule is not installed).
            RuleMalformed: the rule has the wrong structure or cannot be traced.
            UnsupportedPrimitive: a primitive has no translation.
        """
        stated = Stated.make("vjp", self._name, surrogate=surrogate, cotangent=cotangent,
                             reference=reference, deliberately_wrong=deliberately_wrong)
        cfg = Config(assume, trust, rlimit, strict, float_safe, stated)
        sink = _collect.active()
        if sink is not None:  # `certjax check` discovering rules: proved later, elsewhere
            self._install(fwd, bwd, cfg, symbolic_zeros, optimize_remat)
            sink.append(_collect.RuleDef("vjp", self, (fwd, bwd), self.nondiff_argnums,
                                         signature, assume, rlimit, trust, float_safe,
                                         stated))
            return
        old = self._save()
        # fwd usually calls the function itself, which JAX only allows once a rule is set
        self._install(fwd, bwd, cfg, symbolic_zeros, optimize_remat)
        try:
            _register(self, lambda sig: certify_vjp(
                self.fun, fwd, bwd, nondiff_argnums=self.nondiff_argnums, signature=sig,
                assume=assume, rlimit=rlimit, name=self._name, stated=stated), signature, cfg)
        except BaseException:
            self._restore(old)
            raise

    def _install(self, fwd, bwd, cfg, symbolic_zeros, optimize_remat) -> None:
        self._rule, self._config = (fwd, bwd), cfg

        def certified_fwd(*args):
            return vjp_fwd(self, args)

        def certified_bwd(*args):
            return vjp_bwd(self, args)

        functools.update_wrapper(certified_fwd, fwd)
        functools.update_wrapper(certified_bwd, bwd)
        super().defvjp(certified_fwd, certified_bwd, symbolic_zeros=symbolic_zeros,
                       optimize_remat=optimize_remat)

    def _save(self) -> tuple:
        return (self.fwd, self.bwd, self.symbolic_zeros, self.optimize_remat, self._rule,
                self._config, self.certificate)

    def _restore(self, old: tuple) -> None:
        (self.fwd, self.bwd, self.symbolic_zeros, self.optimize_remat, self._rule,
         self._config, self.certificate) = old

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        refuse_as_vjp3(self.fun, self.nondiff_argnums, args, kwargs)  # config off: nothing
        return super().__call__(*args, **kwargs)

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        return self if obj is None else functools.partial(self, obj)


class custom_jvp(_JAX_JVP):
    """Drop-in for :func:`jax.custom_jvp` whose rule is proved at every instance it is used at.

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

    def __init__(self, fun: Callable, nondiff_argnums: Sequence[int] = (),
                 nondiff_argnames: Sequence[str] = ()) -> None:
        super().__init__(fun, nondiff_argnums=nondiff_argnums, nondiff_argnames=nondiff_argnames)
        self.certificate: Certificate | None = None
        self.instances = InstanceLog()
        self._name = getattr(fun, "__name__", "rule")
        self._rule: tuple[Callable, ...] | None = None
        self._config = Config(None, None, DEFAULT_RLIMIT)

    def defjvp(
        self, jvp: Callable | None = None, symbolic_zeros: bool = False, *,
        signature: Sequence[Any] | None = None, assume: Callable[..., Any] | None = None,
        trust: str | None = None, rlimit: int = DEFAULT_RLIMIT, strict: bool = False,
        float_safe: bool = True,
        surrogate: Callable | None = None, tangent: Callable | None = None,
        reference: Callable | None = None, deliberately_wrong: str | None = None,
    ) -> Callable:
        """Prove ``jvp`` for ``fun`` (here and at each use), then register it; a decorator.

        Arguments as for :meth:`custom_vjp.defvjp`; ``tangent`` (instead of ``cotangent``):
        jvp's tangent equals ``tangent(*nondiff, primals, tangents)``.
        """
        if jvp is None:
            return functools.partial(
                self.defjvp, symbolic_zeros=symbolic_zeros, signature=signature,
                assume=assume, trust=trust, rlimit=rlimit, strict=strict,
                float_safe=float_safe, surrogate=surrogate,
                tangent=tangent, reference=reference, deliberately_wrong=deliberately_wrong)
        stated = Stated.make("jvp", self._name, surrogate=surrogate, tangent=tangent,
                             reference=reference, deliberately_wrong=deliberately_wrong)
        cfg = Config(assume, trust, rlimit, strict, float_safe, stated)
        sink = _collect.active()
        if sink is not None:  # `certjax check` discovering rules: proved later, elsewhere
            self._install(jvp, cfg, symbolic_zeros)
            sink.append(_collect.RuleDef("jvp", self, (jvp,), self.nondiff_argnums,
                                         signature, assume, rlimit, trust, float_safe,
                                         stated))
            return jvp
        old = (self.jvp, self.symbolic_zeros, self._rule, self._config, self.certificate)
        self._install(jvp, cfg, symbolic_zeros)
        try:
            _register(self, lambda sig: certify_jvp(
                self.fun, jvp, nondiff_argnums=self.nondiff_argnums, signature=sig,
                assume=assume, rlimit=rlimit, name=self._name, stated=stated), signature, cfg)
        except BaseException:
            self.jvp, self.symbolic_zeros, self._rule, self._config, self.certificate = old
            raise
        return jvp

    def _install(self, jvp, cfg, symbolic_zeros) -> None:
        self._rule, self._config = (jvp,), cfg
        n_nd = len(self.nondiff_argnums)

        def certified_jvp(*args):
            return jvp_rule(self, args[:n_nd], args[n_nd], args[n_nd + 1])

        functools.update_wrapper(certified_jvp, jvp)
        super().defjvp(certified_jvp, symbolic_zeros=symbolic_zeros)

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        return self if obj is None else functools.partial(self, obj)


class install:
    """Make ``jax.custom_vjp``/``jax.custom_jvp`` certjax's, for every rule defined after.

    ``certjax.install()`` swaps them for the rest of the program; ``with certjax.install():``
    only inside the block (rules defined there stay certified after it).

    Example:
        >>> import jax, certjax
        >>> with certjax.install():
        ...     assert jax.custom_vjp is certjax.custom_vjp
        >>> jax.custom_vjp is certjax.custom_vjp
        False
    """

    def __init__(self) -> None:
        self._old = jax.custom_vjp, jax.custom_jvp
        jax.custom_vjp, jax.custom_jvp = custom_vjp, custom_jvp

    def __enter__(self) -> install:
        return self

    def __exit__(self, *exc: Any) -> None:
        jax.custom_vjp, jax.custom_jvp = self._old
