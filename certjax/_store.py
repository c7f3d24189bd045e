# SPDX-License-Identifier: Apache-2.0
"""The ``proofs/`` directory: one JSON certificate and one SMT-LIB2 file per rule obligation.

Layout: ``<proofs>/<group>/<rule>.<obligation>.json`` (JSON; loading it runs no code) and,
beside it, ``<rule>.<obligation>.smt2``: every negated query Z3 decided for that obligation,
one ``(push 1) ... (check-sat) (pop 1)`` block per branch region, so any SMT-LIB2 solver can
re-check it (``unsat`` expected for a proved obligation). Each JSON file carries ``sha256``,
a hash of its own canonical content and of the ``.smt2`` text: a hand edit shows as
*tampered*. A certificate is *stale* when the fingerprint of the rule's jaxprs (plus
translator, JAX and Z3 versions) differs from the one it records; timings never count.

:func:`preload_proofs` is what makes importing a certified rule free: a stored ``proved``
certificate whose hash verifies is put in the proof cache under its fingerprint, and
``defvjp`` reuses it only when the fingerprint it computes from the jaxprs that will run is
the same. A changed rule, JAX, Z3 or translator gives another fingerprint and a fresh proof.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from ._certificate import Certificate, ObligationRecord, facts_table

FORMAT = 1
_VOLATILE = ("sha256", "timings")  # not compared when deciding whether a file must change


@dataclasses.dataclass
class Stored:
    """What ``proofs/`` holds for one rule, and what is wrong with it."""

    certificate: Certificate | None
    files: list[Path]
    problems: list[str]  # "tampered: ..." / "missing: ..." / "inconsistent: ..."
    documents: dict[str, dict[str, Any]]


def library_proofs_dir() -> Path:
    """``proofs/`` of the certjax library: in the wheel, else beside the source package."""
    pkg = Path(__file__).parent
    packaged = pkg / "_proofs"
    return packaged if packaged.is_dir() else pkg.parent / "proofs"


def content_hash(doc: dict[str, Any], smt2: str | None) -> str:
    """SHA-256 of the canonical JSON of ``doc`` without its ``sha256`` field, then the SMT2."""
    body = {k: v for k, v in doc.items() if k != "sha256"}
    h = hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode())
    h.update(b"\0" + (smt2 or "").encode())
    return h.hexdigest()


def smt2_text(rule_id: str, record: ObligationRecord) -> str:
    """All queries of one obligation as one SMT-LIB2 script (regions scoped by push/pop)."""
    expect = "unsat" if record.verdict == "proved" else "see verdict"
    out = [
        f"; certjax: rule {rule_id}, obligation '{record.name}', verdict {record.verdict}",
        f"; {len(record.smt2)} negated queries, one per branch region; expected: {expect}",
        "(set-logic QF_NRA)",
    ]
    for k, q in enumerate(record.smt2):
        body = q.replace("; benchmark generated from python API\n", "").strip()
        out += [f"; region {k + 1} of {len(record.smt2)}", "(push 1)", body, "(pop 1)"]
    return "\n".join(out) + "\n"


def _rel(source: str, root: Path | None) -> str:
    if not source or root is None:
        return source
    path, _, line = source.rpartition(":")
    try:
        rel = Path(path).resolve().relative_to(root.resolve())
    except ValueError:
        return source
    return f"{rel.as_posix()}:{line}"


def _stem(rule_id: str) -> str:
    """File names follow the rule's name in its module (``estimators.reparam_Normal``)."""
    return rule_id.rpartition(".")[2]


def documents(rule_id: str, cert: Certificate, *, root: Path | None = None
              ) -> list[tuple[str, dict[str, Any], str]]:
    """``(obligation, json document, smt2 text)`` for each obligation of ``cert``."""
    names = [o.name for o in cert.obligations]
    out = []
    for o in cert.obligations:
        rec = dataclasses.asdict(o)
        rec.pop("smt2")
        solve_s = rec.pop("solve_seconds")
        # an unproved 'finite' (its budget spent) is no proof to re-check: no queries kept
        keep = o.smt2 and (o.name != "finite" or o.verdict == "proved")
        smt2 = smt2_text(rule_id, o) if keep else ""
        doc = {
            "format": FORMAT,
            "rule_id": rule_id,
            "rule": cert.rule,
            "kind": cert.kind,
            "obligation": o.name,
            "obligations": names,
            "rule_verdict": cert.verdict,
            **{k: rec[k] for k in ("verdict", "statement", "paths", "excluded_boundaries",
                                   "checked_boundaries", "reason", "counterexample",
                                   "spurious_models")},
            "source": _rel(cert.source, root),
            "fingerprint": cert.fingerprint,
            "versions": cert.versions,
            "shapes": cert.shapes,
            "assumptions": cert.assumptions,
            "trusted_facts": facts_table(set(o.trusted_facts)),
            "trust_reason": cert.trust_reason,
            "primitives": cert.primitives,
            **({"float_dtypes": cert.float_dtypes, "float_opt_out": cert.float_opt_out,
                "float_finding": cert.float_finding} if cert.float_safety else {}),
            "second_order": cert.second_order,
            "reference": cert.reference,
            "smt2": {
                "file": f"{_stem(rule_id)}.{o.name}.smt2" if smt2 else None,
                "queries": len(o.smt2),
                "expect": "unsat" if o.verdict == "proved" else None,
            },
            "timings": {**cert.timings, "obligation_solve_s": solve_s},
        }
        doc["sha256"] = content_hash(doc, smt2)
        out.append((o.name, doc, smt2))
    return out


def _dump(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, sort_keys=True) + "\n"


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    strip = lambda d: {k: v for k, v in d.items() if k not in _VOLATILE}  # noqa: E731
    return strip(a) == strip(b)


def write(proofs: Path, group: str, rule_id: str, cert: Certificate, *, root: Path | None = None
          ) -> list[Path]:
    """Write the rule's files; unchanged ones (timings aside) are left alone. Returns changed."""
    folder = proofs / group
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    keep = set()
    for name, doc, smt2 in documents(rule_id, cert, root=root):
        jpath = folder / f"{_stem(rule_id)}.{name}.json"
        spath = folder / f"{_stem(rule_id)}.{name}.smt2"
        keep |= {jpath, spath}
        old = _load(jpath)
        old_smt2 = spath.read_text() if spath.exists() else ""
        if old is not None and _same(old, doc) and old_smt2 == smt2 and (
                old.get("sha256") == content_hash(old, old_smt2)):
            continue
        jpath.write_text(_dump(doc))
        changed.append(jpath)
        if smt2:
            spath.write_text(smt2)
        elif spath.exists():
            spath.unlink()
    for stale in rule_files(proofs, group, _stem(rule_id)):
        if stale not in keep:
            stale.unlink()
            changed.append(stale)
    return changed


def rule_files(proofs: Path, group: str, rule: str) -> list[Path]:
    folder = proofs / group
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.suffix in (".json", ".smt2") and p.name.split(".")[0] == rule)


def _load(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def read(proofs: Path, group: str, rule: str) -> Stored:
    """Read and verify the stored certificate of one rule (``certificate`` None if unusable)."""
    files = rule_files(proofs, group, rule)
    docs: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    for path in files:
        if path.suffix != ".json":
            continue
        doc = _load(path)
        if doc is None or not isinstance(doc, dict) or "obligation" not in doc:
            problems.append(f"tampered: {path} is not a certjax certificate")
            continue
        smt2 = ""
        sfile = (doc.get("smt2") or {}).get("file")
        if sfile:
            spath = path.parent / sfile
            smt2 = spath.read_text() if spath.exists() else ""
            if not smt2:
                problems.append(f"missing: {spath} (the SMT-LIB2 text of {path.name})")
        if doc.get("sha256") != content_hash(doc, smt2):
            problems.append(f"tampered: {path} was edited by hand (content hash mismatch)")
        docs[doc["obligation"]] = doc
    if not docs:
        return Stored(None, files, problems or [f"missing: no certificate in {proofs / group}"],
                      docs)
    first = next(iter(docs.values()))
    expected = first.get("obligations", [])
    for name in expected:
        if name not in docs:
            problems.append(f"missing: {proofs / group / f'{rule}.{name}.json'}")
    if len({d.get("fingerprint") for d in docs.values()}) > 1 or set(docs) - set(expected):
        problems.append(f"inconsistent: the files of {rule} in {proofs / group} disagree")
    if problems:
        return Stored(None, files, problems, docs)
    return Stored(to_certificate([docs[n] for n in expected]), files, problems, docs)


def to_certificate(docs: list[dict[str, Any]]) -> Certificate:
    """Rebuild the rule's :class:`Certificate` from its obligation documents."""
    d0 = docs[0]
    facts: dict[str, str] = {}
    records = []
    for d in docs:
        facts.update(d["trusted_facts"])
        records.append(ObligationRecord(
            name=d["obligation"], verdict=d["verdict"], statement=d["statement"],
            paths=d["paths"], excluded_boundaries=d["excluded_boundaries"],
            checked_boundaries=d.get("checked_boundaries", []),
            trusted_facts=sorted(d["trusted_facts"]),
            solve_seconds=d["timings"].get("obligation_solve_s", 0.0), reason=d["reason"],
            counterexample=d["counterexample"], spurious_models=d["spurious_models"],
        ))
    timings = {k: v for k, v in d0["timings"].items() if k != "obligation_solve_s"}
    return Certificate(
        rule=d0["rule"], kind=d0["kind"], verdict=d0["rule_verdict"], obligations=records,
        trusted_facts=dict(sorted(facts.items())), assumptions=d0["assumptions"],
        shapes=d0["shapes"], timings=timings, fingerprint=d0["fingerprint"],
        versions=d0["versions"], source=d0["source"], trust_reason=d0["trust_reason"],
        primitives=d0["primitives"], second_order=d0.get("second_order", {}),
        reference=d0.get("reference", {}), **_float_fields(d0, records),
    )


def _float_fields(d0: dict[str, Any], records: list[ObligationRecord]) -> dict[str, Any]:
    """The certificate's float-safety fields, from the 'finite' document (if any)."""
    fin = next((r for r in records if r.name == "finite"), None)
    if fin is None:
        return {}
    return {"float_safety": fin.verdict, "float_dtypes": list(d0.get("float_dtypes", [])),
            "float_note": fin.reason if fin.verdict != "proved" else "",
            "float_opt_out": d0.get("float_opt_out"),
            "float_finding": d0.get("float_finding", "")}


def groups(proofs: Path) -> dict[str, set[str]]:
    """group -> names of the rules with files in ``proofs``."""
    out: dict[str, set[str]] = {}
    if not proofs.is_dir():
        return out
    for folder in sorted(proofs.iterdir()):
        if folder.is_dir():
            out[folder.name] = {p.name.split(".")[0] for p in folder.iterdir()
                                if p.suffix in (".json", ".smt2")}
    return out


def preload_proofs(proofs: str | os.PathLike[str], *, only: set[str] | None = None,
                   skip: set[str] = frozenset()) -> int:
    """Let rules whose stored certificate is up to date skip Z3; returns how many.

    Only ``proved`` certificates whose content hash verifies are loaded, keyed by their
    fingerprint; ``defvjp``/``defjvp`` uses one only when the fingerprint it computes from
    the rule's own jaxprs, the translator and the Z3 version is identical. ``only`` /
    ``skip``: the groups (sub-folders) to load or leave out.

    Example:
        >>> import certjax
        >>> certjax.preload_proofs("no/such/dir")
        0
    """
    from . import _certify

    proofs = Path(proofs)
    n = 0
    for group, rules in groups(proofs).items():
        if group in skip or (only is not None and group not in only):
            continue
        for rule in sorted(rules):
            cert = read(proofs, group, rule).certificate
            if cert is None or not cert.proved:
                continue
            _certify._CACHE.setdefault(cert.fingerprint, cert)
            n += 1
    return n
