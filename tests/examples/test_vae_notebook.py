# SPDX-License-Identifier: Apache-2.0
"""examples/vae.ipynb runs top to bottom, headless, with a tiny configuration."""

import os
import re

import pytest
import run_notebook
from conftest import EXAMPLES

TINY = {"VAE_HIDDEN": "32", "VAE_LATENT": "8", "VAE_BATCH": "50", "VAE_EPOCHS": "2",
        "VAE_TRAIN_SIZE": "200", "VAE_TEST_SIZE": "200"}


# jupyter's own deprecations in the client (this process), not in certjax or the notebook
@pytest.mark.filterwarnings("ignore::DeprecationWarning:jupyter_core.*")
@pytest.mark.filterwarnings("ignore::DeprecationWarning:zmq.*")
def test_notebook_runs_headless(monkeypatch, tmp_path):
    for k, v in TINY.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("VAE_CKPT_DIR", str(tmp_path / "ckpt"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(EXAMPLES), str(EXAMPLES.parent), os.environ.get("PYTHONPATH", "")]))
    nb = run_notebook.execute(EXAMPLES / "vae.ipynb", timeout=300)  # in memory, not saved

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "hidden=32" in text and "finished epochs: 2" in text
    assert re.search(r"bernoulli_neglogpdf\w* \(vjp\): proved", text)
    assert re.search(r"mvn_kl\w* \(vjp\): proved", text)
    # the estimator certificate of the sample, with its obligations and assumptions
    assert "reparam x Normal (estimator): proved" in text
    assert re.search(r"density +proved: exp\(log_prob\(z\)\)", text)
    assert "- pathwise: E_eps[grad_theta" in text and "- sampler: jax.random.normal" in text
    assert "vae_adapter" not in text and "TEMPORARY" not in text
    assert "refuted" not in text and "unproved" not in text
    assert "epoch 2/2: 100%" in text  # the progress bar, in its final state
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 5  # digits, ELBO curves, reconstructions, prior samples, latent space
    assert not list(tmp_path.glob("ckpt/*/*.tmp"))
    assert len(list(tmp_path.glob("ckpt/*/epoch-*.npz"))) == 2
