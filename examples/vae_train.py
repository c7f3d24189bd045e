# SPDX-License-Identifier: Apache-2.0
"""Training loop of the VAE example: data-parallel steps, checkpoints, resume, NaN stop.

* **Data parallel.** The jitted step of :func:`vae_lib.make_train_step` runs unchanged on a
  :class:`jax.sharding.Mesh` over the batch axis: parameters and optimizer state are
  replicated, each batch is split across the devices, and XLA inserts the all-reduce of the
  gradients (GSPMD). On one device the mesh has one device.
* **Checkpoints.** After every finished epoch, ``<dir>/<model tag>/epoch-NNNN.npz`` holds the
  parameters, the optimizer state, the number of finished epochs, the run's key and the ELBO
  history (numpy ``.npz``, loaded with ``allow_pickle=False``; written to a temporary file and
  renamed, so an interruption never leaves a half-written checkpoint). :func:`fit` resumes from
  the newest one. Data order and noise are functions of (seed, epoch, step), so a resumed run
  continues exactly as if it had never stopped.
* **NaN stop.** A non-finite loss raises :class:`NonFiniteLoss` at once, naming the epoch and
  step; the checkpoints of the finished epochs are kept.

Command line (trains from scratch in a temporary checkpoint folder unless ``--ckpt-dir`` is
given, and prints the test ELBO; the ``VAE_*`` variables set the defaults)::

    python examples/vae_train.py --epochs 1 --train-size 10000 --test-size 2000
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import jax
import numpy as np
import vae_data
import vae_lib
from jax.sharding import NamedSharding
from jax.sharding import PartitionSpec as P
from tqdm import tqdm

MSG_NAN = """\
The training loss is {value} at epoch {epoch}, step {step} (of {steps}): training stopped.
The checkpoints of the {done} finished epoch(s) are kept in {ckpt_dir}; this epoch's updates
are not saved. Common causes: a learning rate too high for the model (VAE_LR), inputs outside
[0, 1], or a variance parameterization that overflows (sigma = sqrt(exp(u)) with large u)."""


class NonFiniteLoss(FloatingPointError):
    """The loss became NaN or infinite during training."""


class TrainState(NamedTuple):
    params: Any
    opt_state: Any
    epoch: int  # number of finished epochs
    history: dict[str, list[float]]  # per finished epoch: train_elbo, test_elbo, seconds


# -- devices ------------------------------------------------------------------------------------
def data_mesh(batch_size: int, devices: list | None = None) -> jax.sharding.Mesh:
    """A 1-D mesh named ``"batch"`` over as many devices as evenly divide ``batch_size``.

    Example:
        >>> data_mesh(250).axis_names
        ('batch',)
    """
    devices = list(jax.devices() if devices is None else devices)
    n = max(d for d in range(1, len(devices) + 1) if batch_size % d == 0)
    return jax.make_mesh((n,), ("batch",), (jax.sharding.AxisType.Auto,), devices=devices[:n])


def replicate(tree: Any, mesh: jax.sharding.Mesh) -> Any:
    return jax.device_put(tree, NamedSharding(mesh, P()))


def shard_batch(x: Any, mesh: jax.sharding.Mesh) -> jax.Array:
    """Split the leading (batch) axis of ``x`` over the mesh (replicated if it does not divide)."""
    n = mesh.devices.size
    spec = P("batch") if np.shape(x)[0] % n == 0 else P()
    return jax.device_put(x, NamedSharding(mesh, spec))


# -- checkpoints ----------------------------------------------------------------------------------
def _flat(tree: Any, prefix: str) -> dict[str, np.ndarray]:
    leaves = jax.tree_util.tree_leaves(tree)
    return {f"{prefix}/{i:03d}": np.asarray(x) for i, x in enumerate(leaves)}


def save_checkpoint(ckpt_dir: Path, state: TrainState, key: jax.Array, cfg: vae_lib.Config,
                    keep: int = 2) -> Path:
    """Write ``epoch-NNNN.npz`` atomically; keep the newest ``keep`` checkpoints."""
    ckpt_dir.mkdir(parents=True, exist_ok=True)
    path = ckpt_dir / f"epoch-{state.epoch:04d}.npz"
    arrays = {**_flat(state.params, "params"), **_flat(state.opt_state, "opt"),
              "epoch": np.asarray(state.epoch), "key": np.asarray(jax.random.key_data(key)),
              "config": np.asarray(json.dumps(dataclasses.asdict(cfg))),
              **{f"history/{k}": np.asarray(v, np.float64) for k, v in state.history.items()}}
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        np.savez(f, **arrays)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    for old in sorted(ckpt_dir.glob("epoch-*.npz"))[:-keep]:
        old.unlink()
    return path


def latest_checkpoint(ckpt_dir: Path) -> Path | None:
    found = sorted(Path(ckpt_dir).glob("epoch-*.npz"))
    return found[-1] if found else None


def load_checkpoint(path: Path, params_like: Any, opt_state_like: Any
                    ) -> tuple[TrainState, jax.Array]:
    """Read a checkpoint into the structures of ``params_like``/``opt_state_like``."""
    with np.load(path, allow_pickle=False) as z:
        def restore(like, prefix):
            leaves, tree = jax.tree_util.tree_flatten(like)
            names = sorted(k for k in z.files if k.startswith(prefix + "/"))
            if len(names) != len(leaves) or any(
                z[n].shape != np.shape(x) for n, x in zip(names, leaves, strict=True)
            ):
                raise ValueError(
                    f"checkpoint {path} does not match this model ({prefix}: "
                    f"{[z[n].shape for n in names]} vs {[np.shape(x) for x in leaves]}); "
                    "move it away or use another VAE_CKPT_DIR"
                )
            return jax.tree_util.tree_unflatten(
                tree, [np.asarray(z[n], dtype=np.asarray(x).dtype)
                       for n, x in zip(names, leaves, strict=True)]
            )

        params = restore(params_like, "params")
        opt_state = restore(opt_state_like, "opt")
        history = {k.split("/", 1)[1]: z[k].tolist() for k in z.files if k.startswith("history/")}
        key = jax.random.wrap_key_data(z["key"])
        epoch = int(z["epoch"])
    return TrainState(params, opt_state, epoch, history), key


# -- evaluation and training ----------------------------------------------------------------------
def evaluate_elbo(evaluate: Callable, params: Any, key: jax.Array, x: np.ndarray,
              mesh: jax.sharding.Mesh, batch_size: int) -> float:
    """Mean ELBO (nats per example, one z sample each) of binary ``x``."""
    total = 0.0
    for i in range(0, len(x), batch_size):
        chunk = x[i:i + batch_size]
        value = evaluate(params, jax.random.fold_in(key, i), shard_batch(chunk, mesh))
        total += -float(value) * len(chunk)
    return total / len(x)


def default_ckpt_dir() -> Path:
    """``$VAE_CKPT_DIR``, else ``checkpoints/vae`` at the repository top (git-ignored)."""
    env = os.environ.get("VAE_CKPT_DIR")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "checkpoints" / "vae"


def fit(cfg: vae_lib.Config, data: vae_data.MNIST, *, ckpt_dir: str | Path | None = None,
        mesh: jax.sharding.Mesh | None = None, step: Callable | None = None,
        evaluate: Callable | None = None, progress: bool = True,
        on_step: Callable[[int, int, float], None] | None = None) -> TrainState:
    """Train for ``cfg.epochs`` epochs in total, resuming from the newest checkpoint.

    Args:
        cfg: the configuration (``cfg.epochs`` is the total, finished epochs included).
        data: MNIST splits; the first ``cfg.train_size``/``cfg.test_size`` images are used.
        ckpt_dir: checkpoint root (default :func:`default_ckpt_dir`); a subfolder named
            ``cfg.model_tag()`` keeps runs of different configurations apart.
        mesh: the device mesh (default :func:`data_mesh` over all devices).
        step, evaluate: override the jitted step / evaluation (default: the certified ones).
        progress: show a tqdm progress bar per epoch.
        on_step: called as ``on_step(epoch, step, loss)`` after every step (e.g. for logging).

    Raises:
        NonFiniteLoss: the loss became NaN/inf; finished epochs' checkpoints are kept.
    """
    ckpt_dir = Path(ckpt_dir or default_ckpt_dir()) / cfg.model_tag()
    mesh = mesh or data_mesh(cfg.batch_size)
    step = step or vae_lib.make_train_step(cfg)
    evaluate = evaluate or vae_lib.make_eval()
    optimizer = vae_lib.make_optimizer(cfg)
    key = jax.random.key(cfg.seed)
    params = vae_lib.init_params(jax.random.fold_in(key, 0), cfg, data.train.images.shape[1])
    state = TrainState(params, optimizer.init(params), 0,
                       {"train_elbo": [], "test_elbo": [], "seconds": []})
    last = latest_checkpoint(ckpt_dir)
    if last is not None:
        state, key = load_checkpoint(last, state.params, state.opt_state)
        if progress:
            print(f"resumed from {last} ({state.epoch} finished epochs)")
    params, opt_state = replicate(state.params, mesh), replicate(state.opt_state, mesh)
    train = data.train.images[: cfg.train_size]
    test_x = vae_data.binarize_fixed(data.test.images[: cfg.test_size], seed=cfg.seed)
    steps = len(train) // cfg.batch_size
    if steps == 0:
        raise ValueError(f"train_size {len(train)} is smaller than one batch ({cfg.batch_size})")
    eval_key = jax.random.fold_in(key, 2)
    for epoch in range(state.epoch, cfg.epochs):
        order = vae_data.epoch_order(len(train), cfg.seed, epoch)
        epoch_key = jax.random.fold_in(jax.random.fold_in(key, 1), epoch)
        t0, total = time.perf_counter(), 0.0
        bar = tqdm(range(steps), desc=f"epoch {epoch + 1}/{cfg.epochs}", disable=not progress,
                   mininterval=1.0, leave=True)
        for i in bar:
            batch = shard_batch(train[order[i * cfg.batch_size:(i + 1) * cfg.batch_size]], mesh)
            params, opt_state, loss = step(params, opt_state, jax.random.fold_in(epoch_key, i),
                                           batch)
            value = float(loss)
            if not math.isfinite(value):
                bar.close()
                raise NonFiniteLoss(MSG_NAN.format(
                    value=value, epoch=epoch + 1, step=i + 1, steps=steps, done=state.epoch,
                    ckpt_dir=ckpt_dir))
            total += value
            if on_step is not None:
                on_step(epoch, i, value)
            if i % 20 == 0:
                bar.set_postfix(elbo=f"{-value:.2f}", refresh=False)
        seconds = time.perf_counter() - t0
        history = {k: list(v) for k, v in state.history.items()}
        history["train_elbo"].append(-total / steps)
        history["test_elbo"].append(evaluate_elbo(evaluate, params, eval_key, test_x, mesh,
                                              cfg.batch_size))
        history["seconds"].append(seconds)
        state = TrainState(params, opt_state, epoch + 1, history)
        save_checkpoint(ckpt_dir, state, key, cfg)
        if progress:
            bar.write(f"epoch {epoch + 1}: train ELBO {history['train_elbo'][-1]:.2f}, "
                      f"test ELBO {history['test_elbo'][-1]:.2f} nats ({seconds:.1f} s)")
    return TrainState(params, opt_state, state.epoch, state.history)


# -- command line -------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    """Train with the certified step and print the final test ELBO (see the module docstring)."""
    base = vae_lib.config_from_env()
    ap = argparse.ArgumentParser(description="Train the certified VAE on MNIST; print the test "
                                             "ELBO. Defaults: Certigrad's configuration, VAE_*.")
    for flag, field in (("--epochs", "epochs"), ("--train-size", "train_size"),
                        ("--test-size", "test_size"), ("--hidden", "hidden"),
                        ("--latent", "latent"), ("--batch", "batch_size"), ("--seed", "seed")):
        ap.add_argument(flag, type=int, default=getattr(base, field), dest=field)
    ap.add_argument("--lr", type=float, default=base.learning_rate, dest="learning_rate")
    ap.add_argument("--ckpt-dir", type=Path, default=None,
                    help="checkpoint root, resumed from if it holds a run of this configuration "
                         "(default: a temporary folder, deleted at exit)")
    ap.add_argument("--no-progress", action="store_true", help="no progress bars")
    args = vars(ap.parse_args(argv))
    ckpt, progress = args.pop("ckpt_dir"), not args.pop("no_progress")
    cfg = dataclasses.replace(base, **args)
    t0 = time.perf_counter()
    data = vae_data.load_mnist()
    parts = vae_lib.certified_parts()
    verdicts = [f"{n} {f.certificate.verdict}" for n, f in parts.certified.items()]
    verdicts.append(f"{parts.estimator.rule} {parts.estimator.verdict}")
    print(cfg)
    print(f"certificates ({time.perf_counter() - t0:.1f} s): {', '.join(verdicts)}", flush=True)
    with tempfile.TemporaryDirectory(prefix="vae-ckpt-") as tmp:
        state = fit(cfg, data, ckpt_dir=ckpt or tmp, progress=progress)
    print(f"test ELBO after {state.epoch} epoch(s) ({cfg.test_size} test images): "
          f"{state.history['test_elbo'][-1]:.2f} nats (train ELBO "
          f"{state.history['train_elbo'][-1]:.2f}; {time.perf_counter() - t0:.1f} s in total)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
