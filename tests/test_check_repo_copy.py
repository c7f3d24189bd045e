# SPDX-License-Identifier: Apache-2.0
"""Issue 4's acceptance, in a temporary copy of the repository: `certjax check` catches a
wrong rule (with a confirmed counterexample), a stale certificate and a tampered one."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jax
import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
TARGET = "certjax.rules.elementwise"  # one family keeps each run to a few seconds


@pytest.fixture
def repo(tmp_path):
    dst = tmp_path / "repo"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "certjax", dst / "certjax", ignore=ignore)
    shutil.copytree(REPO / "proofs", dst / "proofs")
    shutil.copy(REPO / "pyproject.toml", dst / "pyproject.toml")
    os.symlink("certjax/rules", dst / "rules")
    return dst


def check(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(repo)}
    return subprocess.run(
        [sys.executable, "-m", "certjax", "check", TARGET, "--jobs", "2", *args],
        cwd=repo, env=env, capture_output=True, text=True, timeout=300,
    )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert text.count(old) == 1, f"{old!r} not found once in {path}"
    path.write_text(text.replace(old, new))


def test_clean_copy_exits_0(repo):
    out = check(repo)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "8 rules, 32 obligations: 8 proved and up to date, 0 failing" in out.stdout


def test_flipped_sign_exits_1_with_confirmed_counterexample(repo):
    rules = repo / "certjax" / "rules" / "elementwise.py"
    edit(rules, "return (g * jax.nn.sigmoid(x),)", "return (g * jax.nn.sigmoid(-x),)")
    out = check(repo)
    assert out.returncode == 1, out.stdout + out.stderr
    line = re.search(
        r"^(\S+elementwise\.py):(\d+): error: elementwise\.softplus: obligation 'vjp' "
        r"false when calling softplus_bwd\(x=(\S+), g=(\S+)\)$", out.stdout, re.M)
    assert line, out.stdout
    src_line = rules.read_text().splitlines()[int(line.group(2)) - 1]
    assert "def softplus_bwd" in src_line
    # the counterexample is real: JAX in float64 confirms the rule is wrong there
    x, g = float(line.group(3)), float(line.group(4))
    with jax.enable_x64(True):
        wrong = g * jax.nn.sigmoid(-np.float64(x))
        right = g * jax.grad(lambda t: jax.numpy.logaddexp(t, 0.0))(np.float64(x))
    assert abs(float(wrong) - float(right)) > 1e-6
    rows = re.findall(r"^(elementwise\.\w+)\s+vjp\s+(\w+)\s+\S+\s+(\w+)", out.stdout, re.M)
    assert ("elementwise.softplus", "refuted", "refuted") in rows
    others = [r for r in rows if r[0] != "elementwise.softplus"]
    assert len(others) == 7 and all(r[1:] == ("proved", "ok") for r in others)


def test_edited_rule_without_update_is_stale(repo):
    rules = repo / "certjax" / "rules" / "elementwise.py"
    edit(rules, "return (g * y,)", "return (y * g,)")  # still right, another jaxpr
    out = check(repo)
    assert out.returncode == 1, out.stdout + out.stderr
    assert re.search(r"elementwise\.py:\d+: error: elementwise\.exp: certificate is stale",
                     out.stdout), out.stdout
    assert "run `certjax check --update`" in out.stdout
    upd = check(repo, "--update")  # rewrites exp's certificates, proves everything again
    assert upd.returncode == 0, upd.stdout
    assert "8 proved and up to date" in upd.stdout


@pytest.mark.parametrize("rehash", [False, True])
def test_hand_edited_verdict_is_tampered(repo, rehash):
    path = repo / "proofs" / "elementwise" / "log.vjp.json"
    doc = json.loads(path.read_text())
    doc["verdict"] = "unproved"
    if rehash:  # a careful forger recomputes the hash: the fresh proof still disagrees
        from certjax._store import content_hash

        doc["sha256"] = content_hash(doc, path.with_suffix(".smt2").read_text())
    path.write_text(json.dumps(doc, indent=1, sort_keys=True))
    out = check(repo)
    assert out.returncode == 1, out.stdout + out.stderr
    assert re.search(r"error: elementwise\.log: .*(edited by hand|re-proving gives)",
                     out.stdout), out.stdout
    assert re.search(r"^elementwise\.log\s+vjp\s+proved\s+\S+\s+tampered", out.stdout, re.M)


def test_missing_certificate_and_orphan_exit_1(repo):
    (repo / "proofs" / "elementwise" / "sqrt.defined.json").unlink()
    shutil.copy(repo / "proofs" / "elementwise" / "exp.fwd.json",
                repo / "proofs" / "elementwise" / "gone.fwd.json")
    out = check(repo)
    assert out.returncode == 1
    assert "elementwise.sqrt: certificate missing" in out.stdout
    assert "gone.fwd.json: error: certificate of a rule that no longer exists" in out.stdout
