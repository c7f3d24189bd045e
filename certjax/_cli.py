# SPDX-License-Identifier: Apache-2.0
"""``certjax check``: prove every rule of the library and print the verdict table.

Exit codes: 0 every rule proved; 1 a rule refuted or unproved; 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from . import _audit_cli
from ._errors import CertificationError


def main(argv: list[str] | None = None, *, stream: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(
        prog="certjax",
        description="Prove custom JAX gradient rules with Z3.",
        epilog="exit codes: 0 all proved, 1 a rule refuted/unproved, 2 usage error",
    )
    sub = parser.add_subparsers(dest="cmd")
    sub.add_parser("check", help="prove the rule library and print the verdict table")
    _audit_cli.add_parser(sub)
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0) and 2
    if args.cmd == "audit":
        return _audit_cli.run(args, stream)
    if args.cmd != "check":
        parser.print_help(stream)
        return 2
    from . import rules

    failures = 0
    rows = []
    for mod in rules.modules():
        try:
            got = mod.make_registrations()
        except CertificationError as e:
            failures += 1
            print(f"{mod.__file__}: error: {e}", file=stream)
            continue
        for name, fn in got.items():
            cert = fn.certificate
            rows.append((name, cert.kind, cert.verdict, cert.timings["total_s"]))
            failures += cert.verdict != "proved"
    print(f"{'rule':<28}{'kind':<6}{'verdict':<10}{'seconds':>8}", file=stream)
    for name, kind, verdict, t in rows:
        print(f"{name:<28}{kind:<6}{verdict:<10}{t:>8.3f}", file=stream)
    print(f"{len(rows)} rules, {failures} not proved", file=stream)
    return 1 if failures else 0
