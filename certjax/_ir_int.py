# SPDX-License-Identifier: Apache-2.0
"""The fixed-width integer constructors of the IR's :class:`~certjax._ir.Builder` (XLA's).

``idiv`` truncates toward zero with ``a / 0 = -1``; ``wrap`` reduces modulo ``hi - lo + 1``
into ``[lo, hi]`` (wrap-around of a fixed-width type), dropped where the term's bounds
(``int_range``) show it cannot overflow; ``parity`` is ``(-1) ** y`` and ``isint`` whether a
real is an integer. Each rewrite records its fact (``xla_int_div``, ``xla_int_wrap``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._ir import Node


class IntegerOps:
    """Mixed into ``Builder``: uses its ``_mk``, ``const``, ``sub``, ``mul``, ``boolean``,
    ``facts``, ``_ranges`` and ``int_ranges``."""

    def idiv(self, a: Node, b: Node) -> Node:
        """XLA's integer division: truncates toward zero; ``a / 0 = -1``."""
        if a.op == "const" and b.op == "const":
            x, y = int(a.value), int(b.value)
            if y == 0:
                return self.const(-1)
            q = abs(x) // abs(y)
            return self.const(q if (x >= 0) == (y > 0) else -q)
        if b.op == "const" and b.value == 1:
            return a
        self.facts.add("xla_int_div")
        return self._mk("idiv", (a, b))

    def irem(self, a: Node, b: Node) -> Node:
        """XLA's integer remainder ``a - b * idiv(a, b)`` (``a`` when ``b == 0``)."""
        return self.sub(a, self.mul(b, self.idiv(a, b)))

    def wrap(self, x: Node, lo: int, hi: int) -> Node:
        """``x`` reduced modulo ``hi - lo + 1`` into ``[lo, hi]`` (fixed-width wrap-around)."""
        if x.is_bool or x.op == "nan":
            return x
        r = self.int_range(x)
        if r is not None and lo <= r[0] and r[1] <= hi:
            return x
        self.facts.add("xla_int_wrap")
        if x.op == "const" and x.value.denominator == 1:
            m = hi - lo + 1
            return self.const((int(x.value) - lo) % m + lo)
        return self._mk("wrap", (x,), (lo, hi))

    def int_range(self, x: Node) -> tuple[int, int] | None:
        """Bounds of an integer-valued term, or None if not known to be bounded."""
        from ._ir import walk

        for n in walk([x]):
            if id(n) not in self._ranges:
                self._ranges[id(n)] = self._range(n)
        return self._ranges[id(x)]

    def _range(self, n: Node) -> tuple[int, int] | None:
        r = [self._ranges.get(id(a)) for a in n.args]
        op = n.op
        if op == "const":
            return (int(n.value), int(n.value)) if n.value.denominator == 1 else None
        if op == "var":
            return self.int_ranges.get(n.value)
        if op == "wrap":
            return n.value
        if op == "select":
            if r[1] is None or r[2] is None:
                return None
            return min(r[1][0], r[2][0]), max(r[1][1], r[2][1])
        if op == "keep":
            return r[0]
        if any(x is None for x in r) or op not in ("add", "mul", "neg", "pow", "idiv"):
            return None
        if op == "add":
            return r[0][0] + r[1][0], r[0][1] + r[1][1]
        if op == "neg":
            return -r[0][1], -r[0][0]
        if op == "mul":
            c = [p * q for p in r[0] for q in r[1]]
            return min(c), max(c)
        if op == "idiv":
            m = max(abs(r[0][0]), abs(r[0][1]), 1)
            return -m, m
        if n.value < 0:
            return None
        c = [p**n.value for p in r[0]] + ([0] if r[0][0] <= 0 <= r[0][1] else [])
        return min(c), max(c)

    def parity(self, y: Node) -> Node:
        """``(-1) ** y``: 1 for even, -1 for odd integer ``y``; undefined otherwise."""
        if y.op == "const" and y.value.denominator == 1:
            return self.const(1 if y.value.numerator % 2 == 0 else -1)
        return self._mk("parity", (y,))

    def isint(self, y: Node) -> Node:
        if y.op == "const":
            return self.boolean(y.value.denominator == 1)
        return self._mk("isint", (y,))
