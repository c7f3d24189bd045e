# SPDX-License-Identifier: Apache-2.0
"""JAX library functions read as the functions they implement (``certjax/_library.py``).

JAX's own rules of the table's functions prove, rules written on top of them the natural way
prove against the table's derivative, their mutants are refuted with a point JAX confirmed
in float64, and the table's identities themselves agree with finite differences of JAX's
implementations (a wrong identity would let a wrong rule prove).
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import jax.scipy.special as jss
import numpy as np
import pytest
import scipy.special

import certjax
from certjax import _library
from certjax._certify import certify_vjp
from certjax._ir import FACTS, PARTIAL_APPS

S = jax.ShapeDtypeStruct((), np.float32)
V = jax.ShapeDtypeStruct((3,), np.float32)
PUBLIC = {  # the function JAX users call, the table entry its rule is, signature
    "erfcx": (jss.erfcx, "erfcx", [S]), "dawsn": (jss.dawsn, "dawsn", [S]),
    "log_ndtr": (jss.log_ndtr, "log_ndtr", [S]), "expi": (jss.expi, "expi", [S]),
    "exp1": (jss.exp1, "expn", [S]), "sici": (jss.sici, "sici", [S]),
    "owens_t": (jss.owens_t, "owens_t", [S, S]), "erfcx_vector": (jss.erfcx, "erfcx", [V]),
}


@pytest.mark.parametrize("label", sorted(PUBLIC))
def test_jax_rule_of_a_table_function_is_proved_with_its_fact_listed(label):
    fn, entry, sig = PUBLIC[label]
    report = certjax.audit(fn, *sig)
    top = [r for r in report.rows if not r.nested]
    assert top, report.rows
    for row in top:
        assert row.verdict == "proved", (row.name, row.detail)
        assert f"library_{entry}" in row.certificate.trusted_facts


def _rule(f, bwd, **kw):
    return certify_vjp(f, lambda *a: (f(*a), a), lambda res, g: bwd(*res, g), **kw)


SQPI = 2 / np.sqrt(np.pi)
CASES = {  # a rule on top of a table function: primal, correct bwd, wrong bwds
    "erfcx": (lambda x: 3.0 * jss.erfcx(x),
              lambda x, g: (3.0 * g * (2 * x * jss.erfcx(x) - SQPI),),
              [lambda x, g: (3.0 * g * (2 * x * jss.erfcx(x) + SQPI),),
               lambda x, g: (3.0 * g * (x * jss.erfcx(x) - SQPI),)]),
    "dawsn": (jss.dawsn, lambda x, g: (g * (1 - 2 * x * jss.dawsn(x)),),
              [lambda x, g: (g * (1 + 2 * x * jss.dawsn(x)),)]),
    "log_ndtr": (jss.log_ndtr,
                 lambda x, g: (g * jnp.exp(-x * x / 2 - jss.log_ndtr(x)) / np.sqrt(2 * np.pi),),
                 [lambda x, g: (g * jnp.exp(-x * x / 2 + jss.log_ndtr(x)) / np.sqrt(2 * np.pi),)]),
    "expi": (jss.expi, lambda x, g: (g * jnp.exp(x) / x,),
             [lambda x, g: (g * jnp.exp(x) / (x * x),), lambda x, g: (g * jnp.exp(-x) / x,)]),
    # d E_1 = -E_0 (the table knows E_n by its recurrence of derivatives, not E_0's formula)
    "exp1": (jss.exp1, lambda x, g: (-g * jss.expn(0, x),),
             [lambda x, g: (g * jss.expn(0, x),), lambda x, g: (-g * jss.exp1(x),)]),
    "si": (lambda x: jss.sici(x)[0],
           lambda x, g: (g * jnp.where(x == 0, 1.0, jnp.sin(x) / jnp.where(x == 0, 1.0, x)),),
           [lambda x, g: (g * jnp.where(x == 0, 1.0, jnp.cos(x)),)]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rule_on_a_table_function_proved_and_its_mutants_refuted(name):
    f, good, bad = CASES[name]
    cert = _rule(f, good, name=name, signature=[np.float32(0)])
    assert cert.verdict == "proved", [(o.name, o.verdict, o.reason) for o in cert.obligations]
    assert any(x.startswith("library_") for x in cert.trusted_facts)
    for k, wrong in enumerate(bad):
        cert = _rule(f, wrong, name=f"{name}_bad{k}", signature=[np.float32(0)])
        assert cert.verdict == "refuted", (k, [(o.name, o.verdict, o.reason)
                                               for o in cert.obligations])
        ob = next(o for o in cert.obligations if o.verdict == "refuted")
        assert ob.counterexample is not None and "false when calling" in ob.reason


POINTS = {"erfcx": [(-1.3,), (0.2,), (4.0,)], "dawsn": [(-2.0,), (0.3,), (5.0,)],
          "log_ndtr": [(-12.0,), (-1.0,), (2.5,)], "expi": [(-2.0,), (0.4,), (3.0,)],
          "expn": [(1, 0.5), (2, 1.5), (3, 4.0)], "sici": [(-2.0,), (0.7,), (9.0,)],
          "owens_t": [(0.3, 0.5), (-1.2, 2.0), (2.0, -0.7)]}


@pytest.mark.parametrize("name", sorted(_library.LIBRARY))
def test_table_identities_agree_with_finite_differences_of_scipy_in_float64(name):
    entry = _library.LIBRARY[name]
    assert name in POINTS, "every table entry needs points here"
    raw = getattr(scipy.special, name)  # scipy's implementation of the same function
    with jax.enable_x64(True):
        for point in POINTS[name]:
            args = [np.int32(a) if isinstance(a, int) else np.float64(a) for a in point]
            rows = entry.jacobian(*args)
            for k, a in enumerate(args):
                if isinstance(a, np.int32):
                    assert all(row[k] is None for row in rows)
                    continue
                h = 1e-6 * max(1.0, abs(float(a)))

                def at(d, k=k, args=args):
                    moved = [x + d if i == k else x for i, x in enumerate(args)]
                    out = raw(*moved)
                    return np.atleast_1d(np.asarray(out, dtype=np.float64))

                fd = (at(h) - at(-h)) / (2 * h)
                table = np.array([float(row[k]) for row in rows])
                np.testing.assert_allclose(table, fd, rtol=2e-5, atol=1e-8,
                                           err_msg=f"{name} d/d arg {k} at {point}")


def test_table_entries_are_stated_facts_and_partial_apps_are_partial_nodes():
    for name, entry in _library.LIBRARY.items():
        assert FACTS[f"library_{name}"] == entry.statement
        b = certjax._ir.Builder()
        args = [b.var(f"a{i}") for i in range(entry.arity)]
        for k, app in enumerate(entry.apps):
            if entry.domain is not None and entry.domain(b, k, *args):
                assert app in PARTIAL_APPS
                assert b.app(app, *args).partial


def test_expi_rule_undefined_at_zero_like_the_function():
    # Ei(0) = -inf: the table's domain excludes 0, so exp(x) / x, undefined there, proves; a
    # rule undefined where Ei is defined (x = 1) is refuted there
    cert = _rule(jss.expi, lambda x, g: (g * jnp.exp(x) / x,), name="expi_ok",
                 signature=[np.float32(0)])
    assert cert.verdict == "proved"
    cert = _rule(jss.expi, lambda x, g: (g * jnp.exp(x) / x * ((x - 1.0) / (x - 1.0)),),
                 name="expi_hole", signature=[np.float32(0)])
    assert cert.verdict == "refuted"
    assert "x=1" in next(o for o in cert.obligations if o.verdict == "refuted").reason
