# SPDX-License-Identifier: Apache-2.0
import math
import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest
import vae_lib
import vae_train

CFG = vae_lib.Config(hidden=16, latent=4, batch_size=20, epochs=2, train_size=60, test_size=40)


@pytest.fixture(scope="module")
def compiled():
    """One jitted step and evaluation shared by the tests (compiling is the slow part)."""
    return vae_lib.make_train_step(CFG), vae_lib.make_eval()


def _fit(mnist, compiled, ckpt_dir, **kw):
    step, evaluate = compiled
    kw.setdefault("step", step)
    return vae_train.fit(CFG, mnist, ckpt_dir=ckpt_dir, evaluate=evaluate, progress=False, **kw)


def test_fit_writes_a_checkpoint_per_epoch_and_a_history(mnist, compiled, tmp_path):
    state = _fit(mnist, compiled, tmp_path)
    assert state.epoch == 2
    assert len(state.history["train_elbo"]) == len(state.history["test_elbo"]) == 2
    assert all(math.isfinite(v) and v < 0 for v in state.history["test_elbo"])
    found = sorted(p.name for p in (tmp_path / CFG.model_tag()).iterdir())
    assert found == ["epoch-0001.npz", "epoch-0002.npz"]
    with np.load(tmp_path / CFG.model_tag() / "epoch-0002.npz", allow_pickle=False) as z:
        assert int(z["epoch"]) == 2


def test_resume_after_interrupt_gives_the_uninterrupted_run(mnist, compiled, tmp_path):
    straight = _fit(mnist, compiled, tmp_path / "a")

    def interrupt(epoch, step, loss):
        if epoch == 1 and step == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _fit(mnist, compiled, tmp_path / "b", on_step=interrupt)
    ckpts = sorted(p.name for p in (tmp_path / "b" / CFG.model_tag()).iterdir())
    assert ckpts == ["epoch-0001.npz"]  # the finished epoch survived, nothing half-written

    resumed = _fit(mnist, compiled, tmp_path / "b")
    assert resumed.epoch == 2
    np.testing.assert_allclose(resumed.history["train_elbo"], straight.history["train_elbo"],
                               rtol=1e-6)
    np.testing.assert_allclose(resumed.history["test_elbo"], straight.history["test_elbo"],
                               rtol=1e-6)
    for a, b in zip(jax.tree_util.tree_leaves((resumed.params, resumed.opt_state)),
                    jax.tree_util.tree_leaves((straight.params, straight.opt_state)),
                    strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-7)


def test_finished_run_is_not_trained_again(mnist, compiled, tmp_path):
    _fit(mnist, compiled, tmp_path)
    calls = []
    again = _fit(mnist, compiled, tmp_path, on_step=lambda *a: calls.append(a))
    assert again.epoch == 2 and calls == []


def test_nan_loss_stops_training_and_keeps_finished_epochs(mnist, compiled, tmp_path):
    step, _ = compiled

    def poisoned(params, opt_state, key, images):
        # a real NaN through the real loss: one weight becomes NaN in epoch 2, step 2
        poisoned.calls += 1
        if poisoned.calls == 3 + 2:
            params = dict(params, dec_out=dict(params["dec_out"],
                                               b=params["dec_out"]["b"].at[0].set(jnp.nan)))
        return step(params, opt_state, key, images)

    poisoned.calls = 0
    with pytest.raises(vae_train.NonFiniteLoss, match=r"loss is nan at epoch 2, step 2 \(of 3\)"):
        _fit(mnist, compiled, tmp_path, step=poisoned)
    found = sorted(p.name for p in (tmp_path / CFG.model_tag()).iterdir())
    assert found == ["epoch-0001.npz"]


def test_checkpoint_of_another_model_is_refused(mnist, compiled, tmp_path):
    state = _fit(mnist, compiled, tmp_path)
    path = vae_train.latest_checkpoint(tmp_path / CFG.model_tag())
    other = jax.tree_util.tree_map(lambda w: w[..., :1], state.params)  # a narrower model
    with pytest.raises(ValueError, match="does not match this model"):
        vae_train.load_checkpoint(path, other, state.opt_state)


def test_data_mesh_uses_devices_that_divide_the_batch():
    mesh = vae_train.data_mesh(250)
    assert mesh.axis_names == ("batch",) and 250 % mesh.devices.size == 0


def test_command_line_trains_from_scratch_and_prints_the_test_elbo(capsys, tmp_path):
    argv = ["--epochs", "1", "--train-size", "40", "--test-size", "20", "--hidden", "16",
            "--latent", "4", "--batch", "20", "--no-progress"]
    assert vae_train.main(argv) == 0
    out = capsys.readouterr().out
    assert "hidden=16" in out and "reparam x Normal proved" in out
    assert re.search(r"test ELBO after 1 epoch\(s\) \(20 test images\): -\d+\.\d\d nats", out)
    # with --ckpt-dir the run is kept and a second call resumes it instead of retraining
    assert vae_train.main([*argv, "--ckpt-dir", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("*/epoch-0001.npz"))) == 1
    assert vae_train.main([*argv[:-1], "--ckpt-dir", str(tmp_path)]) == 0  # with progress
    out = capsys.readouterr().out
    assert "resumed from" in out and "test ELBO after 1 epoch(s)" in out
