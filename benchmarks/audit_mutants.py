# SPDX-License-Identifier: Apache-2.0
"""Are the survey's "proved" verdicts meaningful? Mutate each proved JAX rule and re-audit.

For every distinct (rule, shapes) the survey proves, the rule's tangent output ``t_out`` is
replaced by ``1.01 * t_out + 0.01 * sum(tangents in)`` (a 1 % error that is non-zero even
where the true derivative is 0, as in ``_sinc_maclaurin``); the mutant must come back
**refuted** with a float64-confirmed counterexample.

Run: ``PYTHONPATH=. python benchmarks/audit_mutants.py`` (one line per rule, then the count;
exit 1 if a mutant is not refuted).
"""

from __future__ import annotations

import sys
import time

import jax

from certjax import _audit, _survey
from certjax._audit_cli import parse_signature
from certjax._certify import certify_jvp
from certjax._discover import find_rules, resolve, rule_functions


def mutant_verdict(fn, sig, index):
    """Audit the ``index``-th rule of ``fn`` with its tangent output perturbed."""
    args = parse_signature(sig)
    found = find_rules(jax.make_jaxpr(fn)(*args))
    wide = _audit._float64_twins(fn, found, args, {})
    f32, f64 = found[index], wide[index]
    resolve(f32)
    fns = rule_functions(f32, f64)

    def jvp(*a):
        out, tan = fns["jvp"](*a)
        shift = 0.01 * sum(jax.numpy.sum(t) for t in a[-1])
        return out, tuple(t * 1.01 + shift for t in tan)

    cert = certify_jvp(fns["primal"], jvp, nondiff_argnums=f32.nondiff, signature=f32.shapes,
                       name=f32.name + "_mutant")
    return cert


def main() -> int:
    seen, failures = set(), 0
    t0 = time.perf_counter()
    for _label, fn, sigs, rlimit in _survey._entries():
        kw = {"rlimit": rlimit} if rlimit else {}
        for sig in sigs:
            try:
                rows = _audit.audit(fn, *parse_signature(sig), **kw).rows
            except Exception:  # noqa: BLE001 - functions that do not trace are in the doc
                continue
            for i, r in enumerate(rows):
                key = (r.name, r.source, r.shapes)
                if r.verdict != "proved" or r.kind != "jvp" or key in seen:
                    continue
                seen.add(key)
                cert = mutant_verdict(fn, sig, i)
                bad = [o for o in cert.obligations if o.verdict == "refuted"]
                ok = cert.verdict == "refuted"
                failures += not ok
                print(f"{r.name:<24} {r.shapes:<26} mutant: {cert.verdict:<9} "
                      + (bad[0].reason if bad else ""), flush=True)
    print(f"{len(seen)} proved rules mutated, {len(seen) - failures} mutants refuted, "
          f"{time.perf_counter() - t0:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
