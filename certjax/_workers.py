# SPDX-License-Identifier: Apache-2.0
"""Worker processes for ``certjax check``: discover rules, prove them, re-check with cvc5.

Workers are *spawned* (not forked: JAX and XLA hold threads a fork would copy mid-state),
each serves one job at a time over a pipe, and a job that runs past the time limit gets its
worker killed and replaced (Z3 does not always honour its resource limit inside nlsat).
Discovery imports a module and calls ``make_registrations.__wrapped__`` inside
:func:`certjax._collect.collecting`, so nothing is proved or cached while discovering.
"""

from __future__ import annotations

import collections
import importlib
import multiprocessing as mp
import time
import traceback
from multiprocessing.connection import Connection, wait
from typing import Any

MSG_WORKER_DIED = (
    "the worker process died. Workers are spawned, so they re-import the main script: a "
    "script that calls certjax's check must guard it with `if __name__ == '__main__':`"
)

# -- inside a worker ----------------------------------------------------------------------
_FOUND: list[Any] = []  # every RuleDef collected in this worker
_RULES: dict[str, dict[str, Any]] = {}  # module -> rule name -> RuleDef


def discover(module: str) -> dict[str, Any]:
    """Rule name -> RuleDef for ``module`` (its ``make_registrations`` dict, then top level)."""
    if module in _RULES:
        return _RULES[module]
    from ._collect import collecting

    got: dict[str, Any] = {}
    with collecting() as found:
        mod = importlib.import_module(module)
        make = getattr(mod, "make_registrations", None)
        if make is not None:
            got = getattr(make, "__wrapped__", make)()
    _FOUND.extend(found)
    by_obj = {id(rd.obj): rd for rd in _FOUND}
    rules: dict[str, Any] = {}
    for name, fn in got.items():
        if id(fn) in by_obj:
            rules[name] = by_obj[id(fn)]
    taken = {id(rd) for rd in rules.values()}
    for rd in _FOUND:
        if id(rd) not in taken and getattr(rd.obj.fun, "__module__", None) == module:
            rules.setdefault(rd.name, rd)
    _RULES[module] = rules
    return rules


def _job(job: tuple) -> Any:
    kind = job[0]
    if kind == "discover":
        from ._discharge import _source

        rules = discover(job[1])
        return [(name, rd.kind, _source(rd.fns[-1])) for name, rd in rules.items()]
    if kind == "prove":
        import dataclasses

        rd = discover(job[1])[job[2]]
        cert = rd.certify(keep_smt2=True)
        if cert.verdict == "unproved" and rd.trust is not None:
            cert = dataclasses.replace(cert, verdict="trusted", trust_reason=rd.trust)
        return cert
    if kind == "cvc5":
        from ._cvc5 import check_file

        return check_file(job[1], tlimit_ms=job[2])
    raise ValueError(f"unknown job {kind!r}")


def serve(conn: Connection) -> None:
    """Worker main loop: receive a job, send ``("ok", result)`` or ``("error", text)``."""
    import certjax  # noqa: F401  (import JAX and Z3 before the first job arrives)

    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            out = ("ok", _job(job))
        except Exception as e:  # noqa: BLE001 - reported to the parent, not raised
            tb = traceback.format_exc(limit=-3)
            out = ("error", f"{type(e).__name__}: {e}", tb)
        conn.send(out)


# -- in the parent --------------------------------------------------------------------------
class Pool:
    """``n`` spawned workers; :meth:`run` maps jobs to results, killing jobs past ``timeout``."""

    def __init__(self, n: int, *, timeout: float) -> None:
        self.ctx = mp.get_context("spawn")
        self.timeout = timeout
        self.workers = [self._start() for _ in range(max(1, n))]

    def grow(self, n: int) -> None:
        """Have at least ``n`` workers."""
        while len(self.workers) < n:
            self.workers.append(self._start())

    def _start(self) -> dict[str, Any]:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=serve, args=(child,), daemon=True)
        proc.start()
        child.close()
        return {"proc": proc, "conn": parent, "job": None, "since": 0.0}

    def _replace(self, w: dict[str, Any]) -> None:
        w["proc"].kill()
        w["proc"].join(5)
        w["conn"].close()
        w.update(self._start())

    def run(self, jobs: list[tuple], *, timeout: float | None = None) -> list[tuple]:
        """Results in job order: ``("ok", value)``, ``("error", text, tb)``, ``("timeout", s)``."""
        limit = self.timeout if timeout is None else timeout
        todo = collections.deque(enumerate(jobs))
        results: list[Any] = [None] * len(jobs)
        while todo or any(w["job"] is not None for w in self.workers):
            for w in self.workers:
                if w["job"] is None and todo:
                    i, job = todo.popleft()
                    w["conn"].send(job)
                    w["job"], w["since"] = i, time.monotonic()
            busy = {w["conn"]: w for w in self.workers if w["job"] is not None}
            for conn in wait(list(busy), timeout=0.2):
                w = busy[conn]
                try:
                    results[w["job"]] = conn.recv()
                except (EOFError, OSError):
                    results[w["job"]] = ("error", MSG_WORKER_DIED, "")
                    w["job"] = None
                    self._replace(w)
                    continue
                w["job"] = None
            now = time.monotonic()
            for w in self.workers:
                if w["job"] is not None and now - w["since"] > limit:
                    results[w["job"]] = ("timeout", limit)
                    w["job"] = None
                    self._replace(w)
        return results

    def close(self) -> None:
        for w in self.workers:
            try:
                w["conn"].send(None)
            except (OSError, BrokenPipeError):
                pass
        for w in self.workers:
            w["proc"].join(5)
            if w["proc"].is_alive():
                w["proc"].kill()
                w["proc"].join(5)
            w["conn"].close()

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
