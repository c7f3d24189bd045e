# SPDX-License-Identifier: Apache-2.0
"""`certjax check` as a unit: help, misuse, and a user module with VJP and JVP rules."""

import io
import json
import textwrap

import pytest

from certjax._cli import main

USER_RULES = '''
import jax, jax.numpy as jnp
import certjax

@certjax.custom_jvp
def log1pexp(x):
    return jnp.log1p(jnp.exp(x))

@log1pexp.defjvp
def log1pexp_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    return log1pexp(x), t * jax.nn.sigmoid({sign}x)

@certjax.custom_vjp
def cube(x):
    return x * x * x

def cube_fwd(x):
    return cube(x), x

def cube_bwd(x, g):
    return (3.0 * g * x * x,)

cube.defvjp(cube_fwd, cube_bwd)
'''


def run(*argv):
    out = io.StringIO()
    return main(list(argv), stream=out), out.getvalue()


def test_help_documents_exit_codes():
    code, text = run()
    assert code == 2 and "check" in text
    code, text = run("check", "--help")
    assert code == 0
    for line in ("0  every rule proved", "1  a rule is refuted or unproved", "2  misuse",
                 "--update", "--json", "--solver {z3,cvc5}"):
        assert line in text


@pytest.mark.parametrize("argv", [
    ["check", "no_such_module_xyz"], ["check", "--jobs", "0"], ["check", "--bogus"],
    ["frobnicate"],
])
def test_misuse_exits_2(argv):
    code, text = run(*argv)
    assert code == 2 and ("error" in text or "usage" in text)


def test_user_module_missing_then_updated_then_ok(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "myrules.py").write_text(textwrap.dedent(USER_RULES.format(sign="")))
    code, text = run("check", "myrules.py", "--jobs", "1")
    assert code == 1 and "myrules.log1pexp: certificate missing" in text
    code, text = run("check", "myrules.py", "--jobs", "1", "--update")
    assert code == 0, text
    assert sorted(p.name for p in (tmp_path / "proofs" / "myrules").glob("*.json")) == [
        "cube.defined.json", "cube.finite.json", "cube.fwd.json", "cube.vjp.json",
        "log1pexp.defined.json", "log1pexp.finite.json", "log1pexp.jvp.json",
        "log1pexp.primal.json",
    ]
    code, text = run("check", "myrules.py", "--jobs", "1", "--json")
    report = json.loads(text)
    assert code == 0 and report["exit_code"] == 0
    kinds = {r["rule_id"]: (r["kind"], r["status"]) for r in report["rules"]}
    assert kinds == {"myrules.log1pexp": ("jvp", "ok"), "myrules.cube": ("vjp", "ok")}


def test_user_module_wrong_jvp_rule_is_refuted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "badrules.py").write_text(textwrap.dedent(USER_RULES.format(sign="-")))
    code, text = run("check", "badrules.py", "--jobs", "1", "--update")
    assert code == 1
    assert "error: badrules.log1pexp: obligation 'jvp' false when calling log1pexp_jvp(x=" in text
    assert "badrules.cube" in text and "1 failing" in text
