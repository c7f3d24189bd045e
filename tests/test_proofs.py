# SPDX-License-Identifier: Apache-2.0
"""The CI gate on the project itself: the library's proofs/ is up to date (`certjax check`
exits 0), and cvc5 re-checks every stored SMT-LIB2 obligation without disagreeing."""

import io
import json

from certjax._cli import main
from certjax._store import library_proofs_dir


def test_library_certificates_up_to_date_and_cvc5_agrees():
    out = io.StringIO()
    code = main(["check", "--solver", "cvc5", "--cvc5-tlimit", "2000", "--json"], stream=out)
    report = json.loads(out.getvalue())
    bad = {r["rule_id"]: r["problems"] for r in report["rules"] if r["status"] != "ok"}
    assert code == 0 and not bad and not report["orphans"], bad or report["orphans"]
    assert len(report["rules"]) >= 26
    checked = {e["file"] for r in report["rules"] for e in r["cvc5"]}
    stored = {str(p) for p in library_proofs_dir().glob("*/*.smt2")}
    assert checked == stored  # every stored obligation went to cvc5
    counts = {k: sum(e["agreement"] == k for r in report["rules"] for e in r["cvc5"])
              for k in ("agree", "disagree", "unknown")}
    print(f"\ncvc5 re-check of {len(stored)} obligations: {counts}")
    assert counts["disagree"] == 0
    assert counts["agree"] >= 0.9 * len(stored)  # 74 of 78 when last measured
