# SPDX-License-Identifier: Apache-2.0
"""The claims a ``lax.custom_linear_solve`` makes, proved at the instance the audit meets.

``custom_linear_solve(matvec, b, solve, transpose_solve, symmetric)`` is a custom derivative
rule in all but name: JAX differentiates ``x = solve(matvec, b)`` by the implicit function
theorem, *assuming* what the caller states, and transposes ``b -> x`` by ``transpose_solve``
(by ``solve`` itself when ``symmetric=True``, and then ``matvec`` stands for its own
transpose). The equation holds the four jaxprs (``jaxprs``: matvec, vecmat, solve,
transpose_solve, each after its ``const_lengths`` constants). Each claim JAX relies on is an
ordinary certjax proof, with the constants (the matrix) as quantified, non-differentiated
operands, or fixed to their values when the program closes over known ones:

* ``inverse``: ``matvec(solve(b)) == b`` (the ``fwd`` obligation of the identity rule whose
  fwd is ``matvec(solve(b))``); the derivative through the matrix is right only then;
* ``transpose``: ``transpose_solve`` is the VJP of ``b -> solve(b)`` (for ``symmetric=True``:
  ``solve`` is self-adjoint), which is what reverse mode runs;
* ``vecmat``: ``vecmat`` is the VJP of ``x -> matvec(x)`` (for ``symmetric=True``: matvec is
  symmetric).

A counterexample at quantified constants is only shown as a refutation when the constants are
the program's own (known); for a matrix the program computes from its inputs, a claim false
for *some* matrix leaves the instance unproved (the program's matrices may all be fine).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import jax
import numpy as np
from jax.extend import core as jcore

from ._certificate import Certificate
from ._certify import certify_vjp
from ._obligation import DEFAULT_RLIMIT

NAME = "custom_linear_solve"
PIECES = ("matvec", "vecmat", "solve", "transpose_solve")


@dataclasses.dataclass
class Claim:
    """One claim of a linear solve and its certificate."""

    name: str
    statement: str
    certificate: Certificate


def claims(eqn: Any, consts: list[Any] | None, rlimit: int = DEFAULT_RLIMIT,
           wide: tuple[Any, list[Any] | None] | None = None) -> list[Claim]:
    """Prove every claim of the ``custom_linear_solve`` equation ``eqn``.

    Args:
        eqn: the equation; its operands are the constants of each piece, then ``b``.
        consts: the constants' values when the program fixes them, else None (quantified).
        rlimit: Z3's resource limit per query.
        wide: the same equation and constants traced at float64: counterexamples are
            confirmed on them (without it, a model stays unconfirmed, never refuted).
    """
    p = eqn.params
    lengths = [getattr(p["const_lengths"], k) for k in PIECES]
    jaxprs = dict(zip(PIECES, (getattr(p["jaxprs"], k) for k in PIECES), strict=True))
    n_const = sum(lengths)
    ops = eqn.invars
    const_avals = [v.aval for v in ops[:n_const]]
    b_avals = [v.aval for v in ops[n_const:]]
    offsets = np.cumsum([0, *lengths]).tolist()

    def piece(key: str) -> Callable | None:
        closed = jaxprs[key]
        if closed is None:
            return None
        lo, hi = offsets[PIECES.index(key)], offsets[PIECES.index(key) + 1]
        fn = jcore.jaxpr_as_fun(closed)
        fn64 = None if wide is None else jcore.jaxpr_as_fun(getattr(wide[0].params["jaxprs"],
                                                                    key))

        def run(cs: list[Any], *xs: Any) -> list[Any]:
            if any(np.dtype(getattr(x, "dtype", np.float32)) == np.float64
                   for x in jax.tree_util.tree_leaves((cs, xs))):
                if fn64 is None:
                    raise RuntimeError("no float64 trace: the model cannot be confirmed")
                if known and wide[1] is not None:
                    cs = list(wide[1])
                return list(fn64(*cs[lo:hi], *xs))
            return list(fn(*cs[lo:hi], *xs))

        return run

    known = consts is not None
    sig_c = [jax.ShapeDtypeStruct(a.shape, a.dtype) for a in const_avals]
    sig_b = [jax.ShapeDtypeStruct(a.shape, a.dtype) for a in b_avals]
    nb = len(sig_b)
    nd = () if known else tuple(range(len(sig_c)))
    sig = sig_b if known else [*sig_c, *sig_b]

    def split(args: tuple) -> tuple[list[Any], tuple]:
        return (list(consts), args) if known else (list(args[:len(sig_c)]), args[len(sig_c):])

    def bwd_split(args: tuple) -> tuple[list[Any], Any]:
        *cs, _res, g = args
        return (list(consts) if known else cs), g

    out: list[Claim] = []
    mv, vm, sv, ts = (piece(k) for k in PIECES)

    def prove(name: str, statement: str, fun: Callable, fwd: Callable, bwd: Callable) -> None:
        cert = certify_vjp(fun, fwd, bwd, nondiff_argnums=nd, signature=sig, rlimit=rlimit,
                           name=f"{NAME}.{name}")
        out.append(Claim(name, statement, cert))

    # inverse: the identity b -> b, computed by fwd as matvec(solve(b))
    def ident(*a):
        return tuple(split(a)[1])

    def ident_fwd(*a):
        cs, b = split(a)
        return tuple(mv(cs, *sv(cs, *b))), None

    def ident_bwd(*a):
        return tuple(bwd_split(a)[1])

    prove("inverse", "matvec(solve(b)) == b", ident, ident_fwd, ident_bwd)
    if ts is not None:
        def solve_fun(*a):
            cs, b = split(a)
            return tuple(sv(cs, *b))

        def solve_fwd(*a):
            return solve_fun(*a), None

        def solve_bwd(*a):
            cs, g = bwd_split(a)
            return tuple(ts(cs, *g))

        prove("transpose", "transpose_solve is the transpose (VJP) of solve", solve_fun,
              solve_fwd, solve_bwd)
    if vm is not None and len(sig_b) == nb:
        def mv_fun(*a):
            cs, x = split(a)
            return tuple(mv(cs, *x))

        def mv_fwd(*a):
            return mv_fun(*a), None

        def mv_bwd(*a):
            cs, g = bwd_split(a)
            return tuple(vm(cs, *g))

        prove("vecmat", "vecmat is the transpose (VJP) of matvec", mv_fun, mv_fwd, mv_bwd)
    return out


def verdict(found: list[Claim], known: bool) -> tuple[str, str, Certificate | None]:
    """The instance's verdict, its detail and the certificate to show."""
    for c in found:
        cert = c.certificate
        if cert.verdict == "refuted":
            o = next(o for o in cert.obligations if o.verdict == "refuted")
            if known:
                return "refuted", f"claim '{c.statement}' {o.reason}", cert
            return "unproved", (f"claim '{c.statement}' is false for some constants "
                                f"({o.reason}); the program computes them from its inputs, "
                                "so whether its own ones break it is not proved"), cert
    for c in found:
        cert = c.certificate
        if cert.verdict != "proved":
            bad = next((o for o in cert.obligations if o.verdict != "proved"), None)
            why = f": {bad.reason}" if bad is not None and bad.reason else ""
            return cert.verdict, f"claim '{c.statement}' {cert.verdict}{why}", cert
    names = ", ".join(c.name for c in found)
    return "proved", f"claims proved: {names}", found[0].certificate if found else None
