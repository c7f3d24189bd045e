# SPDX-License-Identifier: Apache-2.0
"""`certjax audit MODULE:FUNCTION`: table, exit codes, signature parsing."""

import io
import textwrap

import jax
import numpy as np
import pytest

from certjax._audit_cli import parse_signature
from certjax._cli import main


def _run(*argv):
    out = io.StringIO()
    code = main(list(argv), stream=out)
    return code, out.getvalue()


def test_cli_audit_prints_the_table_and_exits_0_when_all_proved():
    code, text = _run("audit", "jax.nn:relu", "--sig", "f32[2]")
    assert code == 0, text
    assert "relu" in text and "proved" in text and "float32[2]" in text


def test_cli_audit_exits_1_on_a_rule_that_is_not_float_safe():
    # JAX's own xlogy JVP: x_dot * log(y) is NaN at x = 0, y < 0, where xlogy is 0
    code, text = _run("audit", "jax.scipy.special:xlogy", "--sig", "f32[2],f32[2]")
    assert code == 1
    assert "xlogy" in text and "UNSAFE" in text and "-> nan (float32)" in text


def test_cli_audit_exits_1_on_a_wrong_rule(tmp_path, monkeypatch):
    (tmp_path / "wrong_loss.py").write_text(textwrap.dedent("""
        import jax, jax.numpy as jnp

        @jax.custom_jvp
        def cube(x):
            return x ** 3

        @cube.defjvp
        def cube_jvp(primals, tangents):
            (x,), (t,) = primals, tangents
            return cube(x), 2 * x ** 2 * t   # should be 3 x**2

        def loss(x):
            return jnp.sum(cube(x))
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    code, text = _run("audit", "wrong_loss:loss", "--markdown")
    assert code == 1
    assert "| cube | jvp | refuted |" in text and "cube_jvp(" in text


@pytest.mark.parametrize("argv", [
    ["audit", "jax.nn:no_such_function"],
    ["audit", "jax.nn.softplus"],
    ["audit", "jax.nn:softplus", "--sig", "float[3]"],
    ["audit"],
])
def test_cli_audit_usage_errors_exit_2(argv):
    code, text = _run(*argv)
    assert code == 2 and text


def test_parse_signature_reads_shapes_and_dtypes():
    got = parse_signature(" f32[] , i32[2, 3],bool[1]")
    assert [(s.shape, np.dtype(s.dtype)) for s in got] == [
        ((), np.float32), ((2, 3), np.int32), ((1,), np.bool_)]
    assert parse_signature("bf16[4]")[0].dtype == jax.numpy.bfloat16
    with pytest.raises(ValueError, match="DTYPE"):
        parse_signature("f32[3")
