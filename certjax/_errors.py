# SPDX-License-Identifier: Apache-2.0
"""Exceptions and the long error messages, kept as constants that show the fix."""

from __future__ import annotations

from typing import Any

from jax.errors import UnexpectedTracerError

MSG_UNIDENTIFIED = (
    "JAX's {name} at ({shapes}) is not identified as the library function it implements "
    "(its traced body's normal form differs from the function's own at these shapes), so "
    "it is refused: its approximation would be proved against the exact derivative "
    "(README, Library functions)")
MSG_UNSUPPORTED = """\
certjax cannot translate the JAX primitive '{name}' to Z3.

Either rewrite the rule with supported primitives, or teach the translator this one:

    import certjax
    @certjax.register_translation("{name}")
    def _{name}(ctx, *operands, **params):
        # operands: numpy object arrays of IR nodes; build results with ctx.b.add/mul/...
        ...

Supported primitives are listed by `certjax.supported_primitives()`."""

MSG_NOT_TRACEABLE = """\
{what} of rule '{rule}' could not be traced by JAX at the signature {signature}:
    {error}
A rule must be a pure, JAX-traceable function of its arguments. An `assume` predicate is
written like the primal, e.g. `assume=lambda x: x > 0`, not `assume=lambda x: float(x) > 0`."""

MSG_BAD_BWD = """\
The bwd rule '{rule}' returned {got}, but the primal '{primal}' takes differentiable
arguments {expected}. bwd must return a tuple with one cotangent per differentiable
argument (nondiff_argnums excluded), each of the argument's shape, e.g.

    def {rule}(res, g):
        x, = res
        return (g * jax.nn.sigmoid(x),)   # note the trailing comma: a 1-tuple"""

MSG_BAD_FWD = """\
The fwd rule '{fwd}' of '{rule}' returned {got}, but it must return a pair
(primal_out, residuals) whose primal_out has the primal's structure and shapes, here
{expected}, e.g.

    def {fwd}(x):
        return {rule}(x), x        # (primal_out, residuals)"""

MSG_BAD_JVP = """\
The jvp rule '{rule}' returned {got}, but it must return (primal_out, tangent_out) with
the primal's output structure {expected}, e.g.

    @f.defjvp
    def f_jvp(primals, tangents):
        x, = primals; t, = tangents
        return f(x), t * jax.nn.sigmoid(x)"""

MSG_SIDE_EFFECTS = """\
The {what} of rule '{rule}' has side effects ({effects}). A certified rule must be pure:
the proof covers the jaxpr only, not I/O, callbacks or random state. Remove the
`jax.debug.print`/`io_callback`/... from the rule."""

MSG_UNPROVEN = """\
{rule}: obligation '{obligation}' could not be proved ({reason}).
certjax does not use an unproved rule. If you have checked it by other means, say so:
    f.defvjp(fwd, bwd, trust="checked against finite differences in tests/test_x.py")"""


class CertificationError(Exception):
    """Base class of everything certjax raises about a rule."""


class UnsupportedPrimitive(CertificationError):
    """A primitive in a rule has no translation to Z3."""

    def __init__(self, message: str, *, primitive: str) -> None:
        super().__init__(message)
        self.primitive = primitive


class RuleRejected(CertificationError):
    """Z3 found, and JAX confirmed in float64, a point where the rule is wrong."""

    def __init__(
        self, message: str, *, rule: str, obligation: str, counterexample: dict[str, Any],
        certificate: Any = None,
    ) -> None:
        super().__init__(message)
        self.rule = rule
        self.obligation = obligation
        self.counterexample = counterexample
        self.certificate = certificate


class RuleUnproven(CertificationError):
    """Z3 answered unknown, ran out of its resource limit, or gave only unconfirmed models."""

    def __init__(self, message: str, *, rule: str, obligation: str, certificate: Any = None):
        super().__init__(message)
        self.rule = rule
        self.obligation = obligation
        self.certificate = certificate


class RuleMalformed(CertificationError, TypeError):
    """The rule does not have the structure JAX requires (wrong outputs, untraceable...)."""


class RuleOutputMalformed(RuleMalformed):
    """fwd, bwd or jvp returned outputs of the wrong structure, shapes or dtypes.

    As with JAX, this is raised where the rule is used (differentiated), not where it is
    defined, unless ``defvjp``/``defjvp`` was given a ``signature``. Its message starts with
    JAX's own for the same mistake, where JAX would raise one.
    """


class RuleOutputMalformedValue(RuleOutputMalformed, ValueError):
    """:class:`RuleOutputMalformed` where JAX raises a ``ValueError`` (cotangent shapes)."""


class RuleTracerRefused(RuleMalformed, UnexpectedTracerError):
    """Under ``jax_custom_vjp3``: a nondiff argument that is a tracer, or a primal closing
    over one, refused as JAX's ``custom_vjp3`` refuses them (its type, its words)."""

    def __init__(self, message: str) -> None:
        TypeError.__init__(self, f"{message}\nSee {self._error_page}#jax.errors."
                                 f"{UnexpectedTracerError.__name__}")


MSG_STRICT = """\
{function} uses custom derivative rules that are not proved, so its gradients may be wrong:
{rows}
certjax.audit(..., strict=True) / certjax.strict(fn) refuse such a function before it is
compiled. Fix or replace each rule (certjax.custom_vjp/custom_jvp prove theirs at
definition), or, having checked one by other means, certify it with `trust="why"`."""


class UnprovedRules(CertificationError):
    """Strict mode: a function contains custom derivative rules that are not proved."""

    def __init__(self, message: str, *, report: Any) -> None:
        super().__init__(message)
        self.report = report


class RuleNotTraceable(RuleMalformed):
    """JAX could not trace the rule (or its primal) at the signature tried.

    ``value_dependent``: it failed on Python control flow over values (at any signature).
    """

    def __init__(self, message: str, *, value_dependent: bool = False, what: str = "") -> None:
        super().__init__(message)
        self.value_dependent, self.what = value_dependent, what


_AS_WELL: dict[type, type] = {}


def not_traceable(message: str, error: BaseException, **kw: Any) -> RuleNotTraceable:
    """A :class:`RuleNotTraceable` that is also an instance of ``error``'s class, where the
    rule itself raised it (equinox's ``nondifferentiable`` jvp raises ``RuntimeError``): an
    ``except RuntimeError`` that catches it under plain JAX catches it under certjax too."""
    base = type(error)
    if issubclass(RuleNotTraceable, base) or not issubclass(base, Exception):
        return RuleNotTraceable(message, **kw)
    try:
        cls = _AS_WELL.get(base) or _AS_WELL.setdefault(base, type(
            "RuleNotTraceable", (RuleNotTraceable, base), {"__module__": __name__}))
        return cls(message, **kw)
    except TypeError:  # (a class whose layout or constructor does not combine)
        return RuleNotTraceable(message, **kw)


MSG_CANNOT_HANDLE = """\
certjax cannot certify rule '{rule}'{where}: it could not handle part of it
    ({error})
This is a gap in certjax, not necessarily a bug in the rule. Rewrite the rule with supported
operations, or prove it at a signature certjax handles with `defvjp(..., signature=...)`."""


class RuleNotHandled(CertificationError):
    """certjax met something in a rule it cannot model (the rule may well be right)."""
MSG_DTYPE = """\
certjax cannot prove rules over {dtype} values ({where}): the proof is over real numbers,
fixed-width integers and booleans only, and reading a {dtype} value as a real would prove
something about a different program. Prove a complex rule on the real and imaginary parts
as separate float arguments; a PRNG key is fixed where the rule is used eagerly (each call
proved at its point), not under `jit`; or leave the rule to JAX unproved."""

MSG_VALUE = """\
certjax cannot translate {what} in the JAX primitive '{name}': {why}.
Rewrite that part of the rule (e.g. `jnp.where(c, x, 0.)` instead of arithmetic on an
infinite constant), or leave the rule unproved."""


class UnsupportedDtype(UnsupportedPrimitive):
    """A value in a rule has a dtype the proof cannot model (complex, float0, strings...)."""

    def __init__(self, message: str, *, primitive: str, dtype: str) -> None:
        super().__init__(message, primitive=primitive)
        self.dtype = dtype


class UnsupportedValue(UnsupportedPrimitive):
    """A value the real-number model cannot hold where it is used (arithmetic on inf...)."""


MSG_NO_REFERENCE = """\
certjax has no reference derivative for rule '{rule}': {what} uses the primitive
'{primitive}', which JAX cannot differentiate:
    {error}
Give a JAX function equal to the primal; the rule is then proved against its derivative, and
its equality with the primal is proved as obligation 'reference':
    f.defvjp(fwd, bwd, reference=lambda x: jnp.sin(x))
or, if the rule is deliberately not a derivative, state what it is instead
(`surrogate=`, `cotangent=`, or `tangent=` for a custom_jvp)."""

MSG_DELIBERATE_STRICT = """\
{rule}{where}: obligation '{obligation}' is refuted and the rule is marked
deliberately_wrong ({reason}), but {who} refuses deliberately wrong rules.
Allow them explicitly ({allow}), or state what the rule computes instead
(`surrogate=`, `cotangent=`, `tangent=`) so that it can be proved."""


class NoReferenceDerivative(CertificationError):
    """The primal (or the stated surrogate) uses a primitive JAX cannot differentiate."""

    def __init__(self, message: str, *, rule: str, primitive: str) -> None:
        super().__init__(message)
        self.rule, self.primitive = rule, primitive


MSG_LOOP = """\
certjax cannot prove a rule through this '{name}' loop: {why}.
Loops are unrolled at the trip count JAX fixes at trace time (at most {cap} iterations), e.g.
`lax.fori_loop(0, 8, body, x)` or `lax.scan(f, c, xs)` with a short `xs`. A loop whose number
of iterations depends on the data (a `while_loop` testing a float) has no such count."""


class UnsupportedLoop(UnsupportedPrimitive):
    """A loop whose trip count is not known at trace time, or exceeds the unrolling cap."""
