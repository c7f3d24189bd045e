# SPDX-License-Identifier: Apache-2.0
"""Stated derivatives: a rule that says what it computes instead of the primal's derivative.

Some rules are *meant* not to be the derivative of their primal (straight-through rounding,
gradient reversal, ``clip_gradient``...). Instead of refuting them, ``defvjp``/``defjvp``
let the rule say what it is, and that is proved:

* ``surrogate=s``: bwd (jvp's tangent) is the VJP (JVP) of ``s``, a function with the
  primal's signature, instead of the primal's: straight-through ``s = lambda x: x``,
  gradient reversal ``lambda x: -x``, ``scale_gradient`` ``lambda x: scale * x``, a zero
  gradient ``lambda x: jax.lax.stop_gradient(x)``;
* ``cotangent=c`` (custom_vjp): bwd equals ``c(*primal_args, g)``, a cotangent map that need
  not be a VJP at all (``clip_gradient``: ``lambda lo, hi, x, g: (None, None,
  jnp.clip(g, lo, hi))``); ``None`` entries are zeros, as in bwd's output;
* ``tangent=t`` (custom_jvp): jvp's tangent equals ``t(*nondiff, primals, tangents)``;
* ``reference=r``: the primal itself cannot be differentiated by JAX (``pure_callback``,
  ``nextafter``); ``r`` is a JAX function *equal* to the primal (proved as obligation
  ``reference``) whose derivative the rule is proved against.

Every stated function is traced at the instance, its jaxpr joins the proof's key, and the
certificate says in words what was proved (``stated``), never "the derivative of the primal".
The names follow JAX's vocabulary: a *surrogate* gradient, the *cotangent* bwd returns, the
*tangent* jvp returns, a *reference* implementation.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from typing import Any

import jax
from jax.extend import core as jcore

from . import _callback  # noqa: F401  (pure_callback as an uninterpreted function)
from ._errors import MSG_NO_REFERENCE, NoReferenceDerivative, RuleMalformed, RuleNotTraceable
from ._inline import eval_inlined
from ._spec import _trace, _tree_text

ROLES = ("surrogate", "reference", "cotangent", "tangent")


@dataclasses.dataclass(frozen=True)
class Stated:
    """What ``defvjp``/``defjvp`` were told the rule computes (see the module docstring)."""

    surrogate: Callable | None = None
    cotangent: Callable | None = None
    tangent: Callable | None = None
    reference: Callable | None = None
    deliberately_wrong: str | None = None

    @classmethod
    def make(cls, kind: str, rule: str, **kw: Any) -> Stated | None:
        """Validated, or None when nothing is stated."""
        given = [k for k in ROLES if kw.get(k) is not None]
        if len(given) > 1:
            raise RuleMalformed(f"rule '{rule}': give at most one of surrogate=, cotangent=, "
                                f"tangent=, reference= (got {', '.join(given)})")
        if kind == "vjp" and kw.get("tangent") is not None:
            raise RuleMalformed(f"rule '{rule}': tangent= is for custom_jvp; a custom_vjp's "
                                "bwd is stated with cotangent=")
        if kind == "jvp" and kw.get("cotangent") is not None:
            raise RuleMalformed(f"rule '{rule}': cotangent= is for custom_vjp; a custom_jvp's "
                                "tangent map is stated with tangent=")
        for k in given:
            if not callable(kw[k]):
                raise RuleMalformed(f"rule '{rule}': {k}= must be a function, got {kw[k]!r}")
        wrong = kw.get("deliberately_wrong")
        if wrong is not None and (not isinstance(wrong, str) or not wrong.strip()):
            raise RuleMalformed(f"rule '{rule}': deliberately_wrong= must be the reason, a "
                                f"non-empty string, got {wrong!r}")
        if not given and wrong is None:
            return None
        return cls(**{k: kw.get(k) for k in (*ROLES, "deliberately_wrong")})

    @property
    def role(self) -> str | None:
        return next((k for k in ROLES if getattr(self, k) is not None), None)


def _name(fn: Callable) -> str:
    name = getattr(fn, "__name__", type(fn).__name__)
    try:
        src = f"{inspect.getsourcefile(inspect.unwrap(fn))}:"
        src += str(inspect.getsourcelines(inspect.unwrap(fn))[1])
    except (TypeError, OSError):
        src = ""
    return f"'{name}'" + (f" ({src})" if src else "")


def describe(stated: Stated | None, kind: str, rule: str) -> str:
    """The sentence a certificate carries about what the rule was proved to compute."""
    if stated is None or stated.role is None:
        return ""
    role, fn = stated.role, getattr(stated, stated.role)
    what, d = ("bwd", "VJP") if kind == "vjp" else ("jvp's tangent", "JVP")
    if role == "surrogate":
        return (f"{what} is proved to be the {d} of the surrogate {_name(fn)}, NOT of the "
                f"primal '{rule}': the primal's derivative is not claimed")
    if role == "cotangent":
        return (f"bwd is proved to equal the stated cotangent map {_name(fn)}, NOT the VJP of "
                f"the primal '{rule}': the primal's derivative is not claimed")
    if role == "tangent":
        return (f"jvp's tangent is proved to equal the stated tangent map {_name(fn)}, NOT the "
                f"JVP of the primal '{rule}': the primal's derivative is not claimed")
    return (f"reference derivative: the {d} of the reference {_name(fn)}, given for the primal "
            f"'{rule}' (which JAX cannot differentiate); reference == primal is obligation "
            "'reference'")


# -- tracing -----------------------------------------------------------------------------
def trace(stated: Stated | None, kind: str, rule: str, spec: Any, out_shape: Any,
          g_shape: Any = None, check_bwd: Callable | None = None,
          jvp_rule_fn: Callable | None = None) -> tuple[dict, dict, Any]:
    """The stated function's jaxpr and closed function by role, and (``cotangent``) which
    leaves it returns, per differentiable argument."""
    if stated is None or stated.role is None:
        return {}, {}, None
    role, fn = stated.role, getattr(stated, stated.role)
    sig = spec.sig
    what = f"the {role} {_name(fn)}"
    entries = None
    if role in ("surrogate", "reference"):
        closed = spec.close(fn)
        j, shape = _trace(what, rule, closed, sig, sig)
        _same_structure(rule, what, shape, out_shape)
    elif role == "cotangent":
        def closed(*a: Any) -> Any:
            return fn(*spec.merge(a[:-1]), a[-1])

        j, shape = _trace(what, rule, closed, [*sig, g_shape], sig)
        entries = check_bwd(rule, fn, shape, spec)
    else:
        diff_sig = [sig[i] for i in spec.diff]
        as_jvp = jvp_rule_fn(spec, lambda *a: ((), fn(*a)), None)

        def closed(*a: Any) -> Any:
            return as_jvp(*a)[1]

        j, shape = _trace(what, rule, closed, [*sig, *diff_sig], sig)
        _same_structure(rule, what, shape, out_shape)
    return {role: j}, {role: closed}, entries


def _same_structure(rule: str, what: str, got: Any, want: Any) -> None:
    gl, gt = jax.tree_util.tree_flatten(got)
    wl, wt = jax.tree_util.tree_flatten(want)
    if gt != wt or any(tuple(a.shape) != tuple(b.shape) for a, b in zip(gl, wl, strict=True)):
        raise RuleMalformed(f"{what} of rule '{rule}' returned {_tree_text(got)}, but it must "
                            f"have the primal's output structure {_tree_text(want)}")


def derivative_jaxpr(t: Any, trace_ref: Callable[[Any], Any]) -> Any:
    """The jaxpr of the reference derivative (JAX's JVP of the primal, or of the stated
    surrogate/reference), or None when a cotangent/tangent map is stated instead."""
    if "cotangent" in t.jaxprs or "tangent" in t.jaxprs:
        return None
    role = next((r for r in ("surrogate", "reference") if r in t.jaxprs), "primal")
    src = t.jaxprs[role]
    try:
        return trace_ref(src)
    except RuleNotTraceable as e:
        found = nondiff_primitive(src)
        if found is None:
            raise
        prim, err = found
        what = "the primal" if role == "primal" else f"the {role}"
        raise NoReferenceDerivative(
            MSG_NO_REFERENCE.format(rule=t.rule, what=what, primitive=prim, error=err),
            rule=t.rule, primitive=prim) from e


def nondiff_primitive(closed: Any) -> tuple[str, str] | None:
    """The first primitive of ``closed`` (nested jaxprs included) whose JVP JAX cannot
    trace, with JAX's message; None if each primitive's JVP traces on its own."""
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    for eqn in jaxpr.eqns:
        subs = list(jcore.jaxprs_in_params(eqn.params))
        if subs:
            for s in subs:
                hit = nondiff_primitive(s)
                if hit is not None:
                    return hit
            continue
        err = _jvp_error(eqn)
        if err is not None:
            return eqn.primitive.name, err
    return None


def _jvp_error(eqn: Any) -> str | None:
    avals = [v.aval for v in eqn.invars]
    sds = [jax.ShapeDtypeStruct(a.shape, a.dtype) for a in avals]
    pos = [k for k, a in enumerate(avals) if jax.numpy.issubdtype(a.dtype, jax.numpy.inexact)]

    def bound(*xs: Any) -> Any:
        def f(*d: Any) -> Any:
            full = list(xs)
            for k, x in zip(pos, d, strict=True):
                full[k] = x
            return eqn.primitive.bind(*full, **eqn.params)

        d = tuple(xs[k] for k in pos)
        return jax.jvp(f, d, d)

    try:
        jax.make_jaxpr(bound)(*sds)
    except Exception as e:  # noqa: BLE001 - JAX's own message is what is reported
        return f"{type(e).__name__}: {e}"
    return None


# -- float64 evaluation (confirming counterexamples) ----------------------------------------
def _diff_fn(spec: Any, fn: Callable, args: list[Any]) -> Callable:
    closed = jax.make_jaxpr(fn)(*args)

    def f(*d: Any) -> Any:
        full = list(args)
        for i, x in zip(spec.diff, d, strict=True):
            full[i] = x
        return eval_inlined(closed, *jax.tree_util.tree_leaves(full))

    return f


def reference_vjp(t: Any, spec: Any, args: list[Any], g: Any) -> list[Any]:
    """The stated (or the primal's) cotangents at ``args``, one array per diff leaf."""
    fns = t.fns
    if "cotangent" in fns:
        return spec.cotangent_leaves(_as_tuple(fns["cotangent"](*args, g)))
    role = next((r for r in ("surrogate", "reference") if r in fns), None)
    if role is None:
        return jax.tree_util.tree_leaves(spec.reference_vjp(args, g))
    _, pull = jax.vjp(_diff_fn(spec, fns[role], args), *[args[i] for i in spec.diff])
    return jax.tree_util.tree_leaves(pull(list(jax.tree_util.tree_leaves(g))))


def reference_jvp(t: Any, spec: Any, args: list[Any], tangents: list[Any]) -> Any:
    """The stated (or the primal's) output tangent at ``args``."""
    fns = t.fns
    if "tangent" in fns:
        return fns["tangent"](*args, *tangents)
    role = next((r for r in ("surrogate", "reference") if r in fns), None)
    if role is None:
        return spec.reference_jvp(args, tangents)
    f = _diff_fn(spec, fns[role], args)
    return jax.jvp(f, tuple(args[i] for i in spec.diff), tuple(tangents))[1]


def _as_tuple(out: Any) -> tuple:
    return tuple(out) if isinstance(out, list | tuple) else (out,)


def lifted(t: Any, spec2: Any, lift: Callable, args_o: list, nd_o: list, diff_o: tuple,
           g_o: Any) -> dict[str, Callable]:
    """The stated functions of ``t`` on the scalar view (see ``_elementwise``)."""
    st = t.extra.get("stated")
    if st is None or st.role is None:
        return {}
    role, fn = st.role, getattr(st, st.role)
    if role in ("surrogate", "reference"):
        return {role: spec2.close(lift(fn, args_o))}
    if role == "cotangent":
        f = lift(fn, [*args_o, g_o])
        return {role: lambda *a: f(*spec2.merge(a[:-1]), a[-1])}
    f = jvp_rule_fn_lazy()(spec2, lambda *a: ((), lift(fn, [*nd_o, diff_o, diff_o])(*a)), None)
    return {role: lambda *a: f(*a)[1]}


def jvp_rule_fn_lazy() -> Callable:
    from ._certify import jvp_rule_fn

    return jvp_rule_fn


# -- what the obligations say --------------------------------------------------------------
def vjp_statement(t: Any, bwd: str, rule: str) -> str:
    st = t.extra.get("stated")
    role = None if st is None else st.role
    if role == "cotangent":
        return f"{bwd}(res(x), g) == {_fn_name(st.cotangent)}(x, g)  (NOT the VJP of {rule})"
    if role == "surrogate":
        return f"{bwd}(res(x), g) == g . d{_fn_name(st.surrogate)}(x)  (NOT the VJP of {rule})"
    if role == "reference":
        return f"{bwd}(res(x), g) == g . d{_fn_name(st.reference)}(x)  (reference == {rule})"
    return f"{bwd}(res(x), g) == g . d{rule}(x)"


def jvp_statement(t: Any, jvp: str, rule: str) -> str:
    st = t.extra.get("stated")
    role = None if st is None else st.role
    if role == "tangent":
        return f"{jvp}(x, v)[1] == {_fn_name(st.tangent)}(x, v)  (NOT the JVP of {rule})"
    if role == "surrogate":
        return f"{jvp}(x, v)[1] == d{_fn_name(st.surrogate)}(x) . v  (NOT the JVP of {rule})"
    if role == "reference":
        return f"{jvp}(x, v)[1] == d{_fn_name(st.reference)}(x) . v  (reference == {rule})"
    return f"{jvp}(x, v)[1] == d{rule}(x) . v"


def _fn_name(fn: Callable) -> str:
    return getattr(fn, "__name__", type(fn).__name__)


def _opaque(closed: Any) -> list[str]:
    """Primitives of ``closed`` translated as uninterpreted functions (their values unknown)."""
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    out: list[str] = []
    for eqn in jaxpr.eqns:
        if eqn.primitive.name == "pure_callback":
            out.append("pure_callback")
        for s in jcore.jaxprs_in_params(eqn.params):
            out += _opaque(s)
    return sorted(set(out))


def reference_obligation(ctx: Any, t: Any, X: list, P: list, A: list,
                         translate: Callable) -> Any:
    """``reference(x) == primal(x)``: the reference's derivative stands for the primal's."""
    from ._confirm import _differs, _float64
    from ._obligation import Obligation

    spec, rule = t.spec, t.rule
    Q = translate(ctx, "the reference", rule, t.jaxprs["reference"], X)
    pairs = [(q, p) for qa, pa in zip(Q, P, strict=True)
             for q, p in zip(qa.flat, pa.flat, strict=True)]
    fn, fun = t.fns["reference"], t.fns["fun"]

    def confirm(point: dict[str, float]) -> tuple[bool, str]:
        with _float64():
            args = spec.args64(point)
            try:
                if not spec.in_domain(args):
                    return False, "outside domain"
                bad, fin = _differs(fn(*args), fun(*args))
            except Exception as e:  # noqa: BLE001
                return False, f"error: {e}"
        return bad, "" if fin else "non-finite"

    statement = f"{_fn_name(t.extra['stated'].reference)}(x) == {rule}(x)"
    opaque = _opaque(t.jaxprs["primal"])
    if opaque:
        statement += (f"  (the primal calls {', '.join(opaque)}: opaque to Z3, so this can be "
                      "refuted by running it but proved only where its value is not needed)")
    return Obligation("reference", "equal", pairs, A, [x for p in P for x in p.flat],
                      [x for q in Q for x in q.flat], spec.input_names(), confirm, statement,
                      discrete=spec.discrete)


def deliberately(cert: Any, reason: str) -> Any:
    """``cert`` (refuted) as used on purpose: verdict ``deliberately_wrong``, the reason kept;
    its obligations, the refuted one and its confirmed counterexample included, unchanged."""
    return dataclasses.replace(cert, verdict="deliberately_wrong", deliberately_wrong=reason)


def given_reference(obs: list, ref: Any) -> None:
    """Put obligation ``ref`` first; the derivative obligations take its claim as given
    (the rule is proved only when ``ref`` is proved too)."""
    for ob in obs:
        if ob.name in ("vjp", "jvp", "defined"):
            ob.given = list(ref.pairs)
            ob.statement += "  [given obligation 'reference']"
    obs.insert(0, ref)
