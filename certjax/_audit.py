# SPDX-License-Identifier: Apache-2.0
"""``certjax.audit``: find every custom derivative rule inside a function and prove it.

The function is traced with :func:`jax.make_jaxpr`; each ``custom_jvp_call``/
``custom_vjp_call`` met (through ``jit``, ``remat``, ``scan``/``while``/``cond`` bodies and
other custom rules' primal bodies) is rebuilt as functions (:mod:`certjax._discover`) and
handed to the same :func:`certjax.certify_jvp`/:func:`certjax.certify_vjp` that
``certjax.custom_vjp`` uses, at the shapes met. A rule certified by ``certjax.custom_vjp``/
``custom_jvp`` is recognised (:mod:`certjax._certified`) and reports its certificate.
Counterexamples are confirmed on the function re-traced at float64.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import math
import time
from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.extend import core as jcore

from . import _certified, _linear_solve
from ._certificate import Certificate
from ._certify import handled, prove_traced, trace_jvp, trace_vjp
from ._discover import FoundRule, find_rules, resolve, rule_functions
from ._errors import MSG_STRICT, UnprovedRules, UnsupportedPrimitive
from ._instance import AS_TRACED_MAX, generalised, prove_instance
from ._intercept import Failed, recording
from ._library_match import UNKNOWN, identify, is_library, unidentified
from ._obligation import DEFAULT_RLIMIT
from ._translate import CALL_PARAMS, TRANSLATIONS

VERDICTS = ("proved", "refuted", "unproved", "unsupported", "trusted", "deliberately_wrong",
            "error")


@dataclasses.dataclass
class AuditRow:
    """One custom rule met, and what became of it.

    Attributes:
        name: the primal function's name; ``rule``: its rule functions' names.
        kind: ``"jvp"`` or ``"vjp"``.
        module, source: where the primal is defined (``file:line``).
        where: the calls enclosing it in the traced function (``jit(softplus)``).
        nested: inside another custom rule's primal body (first-order AD does not use it).
        shapes: the operand shapes it was proved at.
        verdict: ``proved``, ``refuted`` (counterexample confirmed in float64), ``unproved``,
            ``unsupported`` (a primitive without translation, named in ``detail``),
            ``trusted`` (certified with ``trust=``), ``deliberately_wrong`` (refuted, and
            certified with ``deliberately_wrong=`` to be used on purpose) or ``error``.
        detail: the counterexample, the failed obligation, the primitive, the error.
        origin: ``"audit"`` (proved here) or ``"certjax"`` (a certjax-certified rule).
        certificate: the certificate, when a proof was attempted.
    """

    name: str
    kind: str
    rule: str
    module: str
    source: str
    where: str
    nested: bool
    shapes: str
    verdict: str
    detail: str = ""
    origin: str = "audit"
    certificate: Certificate | None = None
    seconds: float = 0.0

    @property
    def float_safety(self) -> str:
        """Obligation 'finite' (float safety in the rule's dtype): ``safe``, ``UNSAFE``,
        ``opted-out``, ``unproved``, or ``-`` (not checked)."""
        return "-" if self.certificate is None else self.certificate.float_word()


@dataclasses.dataclass
class AuditReport:
    """Every custom rule met in ``function``; ``str(report)`` is the table."""

    function: str
    rows: list[AuditRow]

    def counts(self) -> dict[str, int]:
        c = collections.Counter(r.verdict for r in self.rows)
        return {v: c[v] for v in VERDICTS if c[v]}

    def not_proved(self, *, allow_trusted: bool = False,
                   allow_deliberately_wrong: bool = False) -> list[AuditRow]:
        """Rows not proved, and rows proved only at a proxy shape (an unproved argument)."""
        ok = ("proved",) + (("trusted",) if allow_trusted else ()) + (
            ("deliberately_wrong",) if allow_deliberately_wrong else ())
        return [r for r in self.rows if r.verdict not in ok or (
            r.certificate is not None and generalised(r.certificate)) or (
            r.certificate is not None and r.certificate.float_safety == "refuted"
            and not r.certificate.float_opt_out)]

    @property
    def ok(self) -> bool:
        """Every rule met is proved."""
        return not self.not_proved()

    def summary(self) -> str:
        counts = ", ".join(f"{n} {v}" for v, n in self.counts().items()) or "nothing to prove"
        return f"{self.function}: {len(self.rows)} custom rule(s) met: {counts}"

    def table(self, *, markdown: bool = False) -> str:
        head = ["rule", "kind", "verdict", "float", "shapes", "defined at", "met in", "detail"]
        body = [[r.name if r.origin == "audit" else f"{r.name} [certjax]", r.kind, r.verdict,
                 r.float_safety, r.shapes, _defined_at(r),
                 (r.where or "top level") + (" (nested)" if r.nested else ""), r.detail]
                for r in self.rows]
        if markdown:
            lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in body]
            return "\n".join(lines)
        widths = [max(len(x) for x in col) for col in zip(head, *body, strict=True)]
        widths[-1] = 0
        fmt = "  ".join(f"{{:<{w}}}" for w in widths)
        return "\n".join([self.summary(), *(fmt.format(*row).rstrip() for row in [head, *body])])

    def __str__(self) -> str:
        return self.table()


def _defined_at(r: AuditRow) -> str:
    where = f"{r.module}.{r.name}" if r.module else r.name
    return f"{where} ({r.source})" if r.source else where


# -- the audit -----------------------------------------------------------------------------
def audit(fn: Callable, *example_args: Any, strict: bool = False, allow_trusted: bool = False,
          rlimit: int = DEFAULT_RLIMIT, allow_deliberately_wrong: bool = False,
          **kwargs: Any) -> AuditReport:
    """Find every custom JVP/VJP rule in ``fn`` and prove it at the shapes it is used.

    Args:
        fn: any JAX-traceable function.
        *example_args: arguments to trace ``fn`` at: arrays, scalars or
            ``jax.ShapeDtypeStruct``; only their shapes and dtypes matter.
        strict: raise :class:`certjax.UnprovedRules` unless every rule met is proved.
        allow_trusted: in strict mode, accept rules certified with ``trust=``.
        allow_deliberately_wrong: in strict mode, accept refuted rules certified with
            ``deliberately_wrong=`` (used on purpose).
        rlimit: Z3 resource limit per obligation.
        **kwargs: keyword arguments for ``fn``.

    Returns:
        An :class:`AuditReport`; ``print(report)`` shows the table.

    Example:
        >>> import jax, certjax
        >>> report = certjax.audit(jax.nn.softplus, 1.0)
        >>> [(r.name, r.verdict) for r in report.rows]
        [('logaddexp', 'proved')]
    """
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or repr(fn)
    # traced as JAX traces it (a shard_map body cannot be traced under compile-time
    # evaluation); proved eagerly, even when the audit runs inside a jit trace (strict)
    found = discover(fn, example_args, kwargs)
    wide = _float64_twins(fn, found, example_args, kwargs)
    with jax.ensure_compile_time_eval():
        rows = [_audit_one(f, w, rlimit) if isinstance(f, FoundRule) else _failed_row(f)
                for f, w in zip(found, wide, strict=True)]
    report = AuditReport(name, rows)
    if strict:
        raise_if_unproved(report, allow_trusted=allow_trusted,
                          allow_deliberately_wrong=allow_deliberately_wrong)
    return report


def discover(fn: Callable, args: tuple, kwargs: dict) -> list[FoundRule | Failed]:
    """Every custom rule that shapes ``fn``'s outputs or their derivatives.

    The rules left in ``fn``'s jaxpr (with where they sit: ``jit(softplus)``), then every rule
    called while ``fn`` was traced and not left there (:mod:`certjax._intercept`): those JAX
    has already differentiated inside ``fn`` (``jax.grad``, ``value_and_grad``, ``vjp``,
    ``jvp``, ``linearize``), whose fwd/bwd are inlined in the jaxpr.
    """
    with recording() as met:
        closed = jax.make_jaxpr(fn)(*args, **kwargs)
    walked = find_rules(closed)
    seen = {_identity(f) for f in walked}
    out: list[FoundRule | Failed] = list(walked)
    for f in met:
        if isinstance(f, Failed):
            out.append(f)
            continue
        key = _identity(f)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _identity(f: FoundRule) -> tuple:
    """What makes two rules met the same proof: the rule, its operands, its constants."""
    consts = None if f.consts is None else tuple(
        (np.shape(c), str(np.asarray(c).dtype), np.asarray(c).tobytes()) for c in f.consts)
    return (f.kind, f.name, f.rule, f.source, f.shape_text(), consts,
            f.eqn.params.get("symbolic_zeros"))


def _failed_row(f: Failed) -> AuditRow:
    return AuditRow(name=f.name, kind="?", rule="", module="", source="", where=f.where,
                    nested=False, shapes="", verdict="error",
                    detail=f"could not trace the rule again on its own: {f.error}")


def raise_if_unproved(report: AuditReport, *, allow_trusted: bool = False,
                      allow_deliberately_wrong: bool = False) -> None:
    """Raise :class:`certjax.UnprovedRules` naming each rule of ``report`` not proved."""
    bad = report.not_proved(allow_trusted=allow_trusted,
                            allow_deliberately_wrong=allow_deliberately_wrong)
    if bad:
        rows = "\n".join(f"  {r.name} ({r.kind}, {_defined_at(r)}) at {r.shapes}: {r.verdict}"
                         + (f": {r.detail}" if r.detail else "") for r in bad)
        raise UnprovedRules(MSG_STRICT.format(function=report.function, rows=rows), report=report)


def _float64_twins(fn, found: list, args, kwargs) -> list[FoundRule | None]:
    try:
        with jax.enable_x64(True):
            a64, k64 = jax.tree_util.tree_map(_widen, (args, kwargs))
            wide = discover(fn, a64, k64)
            for w in wide:
                if isinstance(w, Failed):
                    continue
                try:
                    resolve(w)
                except Exception:  # noqa: BLE001 - that twin just cannot confirm
                    w.pieces.clear()
    except Exception:  # noqa: BLE001 - no float64 trace: counterexamples stay unconfirmed
        wide = []
    out: list[FoundRule | None] = []
    for i, f in enumerate(found):
        w = wide[i] if i < len(wide) else None
        if isinstance(f, Failed) or isinstance(w, Failed):
            out.append(None)
            continue
        alike = w is not None and (w.kind, w.name, w.rule) == (f.kind, f.name, f.rule) and [
            tuple(s.shape) for s in w.shapes] == [tuple(s.shape) for s in f.shapes]
        out.append(w if alike else None)
    return out


def _widen(x: Any) -> Any:
    if isinstance(x, jax.ShapeDtypeStruct):
        dt = _wide_dtype(x.dtype)
        return jax.ShapeDtypeStruct(x.shape, dt, weak_type=x.weak_type)
    if isinstance(x, bool | int | float | complex):
        return x
    if hasattr(x, "dtype") and hasattr(x, "shape"):
        return np.asarray(x).astype(_wide_dtype(x.dtype))
    return x


def _wide_dtype(dt: Any) -> Any:
    if jnp.issubdtype(dt, jnp.complexfloating):
        return np.complex128
    if jnp.issubdtype(dt, jnp.floating):
        return np.float64
    return dt


def _audit_one(f32: FoundRule, f64: FoundRule | None, rlimit: int) -> AuditRow:
    t0 = time.perf_counter()
    row = AuditRow(name=f32.name, kind=f32.kind, rule=f32.rule, module=f32.module,
                   source=f32.source, where=f32.where, nested=f32.nested,
                   shapes=f32.shape_text(), verdict="error")
    try:
        _decide(row, f32, f64, rlimit)
    except UnsupportedPrimitive as e:
        row.verdict, row.detail = "unsupported", f"primitive '{e.primitive}'"
    except ValueError as e:
        if "NaN literal" not in str(e):
            row.verdict, row.detail = "error", f"ValueError: {str(e).splitlines()[0]}"
        else:  # the IR is real arithmetic: a NaN constant has no meaning there
            row.verdict, row.detail = "unsupported", "NaN literal (no value over the reals)"
    except Exception as e:  # noqa: BLE001 - reported in the row, never silently proved
        row.verdict, row.detail = "error", f"{type(e).__name__}: {str(e).splitlines()[0]}"
    row.seconds = round(time.perf_counter() - t0, 3)
    return row


def _decide(row: AuditRow, f32: FoundRule, f64: FoundRule | None, rlimit: int) -> None:
    if f32.kind == "linear_solve":
        with handled(f32.name):
            found = _linear_solve.claims(f32.eqn, f32.consts, rlimit, wide=None if f64 is None
                                         else (f64.eqn, f64.consts))
        row.verdict, row.detail, cert = _linear_solve.verdict(found, f32.consts is not None)
        row.certificate = cert
        return
    if f32.consts is None:
        row.verdict = "unsupported"
        row.detail = ("the rule closes over traced values (operands computed from the "
                      "function's inputs), so it is no function of its own operands")
        return
    if len(f32.nondiff) == len(f32.shapes):
        row.verdict, row.detail = "unsupported", "no floating-point operand to differentiate"
        return
    resolve(f32)
    entry = unidentified(f32.eqn) if f32.kind == "jvp" and not is_library(f32) else None
    if entry is not None:  # JAX's own table function, not identified: refused, as translated
        row.verdict = "unsupported"
        row.detail = f"primitive '{entry.name} (not identified)'"
        return
    missing = _untranslatable(f32)
    if missing:
        row.verdict = "unsupported"
        row.detail = "primitive " + ", ".join(f"'{m}'" for m in missing)
        return
    fns = rule_functions(f32, f64)
    hit = _certified.match(f32, fns)
    if hit is not None:
        cert, reproved = hit
        row.origin = "certjax"
        _fill(row, cert)
        note = "re-proved at these shapes" if reproved else "certificate from its definition"
        row.detail = f"{note}; {row.detail}" if row.detail else note
        return
    # proved as certjax proves an instance: on the scalar view, as traced, or at a proxy
    with handled(f32.name):
        if f32.kind == "jvp":
            t = trace_jvp(fns["primal"], fns["jvp"], nondiff_argnums=f32.nondiff,
                          signature=f32.shapes, rlimit=rlimit, name=f32.name)
        else:
            t = trace_vjp(fns["primal"], fns["fwd"], fns["bwd"], nondiff_argnums=f32.nondiff,
                          signature=f32.shapes, rlimit=rlimit, name=f32.name)
    n = sum(math.prod(s.shape) for _, _, s in t.spec.leaves)
    if n <= AS_TRACED_MAX:
        cert = prove_traced(t, rlimit=rlimit)  # small: exactly as traced
    else:
        cert, _ = prove_instance(t, rlimit)  # large: scalar view, or a proxy (listed)
    _fill(row, dataclasses.replace(cert, rule=f32.name, source=f32.source))


def _untranslatable(found: FoundRule) -> list[str]:
    """Primitives of the rule's jaxprs the translator has no rule for (sorted)."""
    out: set[str] = set()

    def scan(jaxpr: Any, known: dict) -> None:
        for eqn in jaxpr.eqns:
            name = eqn.primitive.name
            values = [v.val if isinstance(v, jcore.Literal) else known.get(v, UNKNOWN)
                      for v in eqn.invars]
            if identify(eqn, values) is not None:
                continue  # read as the table's function: its body is not translated
            if name in CALL_PARAMS:
                sub = eqn.params[CALL_PARAMS[name]]
                scan(sub.jaxpr, {v: c for v, c in zip(sub.jaxpr.invars, values, strict=True)
                                 if c is not UNKNOWN})
            elif name not in TRANSLATIONS:
                out.add(name)

    for key, piece in found.pieces.items():
        if key == "primal" and _primal_identified(found):
            continue
        if isinstance(piece, tuple) and isinstance(piece[0], jcore.ClosedJaxpr):
            closed = piece[0]
            scan(closed.jaxpr, dict(zip(closed.jaxpr.constvars, closed.consts, strict=True)))
    return sorted(out)


def _primal_identified(found: FoundRule) -> bool:
    """Whether the primal as the proof traces it (the call re-bound) is read as a table
    function: identification depends on the call's normal form, so it is checked on that
    very trace, not on the equation found."""
    if not is_library(found):
        return False
    try:
        closed = jax.make_jaxpr(rule_functions(found, None)["primal"])(*found.shapes)
    except Exception:  # noqa: BLE001 - then its body is scanned as usual
        return False
    known = dict(zip(closed.jaxpr.constvars, closed.consts, strict=True))
    calls = [e for e in closed.jaxpr.eqns if e.primitive.name == "custom_jvp_call"]
    return len(calls) == 1 and identify(calls[0], [
        v.val if isinstance(v, jcore.Literal) else known.get(v, UNKNOWN)
        for v in calls[0].invars]) is not None


def _fill(row: AuditRow, cert: Certificate) -> None:
    row.certificate = cert
    row.verdict = cert.verdict
    if generalised(cert):
        row.detail = "proved at a proxy shape only (generalisation not proved)"
        return
    bad = [o for o in cert.obligations if o.verdict != "proved" and o.name != "finite"]
    if cert.float_safety == "refuted" and not cert.float_opt_out:
        row.detail = f"proved over the reals, {cert.float_text()}"
        return
    if cert.verdict == "trusted":
        row.detail = f"used on trust: {cert.trust_reason}"
    elif cert.verdict == "deliberately_wrong":
        o = next(o for o in bad if o.verdict == "refuted")
        row.detail = (f"REFUTED, used on purpose ({cert.deliberately_wrong}): obligation "
                      f"'{o.name}' {o.reason}")
    elif bad:
        o = next((o for o in bad if o.verdict == cert.verdict), bad[0])
        row.detail = f"obligation '{o.name}' {o.verdict}: {o.reason}"
    else:
        paths = sum(o.paths for o in cert.obligations)
        cut = sum(len(o.excluded_boundaries) for o in cert.obligations)
        row.detail = f"{len(cert.obligations)} obligations, {paths} paths" + (
            f", {cut} boundaries excluded" if cut else "")


# -- strict mode ---------------------------------------------------------------------------
def strict(fn: Callable | None = None, *, allow_trusted: bool = False,
           rlimit: int = DEFAULT_RLIMIT, allow_deliberately_wrong: bool = False) -> Callable:
    """Guard ``fn``: the first call at each argument shape audits it, and raises if any
    custom derivative rule inside is not proved, before ``fn`` runs or is compiled.

    Works inside and outside ``jax.jit``/``jax.grad`` (the audit runs once per shape
    signature, at trace time under ``jit``; nothing is added to the compiled program).
    Every rule met counts, those nested in another rule's primal body included (first-order
    AD does not call them, higher-order AD may): the guard errs on the side of refusing.

    Example:
        >>> import jax, jax.numpy as jnp, certjax
        >>> loss = certjax.strict(lambda x: jnp.sum(jax.nn.softplus(x)))
        >>> float(jax.jit(jax.grad(loss))(0.0))
        0.5
    """
    if fn is None:
        return functools.partial(strict, allow_trusted=allow_trusted, rlimit=rlimit,
                                 allow_deliberately_wrong=allow_deliberately_wrong)
    seen: dict[Any, AuditReport] = {}

    @functools.wraps(fn)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        abstract = jax.tree_util.tree_map(_abstract, (args, kwargs))
        key = _key(abstract)
        report = seen.get(key)
        if report is None:
            report = audit(fn, *abstract[0], rlimit=rlimit, **abstract[1])
            raise_if_unproved(report, allow_trusted=allow_trusted,
                              allow_deliberately_wrong=allow_deliberately_wrong)
            seen[key] = report
        return fn(*args, **kwargs)

    guarded.audits = seen  # type: ignore[attr-defined]
    return guarded


def _abstract(x: Any) -> Any:
    if isinstance(x, jax.ShapeDtypeStruct) or isinstance(x, bool | int | float | complex):
        return x
    if hasattr(x, "shape") and hasattr(x, "dtype"):
        weak = bool(getattr(jax.typeof(x), "weak_type", False)) if isinstance(
            x, jax.Array | jax.core.Tracer) else False
        return jax.ShapeDtypeStruct(np.shape(x), x.dtype, weak_type=weak)
    return x


def _key(tree: Any) -> Any:
    leaves, treedef = jax.tree_util.tree_flatten(tree)
    return treedef, tuple(
        (tuple(x.shape), str(x.dtype), x.weak_type) if isinstance(x, jax.ShapeDtypeStruct)
        else (type(x).__name__,) if isinstance(x, bool | int | float | complex)
        else (type(x).__name__, id(x))
        for x in leaves)
