# SPDX-License-Identifier: Apache-2.0
"""examples/vae.ipynb runs top to bottom under nbmake, headless, with a tiny configuration."""

import os
import re
import shutil
import subprocess
import sys

import nbformat
from conftest import EXAMPLES

TINY = {"VAE_HIDDEN": "32", "VAE_LATENT": "8", "VAE_BATCH": "50", "VAE_EPOCHS": "2",
        "VAE_TRAIN_SIZE": "200", "VAE_TEST_SIZE": "200"}


def test_notebook_runs_headless_under_nbmake(tmp_path):
    """nbmake executes a copy top to bottom (``--overwrite`` keeps its outputs to inspect)."""
    nb_path = tmp_path / "vae.ipynb"
    shutil.copy(EXAMPLES / "vae.ipynb", nb_path)
    env = {**os.environ, **TINY, "VAE_CKPT_DIR": str(tmp_path / "ckpt"),
           "MPLBACKEND": "module://matplotlib_inline.backend_inline",
           "PYTHONPATH": os.pathsep.join(
               [str(EXAMPLES), str(EXAMPLES.parent), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbmake",
         "--overwrite", "--nbmake-timeout=300", "--rootdir", str(tmp_path), str(nb_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "1 passed" in run.stdout
    nb = nbformat.read(nb_path, as_version=4)

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "hidden=32" in text and "finished epochs: 2" in text
    assert re.search(r"bernoulli_neglogpdf\w* \(vjp\): proved", text)
    assert re.search(r"mvn_kl\w* \(vjp\): proved", text)
    # every rule proved at the instance the training step uses it at (the batch shapes)
    assert re.search(r"softplus\w* +\(x: float32\[\d+, \d+\]\): proved, elementwise", text)
    assert re.search(r"mvn_kl\w* +\(\w+: float32\[\d+, \d+\].*\): proved", text)
    # the estimator certificate of the sample, with its obligations and assumptions
    assert "reparam x Normal (estimator): proved" in text
    assert re.search(r"density +proved: exp\(log_prob\(z\)\)", text)
    assert "- pathwise: E_eps[grad_theta" in text
    assert "- sampler: the base sampler jax.random.normal" in text
    assert "vae_adapter" not in text and "TEMPORARY" not in text
    # every verdict proved; the second order (not used to train) and float safety (a verdict
    # of its own, obligation 'finite') are reported, not required
    apart = ("second order:", "finite:", "float safety:")
    verdicts = "\n".join(ln for ln in text.splitlines() if not ln.strip().startswith(apart))
    assert "refuted" not in verdicts and "unproved" not in verdicts
    assert "second order:" in text and "float safety:" in text
    assert "epoch 2/2: 100%" in text  # the progress bar, in its final state
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 5  # digits, ELBO curves, reconstructions, prior samples, latent space
    assert not list(tmp_path.glob("ckpt/*/*.tmp"))
    assert len(list(tmp_path.glob("ckpt/*/epoch-*.npz"))) == 2
