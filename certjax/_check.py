# SPDX-License-Identifier: Apache-2.0
"""What ``certjax check`` does: find rules, prove them in parallel, compare with ``proofs/``.

:func:`run` returns one :class:`RuleReport` per rule; ``_cli`` prints them. A rule is ``ok``
only when its fresh proof is ``proved`` and ``proofs/`` holds an untampered certificate with
the same fingerprint and the same verdicts.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import pkgutil
import sys
import time
from pathlib import Path
from typing import Any

from . import _store
from ._certificate import Certificate

LIBRARY = "certjax.rules"
RULES_PER_WORKER = 32


class UsageError(Exception):
    """A target that does not exist or cannot be read (exit code 2)."""


@dataclasses.dataclass(frozen=True)
class Target:
    module: str
    proofs: Path

    @property
    def group(self) -> str:
        prefix = LIBRARY + "."
        return self.module[len(prefix):] if self.module.startswith(prefix) else self.module


@dataclasses.dataclass
class RuleReport:
    rule_id: str
    target: Target
    name: str
    kind: str
    source: str
    certificate: Certificate | None = None
    error: str = ""
    problems: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (status, text)
    updated: list[str] = dataclasses.field(default_factory=list)
    cvc5: list[dict[str, Any]] = dataclasses.field(default_factory=list)

    @property
    def status(self) -> str:
        return self.problems[0][0] if self.problems else "ok"


# -- targets ---------------------------------------------------------------------------
def _submodules(path: Path, prefix: str) -> list[str]:
    return [prefix + m.name for m in pkgutil.iter_modules([str(path)])
            if not m.name.startswith("_") and not m.name.startswith("test")]


def _module_of_file(path: Path) -> str:
    """Dotted name of a ``.py`` file; the folder above its packages goes on ``sys.path``."""
    parts = [path.stem]
    folder = path.parent
    while (folder / "__init__.py").exists():
        parts.insert(0, folder.name)
        folder = folder.parent
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    return ".".join(parts)


def resolve(args: list[str], proofs: Path | None) -> list[Target]:
    """Targets for the positional arguments (none: the certjax library)."""
    modules: list[str] = []
    for arg in args or [LIBRARY]:
        path = Path(arg)
        if path.exists():
            path = path.resolve()
            if path.is_file() and path.suffix == ".py":
                modules.append(_module_of_file(path))
            elif path.is_dir() and (path / "__init__.py").exists():
                pkg = _module_of_file(path / "__init__.py").rpartition(".")[0]
                modules += _submodules(path, pkg + ".")
            elif path.is_dir():
                modules += [_module_of_file(p) for p in sorted(path.glob("*.py"))
                            if not p.name.startswith(("_", "test"))]
            else:
                raise UsageError(f"{arg}: not a .py file, a package or a folder of .py files")
            continue
        if os.getcwd() not in sys.path:
            sys.path.insert(0, os.getcwd())
        try:
            spec = importlib.util.find_spec(arg)
        except (ImportError, ValueError) as e:
            raise UsageError(f"{arg}: no such file or module ({e})") from None
        if spec is None:
            raise UsageError(f"{arg}: no such file or module")
        if spec.submodule_search_locations:
            for loc in spec.submodule_search_locations:
                modules += _submodules(Path(loc), arg + ".")
        else:
            modules.append(arg)
    out: list[Target] = []
    for m in dict.fromkeys(modules):
        library = m.startswith(LIBRARY + ".")
        where = proofs or (_store.library_proofs_dir() if library else Path("proofs"))
        out.append(Target(m, where.resolve()))
    return out


# -- running -----------------------------------------------------------------------------
def run(targets: list[Target], *, jobs: int, timeout: float, update: bool,
        allow_trusted: bool = False, cvc5: bool = False, cvc5_tlimit_ms: int = 10_000,
        pool: Any = None, allow_deliberately_wrong: bool = False,
        ) -> tuple[list[RuleReport], dict[str, Any]]:
    """Discover, prove, compare (and with ``update`` write); returns reports and run info."""
    from ._workers import Pool

    t0 = time.perf_counter()
    own = pool is None
    pool = pool or Pool(1, timeout=timeout)  # more once we know how many rules there are
    reports: list[RuleReport] = []
    failures: list[tuple[str, str]] = []
    try:
        found = pool.run([("discover", t.module) for t in targets])
        for t, res in zip(targets, found, strict=True):
            if res[0] != "ok":
                failures.append((t.module, res[1]))
                continue
            for name, kind, source in res[1]:
                reports.append(RuleReport(f"{t.group}.{name}", t, name, kind, source))
        # a worker's start (JAX import, first traces) costs about what proving ~30 small
        # rules does: on 2 cores the 26-rule library proves faster on one worker than two
        pool.grow(min(jobs, -(-len(reports) // RULES_PER_WORKER)))
        order = sorted(range(len(reports)), key=lambda i: -_expected_cost(reports[i]))
        proved = pool.run([("prove", reports[i].target.module, reports[i].name) for i in order])
        for i, res in zip(order, proved, strict=True):
            r = reports[i]
            if res[0] == "ok":
                r.certificate = res[1]
            elif res[0] == "timeout":
                r.error = f"proof ran past the {res[1]:.0f} s limit (--timeout)"
            else:
                r.error = res[1]
        root = _root()
        for r in reports:
            _compare(r, update=update, allow_trusted=allow_trusted, root=root,
                     allow_deliberately_wrong=allow_deliberately_wrong)
        orphans = _orphans(targets, reports, update=update)
        if cvc5:
            pool.grow(jobs)  # cvc5 queries can run for seconds each: use every core
            _recheck(pool, reports, cvc5_tlimit_ms)
    finally:
        if own:
            pool.close()
    info = {"seconds": round(time.perf_counter() - t0, 3), "jobs": len(pool.workers),
            "import_failures": failures, "orphans": orphans}
    return reports, info


def _root() -> Path:
    return Path(__file__).resolve().parent.parent


def _expected_cost(r: RuleReport) -> float:
    stored = _store.read(r.target.proofs, r.target.group, r.name).documents
    return max((d.get("timings", {}).get("total_s", 0.0) for d in stored.values()), default=1.0)


def _compare(r: RuleReport, *, update: bool, allow_trusted: bool, root: Path,
             allow_deliberately_wrong: bool = False) -> None:
    t, cert = r.target, r.certificate
    if cert is None:
        r.problems.append(("error", r.error))
        return
    if cert.verdict == "trusted" and allow_trusted:
        pass
    elif cert.verdict == "deliberately_wrong" and allow_deliberately_wrong:
        pass
    elif cert.verdict == "deliberately_wrong":
        o = next(o for o in cert.obligations if o.verdict == "refuted")
        r.problems.append(("deliberately_wrong", f"obligation '{o.name}' {_why(o)}; the rule "
                           f"is used on purpose ({cert.deliberately_wrong}): pass "
                           "--allow-deliberately-wrong to accept it"))
    elif cert.verdict != "proved":
        for o in cert.obligations:
            if o.verdict not in ("proved", "skipped") and o.name != "finite":
                r.problems.append((cert.verdict if cert.verdict != "trusted" else "unproved",
                                   f"obligation '{o.name}' {_why(o)}"))
    unsafe = float_problem(cert)
    if unsafe:
        r.problems.append(("float", unsafe))
    root_for = root if t.module.startswith(LIBRARY + ".") else Path.cwd()
    if update:
        r.updated = [str(p) for p in _store.write(t.proofs, t.group, r.rule_id, cert,
                                                  root=root_for)]
        return
    stored = _store.read(t.proofs, t.group, r.name)
    if stored.certificate is None:
        for p in stored.problems:
            status, _, text = p.partition(": ")
            status = status if status != "inconsistent" else "tampered"
            r.problems.append((status, f"certificate {status}: {text}"))
        return
    old = stored.certificate
    if old.fingerprint != cert.fingerprint:
        r.problems.append(("stale", f"certificate is stale: it records fingerprint "
                           f"{old.fingerprint[:12]}, the rule now has {cert.fingerprint[:12]} "
                           "(the rule, JAX, Z3 or the translator changed)"))
        return
    budget = any(o.name == "finite" and o.verdict == "unproved"
                 for c in (old, cert) for o in c.obligations)
    was, now = _verdicts(old, budget), _verdicts(cert, budget)
    if was != now:
        r.problems.append(("tampered", f"certificate says {was}, re-proving gives {now}"))


def _verdicts(cert: Certificate, budget: bool) -> tuple:
    """What a re-proof must reproduce. Obligation 'finite' ends "unproved" when its budget,
    partly CPU time, is spent: that depends on the machine, so where either side is
    unproved it is not compared (proved against refuted is)."""
    return (cert.verdict, [(o.name, o.verdict) for o in cert.obligations
                           if not (o.name == "finite" and budget)])


def float_problem(cert: Certificate) -> str | None:
    """The refusal of a float-unsafe rule that did not opt out, or None."""
    if cert.float_safety == "refuted" and not cert.float_opt_out:
        return (f"proved over the reals, {cert.float_text()} (pass float_safe=False to "
                "defvjp/defjvp to accept it)")
    return None


def _why(o: Any) -> str:
    if o.verdict == "refuted":
        return o.reason  # "false when calling bwd(x=..., g=...)"
    return f"unproved ({o.reason})" if o.reason else "unproved"


def _orphans(targets: list[Target], reports: list[RuleReport], *, update: bool) -> list[str]:
    """Certificates in the checked groups for rules that no longer exist."""
    names: dict[tuple[Path, str], set[str]] = {}
    for t in targets:
        names.setdefault((t.proofs, t.group), set())
    for r in reports:
        names[(r.target.proofs, r.target.group)].add(r.name)
    out = []
    for (proofs, group), have in names.items():
        stored = _store.groups(proofs).get(group, set())
        for rule in sorted(stored - have):
            for p in _store.rule_files(proofs, group, rule):
                if update:
                    p.unlink()
                else:
                    out.append(str(p))
    return out


def _recheck(pool: Any, reports: list[RuleReport], tlimit_ms: int) -> None:
    from ._cvc5 import PORTFOLIO

    todo: list[tuple[RuleReport, str, Path]] = []
    most = 1
    for r in reports:
        docs = _store.read(r.target.proofs, r.target.group, r.name).documents
        for name, doc in docs.items():
            sfile = (doc.get("smt2") or {}).get("file")
            if doc.get("verdict") == "proved" and sfile:
                todo.append((r, name, r.target.proofs / r.target.group / sfile))
                most = max(most, int((doc.get("smt2") or {}).get("queries", 1)))
    # cvc5 does not always stop at its per-query limit: the worker is killed past this one
    per_file = 10 + 1.5 * most * len(PORTFOLIO) * tlimit_ms / 1000
    results = pool.run([("cvc5", str(p), tlimit_ms) for _, _, p in todo], timeout=per_file)
    for (r, name, path), res in zip(todo, results, strict=True):
        if res[0] == "ok":
            rc = res[1]
            entry = {"obligation": name, "file": str(path), "agreement": rc.agreement,
                     "answers": rc.answers, "seconds": round(rc.seconds, 4), "error": rc.error}
        else:
            entry = {"obligation": name, "file": str(path), "agreement": "unknown",
                     "answers": [], "seconds": 0.0, "error": str(res[1])}
        r.cvc5.append(entry)
        if entry["agreement"] == "disagree":
            r.problems.append(("disagree", f"obligation '{name}': Z3 proved it, cvc5 answers "
                               f"sat on {path}"))
