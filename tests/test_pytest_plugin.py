# SPDX-License-Identifier: Apache-2.0
"""`pytest --certjax`: one test item per obligation; a refuted obligation fails its item."""

import importlib.metadata
import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from certjax._cli import main

REPO = Path(__file__).resolve().parents[1]

RULES = '''
import jax.numpy as jnp
import certjax

@certjax.custom_vjp
def cube(x):
    return x * x * x

def cube_fwd(x):
    return cube(x), x

def cube_bwd(x, g):
    return (3.0 * g * x * x,)

cube.defvjp(cube_fwd, cube_bwd)

@certjax.custom_vjp
def square(x):
    return x * x

def square_fwd(x):
    return square(x), x

def square_bwd(x, g):
    return (g * x,)   # wrong: should be 2 g x

square.defvjp(square_fwd, square_bwd)
'''


def test_pytest_certjax_collects_one_item_per_obligation(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "myrules.py").write_text(textwrap.dedent(RULES))
    assert main(["check", "myrules.py", "--update", "--jobs", "1"], stream=io.StringIO()) == 1
    installed = any(e.name == "certjax"
                    for e in importlib.metadata.entry_points(group="pytest11"))
    plugin = [] if installed else ["-p", "certjax._pytest"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-m", "pytest", *plugin, "--certjax", "--certjax-target", "myrules.py",
         "-q", "-p", "no:cacheprovider", "-rf"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 1, out.stdout + out.stderr
    # 'finite' items included; after the refuted vjp, 'defined' and 'finite' are skipped
    assert "1 failed, 5 passed, 2 skipped" in out.stdout, out.stdout
    assert "FAILED ::certjax::myrules.square::vjp" in out.stdout
    assert "false when calling square_bwd(x=" in out.stdout
