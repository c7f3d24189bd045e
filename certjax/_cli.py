# SPDX-License-Identifier: Apache-2.0
"""``certjax check``: prove every rule, compare with ``proofs/``, gate CI on the result.

Run as ``certjax check`` or ``python -m certjax check``; :func:`main` is the unit-testable
entry point (``main(argv, stream=...) -> exit code``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from . import _audit_cli

EPILOG = """\
targets:
  none            the certjax rule library (certjax.rules), against its own proofs/
  a.b.module      a module; a package means its public submodules
  path/x.py       a file; path/ a package or a folder of .py files
  Rules are what a module's make_registrations() returns (it is called uncached),
  plus certjax.custom_vjp/custom_jvp rules defined at its top level.

exit codes:
  0  every rule proved, and proofs/ holds its certificate, up to date and untouched
  1  a rule is refuted or unproved, its certificate is missing, stale (the rule, JAX,
     Z3 or the translator changed since it was written), tampered with (edited by hand,
     or its verdicts differ from a fresh proof), or cvc5 disagrees (--solver cvc5)
  2  misuse: unknown option, missing target

Regenerate certificates with `certjax check --update` (see proofs/README.md)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="certjax", description="Prove custom JAX gradient rules with Z3 and gate CI on it.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG,
    )
    sub = parser.add_subparsers(dest="cmd", metavar="{check,audit}")
    chk = sub.add_parser(
        "check", help="prove rules and compare them with their certificates in proofs/",
        description="Prove every rule of the targets (default: the certjax library) in "
                    "parallel and compare the results with the certificates in proofs/.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG,
    )
    chk.add_argument("targets", nargs="*", help="modules, files or folders (default: library)")
    chk.add_argument("--proofs", type=Path, default=None,
                     help="certificate folder (default: the library's proofs/ for library "
                          "rules, ./proofs for others)")
    chk.add_argument("--update", action="store_true",
                     help="write the certificates of every rule checked (unchanged files are "
                          "left alone; certificates of deleted rules are removed)")
    chk.add_argument("--json", action="store_true", help="machine-readable report on stdout")
    chk.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                     help="most worker processes (default: number of cores); one is "
                          "started per 32 rules, up to this")
    chk.add_argument("--timeout", type=float, default=300.0,
                     help="seconds allowed per rule before it counts as unproved (default 300)")
    chk.add_argument("--solver", choices=["z3", "cvc5"], default="z3",
                     help="cvc5: also re-check every stored SMT-LIB2 obligation with cvc5 "
                          "and report agreement (a cvc5 'sat' fails the check)")
    chk.add_argument("--cvc5-tlimit", type=int, default=10_000, metavar="MS",
                     help="cvc5 time limit per query and strategy, in ms (default 10000)")
    chk.add_argument("--allow-trusted", action="store_true",
                     help="accept rules defined with trust=... that Z3 did not prove")
    chk.add_argument("--allow-deliberately-wrong", action="store_true",
                     help="accept refuted rules defined with deliberately_wrong=... (used on "
                          "purpose; the counterexample stays in the certificate)")
    _audit_cli.add_parser(sub)
    return parser


def main(argv: list[str] | None = None, *, stream: TextIO | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 check failed, 2 misuse).

    Example:
        >>> import io
        >>> main(["check", "no.such.module"], stream=io.StringIO())
        2
    """
    stream = stream or sys.stdout
    parser = _parser()
    try:  # argparse writes --help and usage errors itself: send them to ``stream``
        with contextlib.redirect_stdout(stream), contextlib.redirect_stderr(stream):
            args = parser.parse_args(argv)
    except SystemExit as e:
        return 0 if e.code in (0, None) else 2
    if args.cmd == "audit":
        return _audit_cli.run(args, stream)
    if args.cmd != "check":
        parser.print_help(stream)
        return 2
    if args.jobs < 1 or args.timeout <= 0 or args.cvc5_tlimit <= 0:
        print("certjax: error: --jobs, --timeout and --cvc5-tlimit must be positive",
              file=stream)
        return 2
    from ._check import UsageError, resolve, run

    try:
        targets = resolve(args.targets, args.proofs)
    except UsageError as e:
        print(f"certjax: error: {e}", file=stream)
        return 2
    if args.solver == "cvc5":
        try:
            import cvc5  # noqa: F401
        except ImportError:
            print("certjax: error: --solver cvc5 needs the cvc5 package: pip install cvc5",
                  file=stream)
            return 2
    reports, info = run(targets, jobs=args.jobs, timeout=args.timeout, update=args.update,
                        allow_trusted=args.allow_trusted, cvc5=args.solver == "cvc5",
                        cvc5_tlimit_ms=args.cvc5_tlimit,
                        allow_deliberately_wrong=args.allow_deliberately_wrong)
    failed = bool(info["import_failures"] or info["orphans"] or any(r.problems for r in reports))
    if args.json:
        json.dump(_as_json(reports, info, args, failed), stream, indent=1)
        stream.write("\n")
    else:
        _print_human(reports, info, args, stream)
    return 1 if failed else 0


def _where(source: str) -> str:
    path, _, line = source.rpartition(":")
    if not path:
        return source or "<unknown>"
    try:
        path = os.path.relpath(path)
    except ValueError:
        pass
    return f"{path}:{line}"


def _print_human(reports: list, info: dict[str, Any], args: Any, out: TextIO) -> None:
    for module, err in info["import_failures"]:
        print(f"{module}: error: cannot discover rules: {err}", file=out)
    for r in reports:
        for _status, text in r.problems:
            hint = "; run `certjax check --update`" if _status in (
                "stale", "missing", "tampered") else ""
            print(f"{_where(r.source)}: error: {r.rule_id}: {text}{hint}", file=out)
    for path in info["orphans"]:
        print(f"{path}: error: certificate of a rule that no longer exists; run "
              "`certjax check --update`", file=out)
    width = max([len(r.rule_id) for r in reports] + [4]) + 2
    kw = max([len(r.kind) for r in reports] + [4]) + 2
    cvc = args.solver == "cvc5"
    head = (f"{'rule':<{width}}{'kind':<{kw}}{'verdict':<10}{'float':<10}{'status':<10}"
            f"{'obl.':>5}{'seconds':>9}")
    print(head + ("  cvc5" if cvc else ""), file=out)
    n_obl = 0
    for r in reports:
        c = r.certificate
        verdict = c.verdict if c else "error"
        n = len(c.obligations) if c else 0
        n_obl += n
        secs = c.timings.get("total_s", 0.0) if c else 0.0
        fl = _float_column(c)
        line = (f"{r.rule_id:<{width}}{r.kind:<{kw}}{verdict:<10}{fl:<10}{r.status:<10}"
                f"{n:>5}{secs:>9.3f}")
        if cvc:
            agree = sum(e["agreement"] == "agree" for e in r.cvc5)
            line += f"  {agree}/{len(r.cvc5)} agree"
        print(line, file=out)
    ok = sum(r.status == "ok" for r in reports)
    print(f"{len(reports)} rules, {n_obl} obligations: {ok} proved and up to date, "
          f"{len(reports) - ok} failing; {info['seconds']:.1f} s on {info['jobs']} workers"
          + (" (certificates updated)" if args.update else ""), file=out)
    if cvc:
        entries = [e for r in reports for e in r.cvc5]
        counts = {k: sum(e["agreement"] == k for e in entries)
                  for k in ("agree", "disagree", "unknown")}
        from ._cvc5 import version

        print(f"cvc5 {version()} re-checked {len(entries)} proved obligations "
              f"({sum(len(e['answers']) for e in entries)} queries): {counts['agree']} agree, "
              f"{counts['disagree']} disagree, {counts['unknown']} unknown", file=out)


def _float_column(c: Any) -> str:
    """``safe``, ``UNSAFE``, ``opted-out``, ``unproved`` or ``-`` (not checked)."""
    return "-" if c is None else c.float_word()


def _as_json(reports: list, info: dict[str, Any], args: Any, failed: bool) -> dict[str, Any]:
    rules = []
    for r in reports:
        c = r.certificate
        rules.append({
            "rule_id": r.rule_id, "module": r.target.module, "kind": r.kind,
            "source": r.source, "proofs": str(r.target.proofs),
            "verdict": c.verdict if c else "error", "status": r.status,
            "problems": [{"status": s, "message": m} for s, m in r.problems],
            "fingerprint": c.fingerprint if c else None,
            "seconds": c.timings.get("total_s") if c else None,
            "float_safety": c.float_safety if c else None,
            "float_note": c.float_note if c else None,
            "float_opt_out": c.float_opt_out if c else None,
            "obligations": [
                {"name": o.name, "verdict": o.verdict, "paths": o.paths, "reason": o.reason,
                 "counterexample": o.counterexample,
                 "excluded_boundaries": o.excluded_boundaries}
                for o in (c.obligations if c else [])
            ],
            "updated": r.updated, "cvc5": r.cvc5,
        })
    return {"exit_code": 1 if failed else 0, "seconds": info["seconds"], "jobs": info["jobs"],
            "import_failures": [{"module": m, "error": e} for m, e in info["import_failures"]],
            "orphans": info["orphans"], "solver": args.solver, "rules": rules}
