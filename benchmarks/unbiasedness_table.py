# SPDX-License-Identifier: Apache-2.0
"""Unbiasedness table: every estimator x distribution pair of ``tests/stochastic/test_unbiased.py``.

For each pair and each gradient component this prints the exact gradient (closed form from the
mean and variance, or a finite sum), the Monte-Carlo mean of ``cj.grad`` over N = 2000
independent keys (fixed seed), its standard error, and ``|mean - exact| / SE`` (the test asks
for <= 4). The pairs, objectives and seeds are the test's own (imported from it), so the table
shows the numbers the test checks. The negative control (a baseline that depends on the
sample, forced past certification) follows, then second-order rows: the Hessian of ``E[f]``
estimated by ``jax.jacfwd(cj.grad(f))`` over 20,000 keys (cases of
``tests/stochastic/test_higher_order.py``).

Run: ``PYTHONPATH=. python benchmarks/unbiasedness_table.py [--out FILE]``
"""

from __future__ import annotations

import argparse
import importlib.util
import pathlib
import sys
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _load_test_module():
    path = ROOT / "tests" / "stochastic" / "test_unbiased.py"
    spec = importlib.util.spec_from_file_location("_test_unbiased", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _fmt_row(est, dist, comp, ex, mean, se) -> str:
    d = abs(mean - ex)
    if se > 0:
        z, flag = f"{d / se:>8.2f}", "ok" if d <= 4 * se + 1e-6 else "BIASED?"
    else:  # enumeration: no noise, the estimate is the exact gradient up to float rounding
        exact = d <= 1e-6 * max(1.0, abs(ex))  # (float32 rounding, relative)
        z, flag = f"{'-':>8}", f"exact (|d| = {d:.1e})" if exact else "BIASED?"
    return (f"{est:<22} {dist:<18} {comp:<10} {ex:>10.4f} {mean:>10.4f} {se:>8.4f} "
            f"{z}  {flag}")


def _rows(est, dist, rows):
    out = []
    for name, ex, mean, se in rows:
        ex, mean, se = (np.atleast_1d(np.asarray(a, np.float64)) for a in (ex, mean, se))
        for i in range(ex.size):
            comp = name if ex.size == 1 else f"{name}[{i}]"
            out.append(_fmt_row(est, dist, comp, ex[i], mean[i], se[i]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=pathlib.Path, default=None, help="also write the table here")
    args = ap.parse_args(argv)
    t = _load_test_module()
    head = (f"{'estimator':<22} {'distribution':<18} {'param':<10} {'exact':>10} "
            f"{'MC mean':>10} {'SE':>8} {'|d|/SE':>8}  check")
    lines = [f"Unbiasedness of cj.grad, N = {t.N} keys per pair (seed 1234), bound "
             f"{t.SIGMAS:g} SE", "", head, "-" * len(head)]
    t0 = time.perf_counter()
    n_pairs = n_ok = 0
    for dname, ename in t.cases():
        ok, rows = t.run_case(dname, ename)
        n_pairs += 1
        n_ok += ok
        lines += _rows(ename, dname, rows)
        print(lines[-1], file=sys.stderr)
    lines += ["-" * len(head), f"{n_ok}/{n_pairs} pairs within {t.SIGMAS:g} SE "
              f"({time.perf_counter() - t0:.1f} s)", ""]
    lines.append("Negative control: score with baseline = z on BernoulliLogits "
                 "(refused by certification; forced here to show the check has power)")
    lines += _negative_control(t)
    second, n2, ok2 = _second_order()
    lines += ["", "Second order: jax.jacfwd(cj.grad(f)) (DiCE surrogate), N = 20000 keys, "
              "exact Hessian of E[f]", head, "-" * len(head), *second,
              f"{ok2}/{n2} second-order cases within 4 SE"]
    n_pairs, n_ok = n_pairs + n2, n_ok + ok2
    lines += ["", "Second-order certificates of every pair (Z3):", *_second_order_certificates()]
    text = "\n".join(lines)
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n")
    return 0 if n_ok == n_pairs else 1


def _negative_control(t) -> list[str]:
    import jax
    import jax.numpy as jnp

    import certjax as cj
    from certjax import distributions as cjd
    from certjax import estimators as cje
    from certjax.stochastic import _registry, _sample

    biased = cje.score(baseline=lambda z: z)
    key = (cjd.BernoulliLogits, biased.cert_key())
    _registry._CERTS[key] = _registry.certificate(cjd.BernoulliLogits, cje.score())
    check = _sample.check_baseline
    _sample.check_baseline = lambda *a: None  # the instance proof would refuse it too
    try:
        params = {"logits": jnp.float32(0.4)}

        def objective(p, k):
            return t.cost_disc(cj.sample(k, cjd.Bernoulli(logits=p["logits"]), estimator=biased))

        def expected(p):
            q = jax.nn.sigmoid(p["logits"])
            return (1 - q) * t.cost_disc(0.0) + q * t.cost_disc(1.0)

        ok, rows = t.within(t.mc_grads(objective, params, 1), jax.grad(expected)(params))
        return _rows("score[b=z]", "BernoulliLogits", rows) + [
            f"negative control {'NOT detected' if ok else 'detected (outside 4 SE)'}"]
    finally:
        _registry._CERTS.pop(key, None)
        _sample.check_baseline = check


def _second_order_certificates() -> list[str]:
    """Every registered pair: its second-order obligations (the second-order score identity,
    ``certjax/stochastic/_second_order.py``) and their verdict."""
    from certjax.rules import estimators
    from certjax.stochastic._second_order import PREFIX, second_order_proved

    out = [f"{'pair':<44} {'2nd-order obligations':>22}  verdict"]
    for name, rule in sorted(estimators.make_registrations().items()):
        cert = rule.certificate
        obs = [o for o in cert.obligations if o.name.startswith(PREFIX)]
        verdict = ("proved" if second_order_proved(cert) else
                   "assumed (pathwise)" if rule.est.kind == "reparam" else "first order only")
        out.append(f"{name:<44} {len(obs):>22}  {verdict}")
    return out


def _second_order() -> tuple[list[str], int, int]:
    """Hessians of E[f] via jax.jacfwd(cj.grad(f)), the cases of test_higher_order.py."""
    import jax
    import jax.numpy as jnp

    import certjax as cj
    from certjax import distributions as cjd
    from certjax import estimators as cje

    path = ROOT / "tests" / "stochastic" / "test_higher_order.py"
    spec = importlib.util.spec_from_file_location("_test_higher_order", path)
    h = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(h)
    out, n, n_ok = [], 0, 0
    theta = jnp.float32(0.4)
    exact_b = jax.hessian(lambda t: h.bern_exact(t, h.cost_b))(theta)
    for name, est, k in [("score", "score", 1), ("score[b=0.8]", cje.score(baseline=0.8), 1),
                         ("loo(n=4)", cje.loo(), 4), ("enumerate", "enumerate", 1)]:
        def f(t, key, est=est):
            return h.cost_b(cj.sample(key, cjd.Bernoulli(logits=t), estimator=est), t)

        ok, (mean, se, ex) = h.within(h.hessian_mc(f, theta, num_samples=k), exact_b)
        n, n_ok = n + 1, n_ok + ok
        out += _rows(name, "BernoulliLogits", [("d2/dl2", ex, mean, se)])
    for est in ("score", "reparam"):
        def g(t, key, est=est):
            return cj.sample(key, cjd.Normal(t[0], jnp.exp(t[1])), estimator=est) ** 3

        t2 = jnp.array([0.3, -0.2])
        ex = jax.hessian(lambda t: t[0] ** 3 + 3 * t[0] * jnp.exp(t[1]) ** 2)(t2)
        ok, (mean, se, ex) = h.within(h.hessian_mc(g, t2), ex)
        n, n_ok = n + 1, n_ok + ok
        out += _rows(est, "Normal z^3", [("H(mu,s)", ex, mean, se)])
    return out, n, n_ok


if __name__ == "__main__":
    sys.exit(main())
