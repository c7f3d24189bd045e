# SPDX-License-Identifier: Apache-2.0
"""Re-check stored SMT-LIB2 obligations with cvc5, a second solver independent of Z3.

Each ``.smt2`` file in ``proofs/`` holds every negated query of one obligation, one
``(push 1) ... (check-sat) (pop 1)`` block per branch region; a proved obligation expects
``unsat`` from each. cvc5 (Barbosa et al., "cvc5: A Versatile and Industrial-Strength SMT
Solver", TACAS 2022) decides the nonlinear real arithmetic by cylindrical algebraic coverings.
A query cvc5 leaves ``unknown`` as written (``QF_NRA``, default options) is retried under
``ALL`` with coverings and no incremental linearization, which solves several of ours;
an ``unknown`` left after that is reported as such, never as agreement.
"""

from __future__ import annotations

import dataclasses
import re
import time
from pathlib import Path


@dataclasses.dataclass
class Recheck:
    """cvc5's answers for one ``.smt2`` file."""

    file: str
    answers: list[str]  # "unsat" / "sat" / "unknown", one per (check-sat)
    seconds: float
    error: str = ""

    @property
    def agreement(self) -> str:
        """``agree`` (all unsat), ``disagree`` (a sat), or ``unknown``."""
        if self.error:
            return "unknown"
        if "sat" in self.answers:
            return "disagree"
        if self.answers and all(a == "unsat" for a in self.answers):
            return "agree"
        return "unknown"


def version() -> str:
    import cvc5

    return getattr(cvc5, "__version__", "?")


# (logic, options) tried in turn on queries still unknown
PORTFOLIO: list[tuple[str | None, dict[str, str]]] = [
    (None, {}),
    ("ALL", {"nl-cov": "true", "nl-ext": "none"}),
]


def _run(text: str, name: str, logic: str | None, options: dict[str, str], tlimit_ms: int
         ) -> list[str]:
    import cvc5

    if logic is not None:
        text = re.sub(r"\(set-logic [A-Z_]+\)", f"(set-logic {logic})", text, count=1)
    tm = cvc5.TermManager()
    solver = cvc5.Solver(tm)
    solver.setOption("tlimit-per", str(int(tlimit_ms)))
    for k, v in options.items():
        solver.setOption(k, v)
    sm = cvc5.SymbolManager(tm)
    parser = cvc5.InputParser(solver, sm)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, text, name)
    answers = []
    while True:
        cmd = parser.nextCommand()
        if cmd.isNull():
            return answers
        if cmd.getCommandName() == "check-sat":
            r = solver.checkSat()
            answers.append("unsat" if r.isUnsat() else "sat" if r.isSat() else "unknown")
        else:
            cmd.invoke(solver, sm)


def check_file(path: str | Path, *, tlimit_ms: int = 10_000) -> Recheck:
    """Run cvc5 on one SMT-LIB2 script; one answer per ``(check-sat)``.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "q.smt2"
        >>> _ = p.write_text("(set-logic ALL)(declare-fun x () Real)"
        ...                  "(assert (< (* x x) 0.0))(check-sat)")
        >>> check_file(p).answers
        ['unsat']
    """
    t0 = time.perf_counter()
    answers: list[str] = []
    try:
        text = Path(path).read_text()
        for logic, options in PORTFOLIO:
            got = _run(text, str(path), logic, options, tlimit_ms)
            answers = got if not answers else [
                a if a != "unknown" else b for a, b in zip(answers, got, strict=True)]
            if "unknown" not in answers:
                break
    except Exception as e:  # noqa: BLE001 - a parse error is reported, not raised
        return Recheck(str(path), answers, time.perf_counter() - t0, f"{type(e).__name__}: {e}")
    return Recheck(str(path), answers, time.perf_counter() - t0)
