# SPDX-License-Identifier: Apache-2.0
"""pytest plugin: ``pytest --certjax`` adds one test item per rule obligation.

Registered through the ``pytest11`` entry point. With ``--certjax``, the rules of the targets
(``--certjax-target``, repeatable; default: the certjax library) are proved once per session,
in parallel as by ``certjax check``, and every obligation becomes an item
``certjax::<rule id>::<obligation>`` that passes only when the obligation is proved and the
rule's certificate in ``proofs/`` is present, up to date and untouched.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("certjax", "proof obligations of certjax rules")
    group.addoption("--certjax", action="store_true",
                    help="collect one test per proof obligation of the certjax rules")
    group.addoption("--certjax-target", action="append", default=[],
                    help="module, file or folder with rules (default: the certjax library)")
    group.addoption("--certjax-proofs", default=None, help="certificate folder (as --proofs)")


class CertjaxItem(pytest.Item):
    """One obligation of one rule."""

    def __init__(self, *, report: Any, obligation: str, **kw: Any) -> None:
        super().__init__(**kw)
        self.report = report
        self.obligation = obligation

    def runtest(self) -> None:
        r, c = self.report, self.report.certificate
        rec = None if c is None else next(
            (o for o in c.obligations if o.name == self.obligation), None)
        if rec is not None and rec.verdict == "skipped":  # after a refuted obligation
            pytest.skip(rec.reason)
        problems = [f"{s}: {m}" for s, m in r.problems
                    if s not in ("refuted", "unproved") or f"'{self.obligation}'" in m]
        if rec is not None and rec.verdict != "proved" and not any(
                f"'{rec.name}'" in p for p in problems):
            problems.append(f"{rec.verdict}: {rec.reason}")
        if problems:
            raise CertjaxFailure(f"{r.source}: {r.rule_id}: " + "; ".join(problems))

    def repr_failure(self, excinfo: Any, style: Any = None) -> str:
        if isinstance(excinfo.value, CertjaxFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Any, int | None, str]:
        return self.path, None, f"certjax: {self.report.rule_id}::{self.obligation}"


class CertjaxFailure(Exception):
    """An obligation that is not proved, or a certificate that is not up to date."""


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    if not config.getoption("--certjax"):
        return
    from ._check import UsageError, resolve, run

    proofs = config.getoption("--certjax-proofs")
    try:
        targets = resolve(config.getoption("--certjax-target"), Path(proofs) if proofs else None)
    except UsageError as e:
        raise pytest.UsageError(f"--certjax-target: {e}") from None
    reports, info = run(targets, jobs=os.cpu_count() or 1, timeout=300.0, update=False)
    for module, err in info["import_failures"]:
        raise pytest.UsageError(f"certjax: cannot discover rules in {module}: {err}")
    for r in reports:
        names = [o.name for o in r.certificate.obligations] if r.certificate else ["discover"]
        for name in names:
            items.append(CertjaxItem.from_parent(
                session, name=f"certjax::{r.rule_id}::{name}", report=r, obligation=name))
