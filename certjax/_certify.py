# SPDX-License-Identifier: Apache-2.0
"""Trace one custom VJP or JVP rule to an instance (:class:`Traced`), and prove it.

The obligations, built and discharged by ``_discharge``: for a VJP rule (``fwd``, ``bwd``)
of ``primal``, over every primal input ``x`` satisfying ``assume`` and every cotangent ``g``:

* ``fwd``: ``fwd(x)[0] == primal(x)``;
* ``vjp``: ``bwd(res(x), g)[i] == sum_j g_j * jvp_primal(x, e_i)_j`` for every input element
  ``i`` (the symbolic dot-product test against JAX's own JVP, one basis tangent at a time);
* ``defined``: where the primal and its reference derivative are defined, so is the rule.

For a JVP rule: ``primal`` (the rule's primal output equals the primal), ``jvp`` (its tangent
equals JAX's JVP of the primal body for every tangent ``v``) and ``defined``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import time
from collections.abc import Callable, Sequence
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.custom_derivatives import CustomVJPPrimal, SymbolicZero

from . import (
    _lax_rules,  # noqa: F401  (fills the translation table)
    _stated,
)
from ._certificate import (
    TRANSLATOR_VERSION,
    Certificate,
    fingerprint,
    jaxpr_text,
)
from ._closed_over import shown_names
from ._confirm import _call, _differs, _finite, _float64, _fmt, _jnp  # noqa: F401 (re-exported)
from ._discharge import _prove_jvp, _prove_vjp
from ._errors import (
    MSG_BAD_BWD,
    MSG_BAD_FWD,
    MSG_BAD_JVP,
    MSG_CANNOT_HANDLE,
    CertificationError,
    RuleMalformed,
    RuleNotHandled,
    RuleOutputMalformed,
)
from ._ir import render
from ._obligation import DEFAULT_RLIMIT, z3_version
from ._reference import check_reference, reference_failed
from ._second_order import prove_second_order
from ._spec import (  # noqa: F401 (re-exported)
    _names,
    _shape_text,
    _sig_text,
    _Spec,
    _trace,
    _tree_text,
    as_signature,
    expand_leaf_cotangents,
    float0_tangent,
    param_names,
)

_CACHE: dict[str, Certificate] = {}


# -- the two rule kinds ------------------------------------------------------------------
@contextlib.contextmanager
def handled(rule: str, where: str = ""):
    """Turn an exception certjax did not foresee into a :class:`RuleNotHandled` naming it."""
    try:
        yield
    except (CertificationError, KeyboardInterrupt):
        raise
    except RecursionError:
        raise RuleNotHandled(MSG_CANNOT_HANDLE.format(
            rule=rule, where=where, error="RecursionError: the obligation is too deep to "
            "build; prove at smaller shapes")) from None
    except Exception as e:  # noqa: BLE001 - re-raised as a CertificationError
        raise RuleNotHandled(MSG_CANNOT_HANDLE.format(
            rule=rule, where=where, error=f"{type(e).__name__}: {e}")) from e


@dataclasses.dataclass
class Traced:
    """One rule traced at one signature: the exact jaxprs a proof is about, and its key.

    ``jaxprs`` holds the closed jaxprs by role (``primal``, ``fwd``, ``bwd`` or ``jvp``,
    ``assume``); they take the dynamic arguments' leaves, in order. ``shapes`` holds the traced
    output structures by role. ``key`` is the proof cache key, derived from all of them.
    """

    kind: str
    rule: str
    spec: _Spec
    key: str
    jaxprs: dict[str, Any]
    shapes: dict[str, Any]
    fns: dict[str, Callable]
    extra: dict[str, Any]
    t0: float


def certify_vjp(
    fun: Callable, fwd: Callable, bwd: Callable, *, nondiff_argnums: Sequence[int] = (),
    signature: Sequence[Any] | None = None, assume: Callable | None = None,
    rlimit: int = DEFAULT_RLIMIT, keep_smt2: bool = False, name: str | None = None,
    stated: _stated.Stated | None = None,
) -> Certificate:
    """Prove a custom VJP rule; returns its certificate (verdict inside, nothing raised).

    Args:
        fun, fwd, bwd, nondiff_argnums: as for :func:`jax.custom_vjp` and its ``defvjp``.
        signature: per primal argument, a ``jax.ShapeDtypeStruct``, an example array or a
            pytree of those (default: float32 scalars); a ``nondiff_argnums`` entry may be a
            static value (an int, a callable...), which is then fixed, not quantified.
        assume: a JAX predicate on the primal arguments: the domain.
        rlimit: Z3's deterministic resource limit per query.
        stated: what bwd computes instead of the primal's VJP (``certjax.custom_vjp.defvjp``'s
            ``surrogate``/``cotangent``/``reference``; see ``_stated``).
    """
    with handled(name or getattr(fun, "__name__", "rule")):
        t = trace_vjp(fun, fwd, bwd, nondiff_argnums=nondiff_argnums, signature=signature,
                      assume=assume, rlimit=rlimit, name=name, stated=stated)
    from ._elementwise import prove_canonical  # (it builds on this module)

    return prove_canonical(t, rlimit, keep_smt2)[0]


def prove_traced(t: Traced, *, rlimit: int = DEFAULT_RLIMIT, keep_smt2: bool = False
                 ) -> Certificate:
    """The certificate of a traced rule: from the proof cache, or proved now (and cached)."""
    if t.key in _CACHE and not keep_smt2:
        return _CACHE[t.key]
    with handled(t.rule):
        cert = (_prove_vjp if t.kind == "vjp" else _prove_jvp)(t, rlimit, keep_smt2)
    if cert.verdict == "proved":  # JAX's JVP of each primitive against certjax's table
        cert.reference = check_reference(t.jaxprs["primal"], rlimit)
        if cert.reference["verdict"] != "proved":
            cert = reference_failed(cert)
    # cached before the second order is checked: tracing ``jvp(x -> bwd(res(x), g))`` may
    # call this very rule again (a fwd that calls the primal), and must find it proved
    _CACHE[t.key] = cert
    if cert.verdict == "proved":  # what differentiating the rule again computes
        cert.second_order = prove_second_order(t, rlimit)
    return cert


def trace_vjp(
    fun: Callable, fwd: Callable, bwd: Callable, *, nondiff_argnums: Sequence[int] = (),
    signature: Sequence[Any] | None = None, assume: Callable | None = None,
    rlimit: int = DEFAULT_RLIMIT, name: str | None = None, cotangent: Any = None,
    perturbed: list[list[bool]] | None = None, cot_zeros: list[bool] | None = None,
    skip_bwd: bool = False, stated: _stated.Stated | None = None,
) -> Traced:
    """Trace a VJP rule at ``signature`` (see :func:`certify_vjp`); ``cotangent`` overrides
    the shapes of the output cotangent ``bwd`` is traced at (default: the primal output's).

    ``symbolic_zeros=True`` rules: ``perturbed`` (per dynamic argument, per leaf) is what fwd
    is told in its ``CustomVJPPrimal`` leaves, and only perturbed inputs' cotangents are
    checked; ``cot_zeros`` (per output leaf) marks the cotangents bwd gets as ``SymbolicZero``
    (0 in the obligation). A ``SymbolicZero`` bwd returns is the zero it stands for.
    ``skip_bwd``: bwd is not traced (nothing can be proved from the result; see ``_instance``).
    ``stated``: what bwd computes instead of the primal's VJP (see ``_stated``).
    """
    t0 = time.perf_counter()
    rule = name or getattr(fun, "__name__", "rule")
    spec = _Spec(rule, fun, signature, nondiff_argnums, assume)
    orig_fun = fun
    fun, fwd_c = spec.fun, spec.close(fwd)
    bwd_c = _drop_int_cotangents(spec, expand_leaf_cotangents(spec, spec.close_nondiff(bwd, 2)))
    if perturbed is not None:
        fwd_c, bwd_c = _symbolic_vjp(fwd_c, bwd_c, perturbed, cot_zeros)
    sig = spec.sig
    primal_j, out_shape = _trace("the primal", rule, fun, sig, sig)
    fwd_j, fwd_shape = _trace("fwd", rule, fwd_c, sig, sig)
    if not (isinstance(fwd_shape, tuple) and len(fwd_shape) == 2):
        raise RuleOutputMalformed(MSG_BAD_FWD.format(
            rule=rule, fwd=getattr(fwd, "__name__", "fwd"), got=_tree_text(fwd_shape),
            expected=f"({_tree_text(out_shape)}, residuals)"))
    out_leaves, out_tree = jax.tree_util.tree_flatten(out_shape)
    fwd_leaves, fwd_tree = jax.tree_util.tree_flatten(fwd_shape[0])
    if fwd_tree != out_tree or any(
        tuple(a.shape) != tuple(o.shape) for a, o in zip(fwd_leaves, out_leaves, strict=True)
    ):
        raise RuleOutputMalformed(MSG_BAD_FWD.format(
            rule=rule, fwd=getattr(fwd, "__name__", "fwd"),
            got=f"({_tree_text(fwd_shape[0])}, residuals)",
            expected=f"({_tree_text(out_shape)}, residuals)"))
    res_shape = fwd_shape[1]
    nd_sig = [sig[i] for i in spec.nondiff]
    g_shape = out_shape if cotangent is None else cotangent
    bwd_j = bwd_shape = bwd_entries = None
    if not skip_bwd:
        bwd_j, bwd_shape = _trace("bwd", rule, bwd_c, [*nd_sig, res_shape, g_shape], sig)
        bwd_entries = _check_bwd(rule, bwd, bwd_shape, spec)
    assume_j = _trace_assume(rule, spec.assume, sig)
    st_j, st_fns, st_entries = _stated.trace(stated, "vjp", rule, spec, out_shape, g_shape,
                                             _check_bwd)
    # the reference jaxpr is a function of primal_j, the trust base and JAX's JVP rules:
    # JAX's version stands for it, so a cache hit needs no trace of the reference. Which
    # arguments a ``None`` cotangent stands for is part of the obligation, hence of the key.
    t = Traced(
        "vjp", rule, spec, "",
        {"primal": primal_j, "fwd": fwd_j, "bwd": bwd_j, "assume": assume_j, **st_j},
        {"primal": out_shape, "fwd": fwd_shape, "bwd": bwd_shape},
        {"fun": fun, "fwd": fwd, "bwd": bwd, "fwd_c": fwd_c, "bwd_c": bwd_c,
         "bwd_n": expand_leaf_cotangents(spec, bwd), **st_fns},
        {"bwd_entries": bwd_entries, "assume": assume, "orig_fun": orig_fun,
         "perturbed": perturbed, "cot_zeros": cot_zeros, "stated": stated,
         "stated_entries": st_entries}, t0)
    t.key = traced_key(t, rlimit)
    return t


def _drop_int_cotangents(spec: _Spec, bwd_c: Callable) -> Callable:
    """bwd with the cotangents of integer/bool inputs replaced by ``None``: JAX drops them
    (whatever bwd returns there, ``None``, ``float0`` zeros or floats), so does the proof."""
    ints = {k for k, _, _ in spec.int_diff_leaves()}
    if not ints:
        return bwd_c

    def drop(c: Any, s: Any) -> Any:
        if c is None or not hasattr(s, "dtype"):
            return c
        return c if jax.numpy.issubdtype(s.dtype, jax.numpy.inexact) else None

    def g(*a: Any) -> Any:
        out = bwd_c(*a)
        if not isinstance(out, tuple | list) or len(out) != len(spec.diff):
            return out  # malformed: reported by _check_bwd
        new = []
        for c, k in zip(out, spec.diff, strict=True):
            if k in ints and c is not None:
                try:
                    c = jax.tree_util.tree_map(drop, c, spec.sig[k], is_leaf=lambda x: x is None)
                except (ValueError, TypeError):
                    pass  # malformed: reported by _check_bwd
            new.append(c)
        return type(out)(new)

    return functools.wraps(bwd_c)(g)


def _closure_pattern(jaxprs: list[Any]) -> str:
    """Which closed-over tracers are the same one, across the jaxprs (they share a symbol)."""
    seen: dict[int, int] = {}
    pattern = [seen.setdefault(id(c), len(seen)) for j in jaxprs if j is not None
               for c in j.consts if isinstance(c, jax.core.Tracer)]
    return repr(pattern)


def _shown_names(t: Traced) -> str:
    """What a certificate's messages name (arguments, their pytrees, the rule's functions):
    two rules with the same jaxprs but other names must not show each other's."""
    fns = [getattr(t.fns.get(r), "__name__", "") for r in ("fwd", "bwd", "jvp")]
    return repr((t.spec.all_names, [str(d) for d in t.spec.treedefs], fns, shown_names(t)))


def traced_key(t: Traced, rlimit: int) -> str:
    """The proof cache key of ``t``: everything its obligations are built from."""
    roles = ("primal", "fwd", "bwd", "assume") if t.kind == "vjp" else ("primal", "jvp", "assume")
    stated = tuple(r for r in _stated.ROLES if r in t.jaxprs)  # what the rule says it computes
    roles += stated
    # (a scalar view is keyed like a scalar trace: same jaxprs, same obligations)
    extra = repr([t.extra.get(k) for k in ("bwd_entries", "zeros", "perturbed", "cot_zeros")]
                 ) + (repr((stated, t.extra.get("stated_entries"))) if stated else ""
                      ) + _closure_pattern(
        [t.jaxprs[r] for r in roles])
    return fingerprint(
        t.kind, *(jaxpr_text(t.jaxprs[r]) for r in roles), repr(t.spec.orig_nondiff),
        _shown_names(t),
        repr(sorted((i, repr(v)) for i, v in t.spec.statics.items())), extra,
        TRANSLATOR_VERSION, jax.__version__, z3_version(), str(rlimit),
    )


def jvp_rule_fn(spec: _Spec, jvp: Callable, zeros: list[list[bool]] | None) -> Callable:
    """``jvp`` as a function of ``(*dynamic primals, *tangents)`` (see :func:`trace_jvp`)."""
    jvp_c = spec.close_nondiff(jvp, 2)
    n = len(spec.sig)

    def rule_fn(*a):
        primals, tangents = a[:n], a[n:]
        # an integer or bool leaf gets a float0 tangent, as JAX gives it
        tangents = tuple(jax.tree_util.tree_map(float0_tangent, primals[i], tg)
                         for i, tg in zip(spec.diff, tangents, strict=True))
        if zeros is not None:
            tangents = tuple(_symbolic(tg, z) for tg, z in zip(tangents, zeros, strict=True))
        res = jvp_c(*[primals[i] for i in spec.nondiff],
                    tuple(primals[i] for i in spec.diff), tuple(tangents))
        if not (isinstance(res, tuple | list) and len(res) == 2):
            return res  # malformed: reported by trace_jvp
        out, tan = res
        # which output tangents the rule returned as ``SymbolicZero`` (JAX keeps them
        # symbolic; the obligation reads them as the zeros they stand for)
        rule_fn.out_zeros = [isinstance(x, SymbolicZero) for x in jax.tree_util.tree_leaves(
            tan, is_leaf=lambda x: isinstance(x, SymbolicZero))]
        return out, _dense(tan)

    rule_fn.out_zeros = None
    return rule_fn


def _symbolic(tree: Any, zeros: list[bool]) -> Any:
    """``tree`` with ``SymbolicZero`` objects at the leaves marked in ``zeros``."""
    leaves, tdef = jax.tree_util.tree_flatten(tree)
    return jax.tree_util.tree_unflatten(tdef, [
        SymbolicZero(jax.core.ShapedArray(x.shape, x.dtype)) if z else x
        for x, z in zip(leaves, zeros, strict=True)])


def _symbolic_vjp(fwd_c: Callable, bwd_c: Callable, perturbed: list[list[bool]],
                  cot_zeros: list[bool] | None) -> tuple[Callable, Callable]:
    """fwd/bwd as JAX calls them under ``symbolic_zeros=True`` (see :func:`trace_vjp`)."""

    def fwd_s(*dyn):
        return fwd_c(*[_primal_leaves(a, m) for a, m in zip(dyn, perturbed, strict=True)])

    def bwd_s(*a):
        *nd, res, g = a
        if cot_zeros is not None:
            g = _symbolic(g, cot_zeros)
        return _dense(bwd_c(*nd, res, g))

    return fwd_s, bwd_s


def _primal_leaves(tree: Any, perturbed: list[bool]) -> Any:
    leaves, tdef = jax.tree_util.tree_flatten(tree)
    return jax.tree_util.tree_unflatten(
        tdef, [CustomVJPPrimal(x, p) for x, p in zip(leaves, perturbed, strict=True)])


def _dense(tree: Any) -> Any:
    """``SymbolicZero`` leaves of a rule's output as the zero arrays they stand for."""
    return jax.tree_util.tree_map(
        lambda x: jnp.zeros(x.aval.shape, x.aval.dtype) if isinstance(x, SymbolicZero) else x,
        tree, is_leaf=lambda x: isinstance(x, SymbolicZero))


def _check_bwd(rule: str, bwd: Callable, bwd_shape: Any, spec: _Spec) -> list[list[bool]]:
    """Per diff argument, which leaves bwd returned: as JAX reads bwd's output, a list of the
    right length is a tuple and a ``None`` in place of any subtree is a zero cotangent there."""
    expected = "(" + ", ".join(
        _sig_text(spec.sig[i]).strip("()") for i in spec.diff) + ")"
    out = bwd_shape
    if isinstance(out, list) and len(out) == len(spec.diff):
        out = tuple(out)
    entries: list[list[bool]] | None = None
    if isinstance(out, tuple) and len(out) == len(spec.diff):
        entries = []
        for got, i in zip(out, spec.diff, strict=True):
            mask: list[bool] = []

            def leaf(g: Any, w: Any, mask: list[bool] = mask) -> None:
                n = len(jax.tree_util.tree_leaves(w))
                if g is None:
                    mask.extend([False] * n)
                elif n == 1 and hasattr(w, "shape") and tuple(g.shape) == tuple(w.shape):
                    mask.append(True)
                else:
                    raise ValueError

            try:  # (tree_map's own pairing, without building an output tree: a user's
                # pytree may refuse to be unflattened with None children)
                gs, tree = jax.tree_util.tree_flatten(got, is_leaf=lambda x: x is None)
                for g, w in zip(gs, tree.flatten_up_to(spec.sig[i]), strict=True):
                    leaf(g, w)
            except ValueError:
                entries = None
                break
            entries.append(mask)
    if entries is None:
        got = _tree_text(bwd_shape)
        if not isinstance(bwd_shape, tuple):
            got = f"{got} (not a tuple)"
        raise RuleOutputMalformed(MSG_BAD_BWD.format(
            rule=getattr(bwd, "__name__", "bwd"), got=got, primal=rule, expected=expected))
    return entries


def certify_jvp(
    fun: Callable, jvp: Callable, *, nondiff_argnums: Sequence[int] = (),
    signature: Sequence[Any] | None = None, assume: Callable | None = None,
    rlimit: int = DEFAULT_RLIMIT, keep_smt2: bool = False, name: str | None = None,
    stated: _stated.Stated | None = None,
) -> Certificate:
    """Prove a custom JVP rule; returns its certificate (verdict inside, nothing raised).

    Arguments as for :func:`certify_vjp`; ``jvp`` as for :meth:`jax.custom_jvp.defjvp`.
    """
    with handled(name or getattr(fun, "__name__", "rule")):
        t = trace_jvp(fun, jvp, nondiff_argnums=nondiff_argnums, signature=signature,
                      assume=assume, rlimit=rlimit, name=name, stated=stated)
    from ._elementwise import prove_canonical  # (it builds on this module)

    return prove_canonical(t, rlimit, keep_smt2)[0]


def trace_jvp(
    fun: Callable, jvp: Callable, *, nondiff_argnums: Sequence[int] = (),
    signature: Sequence[Any] | None = None, assume: Callable | None = None,
    rlimit: int = DEFAULT_RLIMIT, name: str | None = None,
    zeros: list[list[bool]] | None = None, stated: _stated.Stated | None = None,
) -> Traced:
    """Trace a JVP rule at ``signature`` (see :func:`certify_jvp`); ``stated``: what its
    tangent is instead of the primal's JVP (see ``_stated``).

    ``zeros`` (``symbolic_zeros=True`` rules): per differentiable argument, which tangent
    leaves are symbolic zeros. The rule is traced with ``SymbolicZero`` objects there (so the
    branch it takes on them is the one proved), those tangents are 0 in the obligation, and a
    ``SymbolicZero`` the rule returns is read as the zero it stands for.
    """
    t0 = time.perf_counter()
    rule = name or getattr(fun, "__name__", "rule")
    spec = _Spec(rule, fun, signature, nondiff_argnums, assume)
    orig_fun = fun
    fun = spec.fun
    sig = spec.sig
    primal_j, out_shape = _trace("the primal", rule, fun, sig, sig)
    diff_sig = [sig[i] for i in spec.diff]

    rule_fn = jvp_rule_fn(spec, jvp, zeros)
    jvp_j, jvp_shape = _trace("jvp", rule, rule_fn, [*sig, *diff_sig], sig)
    out_leaves, out_tree = jax.tree_util.tree_flatten(out_shape)
    ok = (isinstance(jvp_shape, tuple | list) and len(jvp_shape) == 2
          and all(jax.tree_util.tree_structure(p) == out_tree for p in jvp_shape)
          and all(tuple(a.shape) == tuple(o.shape) for p in jvp_shape
                  for a, o in zip(jax.tree_util.tree_leaves(p), out_leaves, strict=True)))
    if not ok:
        raise RuleOutputMalformed(MSG_BAD_JVP.format(
            rule=getattr(jvp, "__name__", "jvp"), got=_tree_text(jvp_shape),
            expected=_tree_text(out_shape)))
    assume_j = _trace_assume(rule, spec.assume, sig)
    st_j, st_fns, _ = _stated.trace(stated, "jvp", rule, spec, out_shape,
                                    jvp_rule_fn=jvp_rule_fn)
    t = Traced(
        "jvp", rule, spec, "", {"primal": primal_j, "jvp": jvp_j, "assume": assume_j, **st_j},
        {"primal": out_shape, "jvp": jvp_shape},
        {"fun": fun, "jvp": jvp, "rule_fn": rule_fn, **st_fns},
        {"assume": assume, "orig_fun": orig_fun, "zeros": zeros, "stated": stated,
         "out_zeros": rule_fn.out_zeros}, t0)
    t.key = traced_key(t, rlimit)  # see trace_vjp for why JAX's version stands for the reference
    return t


# -- shared pieces -------------------------------------------------------------------------


def _trace_assume(rule: str, assume: Callable | None, sig):
    if assume is None:
        return None
    closed, shape = _trace("the `assume` predicate", rule, assume, sig, sig)
    leaves = jax.tree_util.tree_leaves(shape)
    if len(leaves) != 1 or np.dtype(leaves[0].dtype) != np.bool_:
        raise RuleMalformed(
            f"`assume` of rule '{rule}' must return one boolean array, got {shape}; "
            "write e.g. `assume=lambda x: x > 0`"
        )
    return closed


__all__ = ["certify_vjp", "certify_jvp", "render"]
