# SPDX-License-Identifier: Apache-2.0
"""Certify at use: every instance at which JAX uses a certjax rule is proved before it runs.

An *instance* is the rule as JAX traces it for one call: the shapes, dtypes and weak types of
the array arguments, the values of static (non-array ``nondiff_argnums``) arguments, the
closure constants. Each time JAX calls a certjax rule's ``fwd``, ``bwd`` or ``jvp`` (under
``jit``, ``grad``, ``vmap``, ``scan`` or eagerly), the user's function is traced to a jaxpr at
that instance, the jaxpr's proof is looked up (by a key derived from the jaxprs themselves)
or made now, and then **that jaxpr** is what is evaluated: a global changed since, a branch
on the dtype or on the tracer type, all give another jaxpr, hence another proof or a refusal;
nothing runs on the proof of another trace.

Evaluating a jaxpr binds the same primitives the Python function would have bound, so under
``jit`` the compiled program is the one plain JAX compiles.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import functools
import math
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import jax
import jax.extend
import jax.numpy as jnp
from jax.custom_derivatives import CustomVJPPrimal, SymbolicZero
from jax.extend.core import jaxpr_as_fun

from ._certificate import Certificate, jaxpr_text
from ._certify import _CACHE, Traced, handled, prove_traced, trace_jvp, trace_vjp
from ._elementwise import prove_canonical
from ._errors import (
    MSG_CANNOT_HANDLE,
    MSG_DELIBERATE_STRICT,
    MSG_UNPROVEN,
    CertificationError,
    RuleNotHandled,
    RuleNotTraceable,
    RuleOutputMalformed,
    RuleRejected,
    RuleUnproven,
)
from ._jax_wording import jax_worded, jax_worded_bwd
from ._proxy import MSG_PROXY, MSG_PROXY_DIFFERS, PROXY_DIM, differs, long_ordering
from ._proxy import proxy as trace_proxy
from ._second_order import check_use, differentiated
from ._spec import Static, _shape_text
from ._stated import Stated, deliberately
from ._vmap_rule import guarded


class CertjaxWarning(UserWarning):
    """A rule is used on trust: Z3 did not prove it."""


class DeliberatelyWrongWarning(CertjaxWarning):
    """A rule Z3 refuted is used on purpose (``deliberately_wrong="reason"``)."""


MSG_HINT_STATED = (
    "\n  (if the rule is meant not to be the derivative, say what it computes instead: "
    "surrogate=, cotangent=/tangent=, or deliberately_wrong=\"why\"; see the README)")


class FloatSafetyWarning(CertjaxWarning):
    """A rule proved over the reals gives NaN or inf in its dtype at a confirmed point."""


OPT_OUT = "float_safe=False"


def float_policy(cert: Certificate, rule: str, where: str, float_safe: bool,
                 warned: set[str]) -> Certificate:
    """A float-unsafe rule (obligation 'finite' refuted): recorded as opted out, or warned."""
    if cert.float_safety != "refuted":
        return cert
    if not float_safe:
        return dataclasses.replace(cert, float_opt_out=OPT_OUT)
    if cert.fingerprint + ":float" not in warned:
        warned.add(cert.fingerprint + ":float")
        warnings.warn(f"{rule}{where}: proved over the reals, {cert.float_text()} (pass "
                      f"{OPT_OUT} to defvjp/defjvp if that is intended)", FloatSafetyWarning,
                      stacklevel=5)
    return cert


@dataclasses.dataclass
class Instance:
    """One proved (or trusted) instance of a rule: what ran, and its certificate."""

    shapes: dict[str, str]
    certificate: Certificate
    how: str  # "as traced" or "elementwise: proved on the scalar view of the jaxprs"

    @property
    def verdict(self) -> str:
        return self.certificate.verdict


def describe(shapes: dict[str, str]) -> str:
    """``x: float32[3], n: static 2`` for messages."""
    return ", ".join(f"{k}: {v}" for k, v in shapes.items())


# -- signatures of a call ------------------------------------------------------------------
def _aval_sds(leaf: Any) -> jax.ShapeDtypeStruct:
    aval = jax.typeof(leaf)
    return jax.ShapeDtypeStruct(aval.shape, aval.dtype, weak_type=aval.weak_type)


def _is_tracer(x: Any) -> bool:
    return isinstance(x, jax.core.Tracer)


def call_signature(args: Sequence[Any], nondiff_argnums: Sequence[int]) -> list[Any]:
    """The signature JAX's call gives: abstract arrays, and static values where JAX has them.

    A ``nondiff_argnums`` argument that holds no tracer is a value JAX passes to the rule
    as it is (the rule may branch on it): it is fixed, not quantified. Everything else is
    abstracted to its shape, dtype and weak type.
    """
    sig: list[Any] = []
    for i, a in enumerate(args):
        leaves = jax.tree_util.tree_leaves(a)
        if i in nondiff_argnums and not any(_is_tracer(x) for x in leaves):
            sig.append(Static(a))
        else:
            sig.append(jax.tree_util.tree_map(_aval_sds, a))
    return sig


def _leaves(tree: Any) -> list[Any]:
    return jax.tree_util.tree_leaves(tree, is_leaf=lambda x: isinstance(x, SymbolicZero))


def _dyn_leaves(t: Traced, args: Sequence[Any]) -> list[Any]:
    return [x for i in t.spec.dyn for x in jax.tree_util.tree_leaves(args[i])]


# -- verdicts ------------------------------------------------------------------------------
def check(cert: Certificate, rule: str, shapes: dict[str, str], trust: str | None,
          warned: set[str], float_safe: bool = True, *, wrong: str | None = None,
          strict: bool = False) -> Certificate:
    """Raise unless ``cert`` may be used; a trusted one warns once per instance, and so does
    a float-unsafe one (:func:`float_policy`).

    ``wrong``: the ``deliberately_wrong`` reason: a refuted certificate is then used, with a
    loud warning once per instance, as verdict ``deliberately_wrong`` (refused if ``strict``).
    """
    where = f" at instance ({describe(shapes)})" if shapes else ""
    if cert.verdict == "refuted":
        bad = next(o for o in cert.obligations if o.verdict == "refuted")
        if wrong is not None and strict:
            raise RuleRejected(MSG_DELIBERATE_STRICT.format(
                rule=rule, where=where, obligation=bad.name, reason=wrong,
                who="strict=True", allow="drop strict=True"), rule=rule,
                obligation=bad.name, counterexample=bad.counterexample or {}, certificate=cert)
        if wrong is not None:
            if cert.fingerprint not in warned:
                warned.add(cert.fingerprint)
                warnings.warn(
                    f"{rule}{where}: obligation '{bad.name}' is REFUTED ({bad.reason}); used on "
                    f"purpose (deliberately_wrong): {wrong}", DeliberatelyWrongWarning,
                    stacklevel=4)
            return deliberately(cert, wrong)
        raise RuleRejected(
            f"{rule}{where}: obligation '{bad.name}' {bad.reason}\n  ({bad.statement})"
            + MSG_HINT_STATED,
            rule=rule, obligation=bad.name, counterexample=bad.counterexample or {},
            certificate=cert,
        )
    if cert.verdict == "unproved":
        bad = next(o for o in cert.obligations if o.verdict == "unproved")
        if trust is None:
            raise RuleUnproven(
                MSG_UNPROVEN.format(rule=rule + where, obligation=bad.name, reason=bad.reason),
                rule=rule, obligation=bad.name, certificate=cert,
            )
        if cert.fingerprint not in warned:
            warned.add(cert.fingerprint)
            warnings.warn(
                f"{rule}{where}: obligation '{bad.name}' unproved ({bad.reason}); used on "
                f"trust: {trust}", CertjaxWarning, stacklevel=4,
            )
        # a copy: the certificate may be shared through the proof cache, and a rule defined
        # later with the same jaxprs but no trust reason must still be refused
        cert = dataclasses.replace(cert, verdict="trusted", trust_reason=trust)
    return float_policy(cert, rule, where, float_safe, warned)


# Above this many scalar inputs, a rule that is not elementwise is proved at a proxy shape.
AS_TRACED_MAX = 8
TOO_LARGE = 64  # no proxy either: refused rather than a proof that cannot finish
MSG_PROXY_REFUTED = "(proved at the proxy shapes {proxy} for these larger ones) refuted there"


def prove_instance(t: Traced, rlimit: int) -> tuple[Certificate, str]:
    """Prove ``t``: on its scalar view when its jaxprs are elementwise (see ``_elementwise``),
    as traced when it is small, else at a proxy shape (an assumption, listed)."""
    done = prove_canonical(t, rlimit, prove=lambda u: _guarded(u, rlimit), as_traced=False,
                           eager=lambda thunk: _in_thread(t, thunk))
    if done is not None:
        return done
    n = sum(math.prod(s.shape) for _, _, s in t.spec.leaves)
    if n <= AS_TRACED_MAX and not long_ordering(t):
        return _guarded(t, rlimit), "as traced"
    proxy = trace_proxy(t, rlimit)
    if proxy is None:
        if n > TOO_LARGE:
            raise RuleNotHandled(MSG_CANNOT_HANDLE.format(
                rule=t.rule, where=f" at instance ({describe(_shapes(t))})",
                error=f"{n} scalar inputs, not elementwise, and no trace at a proxy shape"))
        return _guarded(t, rlimit), "as traced"
    cert = _guarded(proxy, rlimit)
    note = MSG_PROXY.format(proxy=describe(_shapes(proxy)), used=describe(_shapes(t)))
    why = differs([t, proxy, trace_proxy(t, rlimit, PROXY_DIM + 1)])
    if why:
        cert = _unproved(cert, MSG_PROXY_DIFFERS.format(why=why) + note)
    if cert.verdict == "refuted":  # the counterexample is a call at the proxy shapes: say so
        at = MSG_PROXY_REFUTED.format(proxy=describe(_shapes(proxy)))
        cert = dataclasses.replace(cert, obligations=[
            dataclasses.replace(o, reason=f"{at}: {o.reason}") if o.verdict == "refuted" else o
            for o in cert.obligations])
    cert = dataclasses.replace(cert, shapes=_shapes(t), assumptions=[*cert.assumptions, note])
    return cert, "proxy: " + describe(_shapes(proxy))


def generalised(cert: Certificate) -> bool:
    """Whether ``cert`` holds at its shapes only through the (unproved) proxy argument."""
    return any(a.startswith(MSG_PROXY[:30]) for a in cert.assumptions)


def _guarded(t: Traced, rlimit: int) -> Certificate:
    if t.key in _CACHE:
        return _CACHE[t.key]
    return _in_thread(t, lambda: prove_traced(t, rlimit=rlimit))


def _in_thread(t: Traced, thunk: Callable[[], Any]) -> Any:
    # Proving evaluates the rule at solver points, which must run eagerly, not in the trace
    # JAX is building when it calls the rule: JAX's trace state is per thread, so prove in a
    # fresh one.
    with handled(t.rule, f" at instance ({describe(_shapes(t))})"), \
            concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(thunk).result()


def _unproved(cert: Certificate, reason: str) -> Certificate:
    obs = [dataclasses.replace(o, verdict="unproved", reason=reason)
           if o.verdict == "proved" else o for o in cert.obligations]
    verdict = "refuted" if cert.verdict == "refuted" else "unproved"
    return dataclasses.replace(cert, obligations=obs, verdict=verdict)


def _shapes(t: Traced) -> dict[str, str]:
    out = {nm: _shape_text(s) for _, nm, s in t.spec.leaves}
    out.update({t.spec.all_names[i]: f"static {v!r}" for i, v in t.spec.statics.items()})
    return out


@dataclasses.dataclass
class Config:
    """What ``defvjp``/``defjvp`` were told, besides the rule."""

    assume: Callable | None
    trust: str | None
    rlimit: int
    strict: bool = False
    float_safe: bool = True  # False: a float-unsafe rule is recorded as such, not warned
    stated: Stated | None = None  # surrogate=, cotangent=..., deliberately_wrong= (_stated)

    @property
    def wrong(self) -> str | None:
        return None if self.stated is None else self.stated.deliberately_wrong


class InstanceLog:
    """The instances of one rule proved in this process, in the order first used."""

    def __init__(self) -> None:
        self.by_key: dict[str, Instance] = {}
        self.warned: set[str] = set()
        # instance key -> its traced jaxprs, for bwd to find the fwd instance it belongs to
        self.traced: dict[str, Traced] = {}

    def __iter__(self):
        return iter(self.by_key.values())

    def __len__(self) -> int:
        return len(self.by_key)

    def certify(self, t: Traced, cfg: Config) -> Instance:
        """The instance of ``t``, proved now unless already; raises nothing on a bad verdict."""
        inst = self.by_key.get(t.key)
        if inst is None:
            cert, how = prove_instance(t, cfg.rlimit)
            inst = Instance(_shapes(t), cert, how)
            self.by_key[t.key] = inst
        return inst

    def record(self, t: Traced, rule: str, cfg: Config) -> Certificate:
        """The certificate of ``t`` if it may run (proved, or unproved and trusted); raises."""
        inst = self.certify(t, cfg)
        cert = check(inst.certificate, rule, inst.shapes, cfg.trust, self.warned,
                     cfg.float_safe, wrong=cfg.wrong, strict=cfg.strict)
        if cfg.strict and inst.how.startswith("proxy"):
            raise RuleUnproven(
                f"{rule} at instance ({describe(inst.shapes)}) is proved only at a proxy shape "
                f"({inst.how}), and the rule is strict", rule=rule, obligation="shapes",
                certificate=inst.certificate)
        return cert


# -- the wrappers JAX calls ----------------------------------------------------------------
@jax.tree_util.register_pytree_node_class
class Residuals:
    """fwd's residuals, tagged with the key of the instance that made them.

    The tag rides in the pytree structure, which JAX hands back unchanged to ``bwd``: so
    ``bwd`` knows exactly which proved fwd instance its residuals come from.
    """

    def __init__(self, value: Any, key: str) -> None:
        self.value, self.key = value, key

    def tree_flatten(self) -> tuple[tuple[Any], str]:
        return (self.value,), self.key

    @classmethod
    def tree_unflatten(cls, key: str, children: Sequence[Any]) -> Residuals:
        return cls(children[0], key)


def vjp_fwd(owner: Any, args: tuple) -> Any:
    """What JAX's call of ``fwd`` runs: the proved fwd jaxpr at this call's instance."""
    fwd, bwd = owner._rule
    cfg: Config = owner._config
    perturbed = None
    if owner.symbolic_zeros:  # leaves are CustomVJPPrimal(value, perturbed)
        is_p = lambda x: isinstance(x, CustomVJPPrimal)  # noqa: E731
        perturbed = [[x.perturbed for x in jax.tree_util.tree_leaves(a, is_leaf=is_p)]
                     for i, a in enumerate(args) if i not in owner.nondiff_argnums]
        args = tuple(a if i in owner.nondiff_argnums else
                     jax.tree_util.tree_map(lambda x: x.value, a, is_leaf=is_p)
                     for i, a in enumerate(args))
    if owner.nondiff_argnums and _point_use().keyed(owner, args):  # PRNG keys: proved at this point
        return _point_use().fwd_at(owner, None, args)
    sig = call_signature(args, owner.nondiff_argnums)
    trace = functools.partial(
        trace_vjp, owner.fun, fwd, bwd, nondiff_argnums=owner.nondiff_argnums, signature=sig,
        assume=cfg.assume, rlimit=cfg.rlimit, name=owner._name, perturbed=perturbed,
        stated=cfg.stated)
    at_point = None
    with jax_worded(owner, args), handled(owner._name):
        try:
            t = trace()
            pending = False
        except (RuleNotTraceable, RuleOutputMalformed) as e:
            if _point_use().applies(e, owner, args):  # Python control flow on the values
                at_point = e  # (met outside this handler: not the point's error's context)
                t = pending = None
            else:
                # bwd does not trace, or returns the wrong structure, at the cotangent JAX would
                # give it if all outputs were perturbed. JAX calls bwd (and checks its output)
                # only when a cotangent reaches it, at the zero pattern known then (symbolic
                # zeros; none at all for a primal without outputs; never under forward mode):
                # so the whole rule is proved at bwd time, before bwd runs (see `_pending_out`).
                try:
                    t = trace(skip_bwd=True)
                except CertificationError:
                    raise e from None
                pending = True
    if at_point is not None:
        return _point_use().fwd_at(owner, at_point, args)
    if not pending:
        cert = owner.instances.record(t, owner._name, cfg)
        if differentiated(args):  # fwd under an enclosing JVP: the rule is differentiated again
            _again(owner, t, cert, cfg)
    owner.instances.traced[t.key] = t
    leaves = _dyn_leaves(t, args)
    flat = _run(t, "fwd")(*leaves)
    out, res = jax.tree_util.tree_unflatten(jax.tree_util.tree_structure(t.shapes["fwd"]), flat)
    if pending:
        out = _pending_out(t, leaves)
    return out, Residuals(res, t.key)


def _run(t: Traced, role: str) -> Any:
    """The proved jaxpr of ``role``, to evaluate: its ``custom_vmap`` rules proved when JAX
    batches them (:mod:`._vmap_rule`)."""
    key, closed = f"{role}_run", t.jaxprs[role]
    if t.extra.get(key, (None,))[0] is not closed:
        where = f"{t.rule} at instance ({describe(_shapes(t))})"
        t.extra[key] = (closed, jaxpr_as_fun(guarded(closed, where)))
    return t.extra[key][1]


def _point_use() -> Any:
    from . import _point_use  # (it builds on this module)

    return _point_use


def _pending_out(t: Traced, leaves: list[Any]) -> Any:
    """The primal output of a fwd whose proof waits for bwd: the primal's own (its jaxpr,
    which JAX's own derivatives are about), not fwd's unproved one. Where fwd is right the
    two are equal; where it is not, the bwd-time proof refutes it before any cotangent."""
    flat = _run(t, "primal")(*leaves)
    return jax.tree_util.tree_unflatten(jax.tree_util.tree_structure(t.shapes["primal"]), flat)


def vjp_bwd(owner: Any, args: tuple) -> Any:
    """What JAX's call of ``bwd`` runs: a bwd jaxpr proved with the fwd that made ``res``."""
    fwd, bwd = owner._rule
    cfg: Config = owner._config
    nd, res, g = args[:-2], args[-2], args[-1]
    t = owner.instances.traced.get(getattr(res, "key", None))
    if t is None:
        raise RuleUnproven(
            f"{owner._name}: bwd was called with residuals that no proved fwd of this rule "
            f"produced ({_tree_avals(res)})", rule=owner._name, obligation="vjp")
    if t.extra.get("point"):  # a point instance: its nondiff values are in its jaxprs
        nd = ()
    is_z = lambda x: isinstance(x, SymbolicZero)  # noqa: E731
    g_leaves, g_tree = jax.tree_util.tree_flatten(g, is_leaf=is_z)
    cot_zeros = [is_z(x) for x in g_leaves] if owner.symbolic_zeros else None
    g_dense = [jnp.zeros(x.aval.shape, x.aval.dtype) if is_z(x) else x for x in g_leaves]
    g_sig = jax.tree_util.tree_unflatten(g_tree, [_aval_sds(x) for x in g_dense])
    spec = t.spec
    nd_leaves = [x for k, a in enumerate(nd) if spec.orig_nondiff[k] in spec.dyn
                 for x in jax.tree_util.tree_leaves(a)]
    leaves = [*nd_leaves, *jax.tree_util.tree_leaves(res.value), *g_dense]
    # bwd traced again at this call: the same jaxpr as proved with fwd, or proved afresh
    nd_sig = [spec.sig[k] for k in spec.nondiff]
    same = False
    if cot_zeros is None and t.jaxprs["bwd"] is not None:  # (None: proof pending, see fwd)
        with handled(owner._name):
            again = jax.make_jaxpr(lambda *a: t.fns["bwd_c"](*a))(
                *nd_sig, t.shapes["fwd"][1], g_sig)
            same = jaxpr_text(again) == _text(t, "bwd")  # (printed once per instance)
    if same:
        if differentiated((res.value, g_dense)):
            _again(owner, t, owner.instances.certify(t, cfg).certificate, cfg)
        return _unflatten_cts(t, _run(t, "bwd")(*leaves))
    sig = [Static(spec.statics[i]) if i in spec.statics else spec.sig[spec.dyn.index(i)]
           for i in range(len(spec.all_names))]
    with jax_worded_bwd(owner, t, cot_zeros), handled(owner._name):
        t2 = trace_vjp(owner.fun, fwd, bwd, nondiff_argnums=owner.nondiff_argnums,
                       signature=sig, assume=cfg.assume, rlimit=cfg.rlimit, name=owner._name,
                       cotangent=g_sig, perturbed=t.extra.get("perturbed"), cot_zeros=cot_zeros,
                       stated=cfg.stated)
    changed = [r for r in ("primal", "fwd") if jaxpr_text(t2.jaxprs[r]) != _text(t, r)]
    if changed:  # the residuals are fwd's of the first trace: prove bwd with that one only
        raise RuleUnproven(MSG_FWD_CHANGED.format(
            rule=owner._name, where=describe(_shapes(t)), which=" and ".join(changed)),
            rule=owner._name, obligation="vjp")
    cert = owner.instances.record(t2, owner._name, cfg)
    if differentiated((res.value, g_dense)):
        _again(owner, t2, cert, cfg)
    return _unflatten_cts(t2, _run(t2, "bwd")(*leaves))


MSG_FWD_CHANGED = (
    "{rule} at instance ({where}): bwd traces to another jaxpr than the one proved when fwd "
    "ran, and tracing the rule again gives another {which} jaxpr too (a global or closure "
    "changed between the fwd and bwd calls?): the residuals JAX passes were made by the "
    "earlier fwd, so no proof covers this bwd with them. Call jax.vjp again after the "
    "change.")


def _text(t: Traced, role: str) -> str:
    """The printed jaxpr of ``t``'s ``role`` (with its constants), once per instance."""
    key = f"{role}_text"
    if key not in t.extra:
        t.extra[key] = jaxpr_text(t.jaxprs[role])
    return t.extra[key]


def _again(owner: Any, t: Traced, cert: Certificate, cfg: Config) -> None:
    """A second-order use: warn, or raise under ``strict``, unless second order is proved."""
    check_use(cert, owner._name, f" at instance ({describe(_shapes(t))})", cfg.strict,
              owner.instances.warned)


def _tree_avals(tree: Any) -> str:
    return ", ".join(_shape_text(_aval_sds(x)) for x in jax.tree_util.tree_leaves(tree))


def _unflatten_cts(t: Traced, flat: list[Any]) -> tuple:
    """bwd's output as JAX reads it: per diff argument its pytree, ``None`` for zero leaves."""
    it = iter(flat)
    out = []
    for entry, i in zip(t.extra["bwd_entries"], t.spec.diff, strict=True):
        if not any(entry):
            out.append(None)
            continue
        leaves = [next(it) if present else None for present in entry]
        out.append(jax.tree_util.tree_unflatten(t.spec.treedefs[i], leaves))
    return tuple(out)


def jvp_rule(owner: Any, nondiff: tuple, primals: tuple, tangents: tuple) -> Any:
    """What JAX's call of ``jvp`` runs: the proved jvp jaxpr at this call's instance."""
    (jvp,) = owner._rule
    cfg: Config = owner._config
    nd_pos = owner.nondiff_argnums
    n = len(nondiff) + len(primals)
    full: list[Any] = [None] * n
    it_nd, it_p = iter(nondiff), iter(primals)
    for i in range(n):
        full[i] = next(it_nd) if i in nd_pos else next(it_p)
    zeros = None
    if owner.symbolic_zeros:
        zeros = [[isinstance(x, SymbolicZero) for x in _leaves(tg)] for tg in tangents]
        tangents = tuple(jax.tree_util.tree_map(
            lambda x: jnp.zeros(x.aval.shape, x.aval.dtype) if isinstance(x, SymbolicZero) else x,
            tg, is_leaf=lambda x: isinstance(x, SymbolicZero)) for tg in tangents)
    if owner.nondiff_argnums and _point_use().keyed(owner, full):  # PRNG keys: proved at this point
        return _point_use().jvp_at(owner, None, full, tangents)
    at_point = None
    with jax_worded(owner, full), handled(owner._name):
        try:
            t = trace_jvp(owner.fun, jvp, nondiff_argnums=nd_pos,
                          signature=call_signature(full, nd_pos), assume=cfg.assume,
                          rlimit=cfg.rlimit, name=owner._name, zeros=zeros, stated=cfg.stated)
        except RuleNotTraceable as e:
            if not _point_use().applies(e, owner, full):
                raise
            at_point = e  # (met outside this handler: its error is not the point's context)
    if at_point is not None:  # Python control flow on the values: proved at this point
        return _point_use().jvp_at(owner, at_point, full, tangents)
    cert = owner.instances.record(t, owner._name, cfg)
    if differentiated(primals):
        _again(owner, t, cert, cfg)
    leaves = _dyn_leaves(t, full) + [x for tg in tangents for x in jax.tree_util.tree_leaves(tg)]
    flat = _run(t, "jvp")(*leaves)
    out, tan = jax.tree_util.tree_unflatten(jax.tree_util.tree_structure(t.shapes["jvp"]), flat)
    zeros_out = t.extra.get("out_zeros")
    if zeros_out and any(zeros_out):  # kept symbolic, as the rule returned them (see trace)
        tl, tdef = jax.tree_util.tree_flatten(tan)
        tan = jax.tree_util.tree_unflatten(tdef, [
            SymbolicZero(jax.core.ShapedArray(jnp.shape(x), jnp.result_type(x))) if z else x
            for x, z in zip(tl, zeros_out, strict=True)])
    return out, tan
