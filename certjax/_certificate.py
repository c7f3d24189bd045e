# SPDX-License-Identifier: Apache-2.0
"""Certificates: what Z3 proved about one rule, and what was assumed to get there."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from ._facts import FACTS

# The modules a proof depends on (the trust base, the evaluator of the reference, and this
# module: the fingerprint and the assumptions every certificate carries).
TRUST_BASE = (
    "_facts.py", "_ir.py", "_ir_int.py", "_translate.py", "_lax_rules.py", "_lax_structure.py",
    "_lower.py", "_paths.py", "_components.py",
    "_obligation.py", "_budget.py", "_certify.py", "_discharge.py", "_spec.py", "_point.py",
    "_confirm.py",
    "_inline.py",
    "_certificate.py",
    "_elementwise.py", "_constants.py", "_lax_special.py", "_lower_special.py", "_lax_control.py",
    "_special.py", "_stated.py", "_callback.py", "_boundary.py", "_second_order.py",
    "_derivatives.py", "_reference.py", "_library.py", "_library_match.py",
    "_lax_loops.py", "_lax_indexing.py", "_lax_sort.py", "_lax_linalg.py", "_closed_over.py",
    "_float_state.py", "_float_rules.py", "_float_model.py", "_finite.py", "_finite_goal.py",
    "_finite_instance.py", "_finite_confirm.py", "_vmap_rule.py",
)


def source_hash(folder: Path, names: tuple[str, ...]) -> str:
    """A short hash of these source files (line endings folded): they changed, proofs are stale."""
    h = hashlib.sha256()
    for name in names:
        h.update(name.encode() + b"\0")
        h.update((folder / name).read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()[:16]


# ``1+`` and the trust base's hash: any change to it makes every proof stale
TRANSLATOR_VERSION = "1+" + source_hash(Path(__file__).parent, TRUST_BASE)


def versions() -> dict[str, str]:
    """What a certificate was proved with: JAX, Z3 and the translator."""
    import jax
    import z3

    return {"jax": jax.__version__, "z3": z3.get_version_string(),
            "translator": TRANSLATOR_VERSION}
CERT_FORMAT = 1

# Assumptions every certificate carries (the gap between the proof and the program).
BASE_ASSUMPTIONS = [
    "real arithmetic: floats are read as reals (no rounding, no float overflow; NaN/inf only "
    "where the real term is undefined, see fact ieee_nonfinite); integers are XLA's "
    "fixed-width integers",
    "float literals are read as the simplest rational that rounds to them",
    "reference derivative: JAX's own JVP rules of the primitives in the primal body, each "
    "checked against certjax's table of derivatives (_derivatives.py) where it has an entry "
    "(the others: 'reference' -> 'trusted')",
    "definedness: the primal and the reference derivative are defined (no division by zero, "
    "log of a non-positive, sqrt of a negative); the rule's definedness there is proved "
    "separately as obligation 'defined'",
    "excluded boundaries (below) are kinks, where the one-sided derivatives differ (on a "
    "split boundary where they agree the rule is proved equal to them there), and null sets: "
    "each is the zero set of a function Z3 found not identically zero in its branch region "
    "(and analytic there; assumed connected)",
    "arrays are proved at the shapes listed (an elementwise instance through its scalar view, "
    "which covers every shape; a proxy shape, when used, is an assumption item of its own)",
]


@dataclasses.dataclass
class ObligationRecord:
    name: str
    verdict: str
    statement: str
    paths: int
    excluded_boundaries: list[str]
    trusted_facts: list[str]
    solve_seconds: float
    reason: str = ""
    counterexample: dict[str, Any] | None = None
    spurious_models: int = 0
    smt2: list[str] = dataclasses.field(default_factory=list)
    # boundaries of splits where the primal is differentiable: the rule proved equal to the
    # one-sided derivatives there (``_boundary``); ``excluded_boundaries`` lists the kinks
    checked_boundaries: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Certificate:
    """The record of one rule's certification (JSON round-trips; loading runs no code).

    Attributes:
        rule: the rule's name (the primal's ``__qualname__``).
        kind: ``"vjp"`` or ``"jvp"``.
        verdict: ``proved``, ``refuted``, ``unproved``, ``trusted`` (unproved, used anyway) or
            ``deliberately_wrong`` (refuted, used on purpose: the reason in
            ``deliberately_wrong``, the counterexample in the refuted obligation).
        obligations: one record per obligation, with its own verdict.
        trusted_facts: name -> statement of every fact about exp/log/sqrt/inf used.
        assumptions: what the proof takes for granted, item by item.
        shapes: the argument shapes and dtypes it was proved at.
        timings: seconds spent tracing, translating and solving.
        fingerprint: hash of the jaxprs, translator version and Z3 version.
    """

    rule: str
    kind: str
    verdict: str
    obligations: list[ObligationRecord]
    trusted_facts: dict[str, str]
    assumptions: list[str]
    shapes: dict[str, str]
    timings: dict[str, float]
    fingerprint: str
    versions: dict[str, str]
    source: str = ""
    trust_reason: str | None = None
    primitives: list[str] = dataclasses.field(default_factory=list)
    # what the rule was proved to compute when it says it is not the primal's derivative
    # (``surrogate=``, ``cotangent=``, ``tangent=``, ``reference=``; see ``_stated``)
    stated: str = ""
    # the reason given with ``deliberately_wrong=`` (verdict ``deliberately_wrong``)
    deliberately_wrong: str | None = None
    # obligation 'second order' (``_second_order``): verdict, reason, counterexample; a rule
    # proved here but not there is first-order only
    second_order: dict[str, Any] = dataclasses.field(default_factory=dict)
    # JAX's JVP of each primitive of the primal against ``_derivatives`` (``_reference``):
    # verdict, reason, primitives checked, primitives whose JAX JVP is trusted (no entry)
    reference: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def first_order_only(self) -> bool:
        return self.proved and self.second_order.get("verdict") != "proved"

    # obligation 'finite' (``_finite.py``): "proved" (float-safe), "refuted" (a point where
    # an output is NaN/inf in the dtype, confirmed), "unproved", or "" (not checked)
    float_safety: str = ""
    float_dtypes: list[str] = dataclasses.field(default_factory=list)
    float_note: str = ""  # the confirmed point, or why not proved
    float_opt_out: str | None = None  # defvjp(..., float_safe=False): recorded, not refused
    # a derivative 0 or subnormal in the dtype where JAX's is a normal number (flushed to
    # zero, lost to cancellation): the confirmed point; a finding, never a refusal
    float_finding: str = ""

    @property
    def float_safe(self) -> bool:
        """Whether obligation 'finite' was proved (Z3 unsat on every region)."""
        return self.float_safety == "proved"

    def float_word(self) -> str:
        """The float-safety column: ``safe``, ``UNSAFE``, ``opted-out``, ``unproved``, ``-``."""
        if self.float_safety == "refuted":
            return "opted-out" if self.float_opt_out else "UNSAFE"
        return {"proved": "safe", "": "-", "skipped": "-"}.get(self.float_safety, self.float_safety)

    def float_text(self) -> str:
        """``float-safe at float32``, ``NOT float-safe at float32: <point>``..."""
        at = "/".join(self.float_dtypes) or "its dtype"
        if self.float_safety == "proved":
            return f"float-safe at {at}"
        if self.float_safety == "refuted":
            return f"not float-safe at {at}: {self.float_note}"
        if self.float_safety == "unproved":
            return f"float safety at {at} not proved ({self.float_note})"
        return "float safety not checked"

    @property
    def proved(self) -> bool:
        return self.verdict == "proved"

    def to_json(self, *, indent: int | None = 1) -> str:
        return json.dumps(dataclasses.asdict(self), indent=indent, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Certificate:
        d = json.loads(text)
        d["obligations"] = [ObligationRecord(**o) for o in d["obligations"]]
        return cls(**d)

    def summary(self) -> str:
        lines = [f"{self.rule} ({self.kind}): {self.verdict}"]
        if self.stated:
            lines.append(f"  {self.stated}")
        if self.deliberately_wrong is not None:
            lines.append(f"  REFUTED, used on purpose: {self.deliberately_wrong}")
        for o in self.obligations:
            n_ex, n_ck = len(o.excluded_boundaries), len(o.checked_boundaries)
            extra = f", {n_ex} kinks excluded" if n_ex else ""
            extra += f", {n_ck} smooth boundaries checked" if n_ck else ""
            lines.append(f"  {o.name}: {o.verdict} on {o.paths} paths{extra} [{o.statement}]")
        if self.second_order:
            so = self.second_order
            lines.append(f"  second order: {so.get('verdict')}"
                         + (f" ({so['reason']})" if so.get("reason") else "")
                         + (" -- first-order only" if self.first_order_only else ""))
        kind = "proved over the reals, " if self.verdict == "proved" else ""
        lines.append(f"  float safety: {kind}{self.float_text()}" + (
            f" (opted out: {self.float_opt_out})" if self.float_opt_out else ""))
        if self.float_finding:
            lines.append(f"  float finding: derivative lost (0 or subnormal): "
                         f"{self.float_finding}")
        lines.append("  trusted facts: " + ", ".join(sorted(self.trusted_facts)))
        more = self.assumptions[6:]
        lines.append("  assumptions: " + "; ".join(more) if more else "")
        return "\n".join(x for x in lines if x)


def facts_table(names: set[str]) -> dict[str, str]:
    return {n: FACTS[n] for n in sorted(names) if n in FACTS}


def jaxpr_text(closed: Any) -> str:
    """The printed jaxpr plus the values of its constants, nested ones included.

    ``str(closed_jaxpr)`` shows constants as variables only (``{ lambda a:f32[3]; ...``), so a
    rule that closes over an array would keep its fingerprint when the array changes.
    """
    if closed is None:
        return "None"
    parts = [str(closed)]

    def visit(cj: Any) -> None:
        for c in getattr(cj, "consts", ()):
            try:
                a = np.asarray(c)
                parts.append(f"{a.dtype}{a.shape}:{hashlib.sha256(a.tobytes()).hexdigest()}")
            except Exception:  # noqa: BLE001 - e.g. PRNG key arrays: their repr is exact
                parts.append(repr(c))
        jaxpr = cj.jaxpr if hasattr(cj, "consts") else cj
        for eqn in getattr(jaxpr, "eqns", ()):
            for p in eqn.params.values():
                for sub in p if isinstance(p, tuple | list) else (p,):
                    if hasattr(sub, "eqns") or (hasattr(sub, "jaxpr") and hasattr(sub, "consts")):
                        visit(sub)

    visit(closed)
    return "\n".join(parts)


def fingerprint(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode())
        h.update(b"\0")
    return h.hexdigest()
