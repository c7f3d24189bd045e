# SPDX-License-Identifier: Apache-2.0
"""Prove named claims about JAX functions with the core's machinery, into one Certificate.

A :class:`Claim` compares a *rule* side (the code that runs: an estimator's gradient, a
distribution's ``transform``) with a *reference* side (built from JAX's own derivative rules
of the distribution's ``log_prob``), for all values of named real inputs satisfying the claim's
domain. Each side is traced with :func:`jax.make_jaxpr`, translated with
:func:`certjax._translate.translate_jaxpr` (``stop_gradient`` read as the identity on values,
which it is; derivatives come already differentiated by JAX), and discharged by
:func:`certjax._obligation.prove`. Counterexamples are confirmed by re-running both sides with
real JAX in float64, as in ``_certify.py``.

Claim kinds: ``equal`` (rule == reference), ``holds`` (the rule's boolean outputs are all
True; a comparison boundary is excluded like any kink), ``defined`` (where the reference and
the domain are defined, so is the rule).
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import jax
import numpy as np

from .. import _lax_rules  # noqa: F401  (fills the translation table)
from .._certificate import (
    BASE_ASSUMPTIONS,
    TRANSLATOR_VERSION,
    Certificate,
    ObligationRecord,
    facts_table,
    fingerprint,
    jaxpr_text,
    source_hash,
    versions,
)
from .._certify import _differs, _finite, _fmt
from .._ir import Builder
from .._obligation import DEFAULT_RLIMIT, Obligation, Result, prove, z3_version
from .._translate import Context, symbols, translate_jaxpr

Inputs = dict[str, Any]
# the pair machinery (claims, their discharge, the assumption texts): a change to it makes the
# stored pair certificates stale, as the trust base does for every certificate
PAIRS_VERSION = source_hash(Path(__file__).parent, ("_proof.py", "_pairs.py", "_second_order.py",
                                                      "_implicit.py", "_gamma_ratio.py"))
_CACHE: dict[str, Certificate] = {}
# the proved pair certificates of proofs/estimators, by fingerprint (see load_stored): kept
# apart from the core's proof cache, which tests empty around each test
_STORED: dict[str, Certificate] = {}
# CPU seconds one certificate may spend on its optional (``required=False``) claims, all of
# them together: each runs in a forked child killed when they are spent, and the optional
# obligations left are recorded 'unproved' without a query. CPU time (the child's Z3 work
# plus this process's confirmations), not wall-clock, so that a loaded machine gives the
# same verdicts as an idle one; a wall-clock backstop of OPTIONAL_WALL_FACTOR times that
# remains. The verdict of an optional obligation may still depend on the machine's speed,
# only ever towards 'unproved'; required claims have no such budget.
# 6 s: every library pair that proves its second order needs at most 2.3 CPU s for it
# (measured); Logistic's, which Z3 does not prove, spent 20 s three times per check.
OPTIONAL_BUDGET_S = 6.0
OPTIONAL_WALL_FACTOR = 6.0
MSG_BUDGET = ("not attempted: the certificate's {budget:.0f} CPU s budget for optional claims "
              "was spent (unproved, never assumed)")
# the optional claims stand or fall together (a pair's second order is proved only when all of
# them are): after the first one that is not proved, the others are not asked
MSG_OPTIONAL_FAILED = ("not attempted: optional obligation {name!r} was not proved, and the "
                       "optional claims hold only together (unproved, never assumed)")


@dataclasses.dataclass(frozen=True)
class Claim:
    """One obligation: ``rule(inputs)`` versus ``reference(inputs)`` where ``assume(inputs)``."""

    name: str
    statement: str
    kind: str  # "equal" | "holds" | "defined"
    rule: Callable[[Inputs], Any]
    reference: Callable[[Inputs], Any] | None = None
    assume: Callable[[Inputs], Any] | None = None
    # a smaller resource limit for this claim, and whether an 'unproved' verdict makes the
    # certificate unproved (False: the caller reads the claim's own verdict, e.g. the
    # second-order claims of a pair usable at first order without them; 'refuted' always counts)
    rlimit: int | None = None
    required: bool = True
    # not attempted, for this reason (an optional claim too large to try): recorded
    # 'unproved' with it, without a query
    skip: str = ""


def _names(base: str, shape: tuple[int, ...]) -> list[str]:
    if not shape:
        return [base]
    return [base + "[" + ",".join(map(str, i)) + "]" for i in np.ndindex(shape)]


def _leaves(tree: Any) -> list[Any]:
    return jax.tree_util.tree_leaves(tree)


class _Traced:
    def __init__(self, fn: Callable[[Inputs], Any], names: list[str], sig: list[Any]):
        self.fn = fn
        self.names = names

        def flat(*xs):
            return _leaves(fn(dict(zip(names, xs, strict=True))))

        self.closed = jax.make_jaxpr(flat)(*sig) if fn is not None else None

    def __call__(self, args: Inputs) -> list[Any]:
        return _leaves(self.fn(args))


def _text(t: _Traced) -> str:
    """A traced side as text with its constants' values, nested ones included
    (:func:`~certjax._certificate.jaxpr_text`): ``lambda z: a * z`` with ``a = 2`` and with
    ``a = 0`` print alike as jaxprs and must not share a cached verdict."""
    return "None" if t.closed is None else jaxpr_text(t.closed)


def prove_claims(
    rule_name: str, inputs: dict[str, tuple[int, ...]], claims: Sequence[Claim], *,
    assumptions: Sequence[str], source: str = "", rlimit: int = DEFAULT_RLIMIT,
    keep_smt2: bool = False,
) -> Certificate:
    """Discharge ``claims`` over real ``inputs`` (name -> shape); never raises on a failed proof."""
    t0 = time.perf_counter()
    names = list(inputs)
    sig = [jax.ShapeDtypeStruct(tuple(s), np.float32) for s in inputs.values()]
    traced = []
    for c in claims:
        traced.append((c, _Traced(c.rule, names, sig), _Traced(c.reference, names, sig),
                       _Traced(c.assume, names, sig)))
    t_trace = time.perf_counter() - t0
    key = fingerprint(rule_name, *[
        f"{c.name}|{c.kind}|{c.rlimit}|{c.required}|{c.skip}|{_text(r)}|{_text(f)}|{_text(a)}"
        for c, r, f, a in traced
    ], TRANSLATOR_VERSION, PAIRS_VERSION, z3_version(), str(rlimit), str(OPTIONAL_BUDGET_S),
        repr(sorted(inputs.items())), repr(list(assumptions)))
    if not keep_smt2:
        # proved in this process, or a certificate of proofs/ with this exact fingerprint
        hit = _CACHE.get(key) or _STORED.get(key)
        if hit is not None and hit.kind == "estimator":
            return hit
    var_names = [n for name, s in inputs.items() for n in _names(name, tuple(s))]
    records, facts, prims, optional = [], set(), set(), set()
    failed = ""  # the first optional obligation not proved
    t_translate = t_solve = t_optional = 0.0
    for c, rule, ref, assume in traced:
        t1 = time.perf_counter()
        b = Builder()
        ctx = Context(b, opaque_stop_gradient=False)
        X = [symbols(ctx, n, tuple(s)) for n, s in inputs.items()]
        R = [t for a in translate_jaxpr(ctx, rule.closed, X) for t in a.flat]
        F = [t for a in translate_jaxpr(ctx, ref.closed, X) for t in a.flat] if ref.fn else []
        A = [t for a in translate_jaxpr(ctx, assume.closed, X) for t in a.flat] if assume.fn else []
        prims |= ctx.primitives
        zero, one = b.const(0), b.const(1)
        if c.kind == "equal":
            if len(R) != len(F):
                raise ValueError(f"claim {c.name}: {len(R)} rule terms vs {len(F)} reference terms")
            pairs = list(zip(R, F, strict=True))
            ob_kind, ob_ref, ob_rule = "equal", F, R
        elif c.kind == "holds":
            pairs = [(b.select(p, one, zero), zero) for p in R]
            ob_kind, ob_ref, ob_rule = "equal", [], []
        else:
            pairs, ob_kind, ob_ref, ob_rule = [], "defined", F, R
        # one obligation per compared element: a conjunction, proved piece by piece, which
        # keeps each nonlinear problem small (Categorical: 5 s instead of 8 min)
        groups = [[p] for p in pairs] if ob_kind == "equal" and len(pairs) > 1 else [pairs]
        confirm = _confirm(c, rule, ref, assume, inputs)
        t_translate += time.perf_counter() - t1
        for gi, group in enumerate(groups):
            ob_name = c.name if len(groups) == 1 else f"{c.name}[{gi}]"
            ob = Obligation(ob_name, ob_kind, group, A, ob_ref, ob_rule, var_names, confirm,
                            c.statement)
            if c.skip:
                if c.required:
                    raise ValueError(f"claim {c.name}: only an optional claim may be skipped")
                optional.add(ob_name)
                records.append(ObligationRecord(
                    name=ob_name, verdict="unproved", statement=c.statement, paths=0,
                    excluded_boundaries=[], trusted_facts=[], solve_seconds=0.0,
                    reason=c.skip))
                continue
            if not c.required and (failed or t_optional >= OPTIONAL_BUDGET_S):
                optional.add(ob_name)
                records.append(ObligationRecord(
                    name=ob_name, verdict="unproved", statement=c.statement, paths=0,
                    excluded_boundaries=[], trusted_facts=[], solve_seconds=0.0,
                    reason=(MSG_OPTIONAL_FAILED.format(name=failed) if failed else
                            MSG_BUDGET.format(budget=OPTIONAL_BUDGET_S))))
                continue
            t2 = time.perf_counter()
            if c.required:
                res = prove(ob, b, rlimit=c.rlimit or rlimit, keep_smt2=keep_smt2)
            else:
                res, cpu = _prove_within(ob, b, c.rlimit or rlimit, keep_smt2,
                                         OPTIONAL_BUDGET_S - t_optional)
                t_optional += cpu
            t_solve += time.perf_counter() - t2
            facts |= set(res.facts)
            cex = None
            reason = res.reason
            if res.point is not None:
                cex = {n: _point_value(res.point, n, tuple(s)) for n, s in inputs.items()}
                call = ", ".join(f"{k}={_fmt(v)}" for k, v in cex.items())
                reason = f"false when calling {rule_name}({call})"
            records.append(ObligationRecord(
                name=ob_name, verdict=res.verdict, statement=c.statement, paths=res.paths,
                excluded_boundaries=res.excluded, trusted_facts=res.facts,
                solve_seconds=round(res.solve_s, 4), reason=reason, counterexample=cex,
                spurious_models=res.spurious_models, smt2=res.smt2))
            if not c.required:
                optional.add(ob_name)
                if res.verdict != "proved":
                    failed = ob_name
            if res.verdict == "refuted":
                break
    verdicts = {r.verdict for r in records if r.name not in optional or r.verdict == "refuted"}
    verdict = ("refuted" if "refuted" in verdicts else
               "unproved" if "unproved" in verdicts else "proved")
    cert = Certificate(
        rule=rule_name, kind="estimator", verdict=verdict, obligations=records,
        trusted_facts=facts_table(facts),
        assumptions=[*BASE_ASSUMPTIONS, *assumptions],
        shapes={n: f"float32{list(s)}" for n, s in inputs.items()},
        timings={"trace_s": round(t_trace, 4), "translate_s": round(t_translate, 4),
                 "solve_s": round(t_solve, 4), "total_s": round(time.perf_counter() - t0, 4)},
        fingerprint=key,
        versions=versions(), source=source, primitives=sorted(prims),
    )
    _CACHE[key] = cert
    return cert


def load_stored(proofs: Path) -> int:
    """Put the proved, hash-verified pair certificates of ``proofs/estimators`` in the store;
    :func:`prove_claims` returns one only for its exact fingerprint (the claims' jaxprs with
    their constants, the pair machinery's source, the translator and Z3 versions)."""
    from .._store import groups, read

    n = 0
    for rule in sorted(groups(proofs).get("estimators", ())):
        cert = read(proofs, "estimators", rule).certificate
        if cert is not None and cert.proved and cert.kind == "estimator":
            _STORED.setdefault(cert.fingerprint, cert)
            n += 1
    return n


def _prove_within(ob: Obligation, b: Builder, rlimit: int, keep_smt2: bool, seconds: float):
    """:func:`prove` in a forked child killed after ``seconds`` (then 'unproved').

    Z3 honours neither its resource limit nor an interrupt inside some nlsat steps, so only a
    process bound is a bound. The child only queries Z3: JAX's threads do not survive a fork,
    so every model the child finds comes back to this process, where ``ob.confirm`` evaluates
    the real JAX functions in float64; the answer goes back to the child, which blocks a
    spurious model and asks Z3 again (refinement) exactly as :func:`prove` does in one
    process. Should the budget run out meanwhile, the obligation is 'unproved', never proved.
    """
    parent, child = multiprocessing.Pipe(duplex=True)
    with warnings.catch_warnings():  # JAX warns at every fork; the child runs no JAX
        warnings.simplefilter("ignore", RuntimeWarning)
        pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            parent.close()

            def ask(point: dict[str, float]) -> tuple[bool, str]:
                child.send(("confirm", point))
                return child.recv()

            child.send(("result", prove(dataclasses.replace(ob, confirm=ask), b,
                                        rlimit=rlimit, keep_smt2=keep_smt2)))
        except BaseException:  # noqa: BLE001  (the parent records 'unproved')
            code = 1
        finally:
            os._exit(code)
    child.close()
    res = None
    seconds = max(seconds, 0.0)
    wall_end = time.perf_counter() + OPTIONAL_WALL_FACTOR * seconds
    here = 0.0  # CPU seconds this process spent confirming the child's models
    try:
        while (cpu := _cpu_seconds(pid) + here) < seconds and time.perf_counter() < wall_end:
            if not parent.poll(min(0.05, seconds - cpu)):
                continue
            tag, msg = parent.recv()
            if tag == "result":
                res = msg
                break
            t = time.process_time()
            parent.send(ob.confirm(msg))  # the real JAX functions, here, in float64
            here += time.process_time() - t
    except (EOFError, OSError):
        res = None
    finally:
        parent.close()
        if res is None:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    cpu = min(_cpu_seconds(pid, done=True) + here, seconds) if res is not None else seconds
    if res is None:
        return Result(ob.name, "unproved", statement=ob.statement,
                      reason=MSG_BUDGET.format(budget=OPTIONAL_BUDGET_S).replace(
                          "not attempted", "stopped")), cpu
    return res, cpu


_LAST_CPU: dict[int, float] = {}


def _cpu_seconds(pid: int, done: bool = False) -> float:
    """User plus system CPU seconds of the child ``pid`` so far (Linux ``/proc``); where that
    cannot be read, wall-clock seconds since the first call (the old, load-dependent bound).
    ``done``: the last value read (the child is gone), and forget it."""
    if done:
        _LAST_CPU.pop(-pid, None)
        return _LAST_CPU.pop(pid, 0.0)
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        value = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        start = _LAST_CPU.setdefault(-pid, time.perf_counter())
        value = time.perf_counter() - start
    _LAST_CPU[pid] = value
    return value


def _point_value(point: dict[str, float], name: str, shape: tuple[int, ...]) -> Any:
    vals = [point.get(n, 0.0) for n in _names(name, shape)]
    return np.asarray(vals, np.float64).reshape(shape).tolist()


def _confirm(c: Claim, rule: _Traced, ref: _Traced, assume: _Traced, inputs):
    """Re-evaluate both sides with real JAX in float64 at a model's inputs."""

    def check(point: dict[str, float]) -> tuple[bool, str]:
        # eagerly, even when the pair is first met under a trace (inside cj.grad or jit):
        # otherwise every model reads as unconfirmed and a refutation as "unproved"
        with jax.enable_x64(True), jax.ensure_compile_time_eval():
            args = {n: np.asarray(_point_value(point, n, tuple(s)), np.float64)
                    for n, s in inputs.items()}
            try:
                if assume.fn is not None and not all(
                        bool(np.all(np.asarray(a))) for a in assume(args)):
                    return False, "outside domain"
                got = rule(args)
                if c.kind == "holds":
                    return not all(bool(np.all(np.asarray(g))) for g in got), ""
                want = ref(args)
                if c.kind == "equal":
                    bad, fin = _differs(got, want)
                    return bad, "" if fin else "non-finite"
                if not _finite(want):
                    return False, "reference not finite"
                return not _finite(got), "rule not finite"
            except Exception as e:  # noqa: BLE001 - a failed evaluation confirms nothing
                return False, f"error: {e}"

    return check
