# SPDX-License-Identifier: Apache-2.0
"""The VAE step: certjax vs the same model in plain JAX + optax vs PyTorch, in one run.

All three start from the same Xavier initial weights and see the same batches in the same
order (``vae_data.epoch_order``); the two JAX versions also draw the same binarization and
reparameterization noise (same keys), so their test ELBOs after the same number of steps must
agree closely. PyTorch draws its own noise (``torch.Generator`` seeded alike).

Timing: rounds of ``--steps`` steps per implementation, interleaved (the order rotates every
round), each round timed to completion (``block_until_ready`` / synchronous torch); the
figure per implementation is the median over rounds of the mean step time, and each ratio is
also given as the median (and quartiles) of the per-round ratios, which cancels most of the
drift of a shared machine's load between rounds.

Run (full size, Certigrad's configuration)::

    python benchmarks/bench_vae.py                  # ~3-6 min on 2 CPU cores
    python benchmarks/bench_vae.py --hidden 200 --rounds 5 --steps 5 --train-size 5000

Needs ``pip install torch==2.13.0`` (CPU wheel) for the PyTorch column; without torch the
PyTorch column is skipped and said so.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))

import vae_data  # noqa: E402
import vae_lib  # noqa: E402
import vae_train  # noqa: E402


# -- plain JAX: the same model, no certjax --------------------------------------------------------
def plain_loss(params, key, x):
    """The negative ELBO as a JAX user writes it: jax.nn.softplus, optax-style BCE, jax.grad."""
    mu, sigma = vae_lib.encode(params, x, jax.nn.softplus)
    z = mu + sigma * jax.random.normal(key, mu.shape, mu.dtype)
    logits = vae_lib.decode(params, z, jax.nn.softplus)
    nll = jax.nn.softplus(logits) - x * logits
    kl = 0.5 * jnp.sum(sigma**2 + mu**2 - 1.0 - 2.0 * jnp.log(sigma))
    return (jnp.sum(nll) + kl) / len(x)


# -- PyTorch ------------------------------------------------------------------------------------
def torch_model(params, cfg, seed):
    import torch

    torch.manual_seed(seed)

    class VAE(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = torch.nn.ModuleDict()
            for name in vae_lib.LAYERS:
                w = np.asarray(params[name]["w"])
                lin = torch.nn.Linear(*w.shape)
                with torch.no_grad():
                    lin.weight.copy_(torch.from_numpy(w.T.copy()))
                    lin.bias.copy_(torch.from_numpy(np.array(params[name]["b"])))
                self.layers[name] = lin

        def forward(self, x):
            sp = torch.nn.functional.softplus
            L = self.layers
            h = sp(L["enc2"](sp(L["enc1"](x))))
            mu, sigma = L["enc_mu"](h), torch.sqrt(torch.exp(L["enc_sigma"](h)))
            z = mu + sigma * torch.randn_like(mu)
            logits = L["dec_out"](sp(L["dec2"](sp(L["dec1"](z)))))
            nll = torch.nn.functional.binary_cross_entropy_with_logits(logits, x, reduction="sum")
            kl = 0.5 * torch.sum(sigma**2 + mu**2 - 1.0 - 2.0 * torch.log(sigma))
            return (nll + kl) / len(x)

    model = VAE()
    opt = torch.optim.Adam(model.parameters(), lr=cfg.learning_rate, betas=(0.9, 0.999),
                           eps=1e-8)

    def step(images):
        x = torch.bernoulli(torch.from_numpy(images))
        opt.zero_grad(set_to_none=True)
        loss = model(x)
        loss.backward()
        opt.step()
        return loss.item()

    def evaluate(x):
        with torch.no_grad():
            return float(model(torch.from_numpy(np.array(x))))

    return step, evaluate


def pick_torch_threads(choice: str, step, batch: np.ndarray) -> tuple[int, str]:
    """Set PyTorch's thread count; 'auto' keeps the faster of 1 and all cores (3 steps each)."""
    import torch

    if choice != "auto":
        torch.set_num_threads(int(choice))
        return int(choice), "set by --torch-threads"
    best = None
    for n in sorted({1, os.cpu_count() or 1}):
        torch.set_num_threads(n)
        step(batch)
        t = time.perf_counter()
        for _ in range(3):
            step(batch)
        dt = time.perf_counter() - t
        if best is None or dt < best[1]:
            best = (n, dt)
    torch.set_num_threads(best[0])
    return best[0], "the faster of 1 and all cores, timed at start-up"


# -- the run ------------------------------------------------------------------------------------
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hidden", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=250)
    ap.add_argument("--train-size", type=int, default=50000)
    ap.add_argument("--test-size", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=21)
    ap.add_argument("--steps", type=int, default=10, help="steps per round")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-torch", action="store_true")
    ap.add_argument("--torch-threads", default="auto",
                    help="PyTorch intra-op threads; 'auto' times 1 and all cores, keeps the faster")
    args = ap.parse_args(argv)
    cfg = vae_lib.Config(hidden=args.hidden, batch_size=args.batch, train_size=args.train_size,
                         test_size=args.test_size, seed=args.seed)
    data = vae_data.load_mnist()
    train = data.train.images[: cfg.train_size]
    test_x = vae_data.binarize_fixed(data.test.images[: cfg.test_size], seed=cfg.seed)
    key = jax.random.key(cfg.seed)
    params0 = vae_lib.init_params(jax.random.fold_in(key, 0), cfg)
    optimizer = vae_lib.make_optimizer(cfg)

    t0 = time.perf_counter()
    parts = vae_lib.certified_parts()
    prove_s = time.perf_counter() - t0
    impls = {}
    for name, loss in (("certjax", None), ("plain JAX", plain_loss)):
        step = vae_lib.make_train_step(cfg, parts, loss=loss)
        own = jax.tree_util.tree_map(jnp.array, params0)  # the step donates (updates in place)
        state = {"params": own, "opt": optimizer.init(own), "n": 0}

        def run(images, state=state, step=step, name=name):
            k = jax.random.fold_in(jax.random.fold_in(key, 1), state["n"])
            state["params"], state["opt"], loss = step(state["params"], state["opt"], k,
                                                       jnp.asarray(images))
            state["n"] += 1
            return loss

        impls[name] = (run, state, vae_lib.make_eval(parts, loss))
    torch_note = ""
    if not args.no_torch:
        try:
            import torch

            threads, how = pick_torch_threads(args.torch_threads,
                                              torch_model(params0, cfg, cfg.seed)[0],
                                              train[: cfg.batch_size])
            tstep, teval = torch_model(params0, cfg, cfg.seed)  # fresh: calibration trained one
            impls["PyTorch"] = (tstep, None, teval)
            torch_note = f"torch {torch.__version__}, {threads} threads ({how})"
        except ImportError:
            torch_note = "torch not installed (pip install torch==2.13.0): PyTorch column skipped"

    steps_per_epoch = len(train) // cfg.batch_size
    batches = (train[vae_data.epoch_order(len(train), cfg.seed, e)[
        i * cfg.batch_size:(i + 1) * cfg.batch_size]]
        for e in range(10**6) for i in range(steps_per_epoch))
    # warm-up (compilation) on the same batches for everyone, then interleaved rounds
    cursor = [next(batches) for _ in range(2)]
    for run, _, _ in impls.values():
        for b in cursor:
            jax.block_until_ready(run(b))
    times: dict[str, list[float]] = {n: [] for n in impls}
    names = list(impls)
    for r in range(args.rounds):
        round_batches = [next(batches) for _ in range(args.steps)]
        for name in names[r % len(names):] + names[: r % len(names)]:
            run = impls[name][0]
            t = time.perf_counter()
            for b in round_batches:
                out = run(b)
            jax.block_until_ready(out)
            times[name].append((time.perf_counter() - t) / args.steps)
    med = {n: statistics.median(v) for n, v in times.items()}
    n_steps = 2 + args.rounds * args.steps
    elbo = {}
    mesh = vae_train.data_mesh(cfg.batch_size, jax.devices()[:1])
    for name, (_, state, evaluate) in impls.items():
        if state is not None:
            elbo[name] = vae_train.evaluate_elbo(evaluate, state["params"],
                                                 jax.random.fold_in(key, 2), test_x, mesh,
                                                 cfg.batch_size)
        else:
            elbo[name] = -float(np.mean([evaluate(test_x[i:i + 1000])
                                         for i in range(0, len(test_x), 1000)]))

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"jax {jax.__version__} ({jax.devices()[0].platform}), {torch_note}")
    print(f"config: hidden {cfg.hidden}, latent {cfg.latent}, batch {cfg.batch_size}, "
          f"train {len(train)}, test {len(test_x)}; {args.rounds} rounds x {args.steps} steps "
          f"(+2 warm-up); certjax proofs at start-up: {prove_s:.2f} s")
    print()
    print("| implementation | median step (ms) | test ELBO after "
          f"{n_steps} steps (nats) |")
    print("|---|---|---|")
    for name in impls:
        print(f"| {name} | {med[name] * 1e3:.1f} | {elbo[name]:.2f} |")
    print()
    for other, target in (("plain JAX", 1.02), ("PyTorch", 0.8)):
        if other not in med:
            continue
        paired = [a / b for a, b in zip(times["certjax"], times[other], strict=True)]
        q1, q2, q3 = statistics.quantiles(paired, n=4) if len(paired) > 1 else paired * 3
        print(f"step-time ratio certjax / {other + ':':10s} {med['certjax'] / med[other]:.3f} "
              f"(ratio of medians; per-round paired ratios: median {q2:.3f}, "
              f"quartiles {q1:.3f}-{q3:.3f}; target <= {target})")
    gap = abs(elbo["certjax"] - elbo["plain JAX"])
    print(f"test ELBO |certjax - plain JAX| after {n_steps} steps: {gap:.3f} nats "
          "(must be <= 0.5)")
    return 0 if gap <= 0.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
