# SPDX-License-Identifier: Apache-2.0
"""An obligation's budget, counted in work so that a verdict is the same on every machine.

The work is Z3's: solver queries, and optionally its resource units (``rlimit``) over all the
obligation's queries together. Z3 counts those units per context and cumulatively, so an
obligation with a ``work`` budget gets a context of its own (``_obligation.prove``). A CPU-time
backstop remains, for the nlsat work that Z3 does not count (measured: a query charged 1.2M
units ran 20 s); where it is reached, the reason says so. Past any part of the budget the
verdict is "unproved", never "proved".

Example:
    >>> b = Budget(queries=1, deadline=float("inf"))
    >>> b.take(600_000)
    600000
    >>> try:
    ...     b.take(600_000)
    ... except BudgetSpent as e:
    ...     print(e)
    float-safety budget spent (1 solver queries)
"""

from __future__ import annotations

import dataclasses
import time

import z3


class BudgetSpent(Exception):
    """An obligation ran out of its budget (the message says which part)."""


@dataclasses.dataclass
class Budget:
    """An obligation's budget, in work: solver queries and, optionally, Z3 resource units
    (``rlimit``) over all its queries together; a CPU-time backstop besides."""

    queries: int
    deadline: float
    work: int | None = None  # rlimit units left for all remaining queries (None: no cap)
    what: str = "float-safety"
    backstop_s: float = 0.0  # what ``deadline`` allowed (for the message)

    def __post_init__(self) -> None:
        self.total, self.total_work = self.queries, self.work
        self.seen = 0  # the context's rlimit count at the last charge

    def spent(self) -> str:
        """Which part of the budget is spent ("" if none)."""
        if self.queries <= 0:
            return f"{self.what} budget spent ({self.total} solver queries)"
        if self.work is not None and self.work <= 0:
            return f"{self.what} budget spent ({self.total_work:,} rlimit units of solver work)"
        if self.ms() <= 0:
            return (f"{self.what} backstop reached ({self.backstop_s:g} CPU s; the solver's "
                    f"work escaped rlimit)")
        return ""

    def take(self, rlimit: int) -> int:
        """One query's start: raises :class:`BudgetSpent`, or returns its rlimit."""
        if self.spent():
            raise BudgetSpent(self.spent())
        self.queries -= 1
        return self.cap(rlimit)

    def cap(self, rlimit: int) -> int:
        """A query's rlimit: never more than the work left."""
        return rlimit if self.work is None else max(1, min(rlimit, self.work))

    def spend(self, s: z3.Solver, rlimit: int) -> None:
        """Charge the work done since the last charge: Z3 counts rlimit units per context
        (cumulatively), and an obligation with a ``work`` budget has a context of its own."""
        if self.work is not None:
            try:
                count = int(s.statistics().get_key_value("rlimit count"))
                used, self.seen = count - self.seen, count
            except (z3.Z3Exception, ValueError, TypeError):
                used = rlimit
            self.work -= max(used, 1)

    def ms(self) -> int:
        """CPU milliseconds left (``deadline`` is in ``time.process_time``)."""
        left = 1000 * (self.deadline - time.process_time())
        return int(min(left, 2**31 - 1))
