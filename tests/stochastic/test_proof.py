# SPDX-License-Identifier: Apache-2.0
"""The budget of optional claims (certjax/stochastic/_proof.py): spent, they are 'unproved'
(never proved) and the certificate's verdict is that of its required claims."""

import pytest

from certjax.stochastic import _proof
from certjax.stochastic._proof import Claim, prove_claims


def _claims(tag):
    double = Claim(f"double{tag}", "2x == x + x", "equal",
                   lambda inp: inp["x"] * 2.0, lambda inp: inp["x"] + inp["x"])
    square = Claim(f"square{tag}", "x*x*x == x**3", "equal",
                   lambda inp: inp["x"] * inp["x"] * inp["x"], lambda inp: inp["x"] ** 3,
                   required=False)
    return [double, square]


def test_optional_claim_proved_within_budget():
    cert = prove_claims("budget_ok", {"x": ()}, _claims("_ok"), assumptions=[])
    verdicts = {o.name: o.verdict for o in cert.obligations}
    assert verdicts == {"double_ok": "proved", "square_ok": "proved"}


@pytest.mark.parametrize("budget", [0.0, 1e-9])
def test_spent_budget_leaves_optional_claims_unproved(monkeypatch, budget):
    monkeypatch.setattr(_proof, "OPTIONAL_BUDGET_S", budget)
    cert = prove_claims("budget_spent", {"x": ()}, _claims(f"_{budget}"), assumptions=[])
    rec = {o.name: o for o in cert.obligations}
    assert rec[f"double_{budget}"].verdict == "proved"
    assert rec[f"square_{budget}"].verdict == "unproved"
    assert "budget" in rec[f"square_{budget}"].reason
    assert cert.verdict == "proved"  # optional: the first-order verdict stands


def test_the_budget_counts_the_childs_cpu_seconds_not_the_wall_clock():
    # a loaded machine used to turn optional claims 'unproved' (11 second-order claims did in
    # one `certjax check --update` beside another job): the budget is now CPU time
    import os
    import subprocess
    import sys

    code = {"sleep": "import time; time.sleep(0.6)",
            "spin": "import time\nt = time.process_time()\n"
                    "while time.process_time() - t < 0.6: pass"}
    used = {}
    for name, src in code.items():
        p = subprocess.Popen([sys.executable, "-c", src])
        os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: /proc stays
        used[name] = _proof._cpu_seconds(p.pid)
        p.wait()
        _proof._cpu_seconds(p.pid, done=True)
    assert used["sleep"] < 0.4 < used["spin"], used
