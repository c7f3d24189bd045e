# SPDX-License-Identifier: Apache-2.0
"""How many corpus mutants does ``jax.test_util.check_grads`` miss, and how many does certjax?

For every mutant of ``tests/corpus.py``, the rule is installed with plain ``jax.custom_vjp`` /
``jax.custom_jvp`` and checked with ``check_grads(f, x0, order=1, modes=["rev"])`` at the
case's fixed default point ``x0`` (0.5 for every argument unless the domain needs another
point), once in float32 (what a user would run) and once in float64; then certjax certifies
the same rule. A mutant is *missed* when the check passes. The correct rules are checked too
(a check that fails on them is a false alarm).

Run: ``PYTHONPATH=. python benchmarks/check_grads_vs_certjax.py``
"""

from __future__ import annotations

import pathlib
import sys
import time

import jax
import numpy as np
from jax.test_util import check_grads

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests"))

from corpus import CORRECT, MUTANTS, Case  # noqa: E402

import certjax  # noqa: E402


def plain_jax(case: Case):
    """The rule installed with JAX's own decorators, nondiff arguments bound statically."""
    x0 = case.default_point()
    if case.kind == "vjp":
        f = jax.custom_vjp(case.fun, nondiff_argnums=case.nondiff_argnums)
        f.defvjp(case.fwd, case.bwd)
    else:
        f = jax.custom_jvp(case.fun, nondiff_argnums=case.nondiff_argnums)
        f.defjvp(case.jvp)
    nd = {i: float(x0[i]) for i in case.nondiff_argnums}
    diff = [x for i, x in enumerate(x0) if i not in nd]
    n = len(x0)

    def g(*d):
        it = iter(d)
        return f(*[nd[i] if i in nd else next(it) for i in range(n)])

    return g, diff


def check_grads_passes(case: Case, dtype) -> bool:
    f, args = plain_jax(case)
    args = tuple(np.asarray(a, dtype) for a in args)
    try:
        check_grads(f, args, order=1, modes=["rev"])
    except AssertionError:
        return False
    return True


def certjax_verdict(case: Case) -> str:
    if case.kind == "vjp":
        cert = certjax.certify_vjp(case.fun, case.fwd, case.bwd,
                                   nondiff_argnums=case.nondiff_argnums,
                                   signature=case.signature, assume=case.assume, name=case.id)
    else:
        cert = certjax.certify_jvp(case.fun, case.jvp, nondiff_argnums=case.nondiff_argnums,
                                   signature=case.signature, assume=case.assume, name=case.id)
    return cert.verdict


def main() -> None:
    t0 = time.perf_counter()
    rows = []
    for case in MUTANTS:
        p32 = check_grads_passes(case, np.float32)
        with jax.enable_x64(True):
            p64 = check_grads_passes(case, np.float64)
        rows.append((case.id, case.breaks, p32, p64, certjax_verdict(case)))
    false_alarms = []
    for case in CORRECT:
        p32 = check_grads_passes(case, np.float32)
        with jax.enable_x64(True):
            p64 = check_grads_passes(case, np.float64)
        if not (p32 and p64):
            false_alarms.append(case.id)
    w = max(len(r[0]) for r in rows) + 2
    print(f"{'mutant':<{w}}{'breaks':<9}{'check_grads f32':<17}{'check_grads f64':<17}certjax")
    for mid, breaks, p32, p64, v in rows:
        s32 = "MISSED" if p32 else "caught"
        s64 = "MISSED" if p64 else "caught"
        print(f"{mid:<{w}}{breaks:<9}{s32:<17}{s64:<17}{v}")
    n = len(rows)
    m32 = sum(r[2] for r in rows)
    m64 = sum(r[3] for r in rows)
    caught = sum(r[4] == "refuted" for r in rows)
    print()
    print(f"mutants: {n}")
    print(f"check_grads(order=1, modes=['rev']) at the default point, float32: "
          f"missed {m32}/{n} ({100 * m32 / n:.0f}%)")
    print(f"check_grads(order=1, modes=['rev']) at the default point, float64: "
          f"missed {m64}/{n} ({100 * m64 / n:.0f}%)")
    print(f"certjax: refuted {caught}/{n}, missed {n - caught}")
    print(f"correct rules: {len(CORRECT)}; check_grads false alarms: {len(false_alarms)} "
          f"{false_alarms if false_alarms else ''}")
    print(f"({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
