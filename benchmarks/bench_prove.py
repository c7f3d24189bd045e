# SPDX-License-Identifier: Apache-2.0
"""Prove every correct rule of the corpus: timings, and the HLO identity check.

For each rule of ``tests/corpus.py`` (``CORRECT``) this prints the certificate's trace,
translate and solve seconds, the end-to-end wall time of ``defvjp``/``defjvp`` through the
drop-in API (proof cache emptied first), and whether the lowered StableHLO of ``jit(f)`` and
``jit(grad(loss))`` equals that of the same rule registered with plain ``jax.custom_vjp`` /
``jax.custom_jvp`` (``as_text(debug_info=False)``: no source locations). Then the medians.
Targets (issue 2): median solver time < 50 ms per rule, end to end < 0.3 s for scalar rules.

Run: ``PYTHONPATH=. python benchmarks/bench_prove.py``
"""

from __future__ import annotations

import pathlib
import statistics
import sys
import time

import jax
import jax.numpy as jnp

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests"))

from corpus import CORRECT, Case  # noqa: E402

import certjax  # noqa: E402
from certjax import _certify  # noqa: E402


def register(case: Case, api):
    f = api.custom_vjp if case.kind == "vjp" else api.custom_jvp
    f = f(case.fun, nondiff_argnums=case.nondiff_argnums)
    kw = {} if api is jax else {"signature": case.signature, "assume": case.assume}
    if case.kind == "vjp":
        f.defvjp(case.fwd, case.bwd, **kw)
    else:
        f.defjvp(case.jvp, **kw)
    return f


def lowered(case: Case, f) -> tuple[str, str]:
    """StableHLO text of jit(f) and of jit(grad(sum of f's outputs)) at the default point."""
    x0 = case.default_point()
    nd = {i: float(x0[i]) for i in case.nondiff_argnums}
    diff = [x for i, x in enumerate(x0) if i not in nd]

    def call(*d):
        it = iter(d)
        return f(*[nd[i] if i in nd else next(it) for i in range(len(x0))])

    def loss(*d):
        return sum(jnp.sum(o) for o in jax.tree_util.tree_leaves(call(*d)))

    grad = jax.grad(loss, argnums=tuple(range(len(diff))))
    return (jax.jit(call).lower(*diff).as_text(debug_info=False),
            jax.jit(grad).lower(*diff).as_text(debug_info=False))


def main() -> None:
    register(CORRECT[0], certjax)  # warm-up: JAX and Z3 first-use costs, not counted
    rows = []
    for case in CORRECT:
        _certify._CACHE.clear()
        t0 = time.perf_counter()
        f = register(case, certjax)
        e2e = time.perf_counter() - t0
        cert = f.certificate
        plain = register(case, jax)
        same = lowered(case, f) == lowered(case, plain)
        scalar = all(len(s.shape) == 0 for s in (case.signature or []))
        rows.append((case.id, cert.verdict, cert.timings, e2e, same, scalar))
    w = max(len(r[0]) for r in rows) + 2
    print(f"{'rule':<{w}}{'verdict':<9}{'trace':>8}{'transl':>8}{'solve':>8}{'e2e':>8}  HLO")
    for rid, verdict, t, e2e, same, _ in rows:
        print(f"{rid:<{w}}{verdict:<9}{t['trace_s']:>8.3f}{t['translate_s']:>8.3f}"
              f"{t['solve_s']:>8.3f}{e2e:>8.3f}  {'identical' if same else 'DIFFERENT'}")

    def med(key, sel=lambda r: True):
        return statistics.median(r[2][key] for r in rows if sel(r))

    scal = [r for r in rows if r[5]]
    print()
    print(f"rules: {len(rows)} ({len(scal)} scalar), proved: "
          f"{sum(r[1] == 'proved' for r in rows)}")
    print(f"median trace {med('trace_s'):.4f} s, translate {med('translate_s'):.4f} s, "
          f"solve {med('solve_s'):.4f} s  (target: solve < 0.050 s)")
    print(f"median solve, scalar rules: {med('solve_s', lambda r: r[5]):.4f} s")
    print(f"median end to end (defvjp/defjvp): all {statistics.median(r[3] for r in rows):.4f} s,"
          f" scalar {statistics.median(r[3] for r in scal):.4f} s  (target: scalar < 0.3 s)")
    print(f"max end to end: {max(r[3] for r in rows):.3f} s ({max(rows, key=lambda r: r[3])[0]})")
    print(f"HLO identical to plain JAX (jit(f) and jit(grad)): "
          f"{sum(r[4] for r in rows)}/{len(rows)}")


if __name__ == "__main__":
    main()
